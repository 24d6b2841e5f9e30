/** Where the integration suites find their databases (set by global-setup.ts). */
export interface TestDatabases {
  /** Migrated and seeded with reference and demo data, once per run. */
  mainUrl: string;
  /** Empty: for suites that migrate up and down. */
  scratchUrl: string;
  /** The embedded main database's folder, when running without a server. */
  mainDataDir?: string;
  embedded: boolean;
}

export const ENV_KEY = 'TTHC_TEST_DATABASES';

export function testDatabases(): TestDatabases {
  const raw = process.env[ENV_KEY];
  if (!raw) throw new Error('integration suites need test/support/global-setup.ts (run them through jest)');
  return JSON.parse(raw) as TestDatabases;
}
