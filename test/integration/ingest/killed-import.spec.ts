import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeDossierCsv } from '../../../server/src/modules/ingest/testing/dossier-file';
import { testDatabases } from '../../support/test-databases';
import { openFixture, rollupsMatch, UNITS, type IngestFixture } from './ingest-support';

/**
 * `npm run import` killed with SIGKILL in the middle of its merge leaves no dossier behind (the
 * transaction dies with the connection), and running it again imports the whole file. Runs the
 * real CLI in a child process, on the server or — joining the test process's embedded database
 * through its lock file — on PGlite.
 */
const ROOT = join(__dirname, '..', '..', '..');
const databases = testDatabases();
const ROWS = databases.embedded ? 20_000 : 150_000;

let fx: IngestFixture;
let dir: string;
let file: string;
beforeAll(async () => {
  fx = await openFixture();
  dir = mkdtempSync(join(tmpdir(), 'tthc-kill-'));
  file = join(dir, 'kill.csv');
  await writeDossierCsv(file, {
    rows: ROWS,
    units: [UNITS.wardA, UNITS.wardB],
    procedures: ['1.001193', '1.004873', '2.000815', '1.004194', '1.004222'],
    prefix: 'KILL',
    from: '2023-01-02',
    days: 600,
  });
}, 120_000);
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await fx.close();
});

/** The CLI as `npm run import` runs it, in one process (tsx as a loader) so that SIGKILL hits the importer itself. */
function importer(args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'error' };
  if (databases.embedded) {
    delete env.DATABASE_URL;
    env.DATA_DIR = databases.mainDataDir;
  } else env.DATABASE_URL = databases.mainUrl;
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/import.ts', ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { child, exited, output: () => output };
}

const imported = async () => Number((await fx.client.query(`select count(*) as n from dossier where code like 'KILL-%'`)).rows[0].n);

async function until(condition: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

it('a process killed (SIGKILL) mid-import leaves no partial rows, and a re-run imports everything', async () => {
  const first = importer([file]);
  // Mid-import: the merge transaction is writing (its INSERT is running on the server).
  await until(() => first.output().includes('writing'), 240_000);
  if (!databases.embedded) {
    await until(async () => {
      const { rows } = await fx.client.query(`select 1 from pg_stat_activity where datname = current_database() and query like 'insert into dossier %' and state = 'active'`);
      return rows.length > 0;
    }, 60_000);
  } else await new Promise((resolve) => setTimeout(resolve, 300));
  first.child.kill('SIGKILL');
  expect((await first.exited).signal).toBe('SIGKILL');

  expect(await imported()).toBe(0);
  const killedRun = await fx.client.query(`select id, result from import_run where id > $1 and file_name = 'kill.csv' order by id`, [fx.firstRun]);
  expect(killedRun.rows.map((r) => r.result)).toEqual(['RUNNING']); // never committed

  const second = importer([file]);
  const exit = await second.exited;
  expect({ code: exit.code, output: exit.code === 0 ? '' : second.output() }).toEqual({ code: 0, output: '' });
  expect(second.output()).toMatch(new RegExp(`inserted\\s+${ROWS}\\b`));
  expect(await imported()).toBe(ROWS);
  expect(await rollupsMatch(fx.client, Object.values(fx.unitIds))).toBe(true);
  const runs = await fx.client.query(`select result from import_run where id > $1 and file_name = 'kill.csv' order by id`, [fx.firstRun]);
  expect(runs.rows.map((r) => r.result)).toEqual(['INTERRUPTED', 'SUCCEEDED']);
}, 15 * 60_000);
