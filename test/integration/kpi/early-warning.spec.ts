import { startApi, type TestApi } from '../../support/api';
import { scopeIds } from '../../support/figures';

let api: TestApi;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.close());

interface Warning {
  asOf: string;
  withinWorkingDays: number;
  horizon: string;
  dueToday: number;
  dueWithin: number;
  alreadyOverdue: number;
  byDay: { dueOn: string; dossiers: number }[];
  byUnit: { unit: { code: string }; dueToday: number; dueWithin: number; alreadyOverdue: number }[];
  groups: {
    unit: { code: string };
    procedure: { code: string };
    dueToday: number;
    dueWithin: number;
    dueDays: { dueOn: string; dossiers: number }[];
  }[];
}

const EARLY_WARNING = `query EarlyWarning($scope: ScopeInput!, $asOf: Date!, $within: Int) {
  earlyWarning(scope: $scope, asOf: $asOf, withinWorkingDays: $within) {
    asOf withinWorkingDays horizon dueToday dueWithin alreadyOverdue
    byDay { dueOn dossiers }
    byUnit { unit { code } dueToday dueWithin alreadyOverdue }
    groups { unit { code } procedure { code } dueToday dueWithin dueDays { dueOn dossiers } }
  }
}`;
const earlyWarning = async (scope: object, asOf: string, within?: number) =>
  (await api.query<{ earlyWarning: Warning }>(EARLY_WARNING, { scope, asOf, within })).earlyWarning;

/** The tests' own reading: open at the end of asOf = received by then and not finished by then. */
async function openBySql(unitIds: number[], asOf: string, horizon: string) {
  const { rows } = await api.pool.query<{ unit: string; procedure: string; due_on: string; dossiers: number }>(
    `select u.code as unit, p.code as procedure, d.due_date::text as due_on, count(*)::int as dossiers
       from dossier d join administrative_unit u on u.id = d.unit_id join procedure p on p.id = d.procedure_id
      where d.unit_id = any($1) and d.received_on <= $2 and (d.finished_on is null or d.finished_on > $2) and d.due_date <= $3
      group by 1, 2, 3`,
    [unitIds, asOf, horizon],
  );
  const window = rows.filter((r) => r.due_on >= asOf);
  const sum = (rs: typeof rows) => rs.reduce((s, r) => s + r.dossiers, 0);
  return {
    dueToday: sum(window.filter((r) => r.due_on === asOf)),
    dueWithin: sum(window),
    alreadyOverdue: sum(rows.filter((r) => r.due_on < asOf)),
    // unit|procedure|due day → dossiers
    cells: Object.fromEntries(window.map((r) => [`${r.unit}|${r.procedure}|${r.due_on}`, r.dossiers])),
  };
}

const cellsOf = (w: Warning) =>
  Object.fromEntries(w.groups.flatMap((g) => g.dueDays.map((d) => [`${g.unit.code}|${g.procedure.code}|${d.dueOn}`, d.dossiers])));

const pendingOverdueAtEndOf = async (scope: object, day: string) =>
  (
    await api.query<{ kpis: { pendingOverdue: number; pending: number }[] }>(
      `query P($scope: ScopeInput!, $period: PeriodInput!) { kpis(scope: $scope, period: $period) { pendingOverdue pending } }`,
      {
        scope,
        period: { from: day, to: day },
      },
    )
  ).kpis[0];

describe('earlyWarning: open dossiers about to turn overdue', () => {
  it('Phường Tân Bình on 31 Dec 2025: New Year and its swapped day push 3 working days to 7 Jan; 242 due by then, 1 today, 6 already overdue', async () => {
    const scope = { unitCodes: ['27004'] };
    const w = await earlyWarning(scope, '2025-12-31', 3);
    expect(w).toMatchObject({
      asOf: '2025-12-31',
      withinWorkingDays: 3,
      horizon: '2026-01-07',
      dueToday: 1,
      dueWithin: 242,
      alreadyOverdue: 6,
    });

    const sql = await openBySql(await scopeIds(api.pool, '27004', '2025-12-31', 'UNIT_AND_DESCENDANTS'), '2025-12-31', w.horizon);
    expect({ dueToday: w.dueToday, dueWithin: w.dueWithin, alreadyOverdue: w.alreadyOverdue }).toEqual({
      dueToday: sql.dueToday,
      dueWithin: sql.dueWithin,
      alreadyOverdue: sql.alreadyOverdue,
    });
    expect(cellsOf(w)).toEqual(sql.cells);
    // Nothing is due on the holidays in between, and the groups add up to the totals.
    expect(w.byDay.map((d) => d.dueOn).filter((d) => d > '2025-12-31' && d < '2026-01-05')).toEqual([]);
    expect(w.groups.reduce((s, g) => s + g.dueWithin, 0)).toBe(242);
    expect(w.byDay.reduce((s, d) => s + d.dossiers, 0)).toBe(242);
    // Most urgent first.
    expect(w.groups[0].dueDays[0].dueOn).toBe('2025-12-31');
  });

  it('old Ward 15 (code 27007 before the reform) on Fri 20 Nov 2020: the weekend stretches 3 working days to Wed 25 Nov; matches plain SQL', async () => {
    const scope = { unitCodes: ['27007'], includeDescendants: false };
    const w = await earlyWarning(scope, '2020-11-20', 3);
    expect(w).toMatchObject({ horizon: '2020-11-25', dueToday: 3, alreadyOverdue: 7 });
    const sql = await openBySql(await scopeIds(api.pool, '27007', '2020-11-20', 'UNIT'), '2020-11-20', '2020-11-25');
    expect(w.dueWithin).toBe(sql.dueWithin);
    expect(w.dueWithin).toBeGreaterThan(50);
    expect(cellsOf(w)).toEqual(sql.cells);
    expect(w.groups.every((g) => g.unit.code === '27007')).toBe(true);
  });

  it('matches plain SQL cell by cell for past and recent days, longer look-aheads and a whole province', async () => {
    for (const [code, asOf, within] of [
      ['766', '2021-11-15', 3],
      ['766', '2021-11-15', 10],
      ['27004', '2025-06-27', 10],
      ['79', '2025-12-31', 5],
    ] as const) {
      const w = await earlyWarning({ unitCodes: [code] }, asOf, within);
      const sql = await openBySql(await scopeIds(api.pool, code, asOf, 'UNIT_AND_DESCENDANTS'), asOf, w.horizon);
      // The case rides along so a failure says which one.
      const totals = (x: { dueToday: number; dueWithin: number; alreadyOverdue: number }) => ({
        case: `${code} ${asOf} +${within}`,
        dueToday: x.dueToday,
        dueWithin: x.dueWithin,
        alreadyOverdue: x.alreadyOverdue,
      });
      expect(totals(w)).toEqual(totals(sql));
      expect(cellsOf(w)).toEqual(sql.cells);
      expect(w.dueWithin).toBeGreaterThan(0);
    }
  });

  it('agrees with kpis: already overdue + due today = pending overdue at the end of asOf', async () => {
    for (const [scope, asOf] of [
      [{ unitCodes: ['27004'] }, '2025-12-31'],
      [{ unitCodes: ['27007'], includeDescendants: false }, '2020-11-20'],
      [{ unitCodes: ['79'] }, '2025-12-31'],
    ] as const) {
      const w = await earlyWarning(scope, asOf, 0);
      expect(w.horizon).toBe(asOf);
      expect(w.dueWithin).toBe(w.dueToday);
      const k = await pendingOverdueAtEndOf(scope, asOf);
      expect([asOf, w.alreadyOverdue + w.dueToday]).toEqual([asOf, k.pendingOverdue]);
    }
  });

  it('totals by unit agree with kpis unit by unit: already overdue + due today = pending overdue (Tân Bình, 20 Nov 2020)', async () => {
    const scope = { unitCodes: ['766'] };
    const w = await earlyWarning(scope, '2020-11-20', 0);
    const { kpis } = await api.query<{ kpis: { unit: { code: string }; pendingOverdue: number }[] }>(
      `query P($scope: ScopeInput!, $period: PeriodInput!) { kpis(scope: $scope, period: $period, groupBy: [UNIT]) { unit { code } pendingOverdue } }`,
      { scope, period: { from: '2020-11-20', to: '2020-11-20' } },
    );
    const late = Object.fromEntries(kpis.filter((k) => k.pendingOverdue > 0).map((k) => [k.unit.code, k.pendingOverdue]));
    expect(Object.keys(late).length).toBeGreaterThan(0);
    expect(Object.fromEntries(w.byUnit.map((u) => [u.unit.code, u.alreadyOverdue + u.dueToday]))).toEqual(late);
    expect(w.byUnit.reduce((sum, u) => sum + u.dueWithin, 0)).toBe(w.dueWithin);
  });

  it('a top list: the first n groups of the whole list, with the count of all of them and the same totals', async () => {
    const scope = { unitCodes: ['79'] };
    const all = await earlyWarning(scope, '2025-12-31', 5);
    const top = (
      await api.query<{ earlyWarning: Warning & { groupCount: number } }>(
        `query($scope: ScopeInput!) { earlyWarning(scope: $scope, asOf: "2025-12-31", withinWorkingDays: 5, topGroups: 3) {
          dueToday dueWithin alreadyOverdue groupCount groups { unit { code } procedure { code } dueToday dueWithin dueDays { dueOn dossiers } } } }`,
        { scope },
      )
    ).earlyWarning;
    expect(all.groups.length).toBeGreaterThan(3);
    expect(top.groupCount).toBe(all.groups.length);
    expect(top.groups).toEqual(all.groups.slice(0, 3));
    expect([top.dueToday, top.dueWithin, top.alreadyOverdue]).toEqual([all.dueToday, all.dueWithin, all.alreadyOverdue]);
    await expect(
      api.query(`{ earlyWarning(scope: { unitCodes: ["79"] }, asOf: "2025-12-31", topGroups: 501) { groupCount } }`),
    ).rejects.toThrow('topGroups must be a whole number from 1 to 500, got 501');
  });

  it('refuses a look-ahead outside 0–30 working days and a horizon beyond the loaded calendars, saying why', async () => {
    const scope = { unitCodes: ['27004'] };
    await expect(earlyWarning(scope, '2025-12-31', 31)).rejects.toThrow('withinWorkingDays must be a whole number from 0 to 30, got 31');
    await expect(earlyWarning(scope, '2025-12-31', -1)).rejects.toThrow('withinWorkingDays must be a whole number from 0 to 30, got -1');
    await expect(earlyWarning(scope, '2026-12-30', 5)).rejects.toThrow(
      'asOf 2026-12-30 + 5 working days reaches 2027, whose official holiday calendar is not loaded',
    );
    await expect(earlyWarning({ unitCodes: ['766'] }, '2025-12-31', 3)).rejects.toThrow(
      'Unit 766 did not exist between 2025-12-31 and 2025-12-31',
    );
  });
});
