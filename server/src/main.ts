import 'reflect-metadata';
import { seedDemo } from '../../seeds/demo/demo.seeder';
import { seedReference } from '../../seeds/reference.seeder';
import { ConfigError, loadConfig, redactUrl } from './config';
import { openDatabase, type Database } from './db/database';
import { migrateUp } from './db/migrate';
import { createHttpApp, type HttpApp } from './http/app';
import { createLogger } from './shared/logger';

/**
 * Start: settings → database (embedded unless DATABASE_URL) → migrations → reference data →
 * demo data (embedded and empty, or --demo) → HTTP on PORT. Ctrl-C stops cleanly.
 */
async function main(argv: string[]): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const db = await openDatabase(config);
  let http: HttpApp | undefined;
  // Stop taking requests, let those in flight finish (Apollo's drain: up to 10 s), then close the pools.
  const shutdown = onceShutdown(async (signal) => {
    logger.info('stopping', { signal });
    const watchdog = setTimeout(() => {
      logger.error('stop timed out: exiting with requests or connections still open');
      process.exit(1);
    }, 20_000).unref();
    await http?.stop();
    await db.close();
    clearTimeout(watchdog);
    logger.info('stopped');
  });
  try {
    logger.info('database', { mode: db.embedded ? 'embedded' : 'server', location: db.embedded ? config.dataDir : redactUrl(db.url) });
    const applied = await migrateUp(db.orm);
    if (applied.length) logger.info('migrations applied', { migrations: applied });
    await db.withSession((session) => seedReference(session.client));
    // The demo (embedded, or --demo): requests without a session read as the read-only demo leader.
    const demo = db.embedded || argv.includes('--demo');
    if (demo) await loadDemo(db, config.demoSeed, logger);
    http = await createHttpApp(db.orm, db.pool, logger, {
      demo,
      rateLimitPerMinute: config.rateLimitPerMinute,
      bodyMaxBytes: config.bodyMaxBytes,
      sessionHours: config.sessionHours,
      trustProxy: config.trustProxy,
      responseCacheSeconds: config.responseCacheSeconds,
    });
    await logAccessMode(db, demo, logger);
    await new Promise<void>((resolve, reject) => {
      http!.server.once('error', reject);
      http!.server.listen(config.port, config.host, resolve);
    });
    logger.info('ready', { url: `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`, startSeconds: (Date.now() - started) / 1000 });
  } catch (error) {
    await shutdown('startup failure');
    throw error;
  }
}

async function loadDemo(db: Database, seed: number, logger: ReturnType<typeof createLogger>): Promise<void> {
  const result = await db.withSession((session) => seedDemo(session, { seed }));
  if (result.loaded) logger.info('demo data loaded', { seconds: result.seconds, ...result.counts });
  else logger.info('demo data', { status: result.reason });
}

async function logAccessMode(db: Database, demo: boolean, logger: ReturnType<typeof createLogger>): Promise<void> {
  const { rows } = await db.pool.query<{ n: number }>('select count(*)::int as n from account where disabled_at is null');
  logger.info('access', { mode: demo ? 'demo (no session = read-only demo leader)' : 'sign-in required', accounts: rows[0].n });
  if (!demo && rows[0].n === 0) logger.warn('no accounts yet: create the first with npm run user:add -- --username admin --role admin');
}

function onceShutdown(stop: (signal: string) => Promise<void>): (signal: string) => Promise<void> {
  let stopping: Promise<void> | undefined;
  const run = (signal: string) => (stopping ??= stop(signal));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      run(signal).then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
  return run;
}

main(process.argv.slice(2)).catch((error) => {
  // Bad settings and startup failures: one line, no stack trace.
  const message = error instanceof ConfigError ? error.message : `Cannot start: ${error instanceof Error ? error.message : String(error)}`;
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
