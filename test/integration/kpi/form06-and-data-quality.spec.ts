import pg from 'pg';
import { form06Identities } from '../../../server/src/modules/kpi/form06';
import { computeKpis } from '../../../server/src/modules/kpi/kpi-engine';
import { startApi, type TestApi } from '../../support/api';
import { testDatabases } from '../../support/test-databases';

let api: TestApi;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.close());

describe('Form 06', () => {
  it('holds its identities for every seeded unit and month, and chains col6 to the previous col11', async () => {
    const client = new pg.Client({ connectionString: testDatabases().mainUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ id: number }>('select distinct unit_id as id from kpi_dossier_month order by 1');
      const kpis = await computeKpis(client, { unitIds: rows.map((r) => r.id), period: { from: '2020-10-01', to: '2025-12-31' }, groupBy: ['UNIT', 'MONTH'] });
      expect(kpis.length).toBe(rows.length * 63);
      const broken = kpis.flatMap((k) => form06Identities(k.counts, `${k.unitId} ${k.periodStart}`)).filter((c) => !c.holds);
      expect(broken).toEqual([]);
      for (let i = 1; i < kpis.length; i++) {
        if (kpis[i].unitId === kpis[i - 1].unitId) expect(kpis[i].counts.carriedOver).toBe(kpis[i - 1].counts.pending);
      }
    } finally {
      await client.end();
    }
  });

  it('lays out Tân Bình, Nov 2021 by field: total row 45.730 | … | 823 | 44.907 | 0, every check holding', async () => {
    const { form06 } = await api.query<{ form06: { total: { columns: number[] }; rows: { rowNumber: number; columns: number[] }[]; checks: { name: string; holds: boolean }[] } }>(
      `{ form06(unitCode: "766", period: { from: "2021-11-01", to: "2021-11-30" }) { total { columns } rows { rowNumber columns } checks { name holds } } }`,
    );
    const [c3, c4, c5, c6, c7, c8, c9, c10, c11] = form06.total.columns;
    expect([c3, c7, c8, c9, c10, c11]).toEqual([45_730, 45_730, 823, 44_907, 0, 0]);
    expect(c4 + c5 + c6).toBe(45_730);
    expect(form06.rows.length).toBeGreaterThan(5);
    expect(form06.checks.filter((c) => !c.holds)).toEqual([]);
    expect(form06.checks.map((c) => c.name)).toContain('next period col6 = this col11');
  });
});

describe('data quality', () => {
  it('matches every computable reported figure except the contradictory F17a, and flags F18', async () => {
    const { dataQuality } = await api.query<{
      dataQuality: { figures: { key: string; status: string; reported: number | null; computed: number | null }[]; brokenIdentities: { figureKeys: string[]; detail: string }[] };
    }>(`{ dataQuality { figures { key status reported computed } brokenIdentities { figureKeys detail } } }`);
    const status = Object.fromEntries(dataQuality.figures.map((f) => [f.key, f.status]));
    for (const key of ['F2', 'F3', 'F4', 'F5', 'F6', 'F7', 'F9', 'F10', 'F10a', 'F10b', 'F10c', 'F10d', 'F14', 'F14a', 'F15', 'F15a', 'F15b', 'F16', 'F17', 'F17b']) {
      expect({ key, status: status[key] }).toEqual({ key, status: 'MATCH' });
    }
    // The facts are consistent: on time is what is left of 6,975 after 18 overdue and the early ones.
    const f17a = dataQuality.figures.find((f) => f.key === 'F17a')!;
    expect(f17a).toMatchObject({ status: 'MISMATCH', reported: 6975 });
    expect(f17a.computed).toBeLessThanOrEqual(6975 - 18);
    expect(status.F28).toBe('NOT_COMPUTED');
    expect(dataQuality.brokenIdentities).toEqual([
      { figureKeys: ['F17', 'F17a', 'F17b'], detail: 'onTime 6975 + overdue 18 = 6993 > resolved 6975 (002)' },
    ]);
  });
});
