import pg from 'pg';
import { computeKpis } from '../../../server/src/modules/kpi/kpi-engine';
import { buckets } from '../../../server/src/modules/kpi/period';
import { form06BySql, scopeIds } from '../../support/figures';
import { testDatabases } from '../../support/test-databases';

let client: pg.Client;
beforeAll(async () => {
  client = new pg.Client({ connectionString: testDatabases().mainUrl });
  await client.connect();
});
afterAll(() => client.end());

const FORM06_KEYS = ['receivedOnline', 'receivedInPerson', 'carriedOver', 'receivedTotal', 'resolved', 'early', 'onTime', 'overdue', 'pending', 'pendingWithinDeadline', 'pendingOverdue'] as const;

// Periods with and without whole months, edges inside months, across years and the 2025 reform.
const CASES: [string, string, string, string][] = [
  ['766', 'UNIT_AND_DESCENDANTS', '2021-11-01', '2021-11-30'],
  ['766', 'UNIT_AND_DESCENDANTS', '2021-10-15', '2022-01-14'],
  ['005', 'UNIT_AND_DESCENDANTS', '2023-02-07', '2023-02-19'],
  ['269', 'DESCENDANTS', '2021-12-20', '2022-05-10'],
  ['27004', 'UNIT', '2025-03-01', '2025-09-30'],
  ['005', 'UNIT', '2020-10-01', '2025-12-31'],
];

describe('the KPI engine (rollups) agrees with plain SQL over the dossiers', () => {
  it.each(CASES)('unit %s (%s), %s → %s: every Form 06 column', async (code, scope, from, to) => {
    const ids = await scopeIds(client, code, from, scope as 'UNIT');
    const [row] = await computeKpis(client, { unitIds: ids, period: { from, to } });
    const expected = await form06BySql(client, ids, from, to);
    for (const key of FORM06_KEYS) expect({ key, value: row.counts[key] }).toEqual({ key, value: expected[key] });
  });

  it.each(['MONTH', 'WEEK', 'QUARTER'] as const)('by %s: each bucket equals SQL over that bucket, carried-over chaining', async (grain) => {
    const ids = await scopeIds(client, '766', '2021-09-20', 'UNIT_AND_DESCENDANTS');
    const period = { from: '2021-09-20', to: '2022-02-10' };
    const rows = await computeKpis(client, { unitIds: ids, period, groupBy: [grain] });
    const expectedBuckets = buckets(period, grain);
    expect(rows.map((r) => r.periodStart)).toEqual(expectedBuckets.map((b) => b.from));
    for (const [i, b] of expectedBuckets.entries()) {
      const expected = await form06BySql(client, ids, b.from, b.to);
      for (const key of FORM06_KEYS) expect({ bucket: b.from, key, value: rows[i].counts[key] }).toEqual({ bucket: b.from, key, value: expected[key] });
      if (i > 0) expect(rows[i].counts.carriedOver).toBe(rows[i - 1].counts.pending);
    }
  });

  // Early in the data the months before are summed (PREFIX); late in it, the all-time total minus the months since (SUFFIX).
  it.each([
    ['2022-03-10', '2022-06-20'],
    ['2025-05-10', '2025-06-20'],
  ])('by field, %s → %s, with edge days read from the facts, adds up to the totals and matches SQL per field', async (from, to) => {
    const ids = await scopeIds(client, '005', from, 'UNIT_AND_DESCENDANTS');
    const period = { from, to };
    const [total] = await computeKpis(client, { unitIds: ids, period });
    const byField = await computeKpis(client, { unitIds: ids, period, groupBy: ['FIELD'] });
    for (const key of FORM06_KEYS) expect(byField.reduce((s, r) => s + r.counts[key], 0)).toBe(total.counts[key]);
    const { rows } = await client.query<{ field_id: number; carried_over: number; resolved: number; overdue: number; pending: number }>(
      `select p.field_id,
              count(*) filter (where received_on < $2 and (finished_on is null or finished_on >= $2))::int as carried_over,
              count(*) filter (where finished_on between $2 and $3)::int as resolved,
              count(*) filter (where finished_on between $2 and $3 and timeliness = 'OVERDUE')::int as overdue,
              count(*) filter (where received_on <= $3 and (finished_on is null or finished_on > $3))::int as pending
         from dossier d join procedure p on p.id = d.procedure_id where d.unit_id = any($1) and d.received_on <= $3 group by 1`,
      [ids, period.from, period.to],
    );
    // One row per field with dossiers up to the period's end; none for fields seen only after it.
    expect(byField.map((f) => f.fieldId).sort()).toEqual(rows.map((r) => r.field_id).sort());
    for (const r of rows) {
      const got = byField.find((f) => f.fieldId === r.field_id)!;
      const { carriedOver, resolved, overdue, pending } = got.counts;
      expect({ field: r.field_id, carriedOver, resolved, overdue, pending }).toEqual({
        field: r.field_id,
        carriedOver: r.carried_over,
        resolved: r.resolved,
        overdue: r.overdue,
        pending: r.pending,
      });
    }
  });
});
