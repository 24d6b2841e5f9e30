import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { AdministrativeUnit } from '../units/administrative-unit.entity';

export enum MeetingKind {
  CITIZEN_DIALOGUE = 'CITIZEN_DIALOGUE',
  BUSINESS_DIALOGUE = 'BUSINESS_DIALOGUE',
  PEOPLES_CONFERENCE = 'PEOPLES_CONFERENCE',
  PROCEDURE_DIALOGUE = 'PROCEDURE_DIALOGUE',
}

/** A dialogue or People's Conference where citizens or businesses raised opinions. */
@Entity({ tableName: 'meeting' })
@Index({ properties: ['unit', 'heldOn'] })
export class Meeting {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  /** Stable key from the source (seed reference or import row), for idempotent loads. */
  @Unique()
  @Property({ type: 'text' })
  ref!: string;

  @Enum({ items: () => MeetingKind, type: 'text' })
  kind!: MeetingKind;

  @ManyToOne(() => AdministrativeUnit, { deleteRule: 'restrict' })
  unit!: AdministrativeUnit;

  @Property({ type: 'date', nullable: true })
  heldOn?: string | null;

  @Property({ type: 'text', nullable: true })
  chair?: string | null;

  @Property({ type: 'integer', nullable: true })
  attendees?: number | null;

  @Property({ type: 'integer', nullable: true })
  businesses?: number | null;

  /** Neighbourhoods (khu phố) represented, for People's Conferences. */
  @Property({ type: 'integer', nullable: true })
  neighbourhoods?: number | null;

  @Property({ type: 'date', nullable: true })
  reviewedFrom?: string | null;

  @Property({ type: 'date', nullable: true })
  reviewedTo?: string | null;

  /** Opinions as the source counted them; null when it did not say (never invented). */
  @Property({ type: 'integer', nullable: true })
  opinionCount?: number | null;

  /** The count as published when it is not exact, e.g. "more than 9". */
  @Property({ type: 'text', nullable: true })
  opinionCountText?: string | null;

  /** Topics the source lists without counting opinions per topic. */
  @Property({ type: 'text[]', columnType: 'text[]', default: '{}' })
  topicsRaised: string[] = [];

  @Property({ type: 'text', nullable: true })
  sourceDocument?: string | null;

  /** True when the row splits a reported total across meetings (e.g. F13's 13 conferences). */
  @Property({ type: 'boolean', default: false })
  generated: boolean = false;

  @Property({ type: 'text', nullable: true })
  note?: string | null;
}
