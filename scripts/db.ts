/**
 * Database chores: npm run db:migrate | db:seed [-- --demo] | db:reset
 * Works on DATABASE_URL, or on the embedded database in DATA_DIR (joining `npm start` if it runs).
 */
import 'reflect-metadata';
import { loadConfig, redactUrl } from '../server/src/config';
import { openDatabase } from '../server/src/db/database';
import { migrateDownAll, migrateUp } from '../server/src/db/migrate';
import { seedDemo } from '../seeds/demo/demo.seeder';
import { seedReference } from '../seeds/reference.seeder';

async function main() {
  const [command, ...flags] = process.argv.slice(2);
  const config = loadConfig();
  const db = await openDatabase(config);
  console.log(`database: ${db.embedded ? `embedded in ${config.dataDir}` : redactUrl(db.url)}`);
  try {
    if (command === 'reset') {
      console.log(`reverted ${(await migrateDownAll(db.orm)).length} migration(s)`);
    }
    if (command === 'migrate' || command === 'reset' || command === 'seed') {
      const applied = await migrateUp(db.orm);
      console.log(applied.length ? `applied ${applied.join(', ')}` : 'migrations: up to date');
    }
    if (command === 'seed' || command === 'reset') {
      const counts = await db.withSession((session) => seedReference(session.client));
      console.log(`reference data: ${JSON.stringify(counts)}`);
      if (flags.includes('--demo') || (command === 'seed' && db.embedded) || (command === 'reset' && db.embedded)) {
        const result = await db.withSession((session) => seedDemo(session, { seed: config.demoSeed, log: progress }));
        process.stdout.write('\n');
        console.log(result.loaded ? `demo data loaded in ${result.seconds.toFixed(1)} s: ${JSON.stringify(result.counts)}` : `demo data: ${result.reason}`);
      }
    }
    if (!['migrate', 'seed', 'reset'].includes(command)) throw new Error(`unknown command ${JSON.stringify(command)}: use migrate, seed or reset`);
  } finally {
    await db.close();
  }
}

let lastProgress = 0;
function progress(line: string) {
  if (!process.stdout.isTTY || Date.now() - lastProgress < 500) return;
  lastProgress = Date.now();
  process.stdout.write(`\r${line}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
