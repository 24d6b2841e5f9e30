import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One line of the audit log: who did what to which record. Append-only; it names accounts and units by
 * id and text rather than by foreign key, so that the log outlives what it describes.
 */
@Entity({ tableName: 'audit_entry' })
@Index({ properties: ['at'] })
@Index({ properties: ['action', 'at'] })
export class AuditEntry {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  at!: Date;

  /** The account's username, cli:<OS user> for the command line, or "anonymous" for a refused sign-in. */
  @Property({ type: 'text' })
  actor!: string;

  @Property({ type: 'integer', nullable: true })
  actorAccountId?: number | null;

  /** ACCOUNT_CREATED, SIGN_IN_REFUSED, IMPORT, CAMPAIGN_UPDATED… (audit.service.ts AuditAction). */
  @Property({ type: 'text' })
  action!: string;

  /** What it was done to, e.g. account:leader.tanbinh, campaign:tan-binh-2021-11, import_run:12. */
  @Property({ type: 'text' })
  subject!: string;

  @Property({ type: 'integer', nullable: true })
  unitId?: number | null;

  /** The changed values (never a password or a token). */
  @Property({ type: 'jsonb' })
  detail: Record<string, unknown> = {};
}
