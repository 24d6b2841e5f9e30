import { startApi, type TestApi } from '../../support/api';

let api: TestApi;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.close());

const KPIS = `query Kpis($scope: ScopeInput!, $period: PeriodInput!, $groupBy: [KpiDimension!]) {
  kpis(scope: $scope, period: $period, groupBy: $groupBy) {
    unit { code name } periodStart periodEnd
    receivedTotal received receivedOnline receivedInPerson carriedOver resolved early onTime overdue
    pending pendingWithinDeadline pendingOverdue sameDay onTimeRate earlyRate sameDayRate onlineShare
    ratings ratingsVerySatisfied ratingsSatisfied ratingsNeutral ratingsDissatisfied satisfactionRate
  }
}`;

type Row = Record<string, number | null> & { unit: { code: string; name: string } | null; periodStart: string | null };
const kpis = async (scope: object, period: object, groupBy?: string[]) => (await api.query<{ kpis: Row[] }>(KPIS, { scope, period, groupBy })).kpis;
const NOV_2021 = { from: '2021-11-01', to: '2021-11-30' };
const JAN_APR_2022 = { from: '2022-01-01', to: '2022-04-30' };

describe('kpis gives back the reported figures exactly', () => {
  it('Tân Bình district + 15 wards, Nov 2021: F2–F6 and the ratings F10 (99,32%)', async () => {
    const [row] = await kpis({ unitCodes: ['766'] }, NOV_2021);
    expect(row).toMatchObject({ receivedTotal: 45_730, resolved: 45_730, early: 823, onTime: 44_907, overdue: 0, pending: 0, onTimeRate: 1 });
    expect(row.received! + row.carriedOver!).toBe(45_730);
    expect(row.receivedOnline! + row.receivedInPerson!).toBe(row.received);
    expect(row).toMatchObject({ ratings: 65_334, ratingsSatisfied: 64_888, ratingsNeutral: 394, ratingsDissatisfied: 52, ratingsVerySatisfied: 0 });
    expect((row.satisfactionRate! * 100).toFixed(2)).toBe('99.32');
  });

  it('lists the district and its 15 wards when grouped by unit, adding up to the total', async () => {
    const rows = await kpis({ unitCodes: ['766'] }, NOV_2021, ['UNIT']);
    expect(rows).toHaveLength(16);
    expect(rows.reduce((s, r) => s + (r.receivedTotal as number), 0)).toBe(45_730);
    expect(rows.reduce((s, r) => s + (r.early as number), 0)).toBe(823);
  });

  it('same-day week at district level (F7): 117 dossiers resolved the day they came, 15–20 Nov 2021', async () => {
    const [row] = await kpis({ unitCodes: ['766'], includeDescendants: false }, { from: '2021-11-15', to: '2021-11-20' });
    expect(row.sameDay).toBe(117);
  });

  it('the 11 wards on same-day processing all month (F9): 29,471 dossiers', async () => {
    const codes = ['26977', '26965', '26980', '26968', '26989', '26986', '26998', '27001', '26992', '26983', '26974'];
    const [row] = await kpis({ unitCodes: codes, includeDescendants: false }, NOV_2021);
    expect(row).toMatchObject({ receivedTotal: 29_471, carriedOver: 0, resolved: 29_471 });
  });

  it('Sơn Tây town desk, Jan–Apr 2022 (F14, F15): 1,297 of which 15 carried over; 1,197 resolved, 100% on time', async () => {
    const [row] = await kpis({ unitCodes: ['269'], includeDescendants: false }, JAN_APR_2022);
    expect(row).toMatchObject({ receivedTotal: 1_297, carriedOver: 15, resolved: 1_197, onTime: 1_197, early: 0, overdue: 0, onTimeRate: 1, pendingOverdue: 0 });
  });

  it('Sơn Tây communes and wards (F16, F17 as facts): 6,977 received, 6,975 resolved, 18 overdue', async () => {
    const rows = await kpis({ unitCodes: ['269'] }, JAN_APR_2022, ['UNIT']);
    const wards = rows.filter((r) => r.unit!.code !== '269');
    expect(wards).toHaveLength(15);
    const sum = (k: string) => wards.reduce((s, r) => s + (r[k] as number), 0);
    expect(sum('receivedTotal')).toBe(6_977);
    expect(sum('resolved')).toBe(6_975);
    expect(sum('overdue')).toBe(18);
    expect(sum('early') + sum('onTime')).toBe(6_957);
  });

  it('leaves rates null, not 0, when nothing was resolved, received or rated', async () => {
    const [row] = await kpis({ unitCodes: ['09592'], includeDescendants: false }, { from: '2022-01-02', to: '2022-01-02' });
    expect(row).toMatchObject({ received: 0, resolved: 0, ratings: 0, onTimeRate: null, sameDayRate: null, onlineShare: null, satisfactionRate: null });
  });

  it('refuses a period over ten years, an unknown unit and two time dimensions, saying why', async () => {
    await expect(kpis({ unitCodes: ['766'] }, { from: '2010-01-01', to: '2021-12-31' })).rejects.toThrow('period spans 4383 days; at most 10 years (3653 days) are allowed');
    await expect(kpis({ unitCodes: ['999999'] }, NOV_2021)).rejects.toThrow('Unknown unit code: 999999');
    await expect(kpis({ unitCodes: ['27004'] }, { from: '2019-01-01', to: '2019-01-31' })).resolves.toHaveLength(1);
    await expect(kpis({ unitCodes: ['766'] }, { from: '2025-08-01', to: '2025-08-31' })).rejects.toThrow('Unit 766 did not exist between 2025-08-01 and 2025-08-31');
    await expect(kpis({ unitCodes: ['766'] }, NOV_2021, ['DAY', 'MONTH'])).rejects.toThrow('groupBy may hold one time dimension, got DAY and MONTH');
  });
});
