import {
  answerCategory,
  countIfReported,
  isPartialSum,
  opinionCount,
  placement,
  publishedCount,
  soleCountWords,
  shortLabel,
  sortMeetings,
  toBreakdownRows,
  toOpinionBars,
} from './opinion-rows';

interface AuthorityRow {
  authorityLevel: string | null;
  meetings: number;
  opinions: number | null;
  opinionsItemised: number;
  meetingsWithUnknownOpinionCount: number;
}

// Tân Bình (district + 15 wards), Nov 2021, opinions by authority level as the API gives them (F13).
const byAuthority: AuthorityRow[] = [
  { authorityLevel: 'COMMUNE', meetings: 13, opinions: 120, opinionsItemised: 120, meetingsWithUnknownOpinionCount: 0 },
  { authorityLevel: null, meetings: 2, opinions: null, opinionsItemised: 12, meetingsWithUnknownOpinionCount: 1 },
  { authorityLevel: 'DISTRICT', meetings: 3, opinions: 3, opinionsItemised: 3, meetingsWithUnknownOpinionCount: 0 },
];
const describeAuthority = (r: AuthorityRow) => ({
  key: r.authorityLevel ?? 'none',
  label: r.authorityLevel ?? 'not reported',
  notReported: r.authorityLevel === null,
});

const meeting = (over: Partial<Parameters<typeof sortMeetings>[0][number]>) => ({
  id: '1',
  kind: 'PEOPLES_CONFERENCE',
  heldOn: null,
  placedOn: '2021-11-29',
  unit: { code: '26977', name: 'Phường 1', level: 'COMMUNE' },
  attendees: null,
  businesses: null,
  neighbourhoods: null,
  opinionCount: null,
  opinionCountText: null,
  ...over,
});

describe('opinion counts', () => {
  it('keeps an unknown count unknown, with the itemised opinions as a lower bound — never 0', () => {
    expect(opinionCount({ opinions: 12, opinionsItemised: 12 })).toEqual({ kind: 'exact', value: 12 });
    expect(opinionCount({ opinions: null, opinionsItemised: 123 })).toEqual({ kind: 'atLeast', value: 123 });
    expect(opinionCount({ opinions: null, opinionsItemised: 0 })).toEqual({ kind: 'unknown' });
  });

  it('reads the published words "more than 9" (F12) and says "not reported" for no count at all (F28)', () => {
    expect(publishedCount({ opinionCount: null, opinionCountText: 'more than 9' })).toEqual({ kind: 'moreThan', value: 9 });
    expect(publishedCount({ opinionCount: null, opinionCountText: 'hơn 9' })).toEqual({ kind: 'moreThan', value: 9 });
    expect(publishedCount({ opinionCount: null, opinionCountText: 'about 20' })).toEqual({ kind: 'about', value: 20 });
    expect(publishedCount({ opinionCount: null, opinionCountText: 'many' })).toEqual({ kind: 'text', text: 'many' });
    expect(publishedCount({ opinionCount: null, opinionCountText: null })).toEqual({ kind: 'notReported' });
    expect(publishedCount({ opinionCount: 8, opinionCountText: null })).toEqual({ kind: 'exact', value: 8 });
  });
});

describe('breakdown rows', () => {
  it('lists ward authority 120, district 3, then the not-reported group last (F13)', () => {
    const rows = toBreakdownRows(byAuthority, describeAuthority);
    expect(rows.map((r) => [r.key, r.count])).toEqual([
      ['COMMUNE', { kind: 'exact', value: 120 }],
      ['DISTRICT', { kind: 'exact', value: 3 }],
      ['none', { kind: 'atLeast', value: 12 }],
    ]);
  });

  it('follows a given order (months, a fixed list) instead of size', () => {
    const months = [
      { month: '2021-11-01', meetings: 1, opinions: 1, opinionsItemised: 1, meetingsWithUnknownOpinionCount: 0 },
      { month: '2021-10-01', meetings: 1, opinions: 9, opinionsItemised: 9, meetingsWithUnknownOpinionCount: 0 },
    ];
    const rows = toBreakdownRows(months, (r) => ({ key: r.month, label: r.month, notReported: false, order: r.month }));
    expect(rows.map((r) => r.key)).toEqual(['2021-10-01', '2021-11-01']);
  });

  it('marks a lower bound on its bar and draws no bar for a count nobody published', () => {
    const rows = toBreakdownRows(
      [
        ...byAuthority,
        { authorityLevel: 'PROVINCE', meetings: 1, opinions: null, opinionsItemised: 0, meetingsWithUnknownOpinionCount: 1 },
      ],
      describeAuthority,
    );
    expect(toOpinionBars(rows, (label) => `${label} (at least)`)).toEqual([
      { key: 'COMMUNE', label: 'COMMUNE', value: 120, lowerBound: false },
      { key: 'DISTRICT', label: 'DISTRICT', value: 3, lowerBound: false },
      { key: 'none', label: 'not reported (at least)', value: 12, lowerBound: true },
    ]);
  });
});

describe('chart labels', () => {
  it('cuts a long topic at a word for the axis and keeps a short one whole', () => {
    const topic = 'Khó khăn, vướng mắc của doanh nghiệp khi hoạt động trở lại sau thời gian dài tạm ngưng hoạt động do dịch bệnh';
    expect(shortLabel(topic)).toBe('Khó khăn, vướng mắc của doanh nghiệp khi hoạt…');
    expect(shortLabel('Vệ sinh môi trường')).toBe('Vệ sinh môi trường');
  });
});

describe('meetings', () => {
  it('says an undated meeting counts on the last day of its report period, and a dated one on its day', () => {
    expect(placement({ heldOn: null, placedOn: '2021-11-30', placement: 'REPORT_PERIOD_END' })).toEqual({
      kind: 'reportPeriodEnd',
      day: '2021-11-30',
    });
    expect(placement({ heldOn: '2023-06-02', placedOn: '2023-06-02', placement: 'HELD_ON' })).toEqual({
      kind: 'heldOn',
      day: '2023-06-02',
    });
    expect(placement({ heldOn: null, placedOn: null, placement: 'UNPLACED' })).toEqual({ kind: 'unplaced' });
  });

  it('orders meetings by day, district before wards, Phường 2 before Phường 10', () => {
    const sorted = sortMeetings([
      meeting({ id: '12', unit: { code: '26992', name: 'Phường 10', level: 'COMMUNE' } }),
      meeting({ id: '2', placedOn: '2021-11-30', unit: { code: '766', name: 'Quận Tân Bình', level: 'DISTRICT' } }),
      meeting({ id: '4', unit: { code: '26965', name: 'Phường 2', level: 'COMMUNE' } }),
      meeting({
        id: '1',
        placedOn: '2021-11-30',
        kind: 'BUSINESS_DIALOGUE',
        unit: { code: '766', name: 'Quận Tân Bình', level: 'DISTRICT' },
      }),
    ]);
    expect(sorted.map((m) => m.id)).toEqual(['4', '12', '1', '2']);
  });

  it('reads the one published count of a row without itemised opinions (F12: "more than 9"), and nothing else', () => {
    const row = { opinionsItemised: 0, meetingsWithUnknownOpinionCount: 1, opinionCountWords: ['more than 9'] };
    expect(soleCountWords(row)).toEqual({ kind: 'moreThan', value: 9 });
    expect(soleCountWords({ ...row, opinionsItemised: 3 })).toBeNull();
    expect(soleCountWords({ ...row, meetingsWithUnknownOpinionCount: 2, opinionCountWords: ['more than 9', 'about 5'] })).toBeNull();
    // A meeting that gave no count at all (F28) has no words to read.
    expect(soleCountWords({ ...row, opinionCountWords: [] })).toBeNull();
  });

  it('flags a sum that only some meetings reported (F13: 929 attendees from all 13 conferences is whole)', () => {
    expect(isPartialSum({ value: 929, reportedBy: 13 }, 13)).toBe(false);
    expect(isPartialSum({ value: 50, reportedBy: 1 }, 2)).toBe(true);
    expect(isPartialSum({ value: null, reportedBy: 0 }, 2)).toBe(false);
  });
});

describe('answered on the spot or referred', () => {
  it('names each follow-up the sources give', () => {
    expect(answerCategory(true, 'ANSWERED')).toBe('ON_SPOT');
    expect(answerCategory(null, 'ANSWERED')).toBe('ANSWERED');
    expect(answerCategory(null, 'REFERRED')).toBe('REFERRED');
    expect(answerCategory(false, 'ANSWERED')).toBe('LATER');
    expect(answerCategory(false, 'OPEN')).toBe('OPEN');
    expect(answerCategory(null, null)).toBe('NOT_REPORTED');
  });
});

describe('counts of an attribute nobody reported', () => {
  it('says "not reported" instead of 0 when the attribute rate is missing (ward conferences: on the spot unknown)', () => {
    expect(countIfReported(0, null)).toBeNull();
    expect(countIfReported(0, 0)).toBe(0);
    expect(countIfReported(12, 1)).toBe(12);
  });
});
