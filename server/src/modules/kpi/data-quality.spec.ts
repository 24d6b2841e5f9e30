import { BrokenIdentityKind, brokenIdentities, FigureStatus, statusCounts, statusOf, type PublishedFigure } from './data-quality';

// Sơn Tây's communes and wards, Jan–Apr 2022, as report 002 published them (F16, F17, F17a, F17b, F18).
const sonTayWards = { sourceDocument: '002', unit: { id: 269 }, scope: 'DESCENDANTS', periodFrom: '2022-01-01', periodTo: '2022-04-30' };
const sonTayTown = { ...sonTayWards, scope: 'UNIT' };
const published: PublishedFigure[] = [
  { ...sonTayTown, key: 'F15', metric: 'resolved', value: '1197.0000' },
  { ...sonTayTown, key: 'F15a', metric: 'onTime', value: '1197.0000' },
  { ...sonTayTown, key: 'F15b', metric: 'overdue', value: '0.0000' },
  { ...sonTayWards, key: 'F16', metric: 'receivedTotal', value: '6977.0000' },
  { ...sonTayWards, key: 'F17', metric: 'resolved', value: '6975.0000' },
  { ...sonTayWards, key: 'F17a', metric: 'onTime', value: '6975.0000' },
  { ...sonTayWards, key: 'F17b', metric: 'overdue', value: '18.0000' },
  { ...sonTayWards, key: 'F18', metric: 'identityResolvedSplit', value: null },
];

describe('data quality rules', () => {
  it('flags F18: on time 6.975 + overdue 18 = 6.993 > resolved 6.975, as figures, not words', () => {
    expect(brokenIdentities(published)).toEqual([
      {
        figureKeys: ['F17', 'F17a', 'F17b'],
        kind: BrokenIdentityKind.PARTIAL_SUM_EXCEEDS,
        partMetrics: ['early', 'onTime', 'overdue'],
        parts: [
          { key: 'F17a', metric: 'onTime', value: 6975, sourceDocument: '002' },
          { key: 'F17b', metric: 'overdue', value: 18, sourceDocument: '002' },
        ],
        sum: 6993,
        whole: { key: 'F17', metric: 'resolved', value: 6975, sourceDocument: '002' },
      },
    ]);
  });

  it('needs every part to sum to the whole once all three are published, and allows less while one is missing', () => {
    const complete = [
      { ...sonTayTown, key: 'R', metric: 'resolved', value: 100 },
      { ...sonTayTown, key: 'E', metric: 'early', value: 10 },
      { ...sonTayTown, key: 'T', metric: 'onTime', value: 80 },
      { ...sonTayTown, key: 'O', metric: 'overdue', value: 5 },
    ];
    expect(brokenIdentities(complete)).toMatchObject([
      { figureKeys: ['R', 'E', 'T', 'O'], kind: BrokenIdentityKind.COMPLETE_SUM, sum: 95 },
    ]);
    expect(brokenIdentities(complete.filter((f) => f.key !== 'E'))).toEqual([]);
  });

  it('compares rates at their published precision and counts nothing it cannot compute', () => {
    expect(statusOf('satisfactionRate', 0.9932, 0.993172)).toBe(FigureStatus.MATCH);
    expect(statusOf('onTime', 6975, 6957)).toBe(FigureStatus.MISMATCH);
    expect(statusOf('topicsRaised', null, null)).toBe(FigureStatus.NOT_COMPUTED);
  });

  it('counts figures by status, and all of them as the total', () => {
    const statuses = [
      FigureStatus.MATCH,
      FigureStatus.MATCH,
      FigureStatus.MISMATCH,
      FigureStatus.NOT_COMPUTED,
      FigureStatus.MATCH,
      FigureStatus.NOT_COMPUTED,
    ];
    expect(statusCounts(statuses.map((status) => ({ status })))).toEqual({ total: 6, match: 3, mismatch: 1, notComputed: 2 });
    expect(statusCounts([])).toEqual({ total: 0, match: 0, mismatch: 0, notComputed: 0 });
  });
});
