/**
 * npm run import -- <file> [--kind dossiers|ratings|meetings|reported] [--dry-run] [--json] [--max-errors 50]
 *
 * Imports a CSV or XLSX file into DATABASE_URL, or into the embedded database in DATA_DIR — its own
 * when `npm start` is not running, else through the running server (never opening the folder
 * twice). Shows a progress bar, then a summary; exit code 0 when imported, 1 when refused or failed.
 */
import 'reflect-metadata';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { loadConfig, redactUrl } from '../server/src/config';
import { openDatabase } from '../server/src/db/database';
import { migrateUp } from '../server/src/db/migrate';
import { seedReference } from '../seeds/reference.seeder';
import { KIND_NAMES } from '../server/src/modules/ingest/import-columns';
import type { ImportIssue } from '../server/src/modules/ingest/import-issue';
import { ImportResult } from '../server/src/modules/ingest/import-run.entity';
import { runImport, type ImportOutcome, type ImportProgress } from '../server/src/modules/ingest/ingest.service';

const USAGE = 'usage: npm run import -- <file.csv|file.xlsx> [--kind dossiers|ratings|meetings|reported] [--dry-run] [--json] [--max-errors N]';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      kind: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      'max-errors': { type: 'string', default: '50' },
    },
  });
  if (positionals.length !== 1) return usage('give one file');
  const path = positionals[0];
  const kind = values.kind === undefined ? null : KIND_NAMES[values.kind.toLowerCase()];
  if (kind === undefined) return usage(`--kind must be one of ${Object.keys(KIND_NAMES).join(', ')}, got ${JSON.stringify(values.kind)}`);
  const shown = Number(values['max-errors']);
  if (!Number.isInteger(shown) || shown < 0) return usage('--max-errors must be a whole number');
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    return usage(`cannot read ${path}`);
  }

  const config = loadConfig();
  const db = await openDatabase(config);
  const log = (line: string) => (values.json ? process.stderr : process.stdout).write(`${line}\n`);
  try {
    log(`database: ${db.embedded ? `embedded in ${config.dataDir}${joinedAnother(config.dataDir) ? ' (through the running server)' : ''}` : redactUrl(db.url)}`);
    await migrateUp(db.orm);
    // A data folder the server never started on has no units or procedures yet to check rows against.
    await db.withSession(async ({ client }) => {
      const { rows } = await client.query('select 1 from administrative_unit limit 1');
      if (rows.length === 0) log(`reference data loaded: ${JSON.stringify(await seedReference(client))}`);
    });
    const input = createReadStream(path, { highWaterMark: 1 << 20 });
    process.once('SIGINT', () => input.destroy(new Error('interrupted (Ctrl-C): nothing was written')));
    const bar = progressBar(size, values.json);
    const outcome = await db.withSession((session) =>
      runImport(session, {
        input,
        fileName: basename(path),
        kind,
        dryRun: values['dry-run'],
        actor: `cli:${userInfo().username}`,
        via: 'CLI',
        maxBytes: config.importMaxBytes,
        onProgress: bar,
      }),
    );
    // Peak resident memory of this process (Linux reports KiB): the importer streams, so it stays flat.
    const peakRssBytes = process.resourceUsage().maxRSS * 1024;
    if (values.json) process.stdout.write(`${JSON.stringify({ ...outcome, peakRssBytes }, null, 2)}\n`);
    else printSummary(outcome, shown, peakRssBytes);
    return outcome.result === ImportResult.SUCCEEDED ? 0 : 1;
  } finally {
    await db.close();
  }
}

/** True when another process (npm start) owns the embedded folder and this one joined it. */
function joinedAnother(dataDir: string): boolean {
  try {
    return (JSON.parse(readFileSync(join(dataDir, 'embedded.lock'), 'utf8')) as { pid: number }).pid !== process.pid;
  } catch {
    return false;
  }
}

function usage(problem: string): number {
  process.stderr.write(`${problem}\n${USAGE}\n`);
  return 2;
}

const PHASES: Record<ImportProgress['phase'], string> = { READING: 'reading', CHECKING: 'checking', WRITING: 'writing', DONE: 'done' };

/** A bar on a terminal; a line per phase (and every few seconds) in a log. */
function progressBar(total: number, quiet: boolean): (p: ImportProgress) => void {
  const started = Date.now();
  let lastPhase = '';
  let lastDraw = 0;
  const tty = process.stdout.isTTY && !quiet;
  return (p) => {
    const now = Date.now();
    const changed = p.phase !== lastPhase;
    if (!changed && now - lastDraw < (tty ? 200 : 5000)) return;
    lastDraw = now;
    const fraction = total > 0 ? Math.min(1, p.bytes / total) : 1;
    const rate = Math.round(p.rows / Math.max(0.001, (now - started) / 1000));
    const text = `${PHASES[p.phase].padEnd(8)} ${(fraction * 100).toFixed(0).padStart(3)}%  ${p.rows.toLocaleString('en')} rows  ${rate.toLocaleString('en')} rows/s`;
    if (tty) {
      const width = 30;
      const filled = Math.round(fraction * width);
      process.stdout.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${text}   ${p.phase === 'DONE' ? '\n' : ''}`);
    } else if (changed || p.phase === 'READING') (quiet ? process.stderr : process.stdout).write(`${text}\n`);
    lastPhase = p.phase;
  };
}

function printSummary(o: ImportOutcome, shown: number, peakRssBytes: number): void {
  const verdict = {
    [ImportResult.SUCCEEDED]: o.dryRun ? 'valid: would be imported (dry run, nothing written)' : 'imported',
    [ImportResult.REJECTED]: 'refused: nothing was written',
    [ImportResult.FAILED]: 'failed: nothing was written',
    [ImportResult.RUNNING]: 'running',
    [ImportResult.INTERRUPTED]: 'interrupted',
  }[o.result];
  const rows: [string, string | number][] = [
    ['result', verdict],
    ['file', `${o.fileName} (${o.format ?? 'unknown format'}, ${o.bytes.toLocaleString('en')} bytes)`],
    ['kind', o.kind ?? 'unknown'],
    ['rows', o.rows],
    [o.dryRun ? 'would insert' : 'inserted', o.counts.inserted],
    [o.dryRun ? 'would update' : 'updated', o.counts.updated],
    ['unchanged', o.counts.unchanged],
    ...(o.counts.deleted ? [[o.dryRun ? 'would remove' : 'removed', o.counts.deleted] as [string, number]] : []),
    ['errors', o.errorCount],
    ['warnings', o.warnings.length],
    ['seconds', o.seconds.toFixed(1)],
    ['rows/s', Math.round(o.rows / Math.max(o.seconds, 0.001)).toLocaleString('en')],
    ['peak memory', `${Math.round(peakRssBytes / 1024 / 1024)} MB`],
    ...(o.runId !== null ? [['import run', `#${o.runId}`] as [string, string]] : []),
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log(`\n${rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n')}`);
  const list = (title: string, issues: ImportIssue[], total: number) => {
    if (!issues.length) return;
    console.log(`\n${title}:`);
    for (const i of issues.slice(0, shown)) console.log(`  ${i.messageVi}\n    ${i.messageEn}`);
    if (total > Math.min(shown, issues.length)) console.log(`  … và ${total - Math.min(shown, issues.length)} mục khác / and ${total - Math.min(shown, issues.length)} more`);
  };
  list('Lỗi / Errors', o.errors, o.errorCount);
  list('Cảnh báo / Warnings', o.warnings, o.warnings.length);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
