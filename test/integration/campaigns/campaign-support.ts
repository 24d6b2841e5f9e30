import type { GraphQLFormattedError } from 'graphql';
import { Access } from '../../../server/src/modules/accounts/access';
import { Role } from '../../../server/src/modules/accounts/role';
import type { ExecutionResult, TestApi } from '../../support/api';

export const codes = (r: ExecutionResult<unknown>) => (r.errors ?? []).map((e: GraphQLFormattedError) => e.extensions?.code);
export const messages = (r: ExecutionResult<unknown>) => (r.errors ?? []).map((e) => e.message);

export interface Actor {
  label: string;
  role: Role | null;
  username: string | null;
  access: Access;
}

/** An administrator, and one account of every other role bound to Quận Tân Bình (766): who the campaign and target suites try. */
export const TAN_BINH_ACTORS: { label: string; role: Role; unit: string | null }[] = [
  { label: 'admin', role: Role.ADMIN, unit: null },
  { label: 'organiser', role: Role.ORGANISER, unit: '766' },
  { label: 'leader', role: Role.LEADER, unit: '766' },
  { label: 'officer', role: Role.OFFICER, unit: '766' },
  { label: 'viewer', role: Role.VIEWER, unit: '766' },
];

/** Signed-in accounts of the given roles and units, the read-only demo and an anonymous request. */
export async function actors(api: TestApi, accounts: { label: string; role: Role; unit: string | null }[]): Promise<Map<string, Actor>> {
  const out = new Map<string, Actor>();
  for (const a of accounts) {
    const account = await api.createAccount(a.role, a.unit);
    out.set(a.label, { label: a.label, role: a.role, username: account.username, access: await api.accessOf(account.username) });
  }
  const snapshot = await api.app.auth.authenticator.reach.snapshot();
  out.set('demo', { label: 'demo', role: null, username: null, access: Access.demo(snapshot.topUnits(), snapshot.unitOf) });
  out.set('anonymous', { label: 'anonymous', role: null, username: null, access: Access.anonymous() });
  return out;
}

/** Rows of the tables a campaign or target change writes: an invalid or refused one leaves them as they were. */
export async function rowCounts(api: TestApi): Promise<Record<string, number>> {
  const { rows } = await api.pool.query<Record<string, number>>(
    `select (select count(*)::int from campaign) as campaigns, (select count(*)::int from campaign_enrollment) as enrollments,
            (select count(*)::int from target) as targets, (select count(*)::int from audit_entry) as audit`,
  );
  return rows[0];
}

export interface AuditLine {
  actor: string;
  action: string;
  subject: string;
  unitId: number | null;
  detail: Record<string, unknown>;
}

/** The audit log of one subject, newest first, as an administrator reads it. */
export async function auditOf(api: TestApi, admin: Access, subject: string): Promise<AuditLine[]> {
  const r = await api.execute<{ auditLog: (Omit<AuditLine, 'detail'> & { detail: string })[] }>(
    admin,
    'query($s: String) { auditLog(first: 100, subject: $s) { actor action subject unitId detail } }',
    { s: subject },
  );
  if (r.errors) throw new Error(messages(r).join('; '));
  return r.data!.auditLog.map((e) => ({ ...e, detail: JSON.parse(e.detail) as Record<string, unknown> }));
}

/** Removes what a run left behind (campaigns and targets whose code starts with the prefix), also after a failure. */
export async function removeLeftovers(api: TestApi, prefix: string): Promise<void> {
  await api.pool.query(`delete from target where code like $1`, [`${prefix}%`]);
  // Children first: a campaign's parent cascades, but order keeps it simple.
  await api.pool.query(`delete from campaign where code like $1 and parent_id is not null`, [`${prefix}%`]);
  await api.pool.query(`delete from campaign where code like $1`, [`${prefix}%`]);
}
