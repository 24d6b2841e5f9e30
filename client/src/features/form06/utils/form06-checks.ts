/**
 * The identity checks of Form 06 in words. The API sends which identity, its columns and values;
 * the page words them in the reader's language, numbers and dates in its format.
 */

import type { Form06PageQuery } from '../../../__generated__/graphql';

/** One check as the page's query asks it. */
export type Form06Check = Form06PageQuery['form06']['checks'][number];

export type CheckMessage =
  | 'form06.check.fieldRow'
  | 'form06.check.totalRow'
  | 'form06.check.totalOfRows'
  | 'form06.check.carriedOver'
  | 'form06.check.carriedOverUndated'
  | 'form06.check.line';

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
export function checkText(check: Form06Check, periodTo: string, words: CheckWords): CheckText {
  const field = (words.english && check.field?.nameEn) || check.field?.name;
  const row =
    check.rowNumber === null
      ? words.message('form06.check.totalRow')
      : words.message('form06.check.fieldRow', { rowNumber: check.rowNumber, field: field ?? '' });
  const relation = check.holds ? '=' : '≠';
  const left = words.number(check.left.value);
  const sum = words.number(check.rightSum);
  let identity: string;
  let values: string;
  switch (check.identity) {
    case 'RECEIVED_BY_CHANNEL':
    case 'RECEIVED_BY_OUTCOME':
    case 'RESOLVED_BY_TIMELINESS':
    case 'PENDING_BY_DEADLINE': {
      identity = `(${check.left.column}) = ${check.right.map((t) => `(${t.column})`).join(' + ')}`;
      const terms = check.right.map((t) => words.number(t.value)).join(' + ');
      values = `${left} ${relation} ${terms}${check.holds ? '' : ` = ${sum}`}`;
      break;
    }
    case 'TOTAL_OF_ROWS':
      identity = words.message('form06.check.totalOfRows', { column: check.left.column, rows: check.right.length });
      values = `${left} ${relation} ${sum}`;
      break;
    case 'CARRIED_INTO_NEXT_PERIOD':
      // The API dates the next period on this check; without that day the sentence leaves it out rather than show a blank.
      identity =
        check.nextPeriodFrom === null
          ? words.message('form06.check.carriedOverUndated', { to: words.date(periodTo) })
          : words.message('form06.check.carriedOver', { next: words.date(check.nextPeriodFrom), to: words.date(periodTo) });
      values = `${left} ${relation} ${sum}`;
      break;
    default: {
      // A value the schema adds fails to compile here rather than be worded as another identity.
      const unknown: never = check.identity;
      throw new Error(`Form 06 identity with no wording: ${String(unknown)}`);
    }
  }
  return { row, identity, values, line: words.message('form06.check.line', { row, identity, values }) };
}
