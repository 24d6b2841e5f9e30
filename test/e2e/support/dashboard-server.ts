import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const ROOT = join(__dirname, '..', '..', '..');
const READY_TIMEOUT_MS = 15 * 60_000;

export interface DashboardServer {
  baseUrl: string;
  /** Where the data lives: a temporary embedded folder or a PostgreSQL database. */
  database: string;
  /** The PostgreSQL database, for suites that add accounts to it; absent for the embedded demo. */
  databaseUrl?: string;
  stop(): Promise<void>;
}

/**
 * `npm start` (scripts/start.mjs: builds the client when stale, then the server) on a free port, in its own
 * process group. Database: E2E_DATABASE_URL as given; else, with TEST_DATABASE_URL/DATABASE_URL, the
 * database `<TEST_DB_PREFIX>_main` when TEST_KEEP_DB=1 (already seeded by the integration setup) or
 * `<TEST_DB_PREFIX>_e2e`, seeded with the demo (--demo, idempotent); else a temporary embedded folder,
 * which the first start seeds (about a minute).
 */
export async function startDashboard(): Promise<DashboardServer> {
  const port = await freePort();
  const { url: databaseUrl, label } = await chooseDatabase();
  const dataDir = databaseUrl ? undefined : mkdtempSync(join(tmpdir(), 'tthc-e2e-'));
  const child = spawn(process.execPath, ['scripts/start.mjs', ...(databaseUrl ? ['--demo'] : [])], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl ?? '',
      DATA_DIR: dataDir ?? '',
      LOG_LEVEL: 'warn',
    },
  });
  let log = '';
  child.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await stopGroup(child);
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitUntilReady(baseUrl, child, () => log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, database: databaseUrl ? label : `embedded (${dataDir})`, databaseUrl, stop };
}

async function chooseDatabase(): Promise<{ url?: string; label: string }> {
  if (process.env.E2E_DATABASE_URL) return { url: process.env.E2E_DATABASE_URL, label: redact(process.env.E2E_DATABASE_URL) };
  const server = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (!server) return { label: 'embedded' };
  const name = `${process.env.TEST_DB_PREFIX || 'tthc_test'}_${process.env.TEST_KEEP_DB === '1' ? 'main' : 'e2e'}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) await admin.query(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(server);
  url.pathname = `/${name}`;
  return { url: url.toString(), label: redact(url.toString()) };
}

const redact = (url: string) => url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilReady(baseUrl: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm start exited with code ${child.exitCode} before answering:\n${log().slice(-4000)}`);
    try {
      const [health, page] = await Promise.all([fetch(`${baseUrl}/health`), fetch(`${baseUrl}/`)]);
      const html = await page.text();
      if (health.ok && html.includes('<div id="root">')) return;
      if (health.ok && !html.includes('<div id="root">'))
        throw new Error(`the server answers but / is not the dashboard:\n${html.slice(0, 300)}\n${log().slice(-4000)}`);
    } catch (error) {
      if (error instanceof Error && error.message.startsWith('the server answers')) throw error;
      // not listening yet (first start migrates and seeds)
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`npm start did not answer within ${READY_TIMEOUT_MS / 1000} s:\n${log().slice(-4000)}`);
}

/** Ctrl-C to the whole group (start.mjs and the server under it); kill it if it has not stopped in 30 s. */
async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || !child.pid) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    process.kill(-child.pid, 'SIGINT');
  } catch {
    return; // already gone
  }
  const timer = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 30_000).unref());
  if ((await Promise.race([exited, timer])) === 'timeout') {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* gone meanwhile */
    }
  }
}
