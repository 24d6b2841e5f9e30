import type { SqlClient } from '../../db/sql-client';

export interface ReferencedKeys {
  /** The referenced table (its key column is `id`). */
  table: string;
  /** A query giving the distinct ids the write refers to. */
  ids: string;
}

/**
 * A bulk write whose foreign keys are checked once, set-based, instead of row by row.
 *
 * PostgreSQL checks a foreign key with a trigger per row (a lookup and a FOR KEY SHARE lock,
 * ~7 µs): for a million dossiers with two keys that is more than half the merge. A file's keys are
 * few (its units and procedures, already resolved), so they are locked FOR KEY SHARE here — what
 * each trigger would do, keeping concurrent deletes out until commit — and counted; then, where
 * the role may set `session_replication_role` (superuser, or GRANT SET ON PARAMETER), the per-row
 * triggers are skipped for this write only. Otherwise they run as usual.
 */
export async function withForeignKeysChecked<T>(client: SqlClient, keys: ReferencedKeys[], write: () => Promise<T>): Promise<T> {
  for (const k of keys) {
    const { rows } = await client.query<{ wanted: number; found: number }>(
      `select (select count(*)::int from (${k.ids}) w) as wanted,
              (select count(*)::int from (select id from "${k.table}" where id in (${k.ids}) for key share) f) as found`,
    );
    if (rows[0].wanted !== rows[0].found) {
      throw new Error(`${rows[0].wanted - rows[0].found} row(s) of ${k.table} the import refers to were deleted while it ran`);
    }
  }
  if (!(await maySkipTriggers(client))) return write();
  await client.query(`set local session_replication_role = replica`);
  const result = await write();
  await client.query(`set local session_replication_role = origin`);
  return result;
}

async function maySkipTriggers(client: SqlClient): Promise<boolean> {
  const { rows } = await client.query<{ superuser: boolean; version: number }>(
    `select current_setting('is_superuser') = 'on' as superuser, current_setting('server_version_num')::int as version`,
  );
  if (rows[0].superuser) return true;
  if (rows[0].version < 150000) return false;
  const granted = await client.query<{ ok: boolean }>(`select has_parameter_privilege('session_replication_role', 'SET') as ok`);
  return granted.rows[0].ok;
}
