import fc from 'fast-check';
import { ImportResult } from '../../../server/src/modules/ingest/import-run.entity';
import { ROLLUP_TABLES } from '../../../server/src/modules/kpi/kpi-rollup.service';
import { dossierCsv, openFixture, rollupsMatch, UNITS, type IngestFixture } from './ingest-support';

/**
 * Random valid imports — new dossiers, later exports of the same ones (finished now, another due
 * date, channel, procedure, day of receipt), ratings again and again — keep every rollup equal to
 * its recomputation from the facts.
 */
let fx: IngestFixture;
let unitIds: number[];
beforeAll(async () => {
  fx = await openFixture();
  unitIds = Object.values(fx.unitIds);
});
afterAll(() => fx.close());

const pad = (n: number) => String(n).padStart(2, '0');
const day = (offset: number) => new Date(Date.UTC(2024, 9, 1) + offset * 86_400_000).toISOString().slice(0, 10);

const version = fc.record({
  code: fc.integer({ min: 1, max: 40 }), // few codes: later files often re-export earlier dossiers
  unit: fc.constantFrom(UNITS.wardA, UNITS.wardB),
  procedure: fc.constantFrom('1.001193', '1.004873', '1.004222', '2.000815'),
  channel: fc.constantFrom('truc_tiep', 'truc_tuyen', 'buu_chinh'),
  received: fc.integer({ min: 0, max: 60 }),
  hour: fc.integer({ min: 0, max: 23 }),
  due: fc.option(fc.integer({ min: 0, max: 12 }), { nil: null }),
  finished: fc.option(fc.integer({ min: 0, max: 20 * 24 }), { nil: null }), // hours after receipt
  supplements: fc.integer({ min: 0, max: 2 }),
});
const rating = fc.record({
  unit: fc.constantFrom(UNITS.wardA, UNITS.wardB),
  day: fc.integer({ min: 0, max: 60 }),
  level: fc.constantFrom('rat_hai_long', 'hai_long', 'binh_thuong', 'khong_hai_long'),
  channel: fc.constantFrom('truc_tiep', 'truc_tuyen', ''),
  id: fc.option(fc.integer({ min: 1, max: 15 }), { nil: null }),
});
const file = fc.oneof(
  { weight: 3, arbitrary: fc.uniqueArray(version, { selector: (v) => `${v.unit}|${v.code}`, minLength: 1, maxLength: 20 }).map((rows) => ({ kind: 'dossiers' as const, rows })) },
  {
    weight: 1,
    arbitrary: fc
      .array(rating, { minLength: 1, maxLength: 15 })
      // A rating id once per unit in a file; rows without one may repeat (two people, same second).
      .map((rows) => rows.filter((r, i) => r.id === null || rows.findIndex((o) => o.unit === r.unit && o.id === r.id) === i))
      .map((rows) => ({ kind: 'ratings' as const, rows })),
  },
);

type Version = typeof version extends fc.Arbitrary<infer V> ? V : never;
type Rating = typeof rating extends fc.Arbitrary<infer R> ? R : never;

function dossierFile(rows: Version[]): string {
  return dossierCsv(
    rows.map((v) => {
      const receivedAt = Date.parse(`${day(v.received)}T00:00:00Z`) + v.hour * 3_600_000;
      const local = (ms: number) => {
        const d = new Date(ms);
        return `${d.toISOString().slice(0, 10)}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00`;
      };
      return [
        `P-${v.code}`,
        v.unit,
        v.procedure,
        v.channel,
        local(receivedAt),
        v.due === null ? '' : day(v.received + v.due),
        v.finished === null ? '' : local(receivedAt + v.finished * 3_600_000),
        '',
        String(v.supplements),
      ];
    }),
  );
}

function ratingFile(rows: Rating[]): string {
  return `ma_don_vi,thoi_diem_danh_gia,muc_do_hai_long,kenh,ma_danh_gia\n${rows
    .map((r) => `${r.unit},${day(r.day)}T10:00:00,${r.level},${r.channel},${r.id === null ? '' : `PR-${r.id}`}`)
    .join('\n')}\n`;
}

it('random valid imports keep every rollup equal to its recomputation (property)', async () => {
  let runs = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(file, { minLength: 1, maxLength: 4 }), async (files) => {
      runs += 1;
      for (const table of [...ROLLUP_TABLES, 'dossier', 'satisfaction_rating']) {
        await fx.client.query(`delete from ${table} where unit_id = any($1)`, [unitIds]);
      }
      for (const f of files) {
        const text = f.kind === 'dossiers' ? dossierFile(f.rows) : ratingFile(f.rows);
        const outcome = await fx.importText(`${f.kind}.csv`, text);
        if (outcome.result !== ImportResult.SUCCEEDED) throw new Error(outcome.errors.map((e) => e.messageEn).join('\n'));
        if (!(await rollupsMatch(fx.client, unitIds))) return false;
      }
      return true;
    }),
    { numRuns: 50, seed: 20211101 },
  );
  expect(runs).toBe(50);
}, 20 * 60_000);
