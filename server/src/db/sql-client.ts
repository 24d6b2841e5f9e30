import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type { PGliteHandle } from './embedded-database';

/** The little that seeders and loaders need of a connection: pg.Client and PGlite both fit. */
export interface SqlClient {
  query<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: R[] }>;
}

export interface BulkColumn {
  name: string;
  /** PostgreSQL type of the column, used to cast the unnest() arrays. */
  type: 'text' | 'int' | 'bigint' | 'smallint' | 'boolean' | 'date' | 'timestamptz';
}

export type BulkValue = string | number | boolean | Date | null;

/** Appends rows to a table on the session's connection (inside its transaction). */
export type RowSink = (table: string, columns: BulkColumn[], rows: BulkValue[][]) => Promise<void>;

/** A connection for bulk work: its client, the fastest way it has to append rows, and how to let go. */
export interface BulkSession {
  client: SqlClient;
  append: RowSink;
  /** Rows per append call that suit this way of appending. */
  batchSize: number;
  close(): Promise<void>;
}

/** A PostgreSQL server: COPY FROM STDIN. */
export async function serverSession(url: string): Promise<BulkSession> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    client,
    batchSize: 100_000,
    append: async (table, columns, rows) => {
      const stream = client.query(copyFrom(`COPY "${table}" (${columnList(columns)}) FROM STDIN`));
      await pipeline(Readable.from(copyChunks(rows)), stream);
    },
    close: () => client.end(),
  };
}

/** The embedded database owned by this process: COPY from an in-memory blob, no socket in between. */
export function pgliteSession(db: PGliteHandle): BulkSession {
  return {
    client: db,
    batchSize: 100_000,
    append: async (table, columns, rows) => {
      const text = [...copyChunks(rows)].join('');
      await db.query(`COPY "${table}" (${columnList(columns)}) FROM '/dev/blob'`, [], { blob: new Blob([text]) });
    },
    close: async () => undefined,
  };
}

/** The embedded database of another process, over its socket, which does not speak COPY: unnest(). */
export async function socketSession(url: string): Promise<BulkSession> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    client,
    batchSize: 20_000,
    append: async (table, columns, rows) => {
      const arrays = columns.map((_, i) => rows.map((row) => toParam(row[i])));
      const casts = columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ');
      await client.query(`INSERT INTO "${table}" (${columnList(columns)}) SELECT * FROM unnest(${casts})`, arrays);
    },
    close: () => client.end(),
  };
}

const columnList = (columns: BulkColumn[]) => columns.map((c) => `"${c.name}"`).join(', ');

function toParam(value: BulkValue): string | number | boolean | null {
  return value instanceof Date ? value.toISOString() : value;
}

function* copyChunks(rows: BulkValue[][]): Generator<string> {
  let chunk = '';
  for (const row of rows) {
    chunk += row.map(copyField).join('\t') + '\n';
    if (chunk.length > 1 << 16) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/** COPY text format: \N for null; backslash, tab and newlines escaped. */
function copyField(value: BulkValue): string {
  if (value === null) return '\\N';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') return String(value);
  return value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}
