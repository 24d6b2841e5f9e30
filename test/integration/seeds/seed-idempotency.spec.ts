import pg from 'pg';
import { GENERATOR_VERSION } from '../../../seeds/demo/demo-plan';
import { seedDemo } from '../../../seeds/demo/demo.seeder';
import { generateDemoDossiers, type CatalogueUnit } from '../../../seeds/demo/dossier-generator';
import { toRow, type GenProcedure } from '../../../seeds/demo/dossier-model';
import { loadWorkingCalendar } from '../../../server/src/modules/procedures/calendar.repository';
import { createHash } from 'node:crypto';
import { seedReference } from '../../../seeds/reference.seeder';
import { socketSession, serverSession } from '../../../server/src/db/sql-client';
import { testDatabases } from '../../support/test-databases';

const TABLES = ['administrative_unit', 'unit_succession', 'procedure_field', 'procedure', 'calendar_day', 'calendar_year', 'campaign', 'campaign_enrollment', 'meeting', 'opinion', 'target', 'reported_figure', 'dossier', 'satisfaction_rating', 'seed_run'];

/** A checksum of every row of every table: any change to any row changes it. */
async function checksums(client: pg.Client): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const table of TABLES) {
    const { rows } = await client.query(`select count(*)::text || ':' || coalesce(sum(hashtext(t::text)::bigint), 0)::text as sum from "${table}" t`);
    result[table] = rows[0].sum;
  }
  return result;
}

describe('seeding twice changes nothing', () => {
  it('leaves every table byte for byte as it was, and says the demo is already loaded', async () => {
    const { mainUrl, embedded } = testDatabases();
    const client = new pg.Client({ connectionString: mainUrl });
    await client.connect();
    try {
      const before = await checksums(client);
      expect(Number(before.dossier.split(':')[0])).toBeGreaterThan(2_000_000);
      const session = embedded ? await socketSession(mainUrl) : await serverSession(mainUrl);
      try {
        await seedReference(session.client);
        const demo = await seedDemo(session, { seed: 20211101 });
        expect(demo).toMatchObject({ loaded: false, reason: 'already loaded' });
        const other = await seedDemo(session, { seed: 7 });
        expect(other.reason).toBe(`already loaded by generator v${GENERATOR_VERSION}, seed 20211101; run npm run db:reset to load generator v${GENERATOR_VERSION}, seed 7`);
      } finally {
        await session.close();
      }
      expect(await checksums(client)).toEqual(before);
    } finally {
      await client.end();
    }
  });
});

describe('the demo generator', () => {
  it('gives the same dossiers for the same seed and others for another seed', async () => {
    const client = new pg.Client({ connectionString: testDatabases().mainUrl });
    await client.connect();
    try {
      const units = (await client.query<CatalogueUnit>(
        `select id, code, level, parent_id as "parentId", to_char(valid_from, 'YYYY-MM-DD') as "validFrom", to_char(valid_to, 'YYYY-MM-DD') as "validTo" from administrative_unit order by id`,
      )).rows;
      const procedures = (await client.query<GenProcedure>(
        `select id, code, level, working_days as "workingDays", true as "sameDayEligible", 1 as weight from procedure order by code`,
      )).rows;
      const calendar = await loadWorkingCalendar(client);
      const fingerprint = (seed: number) => {
        const hash = createHash('sha256');
        let n = 0;
        for (const batch of generateDemoDossiers(seed, units, procedures, calendar)) {
          for (const draft of batch.drafts) {
            hash.update(JSON.stringify(toRow(draft)));
            if (++n === 30_000) return hash.digest('hex');
          }
        }
        return hash.digest('hex');
      };
      expect(fingerprint(11)).toBe(fingerprint(11));
      expect(fingerprint(11)).not.toBe(fingerprint(12));
    } finally {
      await client.end();
    }
  });
});
