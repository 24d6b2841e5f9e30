/**
 * The identity checks of Form 06 in words. The API sends which identity, its columns and values;
 * the page words them in the reader's language, numbers and dates in its format.
 */

export interface CheckTerm {
  column: number;
  value: number;
}

export interface CheckLike {
  identity: string;
  rowNumber?: number | null;
  field?: { name: string; nameEn?: string | null } | null;
  left: CheckTerm;
  right: CheckTerm[];
  rightSum: number;
  holds: boolean;
  nextPeriodFrom?: string | null;
}

export type CheckMessage =
  'form06.check.fieldRow' | 'form06.check.totalRow' | 'form06.check.totalOfRows' | 'form06.check.carriedOver' | 'form06.check.line';

export interface CheckWords {
  message: (id: CheckMessage, values?: Record<string, string | number>) => string;
  number: (value: number) => string;
  date: (day: string) => string;
  english: boolean;
}

export interface CheckText {
  /** The row checked: "Dòng 2 (Chứng thực)", "Dòng tổng cộng". */
  row: string;
  /** The identity in column numbers: "(3) = (4) + (5) + (6)". */
  identity: string;
  /** Its values: "45.730 = 4.086 + 40.392 + 1.252"; a broken one adds the sum: "90 ≠ 10 + 70 + 5 = 85". */
  values: string;
  /** All three in one sentence. */
  line: string;
}

/** The words of one check; `periodTo` is the report's last day (the pending side of the carry-over check). */
export function checkText(check: CheckLike, periodTo: string, words: CheckWords): CheckText {
  const field = (words.english && check.field?.nameEn) || check.field?.name;
  const row =
    check.rowNumber === null || check.rowNumber === undefined
      ? words.message('form06.check.totalRow')
      : words.message('form06.check.fieldRow', { rowNumber: check.rowNumber, field: field ?? '' });
  const relation = check.holds ? '=' : '≠';
  const left = words.number(check.left.value);
  const sum = words.number(check.rightSum);
  let identity: string;
  let values: string;
  if (check.identity === 'TOTAL_OF_ROWS') {
    identity = words.message('form06.check.totalOfRows', { column: check.left.column, rows: check.right.length });
    values = `${left} ${relation} ${sum}`;
  } else if (check.identity === 'CARRIED_INTO_NEXT_PERIOD') {
    identity = words.message('form06.check.carriedOver', { next: words.date(check.nextPeriodFrom ?? ''), to: words.date(periodTo) });
    values = `${left} ${relation} ${sum}`;
  } else {
    identity = `(${check.left.column}) = ${check.right.map((t) => `(${t.column})`).join(' + ')}`;
    const terms = check.right.map((t) => words.number(t.value)).join(' + ');
    values = `${left} ${relation} ${terms}${check.holds ? '' : ` = ${sum}`}`;
  }
  return { row, identity, values, line: words.message('form06.check.line', { row, identity, values }) };
}
