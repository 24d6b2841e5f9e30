import {
  bucketLabel,
  orderRows,
  referenceTarget,
  selectedRange,
  toLevelPoints,
  trendPeriod,
  type ReferenceTargetLike,
} from './satisfaction-series';

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

describe('the target line', () => {
  type Target = ReferenceTargetLike & { code: string };
  const index766: Target = { code: 'index766-satisfaction', validFrom: '2022-06-23', validTo: null, campaignCode: null, unit: null };
  const sipas: Target = { code: 'sipas-2030', validFrom: '2030-01-01', validTo: null, campaignCode: null, unit: null };
  const pick = (targets: Target[], from: string, to: string) => {
    const r = referenceTarget(targets, { from, to }, '26995');
    return r && [r.target.code, r.inForce];
  };

  it('draws the target in force on the period’s last day: Decision 766’s 90% for June 2023', () => {
    expect(pick([index766, sipas], '2023-06-01', '2023-06-30')).toEqual(['index766-satisfaction', true]);
  });

  it('draws the next target, dated, before any is in force: Nov 2021 (F10) against 90% from 23/06/2022', () => {
    expect(pick([sipas, index766], '2021-11-01', '2021-11-30')).toEqual(['index766-satisfaction', false]);
  });

  it('counts a target in force on any day of the period, as the API judges the cards: June 2022 has Decision 766 from the 23rd', () => {
    expect(pick([index766], '2022-06-01', '2022-06-30')).toEqual(['index766-satisfaction', true]);
  });

  it('prefers a unit’s own target, leaves out those of units under it and campaign targets, and draws none when every target has ended', () => {
    const own: Target = { ...index766, code: 'ward-95', unit: { code: '26995' } };
    expect(pick([index766, own], '2023-06-01', '2023-06-30')).toEqual(['ward-95', true]);
    const other: Target = { ...index766, code: 'ward-97', unit: { code: '26998' } };
    expect(pick([index766, other], '2023-06-01', '2023-06-30')).toEqual(['index766-satisfaction', true]);
    const campaign: Target = { ...index766, code: 'peak', campaignCode: 'tan-binh-2021-11-peak-month' };
    expect(pick([campaign], '2023-06-01', '2023-06-30')).toBeNull();
    expect(pick([{ ...index766, validTo: '2022-12-31' }], '2023-06-01', '2023-06-30')).toBeNull();
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
