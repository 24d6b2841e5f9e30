/** How global-setup.ts tells the suites where the dashboard is, or why they are skipped. */
export const E2E_ENV = 'TTHC_E2E';

export interface E2eEnv {
  baseUrl?: string;
  /** The server's PostgreSQL database; absent for the embedded demo, which another process cannot write to safely. */
  databaseUrl?: string;
  skip?: string;
}

export function e2eEnv(): E2eEnv {
  const raw = process.env[E2E_ENV];
  return raw
    ? (JSON.parse(raw) as E2eEnv)
    : { skip: 'test/e2e/support/global-setup.ts did not run (run the suite through jest --selectProjects e2e)' };
}
