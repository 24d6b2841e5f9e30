import { contradictionKeys, countByStatus, filterByStatus, flagContradictions } from './data-quality-rows';

const sonTayWards = 'son-tay|DESCENDANTS|2022-01-01|2022-04-30';
const figures = [
  { key: 'F15', status: 'MATCH', metric: 'resolved', group: 'son-tay|UNIT|2022-01-01|2022-04-30' },
  { key: 'F17', status: 'MATCH', metric: 'resolved', group: sonTayWards },
  { key: 'F17a', status: 'MATCH', metric: 'onTime', group: sonTayWards },
  { key: 'F17b', status: 'MISMATCH', metric: 'overdue', group: sonTayWards },
  { key: 'F18', status: 'NOT_COMPUTED', metric: 'identityResolvedSplit', group: sonTayWards },
  { key: 'F19', status: 'NOT_COMPUTED', metric: 'topicsRaised', group: 'son-tay|UNIT|2022-05-18|2022-05-18' },
];
const broken = [
  {
    figureKeys: ['F17', 'F17a', 'F17b'],
    rule: 'early + on time + overdue ≤ resolved',
    detail: 'onTime 6975 + overdue 18 = 6993 > resolved 6975 (002)',
  },
];

describe('data quality rows', () => {
  it("flags the Sơn Tây figures of the contradiction and the report's own note of it (F18), and no other", () => {
    const rows = flagContradictions(figures, broken);
    expect(rows.filter((r) => r.contradiction).map((r) => r.key)).toEqual(['F17', 'F17a', 'F17b', 'F18']);
    expect(contradictionKeys(rows, broken[0])).toEqual(['F17', 'F17a', 'F17b', 'F18']);
    expect(rows.find((r) => r.key === 'F15')?.contradiction).toBeNull();
  });

  it('counts figures per status', () => {
    expect(countByStatus(figures)).toEqual({ MATCH: 3, MISMATCH: 1, NOT_COMPUTED: 2 });
  });

  it('lists contradicting figures under "mismatch" even when each matches the records', () => {
    const rows = flagContradictions(figures, broken);
    expect(filterByStatus(rows, 'MISMATCH').map((r) => r.key)).toEqual(['F17', 'F17a', 'F17b', 'F18']);
    expect(filterByStatus(rows, 'NOT_COMPUTED').map((r) => r.key)).toEqual(['F18', 'F19']);
    expect(filterByStatus(rows, 'ALL')).toHaveLength(6);
  });
});
