import type { BulkSession, SqlClient } from '../../server/src/db/sql-client';
import { BulkWriter, withConstraintsDeferred } from '../../server/src/db/bulk-writer';
import { rebuildRollups } from '../../server/src/modules/kpi/kpi-rollup.service';
import { loadWorkingCalendar } from '../../server/src/modules/procedures/calendar.repository';
import { seedCampaigns } from '../campaigns.seeder';
import { seedMeetings } from '../meetings.seeder';
import { proceduresFile, readData } from '../reference-data';
import { seedReportedFigures } from '../reported-figures.seeder';
import { seedTargets } from '../targets.seeder';
import { GENERATOR_VERSION } from './demo-plan';
import { generateDemoDossiers, type CatalogueUnit } from './dossier-generator';
import { DOSSIER_COLUMNS, toRow, type GenProcedure } from './dossier-model';
import { generateRatings, RATING_COLUMNS } from './rating-generator';

export interface DemoSeedResult {
  loaded: boolean;
  /** Why nothing was loaded, when nothing was. */
  reason?: string;
  counts: Record<string, number>;
  seconds: number;
}

/**
 * The demo data set: the sources' campaigns, meetings and reported figures, and generated
 * dossiers and ratings that reproduce the reported totals. One transaction with its marker row:
 * either all of it is there or none, and a second load changes nothing.
 */
export async function seedDemo(session: BulkSession, options: { seed: number; log?: (line: string) => void }): Promise<DemoSeedResult> {
  const started = Date.now();
  const { client } = session;
  const fingerprint = `generator v${GENERATOR_VERSION}, seed ${options.seed}`;
  const existing = await client.query<{ fingerprint: string; counts: Record<string, number> }>(`select fingerprint, counts from seed_run where name = 'demo'`);
  if (existing.rows.length > 0) {
    const loadedWith = existing.rows[0].fingerprint;
    const reason = loadedWith === fingerprint ? 'already loaded' : `already loaded by ${loadedWith}; run npm run db:reset to load ${fingerprint}`;
    return { loaded: false, reason, counts: existing.rows[0].counts, seconds: 0 };
  }
  await client.query('begin');
  try {
    const counts: Record<string, number> = {
      campaigns: await seedCampaigns(client),
      meetings: await seedMeetings(client),
      reportedFigures: await seedReportedFigures(client),
      campaignTargets: await seedTargets(client, 'campaign-targets.json'),
    };
    const units = await client.query<CatalogueUnit>(
      `select id, code, level, parent_id as "parentId", to_char(valid_from, 'YYYY-MM-DD') as "validFrom", to_char(valid_to, 'YYYY-MM-DD') as "validTo"
         from administrative_unit order by id`,
    );
    const procedures = await catalogueProcedures(client);
    const calendar = await loadWorkingCalendar(client);
    const dossiers = new BulkWriter(session, 'dossier', DOSSIER_COLUMNS);
    const ratings = new BulkWriter(session, 'satisfaction_rating', RATING_COLUMNS);
    await withConstraintsDeferred(client, ['dossier', 'satisfaction_rating'], async () => {
      for (const batch of generateDemoDossiers(options.seed, units.rows, procedures, calendar)) {
        for (const draft of batch.drafts) await dossiers.push(toRow(draft));
        for (const rating of generateRatings(options.seed, batch.drafts, batch.exactRatings)) await ratings.push(rating);
        options.log?.(`demo: ${dossiers.count.toLocaleString('en')} dossiers, ${ratings.count.toLocaleString('en')} ratings`);
      }
      await dossiers.flush();
      await ratings.flush();
    });
    await rebuildRollups(client); // same transaction as the facts
    counts.dossiers = dossiers.count;
    counts.ratings = ratings.count;
    await client.query(`insert into seed_run (name, fingerprint, counts, loaded_at) values ('demo', $1, $2, now())`, [fingerprint, JSON.stringify(counts)]);
    await client.query('commit');
    await client.query('analyze');
    return { loaded: true, counts, seconds: (Date.now() - started) / 1000 };
  } catch (error) {
    await client.query('rollback');
    throw error;
  }
}

/** The procedures in the database, with the generator's weights from the seeded catalogue. */
async function catalogueProcedures(client: SqlClient): Promise<GenProcedure[]> {
  const catalogue = new Map(readData('procedures.json', proceduresFile).procedures.map((p) => [p.code, p]));
  const { rows } = await client.query<{ id: number; code: string; level: string; workingDays: number }>(
    `select id, code, level, working_days as "workingDays" from procedure where source = 'catalogue' order by code`,
  );
  return rows
    .filter((r) => catalogue.has(r.code))
    .map((r) => {
      const c = catalogue.get(r.code)!;
      return { id: r.id, code: r.code, level: r.level, workingDays: r.workingDays, sameDayEligible: c.sameDayEligible, weight: c.weight };
    });
}
