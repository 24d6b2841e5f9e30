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

export interface IdentityResult {
  name: string;
  holds: boolean;
  detail: string;
}

/** The identities of Form 06 for one row of counts: a row that breaks one is flagged, never fixed. */
export function form06Identities(c: Counts, label: string): IdentityResult[] {
  const check = (name: string, left: number, right: number, expression: string): IdentityResult => ({
    name,
    holds: left === right,
    detail: `${label}: ${expression} → ${left} ${left === right ? '=' : '≠'} ${right}`,
  });
  return [
    check('col3 = col4 + col5 + col6', c.receivedTotal, c.receivedOnline + c.receivedInPerson + c.carriedOver, 'col3 = col4 + col5 + col6'),
    check('col3 = col7 + col11', c.receivedTotal, c.resolved + c.pending, 'col3 = col7 + col11'),
    check('col7 = col8 + col9 + col10', c.resolved, c.early + c.onTime + c.overdue, 'col7 = col8 + col9 + col10'),
    check('col11 = col12 + col13', c.pending, c.pendingWithinDeadline + c.pendingOverdue, 'col11 = col12 + col13'),
  ];
}
