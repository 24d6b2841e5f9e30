/**
 * Import benchmark (part of npm run bench; alone: npm run bench -- --import): a generated 1 M-row
 * dossier CSV through `npm run import` on the benchmark server, into a fresh database of its own
 * (<bench database>_import, migrated with the reference data, dropped at the end), so the scale
 * set is left as it was. Measures rows/s and the importer's peak RSS, then the same file again
 * (nothing to write) and checks every rollup against its recomputation.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { writeDossierCsv } from '../../server/src/modules/ingest/testing/dossier-file';
import { verifyRollups } from '../../server/src/modules/kpi/kpi-rollup.service';

const ROOT = join(__dirname, '..', '..');
const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 1_000_000);
const TARGET_ROWS_PER_SECOND = 100_000;

/** Communes and procedures of the reference data (seeds/data): valid over the generated period. */
const UNITS = ['26977', '26965', '26980', '26968', '26989', '26995', '26986', '26998', '27001', '26992', '26983', '26971', '26974', '27004', '27007', '00157', '00160', '00163', '00166', '00167', '00169', '00172', '00175'];
const PROCEDURES = ['1.001193', '1.004873', '2.000815', '1.004194', '1.004222', '1.001612', '1.004859', '2.001035', '1.000894', '1.003197', '1.010041', '2.000884'];

interface CliOutcome {
  result: string;
  rows: number;
  counts: { inserted: number; updated: number; unchanged: number };
  seconds: number;
  peakRssBytes: number;
}

export async function benchImport(benchUrl: string): Promise<number> {
  const name = `${new URL(benchUrl).pathname.slice(1) || 'tthc'}_import`;
  const url = withDatabase(benchUrl, name);
  const admin = new pg.Client({ connectionString: benchUrl });
  await admin.connect();
  const dir = mkdtempSync(join(tmpdir(), 'tthc-import-bench-'));
  try {
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.query(`create database "${name}"`);
    await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/db.ts', 'seed'], { cwd: ROOT, env: { ...process.env, DATABASE_URL: url } });
    const file = join(dir, 'dossiers-1m.csv');
    const t0 = Date.now();
    await writeDossierCsv(file, { rows: ROWS, units: UNITS, procedures: PROCEDURES, prefix: 'BENCH', from: '2022-01-03', days: 1000, seed: 7 });
    console.log(`\nImport: generated ${ROWS.toLocaleString('en')} dossier rows (${(statSync(file).size / 1e6).toFixed(0)} MB CSV) in ${((Date.now() - t0) / 1000).toFixed(1)} s; importing into ${name}`);

    const first = await runCli(url, file);
    const again = await runCli(url, file);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const diffs = await verifyRollups(client);
    const floor = await databaseFloor(client).finally(() => client.end());
    const rollupsOk = diffs.every((d) => d.unexpected === 0 && d.missing === 0);

    const rows = [
      { run: 'first import (1 M new dossiers)', outcome: first.outcome, wall: first.wall },
      { run: 'same file again (all unchanged)', outcome: again.outcome, wall: again.wall },
    ].map(({ run, outcome, wall }) => ({
      run,
      result: outcome.result,
      'inserted / unchanged': `${outcome.counts.inserted.toLocaleString('en')} / ${outcome.counts.unchanged.toLocaleString('en')}`,
      'import s': outcome.seconds.toFixed(1),
      'rows/s': Math.round(outcome.rows / outcome.seconds).toLocaleString('en'),
      'process s': wall.toFixed(1),
      'peak RSS MB': Math.round(outcome.peakRssBytes / 1024 / 1024),
    }));
    printRows(`Import of a ${ROWS.toLocaleString('en')}-row CSV (npm run import; target ≥ ${TARGET_ROWS_PER_SECOND.toLocaleString('en')} rows/s)`, rows);
    const rate = first.outcome.rows / first.outcome.seconds;
    console.log(`rollups equal their recomputation: ${rollupsOk ? 'yes' : 'NO'}; target met: ${rate >= TARGET_ROWS_PER_SECOND ? 'yes' : 'NO'}`);
    printRows(
      `What the database alone takes to store the same ${ROWS.toLocaleString('en')} dossiers (one INSERT … SELECT from a temp table, then rolled back)`,
      floor.map((f) => ({ into: f.into, s: f.seconds.toFixed(1), 'rows/s at most': Math.round(ROWS / f.seconds).toLocaleString('en') })),
    );
    return first.outcome.result === 'SUCCEEDED' && again.outcome.counts.unchanged === ROWS && rollupsOk ? 0 : 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await admin.query(`drop database if exists "${name}" with (force)`).catch(() => undefined);
    await admin.end();
  }
}

/**
 * The floor under any importer: the imported dossiers copied again into empty tables shaped like
 * `dossier`, with its indexes (and WAL), unlogged, and as a bare heap. No pipeline stores them faster than
 * the first of these on the same server.
 */
async function databaseFloor(client: pg.Client): Promise<{ into: string; seconds: number }[]> {
  await client.query(`set work_mem = '128MB'`);
  await client.query(`create temp table floor_rows as select * from dossier where source = 'import'`);
  const out: { into: string; seconds: number }[] = [];
  const tables = [
    { into: 'a table like dossier, its 6 indexes', ddl: 'create table floor_target (like dossier including all)' },
    { into: 'the same, unlogged (no WAL)', ddl: 'create unlogged table floor_target (like dossier including all)' },
    { into: 'a bare heap (no index, no WAL)', ddl: 'create unlogged table floor_target (like dossier)' },
  ];
  for (const { into, ddl } of tables) {
    await client.query('begin');
    try {
      await client.query(ddl);
      const started = Date.now();
      await client.query(`insert into floor_target select * from floor_rows order by unit_id, received_on`);
      out.push({ into, seconds: (Date.now() - started) / 1000 });
    } finally {
      await client.query('rollback');
    }
  }
  await client.query('drop table floor_rows');
  return out;
}

/** The CLI in its own process (tsx as a loader, as npm run import runs it): its peak RSS is the importer's alone. */
function runCli(url: string, file: string): Promise<{ outcome: CliOutcome; wall: number }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/import.ts', file, '--json'], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: url },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('exit', () => {
      try {
        resolve({ outcome: JSON.parse(out) as CliOutcome, wall: (Date.now() - started) / 1000 });
      } catch {
        reject(new Error(`npm run import gave no report:\n${out}`));
      }
    });
  });
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

function printRows(title: string, rows: Record<string, string | number>[]): void {
  const cols = Object.keys(rows[0]);
  const width = cols.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c]).length)));
  const line = (cells: string[]) => cells.map((s, i) => (i === 0 ? s.padEnd(width[i]) : s.padStart(width[i]))).join('  ');
  console.log(`\n${title}\n${line(cols)}\n${width.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const r of rows) console.log(line(cols.map((c) => String(r[c]))));
}
