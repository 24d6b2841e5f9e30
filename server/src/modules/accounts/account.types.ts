import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from 'type-graphql';
import { AdministrativeUnit } from '../units/administrative-unit.entity';
import { Permission, Role } from './role';

@ObjectType('Me', { description: 'Who the dashboard is talking to: the signed-in account or the demo' })
export class MeView {
  @Field(() => String, { nullable: true, description: 'Null for the demo' }) username!: string | null;
  @Field(() => String, { nullable: true }) displayName!: string | null;
  @Field(() => Role) role!: Role;
  @Field(() => Boolean, { description: 'True: not signed in, the read-only demo leader of the demo data (embedded database)' })
  demo!: boolean;
  @Field(() => [Permission]) permissions!: Permission[];
  @Field(() => [AdministrativeUnit], {
    description: "The account's unit (it reaches that unit and everything under it); the top units for ADMIN and the demo",
  })
  units!: AdministrativeUnit[];
  @Field(() => Boolean, { description: 'True for ADMIN and the demo: every unit' }) reachesAllUnits!: boolean;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the session ends; null for the demo' })
  sessionExpiresAt!: Date | null;
}

@ObjectType('Account', { description: 'An account, as administrators see it (never its password)' })
export class AccountView {
  @Field(() => ID) id!: number;
  @Field(() => String) username!: string;
  @Field(() => String, { nullable: true }) displayName!: string | null;
  @Field(() => Role) role!: Role;
  @Field(() => AdministrativeUnit, { nullable: true, description: 'Null for ADMIN' }) unit!: AdministrativeUnit | null;
  @Field(() => Boolean) disabled!: boolean;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => String, { description: "An administrator's username, or cli:<OS user> for npm run user:add" }) createdBy!: string;
  @Field(() => GraphQLISODateTime, { nullable: true }) lastSignInAt!: Date | null;
}

@InputType({ description: 'A new account; the password is hashed (argon2id) and never stored or logged' })
export class CreateAccountInput {
  @Field(() => String, { description: '3–64 characters: lower-case letters, digits, ".", "-", "_"' }) username!: string;
  @Field(() => String, { description: 'At least 12 characters' }) password!: string;
  @Field(() => Role) role!: Role;
  @Field(() => String, { nullable: true, description: 'Official code of the unit; required for every role but ADMIN' }) unitCode?:
    string | null;
  @Field(() => String, { nullable: true, description: 'A day the unit existed, for a code reused by the 2025 reform (default: today)' })
  unitOn?: string | null;
  @Field(() => String, { nullable: true }) displayName?: string | null;
}

@ObjectType('AuditEntry', { description: 'One line of the audit log: who did what to which record' })
export class AuditEntryView {
  @Field(() => ID) id!: string;
  @Field(() => GraphQLISODateTime) at!: Date;
  @Field(() => String, { description: 'Username, cli:<OS user>, or anonymous (a refused sign-in)' }) actor!: string;
  @Field(() => String, {
    description:
      'ACCOUNT_CREATED, ACCOUNT_DISABLED, ACCOUNT_ENABLED, PASSWORD_CHANGED, SIGNED_IN, SIGN_IN_REFUSED, IMPORT, CAMPAIGN_…, ENROLMENT_…, TARGET_…',
  })
  action!: string;
  @Field(() => String, { description: 'What it was done to, e.g. account:leader.tanbinh, import_run:12' }) subject!: string;
  @Field(() => Int, { nullable: true, description: 'Id of the unit concerned' }) unitId!: number | null;
  @Field(() => String, { description: 'The changed values as JSON (never a password or token)' }) detail!: string;
}
