import { bucketLabel, orderRows, selectedRange, thresholdFromDescription, toLevelPoints, trendPeriod } from './satisfaction-series';

const SATISFACTION_DESCRIPTION = '(very satisfied + satisfied) / ratings; full index points at ≥ 90%, SIPAS target 95% by 2030';

describe('satisfaction over time', () => {
  it('puts months in time order with their levels and the API rate (Nov 2021: 65.334 ratings, 99,32%)', () => {
    const points = toLevelPoints(
      [
        {
          periodStart: '2021-11-01',
          periodEnd: '2021-11-30',
          ratings: 65334,
          ratingsVerySatisfied: 0,
          ratingsSatisfied: 64888,
          ratingsNeutral: 394,
          ratingsDissatisfied: 52,
          satisfactionRate: 0.99317353904552,
        },
        {
          periodStart: '2021-10-01',
          periodEnd: '2021-10-31',
          ratings: 7652,
          ratingsVerySatisfied: 0,
          ratingsSatisfied: 7577,
          ratingsNeutral: 52,
          ratingsDissatisfied: 23,
          satisfactionRate: 0.9901986408782018,
        },
      ],
      'MONTH',
    );
    expect(points.map((p) => [p.label, p.ratings, p.ratingsSatisfied, p.satisfactionRate])).toEqual([
      ['10/2021', 7652, 7577, 0.9901986408782018],
      ['11/2021', 65334, 64888, 0.99317353904552],
    ]);
  });

  it('labels buckets by grain', () => {
    expect(bucketLabel('2021-10-01', 'QUARTER')).toBe('Q4/2021');
    expect(bucketLabel('2021-01-01', 'YEAR')).toBe('2021');
    expect(bucketLabel('2021-11-15', 'WEEK')).toBe('15/11/2021');
    expect(bucketLabel('2021-11-01', 'MONTH')).toBe('11/2021');
  });

  it('shows one month among the eleven before it, and a longer period as it is', () => {
    expect(trendPeriod({ from: '2021-11-01', to: '2021-11-30' }, 'MONTH')).toEqual({ from: '2020-12-01', to: '2021-11-30' });
    expect(trendPeriod({ from: '2021-01-01', to: '2021-12-31' }, 'MONTH')).toEqual({ from: '2021-01-01', to: '2021-12-31' });
    expect(trendPeriod({ from: '2021-11-01', to: '2021-11-30' }, 'QUARTER')).toEqual({ from: '2020-01-01', to: '2021-11-30' });
    expect(trendPeriod({ from: '2021-11-01', to: '2021-11-30' }, 'YEAR')).toEqual({ from: '2017-01-01', to: '2021-11-30' });
    expect(trendPeriod({ from: '2021-11-15', to: '2021-11-20' }, 'WEEK')).toEqual({ from: '2021-08-29', to: '2021-11-20' });
    expect(trendPeriod({ from: '2021-11-01', to: '2021-11-30' }, 'DAY')).toEqual({ from: '2021-11-01', to: '2021-11-30' });
  });

  it('finds the buckets of the chosen period among those shown', () => {
    const points = [
      { label: '10/2021', start: '2021-10-01', end: '2021-10-31' },
      { label: '11/2021', start: '2021-11-01', end: '2021-11-30' },
      { label: '12/2021', start: '2021-12-01', end: '2021-12-31' },
    ];
    expect(selectedRange(points, { from: '2021-11-01', to: '2021-11-30' })).toEqual({ from: '11/2021', to: '11/2021' });
    expect(selectedRange(points, { from: '2021-10-15', to: '2021-11-14' })).toEqual({ from: '10/2021', to: '11/2021' });
    expect(selectedRange(points, { from: '2022-01-01', to: '2022-01-31' })).toBeNull();
  });
});

describe('the catalogue threshold', () => {
  it('reads 90% (full index points) from the satisfaction rate description', () => {
    expect(thresholdFromDescription(SATISFACTION_DESCRIPTION)).toBe(0.9);
    expect(thresholdFromDescription('Resolved the same day / resolved')).toBeNull();
    expect(thresholdFromDescription(undefined)).toBeNull();
  });
});

describe('the bars in the table order', () => {
  it('sorts by rate descending with units without ratings last, or by name as Vietnamese reads', () => {
    const rows = [
      { name: 'Phường 10', satisfactionRate: 0.99 },
      { name: 'Phường 2', satisfactionRate: null },
      { name: 'Phường 1', satisfactionRate: 0.995 },
    ];
    expect(orderRows(rows, { id: 'satisfactionRate', desc: true }, 'vi').map((r) => r.name)).toEqual(['Phường 1', 'Phường 10', 'Phường 2']);
    expect(orderRows(rows, { id: 'satisfactionRate', desc: false }, 'vi').map((r) => r.name)).toEqual([
      'Phường 10',
      'Phường 1',
      'Phường 2',
    ]);
    expect(orderRows(rows, { id: 'name', desc: false }, 'vi').map((r) => r.name)).toEqual(['Phường 1', 'Phường 2', 'Phường 10']);
  });
});
