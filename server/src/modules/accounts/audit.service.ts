import type { EntityManager } from '@mikro-orm/postgresql';
import type { SqlClient } from '../../db/sql-client';
import { AuditEntry } from './audit-entry.entity';

/** Who may do what: these change no fact, campaign or target, so no answer computed from them. */
export const ACCOUNT_ACTIONS = ['ACCOUNT_CREATED', 'ACCOUNT_DISABLED', 'ACCOUNT_ENABLED', 'PASSWORD_CHANGED', 'SIGNED_IN', 'SIGN_IN_REFUSED'] as const;
/** Changes to the data the dashboard shows: kept answers are stale after one (graphql/fact-changes.ts). */
export const DATA_ACTIONS = [
  'IMPORT',
  'CAMPAIGN_CREATED',
  'CAMPAIGN_UPDATED',
  'CAMPAIGN_DELETED',
  'ENROLMENT_SET',
  'ENROLMENT_REMOVED',
  'TARGET_CREATED',
  'TARGET_UPDATED',
  'TARGET_REMOVED',
] as const;
export type AuditAction = (typeof ACCOUNT_ACTIONS)[number] | (typeof DATA_ACTIONS)[number];

export interface AuditRecord {
  action: AuditAction;
  /** e.g. account:leader.tanbinh, campaign:tan-binh-2021-11, import_run:12 */
  subject: string;
  unitId?: number | null;
  detail?: Record<string, unknown>;
}

/** Who did it, as the log names them: an Access fits, and so does { actor: 'cli:ops', account: null }. */
export interface AuditActor {
  actor: string;
  account: { id: number } | null;
}

const SECRET_KEY = /pass(word)?|secret|token|hash|cookie/i;

/** The detail without anything that looks like a secret, whatever a caller put in it. */
export function auditDetail(detail: Record<string, unknown> = {}): Record<string, unknown> {
  return JSON.parse(JSON.stringify(detail, (key, value) => (key && SECRET_KEY.test(key) ? undefined : value))) as Record<string, unknown>;
}

/** An entry to persist with the change it records, so that both commit or neither does. */
export function auditEntry(by: AuditActor, record: AuditRecord): AuditEntry {
  return Object.assign(new AuditEntry(), {
    at: new Date(),
    actor: by.actor,
    actorAccountId: by.account?.id ?? null,
    action: record.action,
    subject: record.subject,
    unitId: record.unitId ?? null,
    detail: auditDetail(record.detail),
  });
}

/** Appends an entry on a plain connection (an import's session, inside its transaction). */
export async function recordAudit(client: SqlClient, by: AuditActor, record: AuditRecord): Promise<void> {
  await client.query(
    `insert into audit_entry (at, actor, actor_account_id, action, subject, unit_id, detail) values (now(), $1, $2, $3, $4, $5, $6)`,
    [by.actor, by.account?.id ?? null, record.action, record.subject, record.unitId ?? null, JSON.stringify(auditDetail(record.detail))],
  );
}

export const AUDIT_PAGE_MAX = 500;

/** Newest first. */
export async function auditLog(
  em: EntityManager,
  filter: { first: number; action?: string | null; subject?: string | null },
): Promise<AuditEntry[]> {
  const where: Record<string, unknown> = {};
  if (filter.action) where.action = filter.action;
  if (filter.subject) where.subject = filter.subject;
  return em.find(AuditEntry, where, { orderBy: { id: 'desc' }, limit: filter.first });
}
