import { registerEnumType } from 'type-graphql';

/** What an account is for. Every role but ADMIN is bound to one unit and reads that unit with everything under it. */
export enum Role {
  /** Everything, every unit. */
  ADMIN = 'ADMIN',
  /** Reads everything under their unit. */
  LEADER = 'LEADER',
  /** Reads their unit and imports data for it. */
  OFFICER = 'OFFICER',
  /** Reads their unit and manages its campaigns and enrolments. */
  ORGANISER = 'ORGANISER',
  /** Reads their unit, nothing else. */
  VIEWER = 'VIEWER',
}

/** What a request may do; each operation of the API needs one (graphql/auth-checker.ts). */
export enum Permission {
  /** Read the data of units in reach. */
  READ = 'READ',
  /** Import dossiers, ratings, meetings for units in reach. */
  IMPORT = 'IMPORT',
  /** Create and change campaigns and their enrolments organised by units in reach. */
  MANAGE_CAMPAIGNS = 'MANAGE_CAMPAIGNS',
  /** Create and change targets. */
  MANAGE_TARGETS = 'MANAGE_TARGETS',
  /** Accounts and the audit log. */
  ADMIN = 'ADMIN',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'What an account may do; every role but ADMIN is bound to a unit and the units under it',
  valuesConfig: {
    ADMIN: { description: 'Everything, every unit' },
    LEADER: { description: 'Reads everything under their unit' },
    OFFICER: { description: 'Reads their unit and imports data for it' },
    ORGANISER: { description: 'Reads their unit and manages its campaigns and enrolments' },
    VIEWER: { description: 'Read-only, under their unit' },
  },
});
registerEnumType(Permission, { name: 'Permission', description: 'What the signed-in account (or the demo) may do' });

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  [Role.ADMIN]: Object.values(Permission),
  [Role.LEADER]: [Permission.READ],
  [Role.OFFICER]: [Permission.READ, Permission.IMPORT],
  [Role.ORGANISER]: [Permission.READ, Permission.MANAGE_CAMPAIGNS],
  [Role.VIEWER]: [Permission.READ],
};

/** Roles bound to a unit: all but ADMIN. */
export const roleNeedsUnit = (role: Role): boolean => role !== Role.ADMIN;

/** "leader", "LEADER" → Role.LEADER; null for anything else. */
export function parseRole(text: string): Role | null {
  const upper = text.trim().toUpperCase();
  return (Object.values(Role) as string[]).includes(upper) ? (upper as Role) : null;
}
