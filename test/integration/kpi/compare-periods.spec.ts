import { startApi, type TestApi } from '../../support/api';

let api: TestApi;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.close());

const KPI_FIELDS = `receivedTotal received receivedOnline receivedInPerson carriedOver resolved early onTime overdue
  pending pendingWithinDeadline pendingOverdue sameDay ratings ratingsVerySatisfied ratingsSatisfied ratingsNeutral ratingsDissatisfied
  onTimeRate earlyRate overdueRate sameDayRate onlineShare satisfactionRate`;

const COMPARE = `query ComparePeriods($scope: ScopeInput!, $period: PeriodInput!, $against: [PeriodPreset!], $periods: [PeriodInput!], $asOf: Date) {
  comparePeriods(scope: $scope, period: $period, against: $against, periods: $periods, asOf: $asOf) {
    asOf
    base { ...Row }
    compared { ...Row }
  }
}
fragment Row on PeriodComparisonRow {
  label preset period { from to days name { kind year index convention } }
  kpi { ${KPI_FIELDS} }
  deltas { metric value baseValue difference relativeChange baseChange baseRelativeChange baseIsBetter }
}`;

const KPIS = `query Kpis($scope: ScopeInput!, $period: PeriodInput!) { kpis(scope: $scope, period: $period) { ${KPI_FIELDS} } }`;

const REPORTING_PERIOD = `query ReportingPeriod($kind: PeriodKind!, $year: Int!, $index: Int! = 1, $convention: PeriodConvention! = CALENDAR) {
  reportingPeriod(kind: $kind, year: $year, index: $index, convention: $convention) { from to days name { kind year index convention } }
}`;

type Kpi = Record<string, number | null>;
interface Delta {
  metric: string;
  value: number | null;
  baseValue: number | null;
  difference: number | null;
  relativeChange: number | null;
  baseChange: number | null;
  baseRelativeChange: number | null;
  baseIsBetter: boolean | null;
}
interface Row {
  label: string;
  preset: string | null;
  period: { from: string; to: string; days: number; name: { kind: string; year: number; index: number; convention: string } | null };
  kpi: Kpi;
  deltas: Delta[];
}
interface Comparison {
  asOf: string | null;
  base: Row;
  compared: Row[];
}

const compare = async (vars: Record<string, unknown>) => (await api.query<{ comparePeriods: Comparison }>(COMPARE, vars)).comparePeriods;
const kpi = async (scope: object, period: object) => (await api.query<{ kpis: Kpi[] }>(KPIS, { scope, period })).kpis[0];
const TAN_BINH = { unitCodes: ['766'] };
const NOV_2021 = { from: '2021-11-01', to: '2021-11-30' };
const period = (r: Row) => ({ from: r.period.from, to: r.period.to });

describe('comparePeriods', () => {
  it("gives Tân Bình's peak month (Nov 2021) as its base row: F2–F6 exactly", async () => {
    const { base } = await compare({ scope: TAN_BINH, period: NOV_2021, against: ['PREVIOUS_PERIOD'] });
    expect(base).toMatchObject({
      label: 'BASE',
      preset: null,
      deltas: [],
      period: { ...NOV_2021, days: 30, name: { kind: 'MONTH', year: 2021, index: 11, convention: 'CALENDAR' } },
    });
    expect(base.kpi).toMatchObject({ receivedTotal: 45_730, resolved: 45_730, early: 823, onTime: 44_907, overdue: 0, ratings: 65_334 });
  });

  it('compares with the previous period and the same period last year; every delta is the plain difference of the kpis rows', async () => {
    const { base, compared } = await compare({ scope: TAN_BINH, period: NOV_2021, against: ['PREVIOUS_PERIOD', 'SAME_PERIOD_LAST_YEAR'] });
    expect(compared.map((r) => [r.label, r.preset, period(r)])).toEqual([
      ['PREVIOUS_PERIOD', 'PREVIOUS_PERIOD', { from: '2021-10-01', to: '2021-10-31' }],
      ['SAME_PERIOD_LAST_YEAR', 'SAME_PERIOD_LAST_YEAR', { from: '2020-11-01', to: '2020-11-30' }],
    ]);
    const baseKpi = await kpi(TAN_BINH, NOV_2021);
    expect(base.kpi).toEqual(baseKpi);
    for (const row of compared) {
      const own = await kpi(TAN_BINH, period(row));
      expect(row.kpi).toEqual(own);
      expect(row.deltas.map((d) => d.metric)).toContain('satisfactionRate');
      for (const d of row.deltas) {
        expect([d.metric, d.value, d.baseValue]).toEqual([d.metric, own[d.metric], baseKpi[d.metric]]);
        const plain = own[d.metric]! - baseKpi[d.metric]!;
        expect(d.difference).toBeCloseTo(plain, 12);
        if (baseKpi[d.metric] !== 0) expect(d.relativeChange).toBeCloseTo(plain / baseKpi[d.metric]!, 12);
        expect(d.baseChange).toBeCloseTo(-plain, 12);
        if (own[d.metric] !== 0) expect(d.baseRelativeChange).toBeCloseTo(-plain / own[d.metric]!, 12);
      }
    }
    const received = compared[0].deltas.find((d) => d.metric === 'receivedTotal')!;
    expect(received).toMatchObject({ baseValue: 45_730, difference: received.value! - 45_730, baseIsBetter: null });
    // The peak month against October, as its KPI card shows it: the change since then and by how much.
    expect(received.baseChange).toBe(45_730 - received.value!);
    expect(received.baseRelativeChange).toBeCloseTo((45_730 - received.value!) / received.value!, 12);
  });

  it("leaves the relative change null when the base is 0, and says which side did better by the metric's direction", async () => {
    const { compared } = await compare({ scope: TAN_BINH, period: NOV_2021, against: ['SAME_PERIOD_LAST_YEAR'] });
    const delta = (key: string) => compared[0].deltas.find((d) => d.metric === key)!;
    // Nov 2020 had overdue dossiers; the peak month had none.
    expect(delta('overdue')).toMatchObject({ baseValue: 0, relativeChange: null, baseIsBetter: true });
    expect(delta('overdue').value).toBeGreaterThan(0);
    expect(delta('onTimeRate')).toMatchObject({ baseValue: 1, baseIsBetter: true });
    expect(delta('onTimeRate').difference).toBeLessThan(0);
    expect(delta('receivedTotal').baseIsBetter).toBeNull();
  });

  it('compares like for like to date: the base cut at asOf, every other period after as many days', async () => {
    const { asOf, base, compared } = await compare({
      scope: TAN_BINH,
      period: NOV_2021,
      against: ['PREVIOUS_PERIOD', 'SAME_PERIOD_LAST_YEAR'],
      asOf: '2021-11-10',
    });
    expect(asOf).toBe('2021-11-10');
    expect(period(base)).toEqual({ from: '2021-11-01', to: '2021-11-10' });
    expect(base.period.name).toBeNull();
    expect(compared.map(period)).toEqual([
      { from: '2021-10-01', to: '2021-10-10' },
      { from: '2020-11-01', to: '2020-11-10' },
    ]);
    expect(base.kpi).toEqual(await kpi(TAN_BINH, { from: '2021-11-01', to: '2021-11-10' }));
    expect(compared[0].kpi).toEqual(await kpi(TAN_BINH, { from: '2021-10-01', to: '2021-10-10' }));
    expect(compared[1].kpi).toEqual(await kpi(TAN_BINH, { from: '2020-11-01', to: '2020-11-10' }));
  });

  it('compares with the reporting window of the same month (15 Oct–14 Nov 2021), equal to kpis for those days', async () => {
    const { compared } = await compare({ scope: TAN_BINH, period: NOV_2021, against: ['REPORTING_WINDOW'] });
    expect(compared[0].period).toEqual({
      from: '2021-10-15',
      to: '2021-11-14',
      days: 31,
      name: { kind: 'MONTH', year: 2021, index: 11, convention: 'REPORTING_WINDOW' },
    });
    expect(compared[0].kpi).toEqual(await kpi(TAN_BINH, { from: '2021-10-15', to: '2021-11-14' }));
  });

  it('compares reporting window with reporting window: Nov 2021 against the previous window and its calendar month', async () => {
    const window = { from: '2021-10-15', to: '2021-11-14' };
    const { compared } = await compare({ scope: TAN_BINH, period: window, against: ['PREVIOUS_PERIOD', 'CALENDAR_PERIOD'] });
    expect(compared.map(period)).toEqual([{ from: '2021-09-15', to: '2021-10-14' }, NOV_2021]);
    expect(compared[1].kpi.receivedTotal).toBe(45_730);
  });

  it('takes explicit periods after the presets, labelled PERIOD_n, and defaults to previous period and same period last year', async () => {
    const explicit = await compare({
      scope: TAN_BINH,
      period: NOV_2021,
      against: ['PREVIOUS_PERIOD'],
      periods: [{ from: '2021-11-15', to: '2021-11-20' }],
    });
    expect(explicit.compared.map((r) => [r.label, r.preset])).toEqual([
      ['PREVIOUS_PERIOD', 'PREVIOUS_PERIOD'],
      ['PERIOD_1', null],
    ]);
    expect(explicit.compared[1].kpi.sameDay).toBe((await kpi(TAN_BINH, { from: '2021-11-15', to: '2021-11-20' })).sameDay);
    const defaults = await compare({ scope: TAN_BINH, period: NOV_2021 });
    expect(defaults.compared.map((r) => r.label)).toEqual(['PREVIOUS_PERIOD', 'SAME_PERIOD_LAST_YEAR']);
  });

  it('refuses what it cannot compare, saying why', async () => {
    await expect(
      compare({ scope: TAN_BINH, period: { from: '2021-11-15', to: '2021-11-20' }, against: ['REPORTING_WINDOW'] }),
    ).rejects.toThrow(
      'REPORTING_WINDOW needs a calendar month, quarter, half or year as the base period; 2021-11-15 – 2021-11-20 is not one',
    );
    await expect(compare({ scope: TAN_BINH, period: NOV_2021, asOf: '2021-10-31' })).rejects.toThrow(
      'asOf 2021-10-31 is before the period starts (2021-11-01)',
    );
    const many = Array.from({ length: 12 }, (_, i) => ({
      from: `2020-${String(i + 1).padStart(2, '0')}-01`,
      to: `2020-${String(i + 1).padStart(2, '0')}-10`,
    }));
    await expect(compare({ scope: TAN_BINH, period: NOV_2021, against: ['PREVIOUS_PERIOD'], periods: many })).rejects.toThrow(
      'against and periods may name at most 12 periods together, got 13',
    );
    await expect(compare({ scope: TAN_BINH, period: NOV_2021, periods: [{ from: '2021-12-01', to: '2021-11-01' }] })).rejects.toThrow(
      'periods[0].from (2021-12-01) must be on or before periods[0].to (2021-11-01)',
    );
    // Tân Bình district was abolished on 1 Jul 2025: a year later it has nothing to compare.
    await expect(
      compare({ scope: TAN_BINH, period: { from: '2025-06-01', to: '2025-06-30' }, periods: [{ from: '2025-07-01', to: '2025-07-31' }] }),
    ).rejects.toThrow('Unit 766 did not exist between 2025-07-01 and 2025-07-31');
  });
});

describe('reportingPeriod', () => {
  const named = async (vars: Record<string, unknown>) =>
    (await api.query<{ reportingPeriod: Row['period'] }>(REPORTING_PERIOD, vars)).reportingPeriod;

  it('names calendar periods and Decree 09/2019 reporting windows', async () => {
    expect(await named({ kind: 'MONTH', year: 2021, index: 11 })).toEqual({
      ...NOV_2021,
      days: 30,
      name: { kind: 'MONTH', year: 2021, index: 11, convention: 'CALENDAR' },
    });
    expect(await named({ kind: 'MONTH', year: 2021, index: 11, convention: 'REPORTING_WINDOW' })).toMatchObject({
      from: '2021-10-15',
      to: '2021-11-14',
    });
    expect(await named({ kind: 'QUARTER', year: 2022, index: 1, convention: 'REPORTING_WINDOW' })).toMatchObject({
      from: '2021-12-15',
      to: '2022-03-14',
      days: 90,
    });
    expect(await named({ kind: 'YEAR', year: 2022, convention: 'REPORTING_WINDOW' })).toMatchObject({
      from: '2021-12-15',
      to: '2022-12-14',
      days: 365,
    });
  });

  it('refuses an index or a year out of range, naming it', async () => {
    await expect(named({ kind: 'QUARTER', year: 2022, index: 5 })).rejects.toThrow('QUARTER index must be 1–4, got 5');
    await expect(named({ kind: 'YEAR', year: 20221 })).rejects.toThrow('year must be between 1900 and 2999, got 20221');
  });
});
