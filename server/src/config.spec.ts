import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './config';

const dataDir = mkdtempSync(join(tmpdir(), 'tthc-config-'));

function problems(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('settings', () => {
  it('defaults to the embedded database in ./.data on port 4000', () => {
    const config = loadConfig({ DATA_DIR: dataDir });
    expect(config).toMatchObject({ databaseUrl: undefined, dataDir, port: 4000, host: '127.0.0.1' });
  });

  it('takes a PostgreSQL URL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test' }).databaseUrl).toBe('postgres://postgres@127.0.0.1:5432/test');
  });

  it('names each bad value on its own line', () => {
    expect(problems({ DATABASE_URL: 'mysql://x', PORT: '99999', DATA_DIR: dataDir })).toEqual([
      'Invalid setting DATABASE_URL="mysql://x": must be a URL such as postgres://user@host:5432/database',
      'Invalid setting PORT="99999": must be a whole number from 1 to 65535',
    ]);
  });

  it('rejects a data folder that cannot be created', () => {
    const file = join(dataDir, 'a-file');
    writeFileSync(file, 'x');
    expect(problems({ DATA_DIR: join(file, 'data') })).toEqual([`Invalid setting DATA_DIR="${join(file, 'data')}": the folder cannot be created or written (ENOTDIR)`]);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', DATA_DIR: dataDir, PORT: '' }).port).toBe(4000);
  });
});
