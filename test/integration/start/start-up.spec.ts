import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testDatabases } from '../../support/test-databases';

const ROOT = join(__dirname, '..', '..', '..');
const TSX = require.resolve('tsx/cli');

/** Runs a script in a child process, asynchronously: an embedded test server in this process must keep answering. */
function run(script: string, args: string[], env: Record<string, string | undefined>): Promise<{ status: number; stdout: string; stderr: string }> {
  const clean = { ...process.env, DATABASE_URL: undefined, TEST_DATABASE_URL: undefined, ...env } as NodeJS.ProcessEnv;
  return new Promise((resolve) => {
    execFile(process.execPath, [TSX, script, ...args], { cwd: ROOT, env: clean, timeout: 90_000 }, (error, stdout, stderr) => {
      resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe('starting with bad settings', () => {
  it('stops with a one-line reason for a malformed DATABASE_URL', async () => {
    const result = await run('server/src/main.ts', [], { DATABASE_URL: 'localhost:5432/test' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual(['Invalid setting DATABASE_URL="localhost:5432/test": must be a URL such as postgres://user@host:5432/database']);
  });

  it('stops with a one-line reason for a DATA_DIR that cannot be written', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tthc-start-')), 'not-a-folder');
    writeFileSync(file, '');
    const result = await run('server/src/main.ts', [], { DATA_DIR: join(file, 'data') });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([`Invalid setting DATA_DIR="${join(file, 'data')}": the folder cannot be created or written (ENOTDIR)`]);
  });

  it('stops with a one-line reason when the database server does not answer', async () => {
    const result = await run('server/src/main.ts', [], { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/nothing' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^Cannot start: .*ECONNREFUSED/);
  });
});

describe('the embedded database', () => {
  it('is joined, not opened twice, by a second process on the same data folder', async () => {
    const { embedded, mainDataDir } = testDatabases();
    if (!embedded) return; // only meaningful without DATABASE_URL; the suite runs both ways in CI
    const result = await run('scripts/db.ts', ['migrate'], { DATA_DIR: mainDataDir });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`database: embedded in ${mainDataDir}`);
    expect(result.stdout).toContain('migrations: up to date');
  });
});
