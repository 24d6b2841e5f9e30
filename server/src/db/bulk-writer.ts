import type { BulkColumn, BulkSession, BulkValue, SqlClient } from './sql-client';

/** Buffers rows for one table and hands them to the session's fastest append in batches. */
export class BulkWriter {
  private rows: BulkValue[][] = [];
  private written = 0;

  constructor(
    private readonly session: BulkSession,
    private readonly table: string,
    private readonly columns: BulkColumn[],
  ) {}

  get count(): number {
    return this.written + this.rows.length;
  }

  async push(row: BulkValue[]): Promise<void> {
    this.rows.push(row);
    if (this.rows.length >= this.session.batchSize) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.rows.length === 0) return;
    const rows = this.rows;
    this.rows = [];
    await this.session.append(this.table, this.columns, rows);
    this.written += rows.length;
  }
}

/**
 * Drops a table's plain indexes, unique and foreign-key constraints while `load` fills it, then
 * puts them back: building an index or checking a key once is far cheaper than row by row, and
 * re-adding a constraint re-checks every row. For loads into empty tables, inside a transaction.
 */
export async function withConstraintsDeferred<T>(client: SqlClient, tables: string[], load: () => Promise<T>): Promise<T> {
  const constraints = await client.query<{ tableName: string; name: string; definition: string }>(
    `select t.relname as "tableName", k.conname as name, pg_get_constraintdef(k.oid) as definition
       from pg_constraint k join pg_class t on t.oid = k.conrelid
      where t.relname = any($1) and t.relnamespace = current_schema()::regnamespace and k.contype in ('u', 'f')
      order by k.contype desc, k.conname`,
    [tables],
  );
  const indexes = await client.query<{ name: string; definition: string }>(
    `select c.relname as name, pg_get_indexdef(i.indexrelid) as definition
       from pg_index i join pg_class c on c.oid = i.indexrelid join pg_class t on t.oid = i.indrelid
      where t.relname = any($1) and t.relnamespace = current_schema()::regnamespace
        and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)`,
    [tables],
  );
  for (const c of constraints.rows) await client.query(`alter table "${c.tableName}" drop constraint "${c.name}"`);
  for (const i of indexes.rows) await client.query(`drop index "${i.name}"`);
  const result = await load();
  for (const i of indexes.rows) await client.query(i.definition);
  for (const c of [...constraints.rows].reverse()) await client.query(`alter table "${c.tableName}" add constraint "${c.name}" ${c.definition}`);
  return result;
}
