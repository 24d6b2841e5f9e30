import { startApi, type TestApi } from '../../support/api';

let api: TestApi;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.close());

const PEAK_MONTH = 'tan-binh-2021-11-peak-month';
const SAME_DAY_WEEK = 'tan-binh-2021-11-same-day-week';
const SAME_DAY_MONTH = 'tan-binh-2021-11-same-day-month';
const YEARLY_THEME = 'hcm-2021-urban-government';
const F9_WARDS = ['26977', '26965', '26980', '26968', '26989', '26986', '26998', '27001', '26992', '26983', '26974'];

type Row = Record<string, number | null> & { unit: { code: string } | null; periodStart: string | null; periodEnd: string | null };
const KPI =
  'unit { code } periodStart periodEnd receivedTotal received carriedOver resolved early onTime overdue pending pendingOverdue sameDay sameDayRate onTimeRate ratings';

const CAMPAIGN = `query Campaign($code: String!) {
  campaign(code: $code) {
    code name nameEn kind startsOn endsOn days planReference theme source
    organiser { code } parent { code } children { code }
    enrollments { unit { code } startsOn endsOn commitment generated }
    enrolledUnitCount organiserEnrolled eligibleUnitCount enrolledEligibleUnitCount notEnrolledEligibleUnitCount otherEnrolledUnitCount
    eligibleUnits { code }
    targets { code metric comparator threshold unit { code } }
  }
}`;
interface Campaign {
  code: string;
  kind: string;
  startsOn: string;
  endsOn: string;
  days: number;
  planReference: string | null;
  organiser: { code: string };
  parent: { code: string } | null;
  children: { code: string }[];
  enrollments: { unit: { code: string }; startsOn: string; endsOn: string; commitment: string | null; generated: boolean }[];
  enrolledUnitCount: number;
  organiserEnrolled: boolean;
  eligibleUnitCount: number;
  enrolledEligibleUnitCount: number;
  notEnrolledEligibleUnitCount: number;
  otherEnrolledUnitCount: number;
  eligibleUnits: { code: string }[];
  targets: { code: string; metric: string; comparator: string; threshold: number; unit: { code: string } | null }[];
}
const campaign = async (code: string) => (await api.query<{ campaign: Campaign | null }>(CAMPAIGN, { code })).campaign;

const PROGRESS = `query Progress($code: String!, $grain: KpiDimension, $perUnit: Boolean, $includeOrganiser: Boolean) {
  campaign(code: $code) { progress(grain: $grain, perUnit: $perUnit, includeOrganiser: $includeOrganiser) { ${KPI} } }
}`;
const progress = async (code: string, args: { grain?: string | null; perUnit?: boolean; includeOrganiser?: boolean } = {}) =>
  (await api.query<{ campaign: { progress: Row[] } }>(PROGRESS, { code, ...args })).campaign.progress;

const IMPACT = `query Impact($code: String!, $includeOrganiser: Boolean) {
  campaign(code: $code) { impact(includeOrganiser: $includeOrganiser) {
    period { from to days } unitCount during { ${KPI} }
    baselineBefore { period { from to days } kpi { ${KPI} } deltas { metric value baseline difference relativeChange improved } }
    sameLastYear { period { from to days } kpi { ${KPI} } deltas { metric value baseline difference relativeChange improved } }
    targets { code metric value status }
    targetCounts { met missed noData total }
  } }
}`;
interface Baseline {
  period: { from: string; to: string; days: number };
  kpi: Row;
  deltas: {
    metric: string;
    value: number | null;
    baseline: number | null;
    difference: number | null;
    relativeChange: number | null;
    improved: boolean | null;
  }[];
}
interface Impact {
  period: { from: string; to: string; days: number };
  unitCount: number;
  during: Row;
  baselineBefore: Baseline;
  sameLastYear: Baseline;
  targets: { code: string; metric: string; value: number | null; status: string }[];
  targetCounts: { met: number; missed: number; noData: number; total: number };
}
const impact = async (code: string, includeOrganiser?: boolean) =>
  (await api.query<{ campaign: { impact: Impact | null } }>(IMPACT, { code, includeOrganiser })).campaign.impact;

const sum = (rows: Row[], key: string) => rows.reduce((s, r) => s + (r[key] as number), 0);

describe('campaigns as facts', () => {
  it('lists the yearly theme, the peak month and the two same-day campaigns in it, the month before the week', async () => {
    const { campaigns } = await api.query<{ campaigns: { code: string }[] }>('{ campaigns { code } }');
    expect(campaigns.map((c) => c.code)).toEqual([YEARLY_THEME, PEAK_MONTH, SAME_DAY_MONTH, SAME_DAY_WEEK]);
  });

  it('filters by unit (organiser or enrolled), day and kind', async () => {
    const list = async (args: string) =>
      (await api.query<{ campaigns: { code: string }[] }>(`{ campaigns(${args}) { code } }`)).campaigns.map((c) => c.code);
    expect(await list('unitCode: "766"')).toEqual([PEAK_MONTH, SAME_DAY_MONTH, SAME_DAY_WEEK]);
    // Ward 14 (27004) was not among the 11 wards of the same-day month.
    expect(await list('unitCode: "27004"')).toEqual([PEAK_MONTH, SAME_DAY_WEEK]);
    expect(await list('unitCode: "79"')).toEqual([YEARLY_THEME]);
    expect(await list('activeOn: "2021-11-21"')).toEqual([YEARLY_THEME, PEAK_MONTH, SAME_DAY_MONTH]);
    expect(await list('activeOn: "2021-12-01"')).toEqual([YEARLY_THEME]);
    expect(await list('kind: SAME_DAY_WEEK, activeOn: "2021-11-15"')).toEqual([SAME_DAY_WEEK]);
    expect(await list('unitCode: "005"')).toEqual([]);
  });

  it('refuses an unknown unit code, naming the argument', async () => {
    await expect(api.query('{ campaigns(unitCode: "999999") { code } }')).rejects.toThrow('unitCode: unknown unit code "999999"');
  });

  it('gives null for an unknown campaign code', async () => {
    expect(await campaign('no-such-campaign')).toBeNull();
  });

  it('describes the peak month: plan 173, nested in the yearly theme, the district desk and its 15 wards enrolled, no-overdue target', async () => {
    const c = (await campaign(PEAK_MONTH))!;
    expect(c).toMatchObject({
      kind: 'PEAK_MONTH',
      startsOn: '2021-11-01',
      endsOn: '2021-11-30',
      days: 30,
      planReference: 'Kế hoạch 173/KH-UBND ngày 24/6/2021',
    });
    expect(c.organiser.code).toBe('766');
    expect(c.parent?.code).toBe(YEARLY_THEME);
    expect(c.children.map((x) => x.code)).toEqual([SAME_DAY_MONTH, SAME_DAY_WEEK]);
    expect(c).toMatchObject({
      enrolledUnitCount: 16,
      organiserEnrolled: true,
      eligibleUnitCount: 15,
      enrolledEligibleUnitCount: 15,
      notEnrolledEligibleUnitCount: 0,
      otherEnrolledUnitCount: 0,
    });
    expect(c.enrollments[0].unit.code).toBe('766');
    expect(c.targets).toEqual([
      { code: 'tan-binh-2021-11-no-overdue', metric: 'overdue', comparator: 'AT_MOST', threshold: 0, unit: { code: '766' } },
    ]);
  });

  it('F8: all 15 wards (and the district desk) enrolled in the same-day week, 15–20 Nov 2021', async () => {
    const c = (await campaign(SAME_DAY_WEEK))!;
    expect(c).toMatchObject({
      kind: 'SAME_DAY_WEEK',
      startsOn: '2021-11-15',
      endsOn: '2021-11-20',
      enrolledEligibleUnitCount: 15,
      eligibleUnitCount: 15,
      organiserEnrolled: true,
    });
    expect(c.enrollments.every((e) => e.startsOn === '2021-11-15' && e.endsOn === '2021-11-20' && !e.generated)).toBe(true);
    expect(c.parent?.code).toBe(PEAK_MONTH);
  });

  it('F9: 11 of 15 wards enrolled in same-day processing for the month, the choice marked generated', async () => {
    const c = (await campaign(SAME_DAY_MONTH))!;
    expect(c).toMatchObject({
      enrolledUnitCount: 11,
      enrolledEligibleUnitCount: 11,
      eligibleUnitCount: 15,
      notEnrolledEligibleUnitCount: 4,
      otherEnrolledUnitCount: 0,
      organiserEnrolled: false,
    });
    expect(c.enrollments.map((e) => e.unit.code).sort()).toEqual([...F9_WARDS].sort());
    // The counts are those of the lists the page shows.
    expect(c.eligibleUnits).toHaveLength(c.eligibleUnitCount);
    expect(
      c.eligibleUnits
        .filter((u) => !F9_WARDS.includes(u.code))
        .map((u) => u.code)
        .sort(),
    ).toEqual(['26971', '26995', '27004', '27007']);
    expect(c.enrollments.every((e) => e.generated)).toBe(true);
    expect(c.eligibleUnits.map((u) => u.code)).toEqual(expect.arrayContaining(['27004', '27007', '26995', '26971']));
  });

  it('gives the yearly theme no enrolments, no impact and no progress', async () => {
    const c = (await campaign(YEARLY_THEME))!;
    expect(c).toMatchObject({
      organiser: { code: '79' },
      parent: null,
      enrolledUnitCount: 0,
      enrolledEligibleUnitCount: 0,
      otherEnrolledUnitCount: 0,
    });
    expect(c.notEnrolledEligibleUnitCount).toBe(c.eligibleUnitCount);
    expect(await impact(YEARLY_THEME)).toBeNull();
    expect(await progress(YEARLY_THEME)).toEqual([]);
  });
});

describe('campaign progress and impact give back the reported figures', () => {
  it('F7: the district desk resolved 117 dossiers the same day in the same-day week (its own desk, not its wards)', async () => {
    const rows = await progress(SAME_DAY_WEEK, { grain: null, perUnit: true });
    expect(rows).toHaveLength(16);
    const district = rows.find((r) => r.unit!.code === '766')!;
    expect(district.sameDay).toBe(117);
    expect(district).toMatchObject({ periodStart: null, periodEnd: null });
  });

  it('the peak month over the district desk + 15 wards: 45,730 received and resolved, 823 early, 44,907 on time, none overdue; its target met', async () => {
    const i = (await impact(PEAK_MONTH))!;
    expect(i.unitCount).toBe(16);
    expect(i.during).toMatchObject({
      receivedTotal: 45_730,
      resolved: 45_730,
      early: 823,
      onTime: 44_907,
      overdue: 0,
      pending: 0,
      onTimeRate: 1,
    });
    expect(i.targets).toEqual([{ code: 'tan-binh-2021-11-no-overdue', metric: 'overdue', value: 0, status: 'MET' }]);
    expect(i.targetCounts).toEqual({ met: 1, missed: 0, noData: 0, total: 1 });
  });

  it('F9: the 11 wards of the same-day month received 29,471 dossiers, resolved all 29,471, none carried over', async () => {
    const i = (await impact(SAME_DAY_MONTH))!;
    expect(i.unitCount).toBe(11);
    expect(i.during).toMatchObject({ receivedTotal: 29_471, resolved: 29_471, carriedOver: 0, received: 29_471 });
  });

  it('puts the same-day week against 9–14 Nov 2021 and 15–20 Nov 2020, with a delta per catalogue metric', async () => {
    const i = (await impact(SAME_DAY_WEEK))!;
    expect(i.period).toEqual({ from: '2021-11-15', to: '2021-11-20', days: 6 });
    expect(i.baselineBefore.period).toEqual({ from: '2021-11-09', to: '2021-11-14', days: 6 });
    expect(i.sameLastYear.period).toEqual({ from: '2020-11-15', to: '2020-11-20', days: 6 });
    const sameDay = i.baselineBefore.deltas.find((d) => d.metric === 'sameDay')!;
    expect(sameDay.value).toBe(i.during.sameDay);
    expect(sameDay.baseline).toBe(i.baselineBefore.kpi.sameDay);
    expect(sameDay.difference).toBe((i.during.sameDay as number) - (i.baselineBefore.kpi.sameDay as number));
    expect(i.sameLastYear.kpi.received).toBeGreaterThan(0);
    const rate = i.sameLastYear.deltas.find((d) => d.metric === 'sameDayRate')!;
    expect(rate.value).toBeCloseTo(i.during.sameDayRate as number, 12);
    expect(rate.baseline).toBeCloseTo(i.sameLastYear.kpi.sameDayRate as number, 12);
    expect(i.baselineBefore.deltas.map((d) => d.metric)).toEqual(
      expect.arrayContaining(['receivedTotal', 'onTimeRate', 'satisfactionRate']),
    );
  });

  it('takes 30 days before the peak month as its baseline (2–31 Oct 2021) and November 2020 as last year', async () => {
    const i = (await impact(PEAK_MONTH))!;
    expect(i.baselineBefore.period).toMatchObject({ from: '2021-10-02', to: '2021-10-31', days: 30 });
    expect(i.sameLastYear.period).toMatchObject({ from: '2020-11-01', to: '2020-11-30', days: 30 });
  });

  it('progress day by day adds up to the campaign total for received, resolved and same day', async () => {
    for (const code of [SAME_DAY_WEEK, PEAK_MONTH, SAME_DAY_MONTH]) {
      const [days, i] = await Promise.all([progress(code), impact(code)]);
      const c = (await campaign(code))!;
      expect(days).toHaveLength(c.days);
      expect(days[0]).toMatchObject({ periodStart: c.startsOn, periodEnd: c.startsOn, unit: null });
      for (const key of ['received', 'resolved', 'sameDay', 'early', 'onTime', 'overdue', 'ratings'])
        expect([code, key, sum(days, key)]).toEqual([code, key, i!.during[key]]);
      // Running totals chain: each day's carried over is the previous day's pending.
      for (let k = 1; k < days.length; k++) expect(days[k].carriedOver).toBe(days[k - 1].pending);
      expect(days[0].carriedOver).toBe(i!.during.carriedOver);
    }
  });

  it('per unit and day, the same-day week gives 16 units × 6 days adding up to the week, rates from the catalogue', async () => {
    const rows = await progress(SAME_DAY_WEEK, { perUnit: true });
    expect(rows).toHaveLength(96);
    const district = rows.filter((r) => r.unit!.code === '766');
    expect(sum(district, 'sameDay')).toBe(117);
    const row = rows.find((r) => (r.resolved as number) > 0)!;
    expect(row.sameDayRate).toBeCloseTo((row.sameDay as number) / (row.resolved as number), 12);
  });

  it('sums weeks into the campaign weeks, clipped to the campaign', async () => {
    const weeks = await progress(PEAK_MONTH, { grain: 'WEEK' });
    expect(weeks.map((w) => [w.periodStart, w.periodEnd])).toEqual([
      ['2021-11-01', '2021-11-07'],
      ['2021-11-08', '2021-11-14'],
      ['2021-11-15', '2021-11-21'],
      ['2021-11-22', '2021-11-28'],
      ['2021-11-29', '2021-11-30'],
    ]);
    expect(sum(weeks, 'received') + (weeks[0].carriedOver as number)).toBe(45_730);
  });

  it('leaves the district desk out on request (the 15 wards of the same-day week) or adds it to the same-day month', async () => {
    const [all, wards] = await Promise.all([
      progress(SAME_DAY_WEEK, { grain: null }),
      progress(SAME_DAY_WEEK, { grain: null, includeOrganiser: false }),
    ]);
    expect((all[0].sameDay as number) - (wards[0].sameDay as number)).toBe(117);
    const withDesk = await progress(SAME_DAY_MONTH, { grain: null, perUnit: true, includeOrganiser: true });
    expect(withDesk.map((r) => r.unit!.code)).toContain('766');
    expect(withDesk).toHaveLength(12);
    const wardsOnly = await impact(SAME_DAY_WEEK, false);
    expect(wardsOnly!.unitCount).toBe(15);
  });

  it('refuses a grain that is not a time dimension, naming it', async () => {
    await expect(progress(SAME_DAY_WEEK, { grain: 'UNIT' })).rejects.toThrow(
      'grain must be a time dimension (DAY, WEEK, MONTH, QUARTER or YEAR) or null, got UNIT',
    );
  });
});
