import { registerEnumType } from 'type-graphql';

/** Level in the administrative hierarchy. The district level exists until 30 Jun 2025. */
export enum UnitLevel {
  PROVINCE = 'PROVINCE',
  DISTRICT = 'DISTRICT',
  COMMUNE = 'COMMUNE',
}

/** How a dossier reached the one-stop desk. */
export enum Channel {
  DIRECT = 'DIRECT',
  ONLINE = 'ONLINE',
  POSTAL = 'POSTAL',
}

/** Outcome of a finished dossier, judged by local calendar day against its deadline. */
export enum Timeliness {
  EARLY = 'EARLY',
  ON_TIME = 'ON_TIME',
  OVERDUE = 'OVERDUE',
}

registerEnumType(UnitLevel, { name: 'UnitLevel', description: 'Province/city, district/town (until 30 Jun 2025), ward/commune' });
registerEnumType(Channel, { name: 'Channel', description: 'In person, online, or public postal service' });
registerEnumType(Timeliness, { name: 'Timeliness' });
