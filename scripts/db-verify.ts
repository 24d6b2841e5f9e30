/**
 * npm run db:verify — recomputes every KPI rollup from the facts and reports any difference
 * (exit code 1 when one differs). With --rebuild (npm run db:rollups), rebuilds them instead.
 */
import 'reflect-metadata';
import { loadConfig, redactUrl } from '../server/src/config';
import { openDatabase } from '../server/src/db/database';
import { rebuildRollups, verifyRollups } from '../server/src/modules/kpi/kpi-rollup.service';

async function main() {
  const config = loadConfig();
  const db = await openDatabase(config);
  try {
    console.log(`database: ${db.embedded ? `embedded in ${config.dataDir}` : redactUrl(db.url)}`);
    const started = Date.now();
    if (process.argv.includes('--rebuild')) {
      await db.withSession(async ({ client }) => {
        await client.query('begin');
        await rebuildRollups(client);
        await client.query('commit');
      });
      console.log(`rollups rebuilt from the facts in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      return;
    }
    const differences = await db.withSession((s) => verifyRollups(s.client));
    console.table(differences.map((d) => ({ rollup: d.table, 'rows wrong or extra': d.unexpected, 'rows missing or wrong': d.missing })));
    const bad = differences.filter((d) => d.unexpected + d.missing > 0);
    console.log(bad.length ? `${bad.length} rollup(s) differ from the facts` : `every rollup equals its recomputation (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    process.exitCode = bad.length ? 1 : 0;
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
