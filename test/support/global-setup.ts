import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { seedDemo } from '../../seeds/demo/demo.seeder';
import { seedReference } from '../../seeds/reference.seeder';
import { loadConfig } from '../../server/src/config';
import { openEmbeddedDatabase } from '../../server/src/db/embedded-database';
import { pgliteSession, serverSession, type BulkSession } from '../../server/src/db/sql-client';
import { ENV_KEY, type TestDatabases } from './test-databases';

declare global {
  var __tthcTestResources: { stop(): Promise<void> }[] | undefined;
}

const ROOT = join(__dirname, '..', '..');

/**
 * One seeded database and one empty one for the whole run: on TEST_DATABASE_URL / DATABASE_URL
 * when set (two fresh databases on that server), else on embedded PGlite — started here, outside
 * Jest's sandbox, where PGlite's dynamic import works. Migrations run in a child process: MikroORM
 * initialised here would leave metadata from this realm behind for the suites (mikro-orm#3783).
 */
export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  const serverUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  const resources: { stop(): Promise<void> }[] = [];
  globalThis.__tthcTestResources = resources;
  let databases: TestDatabases;
  let session: BulkSession;
  if (serverUrl) {
    // TEST_DB_PREFIX lets parallel runs on one server keep apart; TEST_KEEP_DB=1 reuses a seeded
    // main database (seeding is idempotent) to shorten a development loop. CI sets neither.
    const prefix = process.env.TEST_DB_PREFIX || 'tthc_test';
    const mainUrl = process.env.TEST_KEEP_DB === '1' ? await ensureDatabase(serverUrl, `${prefix}_main`) : await recreateDatabase(serverUrl, `${prefix}_main`);
    const scratchUrl = await recreateDatabase(serverUrl, `${prefix}_scratch`);
    await migrate({ DATABASE_URL: mainUrl });
    session = await serverSession(mainUrl);
    databases = { mainUrl, scratchUrl, embedded: false };
  } else {
    const mainDataDir = mkdtempSync(join(tmpdir(), 'tthc-test-main-'));
    const main = await openEmbeddedDatabase(mainDataDir, 12);
    resources.push(main);
    const scratch = await openEmbeddedDatabase(mkdtempSync(join(tmpdir(), 'tthc-test-scratch-')), 8);
    resources.push(scratch);
    await migrate({ DATA_DIR: mainDataDir }); // joins this process's server through the data folder's lock
    session = pgliteSession(main.pglite!);
    databases = { mainUrl: main.url, scratchUrl: scratch.url, mainDataDir, embedded: true };
  }
  try {
    await seedReference(session.client);
    await seedDemo(session, { seed: loadConfig({}).demoSeed });
  } finally {
    await session.close();
  }
  process.env[ENV_KEY] = JSON.stringify(databases);
  process.stdout.write(`\ntest databases ready in ${((Date.now() - started) / 1000).toFixed(1)} s (${databases.embedded ? 'embedded PGlite' : 'PostgreSQL server'})\n`);
}

/** Asynchronously: the embedded server lives in this process and must keep answering meanwhile. */
async function migrate(env: Record<string, string>): Promise<void> {
  try {
    await promisify(execFile)(process.execPath, [require.resolve('tsx/cli'), 'scripts/db.ts', 'migrate'], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: undefined, ...env },
    });
  } catch (error) {
    const e = error as { stderr?: string; stdout?: string; message: string };
    throw new Error(`migrations failed: ${e.stderr || e.stdout || e.message}`);
  }
}

async function ensureDatabase(serverUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) await admin.query(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  return databaseUrl(serverUrl, name);
}

function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function recreateDatabase(serverUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.query(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  return databaseUrl(serverUrl, name);
}
