import { createIntl, type IntlConfig } from 'react-intl';
import { formatDate, formatNumber, type Locale } from '../../../shared/format';
import { en } from '../messages-en';
import { vi } from '../messages-vi';
import { checkText, type CheckWords, type Form06Check } from './form06-checks';

// The page's messages alone: react-intl's type wants the shell's ids too (app/i18n/ids.d.ts). data-quality-rows.spec.ts
// has the same line: features never import each other, and client/src/shared holds no test helpers.
const asIntlMessages = (messages: object) => messages as IntlConfig['messages'];

const wordsIn = (locale: Locale): CheckWords => {
  const intl = createIntl({ locale, messages: asIntlMessages(locale === 'vi' ? vi : en) });
  return {
    message: (id, values) => intl.formatMessage({ id }, values),
    number: (value) => formatNumber(value, locale),
    date: formatDate,
    english: locale === 'en',
  };
};
const viWords = wordsIn('vi');
const enWords = wordsIn('en');

// Tân Bình district with its wards, Nov 2021: the total row of Form 06 (F2–F8).
const receivedByChannel: Form06Check = {
  identity: 'RECEIVED_BY_CHANNEL',
  rowNumber: null,
  field: null,
  left: { column: 3, value: 45_730 },
  right: [
    { column: 4, value: 4_086 },
    { column: 5, value: 40_392 },
    { column: 6, value: 1_252 },
  ],
  rightSum: 45_730,
  holds: true,
  nextPeriodFrom: null,
};

describe('Form 06 checks in words', () => {
  it("words Tân Bình's Nov 2021 total row in Vietnamese with vi-VN numbers: 45.730 = 4.086 + 40.392 + 1.252", () => {
    expect(checkText(receivedByChannel, '2021-11-30', viWords).line).toBe(
      'Dòng tổng cộng: (3) = (4) + (5) + (6) → 45.730 = 4.086 + 40.392 + 1.252',
    );
    expect(checkText(receivedByChannel, '2021-11-30', enWords).line).toBe(
      'Total row: (3) = (4) + (5) + (6) → 45,730 = 4,086 + 40,392 + 1,252',
    );
  });

  it('names a broken field row and its field, and adds the sum the values fall short of', () => {
    const broken: Form06Check = {
      identity: 'RESOLVED_BY_TIMELINESS',
      rowNumber: 2,
      field: { id: '2', name: 'Chứng thực', nameEn: 'Certification' },
      left: { column: 7, value: 1_090 },
      right: [
        { column: 8, value: 10 },
        { column: 9, value: 1_070 },
        { column: 10, value: 5 },
      ],
      rightSum: 1_085,
      holds: false,
      nextPeriodFrom: null,
    };
    expect(checkText(broken, '2021-11-30', viWords).line).toBe(
      'Dòng 2 (Chứng thực): (7) = (8) + (9) + (10) → 1.090 ≠ 10 + 1.070 + 5 = 1.085',
    );
    expect(checkText(broken, '2021-11-30', enWords).row).toBe('Row 2 (Certification)');
  });

  it('says the total row is the sum of the field rows without listing every row', () => {
    const totalOfRows: Form06Check = {
      identity: 'TOTAL_OF_ROWS',
      rowNumber: null,
      field: null,
      left: { column: 3, value: 45_730 },
      right: [
        { column: 3, value: 30_000 },
        { column: 3, value: 15_730 },
      ],
      rightSum: 45_730,
      holds: true,
      nextPeriodFrom: null,
    };
    expect(checkText(totalOfRows, '2021-11-30', viWords).line).toBe('Dòng tổng cộng: Cột (3) = tổng của 2 dòng lĩnh vực → 45.730 = 45.730');
    expect(checkText(totalOfRows, '2021-11-30', enWords).identity).toBe('Column (3) = the sum of 2 field rows');
  });

  it('dates the carry-over into the next period dd/MM/yyyy', () => {
    const carried: Form06Check = {
      identity: 'CARRIED_INTO_NEXT_PERIOD',
      rowNumber: null,
      field: null,
      left: { column: 6, value: 0 },
      right: [{ column: 11, value: 0 }],
      rightSum: 0,
      holds: true,
      nextPeriodFrom: '2021-12-01',
    };
    expect(checkText(carried, '2021-11-30', viWords).line).toBe(
      'Dòng tổng cộng: Cột (6) đầu kỳ sau, ngày 01/12/2021 = cột (11) cuối kỳ này, ngày 30/11/2021 → 0 = 0',
    );
  });

  it('leaves the day out of the carry-over, rather than a blank, when the API sends none', () => {
    const undated: Form06Check = {
      identity: 'CARRIED_INTO_NEXT_PERIOD',
      rowNumber: null,
      field: null,
      left: { column: 6, value: 0 },
      right: [{ column: 11, value: 0 }],
      rightSum: 0,
      holds: true,
      nextPeriodFrom: null,
    };
    expect(checkText(undated, '2021-11-30', viWords).line).toBe(
      'Dòng tổng cộng: Cột (6) đầu kỳ sau = cột (11) cuối kỳ này, ngày 30/11/2021 → 0 = 0',
    );
    expect(checkText(undated, '2021-11-30', enWords).identity).toBe(
      'Column (6) at the start of the next period = column (11) at the end of this one, 30/11/2021',
    );
  });

  it('refuses an identity it has no words for instead of wording it as a row identity', () => {
    const unknown = { ...receivedByChannel, identity: 'NEXT_YEAR_IDENTITY' as Form06Check['identity'] };
    expect(() => checkText(unknown, '2021-11-30', viWords)).toThrow('Form 06 identity with no wording: NEXT_YEAR_IDENTITY');
  });

  it('formats the count of identities that hold as a number', () => {
    const intl = createIntl({ locale: 'vi', messages: asIntlMessages(vi) });
    expect(intl.formatMessage({ id: 'form06.checksAllHold' }, { count: 1_016 })).toBe('Cả 1.016 đẳng thức đều đúng.');
  });
});
