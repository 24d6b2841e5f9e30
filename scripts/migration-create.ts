/**
 * Writes a new migration from the difference between the entities and the migrated database
 * (embedded, in a throw-away folder, unless DATABASE_URL is set). Run: npm run db:migration:create
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../server/src/config';
import { openDatabase } from '../server/src/db/database';

async function main() {
  const config = loadConfig();
  const scratch = config.databaseUrl ? undefined : mkdtempSync(join(tmpdir(), 'tthc-migration-'));
  const db = await openDatabase({ ...config, dataDir: scratch ?? config.dataDir });
  try {
    const migrator = db.orm.getMigrator();
    await migrator.up();
    // initial=false: MikroORM then writes down() too, so every migration is reversible.
    const result = await migrator.createMigration(undefined, false, false);
    console.log(result.fileName ? `wrote ${result.fileName}` : 'no changes: the entities match the migrations');
  } finally {
    await db.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
