import { randomBytes } from 'node:crypto';
import type { BulkColumn, BulkSession, BulkValue, RowSink, SqlClient } from '../../db/sql-client';
import type { HeaderMap } from './header-map';
import type { ImportIssue } from './import-issue';
import type { ReferenceLookups } from './reference-lookups';
import type { RowCheck, RowView } from './row-check';

/** What a merge did (or, on a dry run, would do). */
export interface MergeCounts {
  inserted: number;
  updated: number;
  unchanged: number;
  /** Rows removed because the file no longer lists them (a meeting's dropped opinions). */
  deleted: number;
}

export const noCounts = (): MergeCounts => ({ inserted: 0, updated: 0, unchanged: 0, deleted: 0 });

/**
 * One kind of import: validates rows into a session-local staging table (COPY where the connection
 * has it), checks what needs the whole file in SQL, then merges set-based, rollups included.
 */
export interface KindImporter {
  /** Where valid rows go; the caller sends a batch of each whenever it is `ready`. */
  readonly stagings: Staging[];
  /** Validates one row; its values go to staging when it is valid. */
  validate(row: RowView): RowCheck;
  /** Checks that need every row (duplicates inside the file, conflicts with stored rows). */
  checkStaged(client: SqlClient, limit: number): Promise<{ issues: ImportIssue[]; count: number }>;
  /** What the merge would do, without writing. */
  preview(client: SqlClient): Promise<MergeCounts>;
  /** Writes the staged rows and refreshes the rollups they touch, in the caller's transaction. */
  merge(client: SqlClient): Promise<MergeCounts>;
  /** Warnings about the file as a whole, once every row is read. */
  finalWarnings(): ImportIssue[];
  /** The units the staged rows write. */
  unitIds(client: SqlClient): Promise<number[]>;
  /** Drops the staging tables. */
  drop(): Promise<void>;
}

export interface ImporterContext {
  session: BulkSession;
  /** How staged rows reach the database (copy-writer.ts). */
  append: RowSink;
  refs: ReferenceLookups;
  header: HeaderMap;
}

/**
 * A temporary table of one session, named uniquely (the embedded database serves every connection
 * from one backend, where temp tables are shared): filled in batches, the next batch validated
 * while the database takes the previous one.
 */
export class Staging {
  readonly table: string;
  private rows: BulkValue[][] = [];
  private inFlight: Promise<void> = Promise.resolve();
  private readonly batchSize: number;
  count = 0;

  constructor(
    private readonly session: BulkSession,
    prefix: string,
    private readonly columns: BulkColumn[],
    private readonly append: RowSink = session.append,
  ) {
    this.table = `${prefix}_${randomBytes(4).toString('hex')}`;
    // Small batches: rows waiting for COPY would otherwise live long enough to be promoted to the old heap.
    this.batchSize = Math.min(session.batchSize, 10_000);
  }

  async create(): Promise<void> {
    const defs = this.columns.map((c) => `"${c.name}" ${c.type === 'int' ? 'integer' : c.type}`).join(', ');
    await this.session.client.query(`create temp table "${this.table}" (${defs})`);
  }

  add(row: BulkValue[]): void {
    this.rows.push(row);
    this.count += 1;
  }

  /** A batch is full: `send()` before adding more, which also holds the reader back while the database is behind. */
  get ready(): boolean {
    return this.rows.length >= this.batchSize;
  }

  async send(): Promise<void> {
    const rows = this.rows;
    this.rows = [];
    await this.inFlight; // one batch in flight at a time: the connection takes one COPY at once
    this.inFlight = this.append(this.table, this.columns, rows);
    this.inFlight.catch(() => undefined); // reported by the next await
  }

  async flush(): Promise<void> {
    if (this.rows.length) await this.send();
    await this.inFlight;
    await this.session.client.query(`analyze "${this.table}"`);
  }

  async unitIds(): Promise<number[]> {
    const { rows } = await this.session.client.query<{ id: number }>(`select distinct unit_id as id from "${this.table}"`);
    return rows.map((r) => r.id);
  }

  async drop(): Promise<void> {
    await this.inFlight.catch(() => undefined);
    await this.session.client.query(`drop table if exists "${this.table}"`);
  }
}

export const ints = (rows: { n: number | string }[]) => Number(rows[0]?.n ?? 0);
