import { execFile } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');

export interface E2eAccount {
  username: string;
  password: string;
  role: string;
  unit: string;
  /** The day the unit code is read on (codes the 2025 reform reused name another unit today). */
  unitOn?: string;
}

/** Adds an account to the suite's database with npm run user:add, as an administrator would; kept when it already exists. */
export function addAccount(databaseUrl: string, account: E2eAccount): Promise<void> {
  const args = [
    '--username',
    account.username,
    '--role',
    account.role,
    '--unit',
    account.unit,
    ...(account.unitOn ? ['--unit-on', account.unitOn] : []),
    '--password-stdin',
  ];
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/user-add.ts', ...args],
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' } },
      (error, stdout, stderr) =>
        error && !/is taken/.test(stderr) ? reject(new Error(`user:add failed: ${stderr || stdout}`)) : resolve(),
    );
    child.stdin!.end(`${account.password}\n`);
  });
}
