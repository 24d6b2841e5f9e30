import type { Counts } from './metric-catalogue';

/** Form 06 (Biểu số 06/VPCP/KSTT) columns 3–13 in order, as catalogue count keys. */
export const FORM06_COLUMNS: [number, keyof Counts][] = [
  [3, 'receivedTotal'],
  [4, 'receivedOnline'],
  [5, 'receivedInPerson'],
  [6, 'carriedOver'],
  [7, 'resolved'],
  [8, 'early'],
  [9, 'onTime'],
  [10, 'overdue'],
  [11, 'pending'],
  [12, 'pendingWithinDeadline'],
  [13, 'pendingOverdue'],
];

const KEY_OF_COLUMN = new Map(FORM06_COLUMNS);

/** Which identity of Form 06 a check tests; the client words it (the API sends no prose). */
export enum Form06Identity {
  /** (3) = (4) + (5) + (6): received = online + in person + carried over. */
  RECEIVED_BY_CHANNEL = 'RECEIVED_BY_CHANNEL',
  /** (3) = (7) + (11): received = resolved + pending. */
  RECEIVED_BY_OUTCOME = 'RECEIVED_BY_OUTCOME',
  /** (7) = (8) + (9) + (10): resolved = early + on time + overdue. */
  RESOLVED_BY_TIMELINESS = 'RESOLVED_BY_TIMELINESS',
  /** (11) = (12) + (13): pending = not yet due + overdue. */
  PENDING_BY_DEADLINE = 'PENDING_BY_DEADLINE',
  /** A column of the total row = the sum of that column over the field rows. */
  TOTAL_OF_ROWS = 'TOTAL_OF_ROWS',
  /** (6) of the next period = (11) of this period, both on the total row. */
  CARRIED_INTO_NEXT_PERIOD = 'CARRIED_INTO_NEXT_PERIOD',
}

/** One value in an identity: a column of a row (rowNumber null = the total row). */
export interface Form06Term {
  column: number;
  rowNumber: number | null;
  value: number;
}

export interface Form06Check<F = unknown> {
  identity: Form06Identity;
  /** The row the check is about: a field row, or the total row (null). */
  rowNumber: number | null;
  field: F | null;
  left: Form06Term;
  right: Form06Term[];
  rightSum: number;
  holds: boolean;
  /** CARRIED_INTO_NEXT_PERIOD only: the first day of the period whose (6) is the left side. */
  nextPeriodFrom: string | null;
}

const ROW_IDENTITIES: [Form06Identity, number, number[]][] = [
  [Form06Identity.RECEIVED_BY_CHANNEL, 3, [4, 5, 6]],
  [Form06Identity.RECEIVED_BY_OUTCOME, 3, [7, 11]],
  [Form06Identity.RESOLVED_BY_TIMELINESS, 7, [8, 9, 10]],
  [Form06Identity.PENDING_BY_DEADLINE, 11, [12, 13]],
];

function check<F>(
  identity: Form06Identity,
  row: { rowNumber: number | null; field: F | null },
  left: Form06Term,
  right: Form06Term[],
  nextPeriodFrom: string | null = null,
): Form06Check<F> {
  const rightSum = right.reduce((s, t) => s + t.value, 0);
  return { identity, rowNumber: row.rowNumber, field: row.field, left, right, rightSum, holds: left.value === rightSum, nextPeriodFrom };
}

/** The identities of Form 06 for one row of counts (the total row by default): a row that breaks one is flagged, never fixed. */
export function form06Identities<F = null>(
  c: Counts,
  row: { rowNumber: number | null; field: F | null } = { rowNumber: null, field: null },
): Form06Check<F>[] {
  const term = (column: number): Form06Term => ({ column, rowNumber: row.rowNumber, value: c[KEY_OF_COLUMN.get(column)!] });
  return ROW_IDENTITIES.map(([identity, left, right]) => check(identity, row, term(left), right.map(term)));
}

/** Every column of the total row against the sum of the field rows (numbered 1, 2, … in order). */
export function totalOfRowsChecks(rows: Counts[], total: Counts): Form06Check<null>[] {
  const totalRow = { rowNumber: null, field: null };
  return FORM06_COLUMNS.map(([column, key]) =>
    check(
      Form06Identity.TOTAL_OF_ROWS,
      totalRow,
      { column, rowNumber: null, value: total[key] },
      rows.map((r, i) => ({ column, rowNumber: i + 1, value: r[key] })),
    ),
  );
}

/** What the next period starts with as carried over (6) is what this one ends with as pending (11). */
export function carriedIntoNextPeriodCheck(next: Counts, total: Counts, nextPeriodFrom: string): Form06Check<null> {
  return check(
    Form06Identity.CARRIED_INTO_NEXT_PERIOD,
    { rowNumber: null, field: null },
    { column: 6, rowNumber: null, value: next.carriedOver },
    [{ column: 11, rowNumber: null, value: total.pending }],
    nextPeriodFrom,
  );
}

export interface CheckCounts {
  checksHolding: number;
  checksBroken: number;
}

/** How many checks hold and how many do not: counted here once, so no page counts them again. */
export function checkCounts(checks: { holds: boolean }[]): CheckCounts {
  const checksHolding = checks.filter((c) => c.holds).length;
  return { checksHolding, checksBroken: checks.length - checksHolding };
}
