import { carriedIntoNextPeriodCheck, checkCounts, FORM06_COLUMNS, Form06Identity, form06Identities, totalOfRowsChecks } from './form06';
import { emptyCounts, type Counts } from './metric-catalogue';

/** Counts from Form 06 columns 3–13 in order. */
const columns = (values: number[]): Counts => {
  const counts = emptyCounts();
  FORM06_COLUMNS.forEach(([, key], i) => (counts[key] = values[i]));
  return counts;
};

// Tân Bình district with its wards, Nov 2021 (F2–F8): the total row of its Form 06.
const tanBinhNov2021 = columns([45_730, 4_086, 40_392, 1_252, 45_730, 823, 44_907, 0, 0, 0, 0]);

describe('Form 06 identities', () => {
  it("states Tân Bình's Nov 2021 total row as columns and values: 45.730 = 4.086 + 40.392 + 1.252, and every identity holds", () => {
    const checks = form06Identities(tanBinhNov2021);
    expect(checks.map((c) => [c.identity, c.holds])).toEqual([
      [Form06Identity.RECEIVED_BY_CHANNEL, true],
      [Form06Identity.RECEIVED_BY_OUTCOME, true],
      [Form06Identity.RESOLVED_BY_TIMELINESS, true],
      [Form06Identity.PENDING_BY_DEADLINE, true],
    ]);
    expect(checks[0]).toEqual({
      identity: Form06Identity.RECEIVED_BY_CHANNEL,
      rowNumber: null,
      field: null,
      left: { column: 3, rowNumber: null, value: 45_730 },
      right: [
        { column: 4, rowNumber: null, value: 4_086 },
        { column: 5, rowNumber: null, value: 40_392 },
        { column: 6, rowNumber: null, value: 1_252 },
      ],
      rightSum: 45_730,
      holds: true,
      nextPeriodFrom: null,
    });
    expect(checks[2].right.map((t) => [t.column, t.value])).toEqual([
      [8, 823],
      [9, 44_907],
      [10, 0],
    ]);
  });

  it('flags a field row whose resolved is not early + on time + overdue, naming the row and its field', () => {
    const field = { name: 'Chứng thực' };
    const row = columns([100, 40, 60, 0, 90, 10, 70, 5, 10, 10, 0]);
    const checks = form06Identities(row, { rowNumber: 2, field });
    const broken = checks.filter((c) => !c.holds);
    expect(broken).toHaveLength(1);
    expect(broken[0]).toMatchObject({
      identity: Form06Identity.RESOLVED_BY_TIMELINESS,
      rowNumber: 2,
      field,
      left: { column: 7, rowNumber: 2, value: 90 },
      rightSum: 85,
      holds: false,
    });
  });

  it('checks every column of the total row against the sum of the field rows', () => {
    const rows = [
      columns([30_000, 3_000, 26_000, 1_000, 30_000, 500, 29_500, 0, 0, 0, 0]),
      columns([15_730, 1_086, 14_392, 252, 15_730, 323, 15_407, 0, 0, 0, 0]),
    ];
    const checks = totalOfRowsChecks(rows, tanBinhNov2021);
    expect(checks.map((c) => c.left.column)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(checks.every((c) => c.identity === Form06Identity.TOTAL_OF_ROWS && c.rowNumber === null && c.holds)).toBe(true);
    expect(checks[0]).toMatchObject({
      left: { column: 3, rowNumber: null, value: 45_730 },
      right: [
        { column: 3, rowNumber: 1, value: 30_000 },
        { column: 3, rowNumber: 2, value: 15_730 },
      ],
      rightSum: 45_730,
    });

    const short = totalOfRowsChecks([rows[0]], tanBinhNov2021);
    expect(short[0]).toMatchObject({ rightSum: 30_000, holds: false });
  });

  it("carries this period's pending (11) into the next period's carried over (6), from the day after", () => {
    const withPending = columns([45_730, 4_086, 40_392, 1_252, 45_700, 823, 44_877, 0, 30, 30, 0]);
    const next = columns([30, 0, 0, 30, 0, 0, 0, 0, 30, 30, 0]);
    expect(carriedIntoNextPeriodCheck(next, withPending, '2021-12-01')).toEqual({
      identity: Form06Identity.CARRIED_INTO_NEXT_PERIOD,
      rowNumber: null,
      field: null,
      left: { column: 6, rowNumber: null, value: 30 },
      right: [{ column: 11, rowNumber: null, value: 30 }],
      rightSum: 30,
      holds: true,
      nextPeriodFrom: '2021-12-01',
    });
    expect(carriedIntoNextPeriodCheck(columns([0, 0, 0, 29, 0, 0, 0, 0, 0, 0, 0]), withPending, '2021-12-01').holds).toBe(false);
  });

  it('counts the checks that hold and those that break: a field row off by 5 is one broken of its four', () => {
    const row = columns([100, 40, 60, 0, 90, 10, 70, 5, 10, 10, 0]);
    const checks = [...form06Identities(tanBinhNov2021), ...form06Identities(row, { rowNumber: 2, field: null })];
    expect(checkCounts(checks)).toEqual({ checksHolding: 7, checksBroken: 1 });
    expect(checkCounts([])).toEqual({ checksHolding: 0, checksBroken: 0 });
  });
});
