import { browserMissing } from './chromium';
import { startDashboard, type DashboardServer } from './dashboard-server';
import { E2E_ENV } from './e2e-env';

declare global {
  var __tthcDashboard: DashboardServer | undefined;
}

/** One dashboard server for every browser suite of the run (started only when a browser is there). */
export default async function globalSetup(): Promise<void> {
  const missing = browserMissing();
  if (missing) {
    process.env[E2E_ENV] = JSON.stringify({ skip: missing });
    process.stdout.write(`\ne2e: skipped, ${missing}\n`);
    return;
  }
  const started = Date.now();
  const server = await startDashboard();
  globalThis.__tthcDashboard = server;
  process.env[E2E_ENV] = JSON.stringify({ baseUrl: server.baseUrl, databaseUrl: server.databaseUrl });
  process.stdout.write(
    `\ne2e: dashboard at ${server.baseUrl} (${server.database}), ready in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
}
