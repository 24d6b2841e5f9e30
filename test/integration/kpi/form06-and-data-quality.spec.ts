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
      const kpis = await computeKpis(client, {
        unitIds: rows.map((r) => r.id),
        period: { from: '2020-10-01', to: '2025-12-31' },
        groupBy: ['UNIT', 'MONTH'],
      });
      expect(kpis.length).toBe(rows.length * 63);
      const broken = kpis.flatMap((k) =>
        form06Identities(k.counts)
          .filter((c) => !c.holds)
          .map((c) => ({ unit: k.unitId, month: k.periodStart, ...c })),
      );
      expect(broken).toEqual([]);
      for (let i = 1; i < kpis.length; i++) {
        if (kpis[i].unitId === kpis[i - 1].unitId) expect(kpis[i].counts.carriedOver).toBe(kpis[i - 1].counts.pending);
      }
    } finally {
      await client.end();
    }
  });

  it('lays out Tân Bình, Nov 2021 by field: total row 45.730 | … | 823 | 44.907 | 0, every check holding and stated as columns and values', async () => {
    type Term = { column: number; rowNumber: number | null; value: number };
    type Check = {
      identity: string;
      rowNumber: number | null;
      field: { name: string } | null;
      left: Term;
      right: Term[];
      rightSum: number;
      holds: boolean;
      nextPeriodFrom: string | null;
    };
    const { form06 } = await api.query<{
      form06: {
        total: { columns: number[] };
        rows: { rowNumber: number; field: { name: string }; columns: number[] }[];
        checks: Check[];
        checksHolding: number;
        checksBroken: number;
      };
    }>(
      `{ form06(unitCode: "766", period: { from: "2021-11-01", to: "2021-11-30" }) {
          total { columns } rows { rowNumber field { name } columns }
          checks { identity rowNumber field { name } left { column rowNumber value } right { column rowNumber value } rightSum holds nextPeriodFrom }
          checksHolding checksBroken } }`,
    );
    const [c3, c4, c5, c6, c7, c8, c9, c10, c11] = form06.total.columns;
    expect([c3, c7, c8, c9, c10, c11]).toEqual([45_730, 45_730, 823, 44_907, 0, 0]);
    expect(c4 + c5 + c6).toBe(45_730);
    // The seeded Nov 2021 dossiers of Tân Bình fall in 12 of the catalogue's 16 procedure fields.
    expect(form06.rows.length).toBe(12);
    const { checks } = form06;
    expect(checks.filter((c) => !c.holds)).toEqual([]);
    // Four identities per field row and for the total, the total against the rows per column, and the carry-over.
    expect(checks).toHaveLength(form06.rows.length * 4 + 4 + 11 + 1);
    // 64 = 12 field rows × 4 + 4 on the total row + 11 columns of the total against the rows + 1 carry-over; F6: none overdue, none broken.
    expect([form06.checksHolding, form06.checksBroken]).toEqual([64, 0]);

    const total = (identity: string) => checks.filter((c) => c.identity === identity && c.rowNumber === null);
    expect(total('RECEIVED_BY_CHANNEL')).toEqual([
      {
        identity: 'RECEIVED_BY_CHANNEL',
        rowNumber: null,
        field: null,
        left: { column: 3, rowNumber: null, value: 45_730 },
        right: [
          { column: 4, rowNumber: null, value: c4 },
          { column: 5, rowNumber: null, value: c5 },
          { column: 6, rowNumber: null, value: c6 },
        ],
        rightSum: 45_730,
        holds: true,
        nextPeriodFrom: null,
      },
    ]);
    expect(total('RESOLVED_BY_TIMELINESS')[0]).toMatchObject({
      left: { column: 7, value: 45_730 },
      right: [{ value: 823 }, { value: 44_907 }, { value: 0 }],
    });
    const col3OfRows = total('TOTAL_OF_ROWS').find((c) => c.left.column === 3)!;
    expect(col3OfRows).toMatchObject({ left: { value: 45_730 }, rightSum: 45_730 });
    expect(col3OfRows.right).toEqual(form06.rows.map((r) => ({ column: 3, rowNumber: r.rowNumber, value: r.columns[0] })));
    expect(total('CARRIED_INTO_NEXT_PERIOD')).toEqual([
      expect.objectContaining({
        left: { column: 6, rowNumber: null, value: 0 },
        right: [{ column: 11, rowNumber: null, value: c11 }],
        nextPeriodFrom: '2021-12-01',
      }),
    ]);

    const firstRow = checks.find((c) => c.rowNumber === 1 && c.identity === 'RECEIVED_BY_CHANNEL')!;
    expect(firstRow.field).toEqual(form06.rows[0].field);
    expect(firstRow.left).toEqual({ column: 3, rowNumber: 1, value: form06.rows[0].columns[0] });
  });
});

describe('data quality', () => {
  it('matches every computable reported figure except the contradictory F17a, counts them by status, and flags F18 as figures', async () => {
    const { dataQuality } = await api.query<{
      dataQuality: {
        figures: { key: string; status: string; reported: number | null; computed: number | null }[];
        statusCounts: { total: number; match: number; mismatch: number; notComputed: number };
        brokenIdentities: unknown[];
      };
    }>(`{ dataQuality {
        figures { key status reported computed }
        statusCounts { total match mismatch notComputed }
        brokenIdentities { figureKeys kind partMetrics parts { key metric value sourceDocument } sum whole { key metric value sourceDocument } } } }`);
    const keysWith = (s: string) => dataQuality.figures.filter((f) => f.status === s).map((f) => f.key);
    // Every count and rate published for the dossiers and ratings: Tân Bình Nov 2021 (F2–F7, F9, F10–F10d) and Sơn Tây Jan–Apr 2022.
    expect(keysWith('MATCH')).toEqual([
      'F2',
      'F3',
      'F4',
      'F5',
      'F6',
      'F7',
      'F9',
      'F10',
      'F10a',
      'F10b',
      'F10c',
      'F10d',
      'F14',
      'F14a',
      'F15',
      'F15a',
      'F15b',
      'F16',
      'F17',
      'F17b',
    ]);
    // F18: Sơn Tây's communes published on time 6.975 beside 18 overdue out of 6.975 resolved; the facts keep the 18.
    expect(keysWith('MISMATCH')).toEqual(['F17a']);
    const f17a = dataQuality.figures.find((f) => f.key === 'F17a')!;
    expect(f17a).toMatchObject({ reported: 6975 });
    expect(f17a.computed).toBeLessThanOrEqual(6975 - 18);
    expect(keysWith('NOT_COMPUTED')).toContain('F28');
    // seeds/data/reported-figures.json holds 47 figures: the 20 above, F17a, and 26 the facts cannot give
    // (units covered, enrolments, meetings and opinions, topics, F18's own note and F28's unreported count).
    expect(dataQuality.statusCounts).toEqual({ total: 47, match: 20, mismatch: 1, notComputed: 26 });
    expect(dataQuality.brokenIdentities).toEqual([
      {
        figureKeys: ['F17', 'F17a', 'F17b'],
        kind: 'PARTIAL_SUM_EXCEEDS',
        partMetrics: ['early', 'onTime', 'overdue'],
        parts: [
          { key: 'F17a', metric: 'onTime', value: 6975, sourceDocument: '002' },
          { key: 'F17b', metric: 'overdue', value: 18, sourceDocument: '002' },
        ],
        sum: 6993,
        whole: { key: 'F17', metric: 'resolved', value: 6975, sourceDocument: '002' },
      },
    ]);
  });
});
