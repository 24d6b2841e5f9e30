/**
 * A large benchmark data set: npm run seed:scale -- --dossiers 10000000 --units 300
 * Options: --procedures 400 --from 2022-01-01 --to 2024-12-31 --ratings-per-dossier 0.2 --seed 1
 * Uses DATABASE_URL (COPY) or the embedded database in DATA_DIR.
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { seedScale } from '../seeds/scale/scale.seeder';
import { loadConfig, redactUrl } from '../server/src/config';
import { openDatabase } from '../server/src/db/database';
import { migrateUp } from '../server/src/db/migrate';
import { seedReference } from '../seeds/reference.seeder';
import { assertLocalDay } from '../server/src/shared/local-day';

async function main() {
  const { values } = parseArgs({
    options: {
      dossiers: { type: 'string', default: '10000000' },
      units: { type: 'string', default: '300' },
      procedures: { type: 'string', default: '400' },
      from: { type: 'string', default: '2022-01-01' },
      to: { type: 'string', default: '2024-12-31' },
      'ratings-per-dossier': { type: 'string', default: '0.2' },
      seed: { type: 'string', default: '1' },
    },
  });
  const whole = (name: string, text: string, min: number) => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be a whole number ≥ ${min}, got ${JSON.stringify(text)}`);
    return n;
  };
  const options = {
    dossiers: whole('dossiers', values.dossiers, 1),
    units: whole('units', values.units, 1),
    procedures: whole('procedures', values.procedures, 1),
    from: assertLocalDay(values.from, '--from'),
    to: assertLocalDay(values.to, '--to'),
    ratingsPerDossier: Number(values['ratings-per-dossier']),
    seed: whole('seed', values.seed, 0),
  };
  const config = loadConfig();
  const db = await openDatabase(config);
  try {
    console.log(`database: ${db.embedded ? `embedded in ${config.dataDir}` : redactUrl(db.url)}`);
    await migrateUp(db.orm);
    await db.withSession((s) => seedReference(s.client));
    let last = 0;
    const log = (line: string) => {
      if (Date.now() - last < 2000) return;
      last = Date.now();
      process.stdout.write(process.stdout.isTTY ? `\r${line}   ` : `${line}\n`);
    };
    const result = await db.withSession((s) => seedScale(s, { ...options, log }));
    process.stdout.write('\n');
    if (!result.loaded) console.log(`scale data ${result.reason}`);
    else
      console.table({
        dossiers: result.dossiers,
        ratings: result.ratings,
        seconds: Number(result.seconds.toFixed(1)),
        'rows/s (dossiers + ratings)': result.rowsPerSecond,
        'dossiers/s': Math.round(result.dossiers / result.seconds),
      });
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
