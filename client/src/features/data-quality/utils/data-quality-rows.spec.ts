import { createIntl, type IntlConfig } from 'react-intl';
import { formatNumber, type Locale } from '../../../shared/format';
import { en } from '../messages-en';
import { vi } from '../messages-vi';
import {
  brokenIdentityText,
  contradictionKeys,
  filterByStatus,
  flagContradictions,
  type BrokenIdentity,
  type BrokenIdentityWords,
  type FigureLike,
} from './data-quality-rows';

// The page's messages alone: react-intl's type wants the shell's ids too (app/i18n/ids.d.ts). form06-checks.spec.ts
// has the same line: features never import each other, and client/src/shared holds no test helpers.
const asIntlMessages = (messages: object) => messages as IntlConfig['messages'];

const sonTayWards = 'son-tay|DESCENDANTS|2022-01-01|2022-04-30';
const figures: FigureLike[] = [
  { key: 'F15', status: 'MATCH', metric: 'resolved', group: 'son-tay|UNIT|2022-01-01|2022-04-30' },
  { key: 'F17', status: 'MATCH', metric: 'resolved', group: sonTayWards },
  { key: 'F17a', status: 'MATCH', metric: 'onTime', group: sonTayWards },
  { key: 'F17b', status: 'MISMATCH', metric: 'overdue', group: sonTayWards },
  { key: 'F18', status: 'NOT_COMPUTED', metric: 'identityResolvedSplit', group: sonTayWards },
  { key: 'F19', status: 'NOT_COMPUTED', metric: 'topicsRaised', group: 'son-tay|UNIT|2022-05-18|2022-05-18' },
];
// F18 as the API states it: report 002's on time 6.975 + overdue 18 exceed its resolved 6.975.
const broken: BrokenIdentity[] = [
  {
    figureKeys: ['F17', 'F17a', 'F17b'],
    kind: 'PARTIAL_SUM_EXCEEDS',
    partMetrics: ['early', 'onTime', 'overdue'],
    parts: [
      { key: 'F17a', metric: 'onTime', value: 6975, sourceDocument: '002' },
      { key: 'F17b', metric: 'overdue', value: 18, sourceDocument: '002' },
    ],
    sum: 6993,
    whole: { key: 'F17', metric: 'resolved', value: 6975, sourceDocument: '002' },
  },
];

// The catalogue's names (server/src/modules/kpi/metric-catalogue.ts).
const NAMES: Record<Locale, Record<string, string>> = {
  vi: { early: 'Giải quyết trước hạn', onTime: 'Giải quyết đúng hạn', overdue: 'Giải quyết quá hạn', resolved: 'Đã giải quyết' },
  en: { early: 'Resolved early', onTime: 'Resolved on time', overdue: 'Resolved overdue', resolved: 'Resolved' },
};
const wordsIn = (locale: Locale): BrokenIdentityWords => {
  const intl = createIntl({ locale, messages: asIntlMessages(locale === 'vi' ? vi : en) });
  return {
    message: (id, values) => intl.formatMessage({ id }, values),
    number: (value) => formatNumber(value, locale),
    metricName: (key) => NAMES[locale][key] ?? key,
  };
};

describe('data quality rows', () => {
  it("flags the Sơn Tây figures of the contradiction and the report's own note of it (F18), and no other", () => {
    const rows = flagContradictions(figures, broken);
    expect(rows.filter((r) => r.contradiction).map((r) => r.key)).toEqual(['F17', 'F17a', 'F17b', 'F18']);
    expect(contradictionKeys(rows, broken[0])).toEqual(['F17', 'F17a', 'F17b', 'F18']);
    expect(rows.find((r) => r.key === 'F15')?.contradiction).toBeNull();
  });

  it('words F18 from its figures with catalogue names and vi-VN numbers: 6.975 + 18 = 6.993 > 6.975', () => {
    expect(brokenIdentityText(broken[0], wordsIn('vi'))).toEqual({
      detail: 'Giải quyết đúng hạn 6.975 + Giải quyết quá hạn 18 = 6.993 > Đã giải quyết 6.975 (báo cáo 002)',
      rule: 'Quy tắc: Giải quyết trước hạn + Giải quyết đúng hạn + Giải quyết quá hạn không vượt quá Đã giải quyết',
    });
    expect(brokenIdentityText(broken[0], wordsIn('en'))).toEqual({
      detail: 'Resolved on time 6,975 + Resolved overdue 18 = 6,993 > Resolved 6,975 (report 002)',
      rule: 'Rule: Resolved early + Resolved on time + Resolved overdue cannot exceed Resolved',
    });
  });

  it('says a complete split that does not add up is unequal, not larger', () => {
    const complete: BrokenIdentity = {
      ...broken[0],
      kind: 'COMPLETE_SUM',
      parts: [{ key: 'E', metric: 'early', value: 1_000, sourceDocument: '002' }, ...broken[0].parts],
      sum: 7_993,
    };
    expect(brokenIdentityText(complete, wordsIn('vi'))).toEqual({
      detail: 'Giải quyết trước hạn 1.000 + Giải quyết đúng hạn 6.975 + Giải quyết quá hạn 18 = 7.993 ≠ Đã giải quyết 6.975 (báo cáo 002)',
      rule: 'Quy tắc: Đã giải quyết = Giải quyết trước hạn + Giải quyết đúng hạn + Giải quyết quá hạn',
    });
  });

  it('refuses a kind it has no words for instead of wording it as another kind', () => {
    const unknown = { ...broken[0], kind: 'NEXT_YEAR_KIND' as BrokenIdentity['kind'] };
    expect(() => brokenIdentityText(unknown, wordsIn('vi'))).toThrow('Broken identity kind with no wording: NEXT_YEAR_KIND');
  });

  it("formats the summary's counts as numbers", () => {
    const intl = createIntl({ locale: 'vi', messages: asIntlMessages(vi) });
    expect(intl.formatMessage({ id: 'dq.summary' }, { total: 1_234, match: 1_200, mismatch: 4, notComputed: 30 })).toBe(
      '1.234 số liệu: 1.200 khớp, 4 lệch, 30 không tính được từ dữ liệu',
    );
  });

  it('lists contradicting figures under "mismatch" even when each matches the records', () => {
    const rows = flagContradictions(figures, broken);
    expect(filterByStatus(rows, 'MISMATCH').map((r) => r.key)).toEqual(['F17', 'F17a', 'F17b', 'F18']);
    expect(filterByStatus(rows, 'NOT_COMPUTED').map((r) => r.key)).toEqual(['F18', 'F19']);
    expect(filterByStatus(rows, 'ALL')).toHaveLength(6);
  });
});
