import { serverSession, socketSession, type BulkSession, type SqlClient } from '../../db/sql-client';

/**
 * A dedicated connection for one import, beside the request pool: COPY on a PostgreSQL server,
 * batched inserts on the embedded database's socket (which does not speak COPY).
 */
export async function importSession(url: string, sql: SqlClient): Promise<BulkSession> {
  const { rows } = await sql.query<{ version: string }>('select version() as version');
  return rows[0].version.includes('PGlite') ? socketSession(url) : serverSession(url);
}
