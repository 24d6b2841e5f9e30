import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join } from 'node:path';

/**
 * The embedded PostgreSQL: PGlite (PostgreSQL compiled to WASM) on a data folder, served on
 * 127.0.0.1 over the wire protocol so that MikroORM and `pg` talk to it like to any server.
 *
 * One process owns a data folder at a time (PGlite is single-process). The owner writes
 * `embedded.lock` with its pid and port; a second process (e.g. `npm run import` while
 * `npm start` runs) connects to the owner's port instead of opening the folder itself.
 */
export interface EmbeddedDatabase {
  url: string;
  /** True when this process opened the folder; false when it joined another process's server. */
  owner: boolean;
  /** The PGlite instance itself, for in-process bulk loads, when this process is the owner. */
  pglite?: PGliteHandle;
  stop(): Promise<void>;
}

/** The part of PGlite's API used in-process: queries and COPY FROM '/dev/blob'. */
export interface PGliteHandle {
  query<R>(sql: string, params?: unknown[], options?: { blob?: Blob }): Promise<{ rows: R[] }>;
}

interface LockFile {
  pid: number;
  port: number | null;
}

const LOCK_NAME = 'embedded.lock';
const WAIT_FOR_OWNER_MS = 120_000;

export async function openEmbeddedDatabase(dataDir: string, maxConnections: number): Promise<EmbeddedDatabase> {
  mkdirSync(dataDir, { recursive: true });
  const lockPath = join(dataDir, LOCK_NAME);
  const deadline = Date.now() + WAIT_FOR_OWNER_MS;
  for (;;) {
    if (tryCreateLock(lockPath)) return startOwner(dataDir, lockPath, maxConnections);
    // A lock that cannot be read may be half-written by a starting owner: look twice.
    const lock = readLock(lockPath) ?? (await sleep(300).then(() => readLock(lockPath)));
    if (!lock || !isAlive(lock.pid)) {
      // The owner died without cleaning up (e.g. SIGKILL): the folder is free again.
      rmSync(lockPath, { force: true });
      continue;
    }
    if (lock.port !== null && (await portAnswers(lock.port))) {
      return { url: urlFor(lock.port), owner: false, stop: async () => undefined };
    }
    if (Date.now() > deadline) {
      throw new Error(`The embedded database in ${dataDir} is held by process ${lock.pid}, which does not answer`);
    }
    await sleep(250); // the owner is still starting
  }
}

async function startOwner(dataDir: string, lockPath: string, maxConnections: number): Promise<EmbeddedDatabase> {
  try {
    // Dynamic imports: PGlite ships as ES modules.
    const { PGlite } = await import('@electric-sql/pglite');
    const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
    const db = await PGlite.create(join(dataDir, 'pgdata'));
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections });
    await server.start();
    const port = Number(server.getServerConn().split(':').pop());
    writeFileSync(lockPath, JSON.stringify({ pid: process.pid, port } satisfies LockFile));
    let stopped = false;
    return {
      url: urlFor(port),
      owner: true,
      pglite: db as unknown as PGliteHandle,
      stop: async () => {
        if (stopped) return;
        stopped = true;
        await server.stop();
        await db.close();
        rmSync(lockPath, { force: true });
      },
    };
  } catch (error) {
    rmSync(lockPath, { force: true });
    throw error;
  }
}

function tryCreateLock(lockPath: string): boolean {
  try {
    writeFileSync(lockPath, JSON.stringify({ pid: process.pid, port: null } satisfies LockFile), { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

function readLock(lockPath: string): LockFile | undefined {
  try {
    const parsed = JSON.parse(readFileSync(lockPath, 'utf8')) as LockFile;
    return typeof parsed.pid === 'number' ? parsed : undefined;
  } catch {
    return undefined; // being written or removed right now, or corrupt: treated as stale
  }
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

const urlFor = (port: number) => `postgres://postgres@127.0.0.1:${port}/postgres`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
