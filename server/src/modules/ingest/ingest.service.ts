import type { Readable } from 'node:stream';
import type { BulkSession, SqlClient } from '../../db/sql-client';
import { loadWorkingCalendar } from '../procedures/calendar.repository';
import { recordAudit } from '../accounts/audit.service';
import { UnitDirectory } from '../units/unit-directory';
import { fastAppend, isPglite } from './copy-writer';
import { DossierImporter } from './dossier.importer';
import { detectKind, mapHeaders, type HeaderMap, type MappedColumn } from './header-map';
import { ImportKind } from './import-columns';
import { issue, type ImportIssue } from './import-issue';
import { ImportResult } from './import-run.entity';
import { noCounts, type KindImporter, type MergeCounts } from './importer';
import { MeetingImporter } from './meeting.importer';
import { RatingImporter } from './rating.importer';
import { ReferenceLookups, type FieldRecord, type KnownProcedure } from './reference-lookups';
import { ReportedFigureImporter } from './reported-figure.importer';
import { rowView } from './row-check';
import { FileRejected, openTable, type FileFormat, type TableRecord } from './table-source';
import { UserError } from '../../shared/user-error';

export interface ImportRequest {
  input: Readable;
  fileName: string;
  /** Null: detected from the header. */
  kind?: ImportKind | null;
  /** Validate and preview only: nothing is written, nothing recorded. */
  dryRun?: boolean;
  /** Who imports: the account's username, or the CLI's OS user (cli:name). */
  actor: string;
  /** The account behind the import, for the audit log (null from the command line). */
  account?: { id: number } | null;
  /** Called with the ids of the units the file writes, once it is valid: throws when they may not be written. */
  authorizeUnits?: (unitIds: number[]) => void;
  via: 'CLI' | 'API';
  maxBytes: number;
  /** An upload cut at the size limit by the multipart parser. */
  truncated?: () => boolean;
  /** Read the rest of the input when stopping early (an HTTP upload must be consumed); else destroy it. */
  drainOnStop?: boolean;
  onProgress?: (progress: ImportProgress) => void;
  /** Data rows shown back with the report. */
  previewRows?: number;
  /** Errors listed in the report; errorCount counts them all. */
  maxErrors?: number;
  /** The present, for "in the future" (tests fix it). */
  now?: Date;
}

export type ImportPhase = 'READING' | 'CHECKING' | 'WRITING' | 'DONE';

export interface ImportProgress {
  phase: ImportPhase;
  rows: number;
  bytes: number;
}

export interface ImportOutcome {
  /** The import_run row; null on a dry run. */
  runId: number | null;
  kind: ImportKind | null;
  fileName: string;
  format: FileFormat | null;
  dryRun: boolean;
  /** On a dry run: SUCCEEDED = the file would be imported, REJECTED = it would not. */
  result: ImportResult;
  /** Data rows read. */
  rows: number;
  counts: MergeCounts;
  errorCount: number;
  errors: ImportIssue[];
  warnings: ImportIssue[];
  columns: MappedColumn[];
  preview: { header: string[]; rows: string[][] };
  bytes: number;
  sha256: string | null;
  seconds: number;
}

/** One import at a time writes (its transaction holds this lock); dry runs do not take it. */
const IMPORT_LOCK = 726_100_005;
const MAX_WARNINGS = 200;

/**
 * The one import pipeline behind the CLI and the GraphQL mutation: read the file as a stream,
 * validate every row (errors in Vietnamese and English with line, column and value) into a
 * session-local staging table, check what needs the whole file, then — only if nothing is wrong —
 * merge set-based in one transaction with the rollups, and record the import.
 */
export async function runImport(session: BulkSession, request: ImportRequest): Promise<ImportOutcome> {
  const started = Date.now();
  const client = process.env.INGEST_DEBUG ? timed(session.client) : session.client;
  if (process.env.INGEST_DEBUG) session = { ...session, client };
  const dryRun = request.dryRun ?? false;
  const maxErrors = request.maxErrors ?? 1000;
  const outcome: ImportOutcome = {
    runId: null,
    kind: request.kind ?? null,
    fileName: request.fileName,
    format: null,
    dryRun,
    result: ImportResult.RUNNING,
    rows: 0,
    counts: noCounts(),
    errorCount: 0,
    errors: [],
    warnings: [],
    columns: [],
    preview: { header: [], rows: [] },
    bytes: 0,
    sha256: null,
    seconds: 0,
  };
  const progress = (phase: ImportPhase) => request.onProgress?.({ phase, rows: outcome.rows, bytes: outcome.bytes });
  if (!dryRun) outcome.runId = await startRun(client, request);
  let importer: KindImporter | null = null;
  try {
    const table = await openTable(request.input, { fileName: request.fileName, maxBytes: request.maxBytes, truncated: request.truncated });
    outcome.format = table.format;
    const records = table.records;
    const { first, rest } = await headerRecord(records);
    if (!first) throw new FileRejected(issue('FILE_EMPTY'));
    const header = first.cells;
    const kind = request.kind ?? detectKind(header);
    if (!kind) throw new FileRejected(issue('KIND_UNKNOWN', { line: first.line }, { headers: header.slice(0, 12).join(', ') }));
    outcome.kind = kind;
    const map = mapHeaders(kind, header, first.line);
    outcome.columns = map.columns;
    outcome.preview.header = header;
    outcome.warnings.push(...map.warnings);
    if (map.errors.length) {
      reject(outcome, map.errors, map.errors.length, maxErrors);
    } else {
      const pglite = await isPglite(client);
      await tuneSession(client, pglite);
      const refs = await loadLookups(client, request.now ?? new Date());
      importer = await createImporter(kind, { session, append: fastAppend(session, pglite), refs, header: map });
      await readRows(rest, records, map, importer, outcome, { ...request, maxErrors }, () => {
        outcome.bytes = table.bytesRead();
        progress('READING');
      });
      outcome.bytes = table.bytesRead();
      outcome.sha256 = table.sha256();
      progress('CHECKING');
      for (const staging of importer.stagings) await staging.flush();
      const staged = await importer.checkStaged(client, maxErrors);
      outcome.warnings.push(...importer.finalWarnings());
      if (outcome.rows === 0) reject(outcome, [issue('FILE_NO_ROWS')], 1, maxErrors);
      else if (outcome.errorCount + staged.count > 0) reject(outcome, staged.issues, staged.count, maxErrors);
      else if (request.authorizeUnits && !authorized(request.authorizeUnits, await importer.unitIds(client), outcome, maxErrors)) {
        // refused: the report says which units
      } else if (dryRun) {
        outcome.counts = await importer.preview(client);
        outcome.result = ImportResult.SUCCEEDED;
      } else {
        progress('WRITING');
        outcome.counts = await write(client, importer, outcome, request);
      }
    }
  } catch (error) {
    if (error instanceof FileRejected) reject(outcome, [error.issue], 1, maxErrors);
    else {
      outcome.result = ImportResult.FAILED;
      outcome.seconds = (Date.now() - started) / 1000;
      if (outcome.runId !== null) await finishRun(client, outcome, (error as Error).message).catch(() => undefined);
      throw error;
    }
  } finally {
    if (request.drainOnStop) {
      request.input.unpipe();
      request.input.resume();
    } else request.input.destroy();
    await importer?.drop().catch(() => undefined);
  }
  outcome.warnings = outcome.warnings.slice(0, MAX_WARNINGS);
  outcome.seconds = (Date.now() - started) / 1000;
  if (outcome.result === ImportResult.REJECTED && outcome.runId !== null) await finishRun(client, outcome, outcome.errors[0]?.messageEn ?? null);
  progress('DONE');
  return outcome;
}

/** The units' check; a refusal (a UserError such as FORBIDDEN) becomes the report's one error. */
function authorized(check: (unitIds: number[]) => void, unitIds: number[], outcome: ImportOutcome, maxErrors: number): boolean {
  try {
    check(unitIds);
    return true;
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    reject(outcome, [issue('NOT_ALLOWED', {}, { reason: error.message })], 1, maxErrors);
    return false;
  }
}

function reject(outcome: ImportOutcome, issues: ImportIssue[], count: number, maxErrors: number): void {
  outcome.result = ImportResult.REJECTED;
  outcome.errorCount += count;
  outcome.errors = [...outcome.errors, ...issues].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)).slice(0, maxErrors);
}

/** The first record (the header) and the rest of its batch. */
async function headerRecord(records: AsyncGenerator<TableRecord[]>): Promise<{ first: TableRecord | null; rest: TableRecord[] }> {
  // next(), not for-await: leaving a for-await loop would close the generator.
  for (let next = await records.next(); !next.done; next = await records.next()) {
    if (next.value.length) return { first: next.value[0], rest: next.value.slice(1) };
  }
  return { first: null, rest: [] };
}

/** Every data row: validated, shown back (the first few), staged when valid. */
async function readRows(
  firstBatch: TableRecord[],
  records: AsyncGenerator<TableRecord[]>,
  map: HeaderMap,
  importer: KindImporter,
  outcome: ImportOutcome,
  request: ImportRequest & { maxErrors: number },
  tick: () => void,
): Promise<void> {
  const width = outcome.preview.header.length;
  const previewRows = request.previewRows ?? 10;
  const strictWidth = outcome.format === 'CSV';
  const warned = new Set<string>();
  const read = async (batch: TableRecord[]) => {
    for (const record of batch) {
      outcome.rows += 1;
      if (outcome.preview.rows.length < previewRows) outcome.preview.rows.push(Array.from({ length: width }, (_, i) => record.cells[i] ?? ''));
      const extra = record.cells.length > width && record.cells.slice(width).some((c) => c.trim() !== '');
      if ((strictWidth && record.cells.length !== width) || extra) {
        outcome.errorCount += 1;
        if (outcome.errors.length < request.maxErrors) outcome.errors.push(issue('ROW_WIDTH', { line: record.line }, { count: record.cells.length, expected: width }));
        continue;
      }
      const check = importer.validate(rowView(map, record.line, record.cells));
      if (check.errors.length) {
        outcome.errorCount += check.errors.length;
        for (const e of check.errors) if (outcome.errors.length < request.maxErrors) outcome.errors.push(e);
      }
      for (const w of check.warnings) {
        // One warning per column and value: a thousand rows of the same unit code say it once.
        const key = `${w.code}|${w.column}|${w.value}`;
        if (!warned.has(key) && warned.size < MAX_WARNINGS) {
          warned.add(key);
          outcome.warnings.push(w);
        }
      }
      for (const staging of importer.stagings) if (staging.ready) await staging.send();
    }
    tick();
  };
  await read(firstBatch);
  for await (const batch of records) await read(batch);
}

async function write(client: SqlClient, importer: KindImporter, outcome: ImportOutcome, request: ImportRequest): Promise<MergeCounts> {
  await client.query('begin');
  try {
    await client.query('select pg_advisory_xact_lock($1)', [IMPORT_LOCK]);
    // Runs still RUNNING when this one holds the lock died mid-import (their transaction rolled back).
    await client.query(
      `update import_run set result = 'INTERRUPTED', finished_at = coalesce(finished_at, now()),
              message = 'The importing process stopped before the end; nothing of this import was written'
        where result = 'RUNNING' and id < $1`,
      [outcome.runId],
    );
    const counts = await importer.merge(client);
    outcome.counts = counts;
    outcome.result = ImportResult.SUCCEEDED;
    await finishRun(client, outcome, null);
    // The audit log gets the change in the same transaction (both commit or neither); a file that
    // changed nothing changes nothing, the log included (import_run still records it).
    if (counts.inserted + counts.updated + counts.deleted > 0) await recordAudit(client, { actor: request.actor, account: request.account ?? null }, {
      action: 'IMPORT',
      subject: `import_run:${outcome.runId}`,
      detail: { fileName: outcome.fileName, kind: outcome.kind, rows: outcome.rows, ...counts },
    });
    await client.query('commit');
    return counts;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  }
}

async function createImporter(kind: ImportKind, ctx: ConstructorParameters<typeof DossierImporter>[0]): Promise<KindImporter> {
  switch (kind) {
    case ImportKind.DOSSIERS:
      return new DossierImporter(ctx).create();
    case ImportKind.RATINGS:
      return new RatingImporter(ctx).create();
    case ImportKind.MEETINGS:
      return new MeetingImporter(ctx).create();
    case ImportKind.REPORTED:
      return new ReportedFigureImporter(ctx).create();
  }
}

/**
 * Staging a million rows in the default 8 MB of temp buffers spills to disk, and the duplicate check
 * groups them all: a dedicated server session may take more (the embedded one keeps its defaults).
 */
async function tuneSession(client: SqlClient, pglite: boolean): Promise<void> {
  if (pglite) return;
  await client.query(`set temp_buffers = '256MB'`).catch(() => undefined); // refused once the session used temp tables
  await client.query(`set work_mem = '128MB'`);
  // Compiling each big aggregate costs more than it saves here.
  await client.query(`set jit = off`);
}

export async function loadLookups(client: SqlClient, now: Date): Promise<ReferenceLookups> {
  const units = await UnitDirectory.load(client);
  const procedures = await client.query<KnownProcedure & { code: string }>(`select id, code, working_days as "workingDays" from procedure`);
  const fields = await client.query<FieldRecord>(`select id, code, name, name_en as "nameEn" from procedure_field order by code`);
  const campaigns = await client.query<{ id: number; code: string }>(`select id, code from campaign`);
  const calendar = await loadWorkingCalendar(client);
  return new ReferenceLookups(
    units,
    new Map(procedures.rows.map((p) => [p.code, { id: p.id, workingDays: Number(p.workingDays) }])),
    fields.rows,
    new Map(campaigns.rows.map((c) => [c.code, c.id])),
    calendar,
    // A day of slack: a desk's clock a little ahead is not "the future".
    new Date(now.getTime() + 24 * 60 * 60 * 1000),
  );
}

async function startRun(client: SqlClient, request: ImportRequest): Promise<number> {
  const { rows } = await client.query<{ id: number }>(
    `insert into import_run (kind, file_name, actor, via, started_at, result) values ($1, $2, $3, $4, now(), 'RUNNING') returning id`,
    [request.kind ?? null, request.fileName, request.actor, request.via],
  );
  return rows[0].id;
}

async function finishRun(client: SqlClient, outcome: ImportOutcome, message: string | null): Promise<void> {
  await client.query(
    `update import_run set kind = $2, format = $3, bytes = $4, sha256 = $5, finished_at = now(), result = $6, rows = $7,
            inserted = $8, updated = $9, unchanged = $10, error_count = $11, warning_count = $12, message = $13, issues = $14
      where id = $1`,
    [
      outcome.runId, outcome.kind, outcome.format, outcome.bytes, outcome.sha256, outcome.result, outcome.rows,
      outcome.counts.inserted, outcome.counts.updated + outcome.counts.deleted, outcome.counts.unchanged, outcome.errorCount, outcome.warnings.length,
      message, JSON.stringify([...outcome.errors.slice(0, 20), ...outcome.warnings.slice(0, 20)]),
    ],
  );
}

/** INGEST_DEBUG=1: each statement that takes over 50 ms, on stderr. */
function timed(client: SqlClient): SqlClient {
  return {
    query: async (text, params) => {
      const t0 = Date.now();
      try {
        return await client.query(text, params);
      } finally {
        const ms = Date.now() - t0;
        if (ms > 50) process.stderr.write(`[ingest] ${ms} ms  ${text.replace(/\s+/g, ' ').slice(0, 140)}\n`);
      }
    },
  };
}
