import type { SqlClient } from '../db/sql-client';
import { DATA_ACTIONS } from '../modules/accounts/audit.service';

/**
 * Where other processes' writes show: every write that changes facts or campaigns — an import (CLI or
 * API, any server), a campaign, enrolment or target change — adds an audit entry (DATA_ACTIONS) in its
 * own transaction, and a seed run adds a seed_run row. Their latest ids and times, read every few
 * seconds, tell this process that its kept answers are stale; sign-ins and account changes do not.
 * The last 32 ids, not only the highest: ids are taken at insert, so a slower transaction can commit a
 * lower id after a higher one was seen.
 */
const VERSION_SQL = `select coalesce((select string_agg(id::text, ',') from (select id from audit_entry where action = any($1::text[]) order by id desc limit 32) a), '')
    || '|' || coalesce((select max(loaded_at)::text from seed_run), '') as version`;

/** Calls onChange whenever the version moves; returns the function that stops watching. */
export function watchFactChanges(sql: SqlClient, onChange: () => void, intervalMs = 2_000): () => void {
  let last: string | undefined;
  let running = false;
  const poll = async () => {
    if (running) return;
    running = true;
    try {
      const { rows } = await sql.query<{ version: string }>(VERSION_SQL, [DATA_ACTIONS]);
      const version = rows[0]?.version;
      if (last !== undefined && version !== last) onChange();
      last = version;
    } catch {
      // The database is away: the health check reports it; answers expire by their TTL meanwhile.
    } finally {
      running = false;
    }
  };
  void poll();
  const timer = setInterval(() => void poll(), intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
