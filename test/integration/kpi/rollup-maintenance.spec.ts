import fc from 'fast-check';
import pg from 'pg';
import { classifyDossier } from '../../../server/src/modules/dossiers/classify';
import { refreshDossierRollups, refreshRatingRollups, ROLLUP_TABLES, touchedDays, verifyRollups, type DossierDays } from '../../../server/src/modules/kpi/kpi-rollup.service';
import { addDays } from '../../../server/src/shared/local-day';
import { testDatabases } from '../../support/test-databases';

let client: pg.Client;
beforeAll(async () => {
  client = new pg.Client({ connectionString: testDatabases().mainUrl });
  await client.connect();
});
afterAll(() => client.end());

const noDifferences = (diffs: { unexpected: number; missing: number }[]) => diffs.every((d) => d.unexpected === 0 && d.missing === 0);

describe('rollups', () => {
  it('equal their recomputation from every seeded fact (npm run db:verify)', async () => {
    const diffs = await verifyRollups(client);
    expect(diffs.map((d) => d.table)).toEqual([...ROLLUP_TABLES]);
    expect(noDifferences(diffs)).toBe(true);
  });

  it('stay equal to recomputation through random inserts and re-exports that finish dossiers (property)', async () => {
    const { rows: procs } = await client.query<{ id: number }>(`select id from procedure order by id limit 5`);
    const dossier = fc.record({
      receivedOffset: fc.integer({ min: 0, max: 80 }),
      hour: fc.integer({ min: 0, max: 23 }),
      limit: fc.integer({ min: 0, max: 12 }),
      finishAfter: fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }),
      channel: fc.constantFrom('DIRECT', 'ONLINE', 'POSTAL'),
      procedure: fc.integer({ min: 0, max: procs.length - 1 }),
      supplements: fc.integer({ min: 0, max: 2 }),
    });
    const scenario = fc.record({
      first: fc.array(dossier, { minLength: 1, maxLength: 25 }),
      second: fc.array(dossier, { maxLength: 10 }),
      finishLater: fc.array(fc.integer({ min: 0, max: 24 }), { maxLength: 8 }),
      ratings: fc.array(fc.record({ offset: fc.integer({ min: 0, max: 80 }), level: fc.constantFrom('SATISFIED', 'NEUTRAL', 'DISSATISFIED') }), { maxLength: 10 }),
    });
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        await client.query('begin');
        try {
          const unitId = (
            await client.query<{ id: number }>(
              `insert into administrative_unit (code, name, search_name, level, kind) values ('PROP', 'Property test', 'property test', 'COMMUNE', 'xa') returning id`,
            )
          ).rows[0].id;
          let seq = 0;
          const write = async (batch: typeof s.first) => {
            const versions: DossierDays[] = [];
            for (const d of batch) {
              const receivedOn = addDays('2023-03-01', d.receivedOffset);
              const receivedAt = new Date(Date.parse(`${receivedOn}T00:00:00Z`) - 7 * 3600_000 + d.hour * 3600_000);
              const dueDate = addDays(receivedOn, d.limit);
              const finishedAt = d.finishAfter === null ? null : new Date(receivedAt.getTime() + d.finishAfter * 86_400_000 + 3600_000);
              const c = classifyDossier({ receivedAt, dueDate, finishedAt, supplementRequests: d.supplements });
              await client.query(
                `insert into dossier (code, unit_id, procedure_id, channel, received_at, received_on, due_date, finished_at, finished_on, status, supplement_requests, timeliness, source)
                 values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'test')`,
                [`P-${++seq}`, unitId, procs[d.procedure].id, d.channel, receivedAt, c.receivedOn, dueDate, finishedAt, c.finishedOn, finishedAt ? 'FINISHED' : 'IN_PROGRESS', d.supplements, c.timeliness],
              );
              versions.push({ unitId, receivedOn: c.receivedOn, finishedOn: c.finishedOn, dueDate });
            }
            await refreshDossierRollups(client, touchedDays(versions));
          };
          await write(s.first);
          await write(s.second);
          // A later export of the same dossiers, now finished: old and new days are both refreshed.
          const { rows: open } = await client.query<{ id: string; received_on: string; due_date: string; received_at: Date }>(
            `select id, to_char(received_on, 'YYYY-MM-DD') as received_on, to_char(due_date, 'YYYY-MM-DD') as due_date, received_at
               from dossier where unit_id = $1 and finished_at is null order by id`,
            [unitId],
          );
          const versions: DossierDays[] = [];
          for (const [i, o] of open.entries()) {
            if (i >= s.finishLater.length) break;
            const finishedAt = new Date(o.received_at.getTime() + s.finishLater[i] * 86_400_000);
            const c = classifyDossier({ receivedAt: o.received_at, dueDate: o.due_date, finishedAt });
            await client.query(`update dossier set finished_at = $2, finished_on = $3, timeliness = $4, status = 'FINISHED' where id = $1`, [o.id, finishedAt, c.finishedOn, c.timeliness]);
            versions.push({ unitId, receivedOn: o.received_on, finishedOn: null, dueDate: o.due_date }, { unitId, receivedOn: o.received_on, finishedOn: c.finishedOn, dueDate: o.due_date });
          }
          await refreshDossierRollups(client, touchedDays(versions));
          for (const [i, r] of s.ratings.entries()) {
            const day = addDays('2023-03-01', r.offset);
            await client.query(
              `insert into satisfaction_rating (unit_id, rated_at, rated_on, level, external_key, source) values ($1, $2, $3, $4, $5, 'test')`,
              [unitId, new Date(`${day}T03:00:00Z`), day, r.level, `R-${i}`],
            );
          }
          await refreshRatingRollups(client, s.ratings.map((r) => ({ unitId, day: addDays('2023-03-01', r.offset) })));
          const diffs = await verifyRollups(client, [unitId]);
          expect(diffs.filter((d) => d.unexpected + d.missing > 0)).toEqual([]);
        } finally {
          await client.query('rollback');
        }
      }),
      { numRuns: 20 },
    );
  });
});
