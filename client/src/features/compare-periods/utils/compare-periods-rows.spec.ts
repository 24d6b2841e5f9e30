import {
  chartMetrics,
  extraPeriodsParam,
  presetAllowed,
  presetsParam,
  readAsOf,
  readComparison,
  readExtraPeriods,
  readPresets,
  toGroupedPoints,
  toPeriodColumns,
  toPeriodDeltaRows,
  type ApiComparison,
} from './compare-periods-rows';

// Tân Bình (district + 15 wards), November 2021 against October 2021 and November 2020, as comparePeriods gives it.
const comparison: ApiComparison = {
  asOf: null,
  base: {
    label: 'BASE',
    preset: null,
    period: { from: '2021-11-01', to: '2021-11-30', days: 30, name: { kind: 'MONTH', year: 2021, index: 11, convention: 'CALENDAR' } },
    deltas: [],
    kpi: { receivedTotal: 45730, overdue: 0, onTimeRate: 1 },
  },
  compared: [
    {
      label: 'PREVIOUS_PERIOD',
      preset: 'PREVIOUS_PERIOD',
      period: { from: '2021-10-01', to: '2021-10-31', name: { kind: 'MONTH', year: 2021, index: 10, convention: 'CALENDAR' } },
      kpi: {},
      deltas: [
        { metric: 'receivedTotal', value: 23207, baseValue: 45730, difference: -22523, relativeChange: -0.4925, baseIsBetter: null },
        { metric: 'overdue', value: 441, baseValue: 0, difference: 441, relativeChange: null, baseIsBetter: true },
        { metric: 'onTimeRate', value: 0.98, baseValue: 1, difference: -0.02, relativeChange: -0.02, baseIsBetter: true },
      ],
    },
    {
      label: 'PERIOD_1',
      preset: null,
      period: { from: '2020-11-01', to: '2020-11-30', name: null },
      kpi: {},
      deltas: [
        { metric: 'receivedTotal', value: 28093, baseValue: 45730, difference: -17637, relativeChange: -0.3857, baseIsBetter: null },
        { metric: 'onTimeRate', value: null, baseValue: 1, difference: null, relativeChange: null, baseIsBetter: null },
      ],
    },
  ],
};

describe('period columns', () => {
  it('puts the base first, then the compared periods in the API order, telling presets from extra periods', () => {
    const columns = toPeriodColumns(comparison);
    expect(columns.map((c) => [c.label, c.isBase, c.preset, c.extra])).toEqual([
      ['BASE', true, null, null],
      ['PREVIOUS_PERIOD', false, 'PREVIOUS_PERIOD', null],
      ['PERIOD_1', false, null, 1],
    ]);
    expect(columns[1].period.name?.index).toBe(10);
  });
});

describe('metric rows with the API deltas', () => {
  it("gives 45 730 in the base column and October's value with its difference (October − November = −22 523)", () => {
    const rows = toPeriodDeltaRows(comparison);
    expect(rows.map((r) => r.metric)).toEqual(['receivedTotal', 'overdue', 'onTimeRate']);
    expect(rows[0].base).toBe(45730);
    expect(rows[0].cells[0]).toEqual({ value: 23207, difference: -22523, relativeChange: -0.4925, baseIsBetter: null });
    expect(rows[0].cells[1].difference).toBe(-17637);
  });

  it('keeps the API judgement: 441 overdue in October makes November the better period', () => {
    expect(toPeriodDeltaRows(comparison)[1].cells[0].baseIsBetter).toBe(true);
  });

  it('leaves a cell empty (not 0) where a period has no delta for the metric', () => {
    const overdue = toPeriodDeltaRows(comparison)[1];
    expect(overdue.cells[1]).toEqual({ value: null, difference: null, relativeChange: null, baseIsBetter: null });
  });
});

describe('grouped chart', () => {
  it('draws the chosen metric first, then its group', () => {
    expect(chartMetrics('overdue')).toEqual(['overdue', 'resolved', 'early', 'onTime', 'sameDay']);
    expect(chartMetrics('somethingElse')).toEqual(['somethingElse']);
  });

  it('gives one group per metric with one bar per period: p0 the base, p1… the compared ones', () => {
    const points = toGroupedPoints(toPeriodDeltaRows(comparison), ['receivedTotal', 'onTimeRate'], (m) => m.toUpperCase());
    expect(points).toEqual([
      { label: 'RECEIVEDTOTAL', metric: 'receivedTotal', p0: 45730, p1: 23207, p2: 28093 },
      { label: 'ONTIMERATE', metric: 'onTimeRate', p0: 1, p1: 0.98, p2: null },
    ]);
  });
});

describe('choices in the URL', () => {
  it('reads presets in order, the default when absent and none when "none"', () => {
    expect(readPresets(new URLSearchParams('against=SAME_PERIOD_LAST_YEAR,PREVIOUS_PERIOD,BOGUS'))).toEqual([
      'SAME_PERIOD_LAST_YEAR',
      'PREVIOUS_PERIOD',
    ]);
    expect(readPresets(new URLSearchParams(''))).toEqual(['PREVIOUS_PERIOD', 'SAME_PERIOD_LAST_YEAR']);
    expect(readPresets(new URLSearchParams('against=none'))).toEqual([]);
    expect(presetsParam([])).toBe('none');
    expect(presetsParam(['REPORTING_WINDOW'])).toBe('REPORTING_WINDOW');
  });

  it('round-trips extra periods and drops reversed, impossible or repeated ones', () => {
    const params = new URLSearchParams(
      'periods=2021-09-01..2021-09-30,2021-12-01..2021-11-30,2021-02-30..2021-03-01,2021-09-01..2021-09-30',
    );
    const periods = readExtraPeriods(params);
    expect(periods).toEqual([{ from: '2021-09-01', to: '2021-09-30' }]);
    expect(extraPeriodsParam(periods)).toBe('2021-09-01..2021-09-30');
    expect(extraPeriodsParam([])).toBeUndefined();
  });

  it('reads asOf only when it is a real day', () => {
    expect(readAsOf(new URLSearchParams('asOf=2021-11-10'))).toBe('2021-11-10');
    expect(readAsOf(new URLSearchParams('asOf=2021-11-31'))).toBeNull();
  });
});

describe('which presets a base period allows', () => {
  it('offers the reporting window of a calendar month and the calendar month of a reporting window only', () => {
    expect(presetAllowed('REPORTING_WINDOW', { from: '2021-11-01', to: '2021-11-30' })).toBe(true);
    expect(presetAllowed('REPORTING_WINDOW', { from: '2021-11-15', to: '2021-11-20' })).toBe(false);
    expect(presetAllowed('CALENDAR_PERIOD', { from: '2021-10-15', to: '2021-11-14' })).toBe(true);
    expect(presetAllowed('CALENDAR_PERIOD', { from: '2021-11-01', to: '2021-11-30' })).toBe(false);
    expect(presetAllowed('PREVIOUS_PERIOD', { from: '2021-11-15', to: '2021-11-20' })).toBe(true);
  });

  it('asks the presets the base allows; with none left and no period of its own, the defaults, shown ticked', () => {
    const month = { from: '2021-11-01', to: '2021-11-30' };
    const odd = { from: '2021-11-15', to: '2021-11-20' };
    const windowOnly = new URLSearchParams('against=REPORTING_WINDOW&asOf=2021-11-10');
    expect(readComparison(windowOnly, month)).toEqual({
      shown: ['REPORTING_WINDOW'],
      against: ['REPORTING_WINDOW'],
      extras: [],
      asOf: '2021-11-10',
    });
    // 15–20 Nov is no calendar month: the window is kept in the URL, not asked, and the defaults stand in.
    expect(readComparison(windowOnly, odd)).toEqual({
      shown: ['REPORTING_WINDOW', 'PREVIOUS_PERIOD', 'SAME_PERIOD_LAST_YEAR'],
      against: ['PREVIOUS_PERIOD', 'SAME_PERIOD_LAST_YEAR'],
      extras: [],
      asOf: '2021-11-10',
    });
    // A period of one's own is enough to compare with: nothing is added.
    expect(readComparison(new URLSearchParams('against=REPORTING_WINDOW&periods=2021-09-01..2021-09-30'), odd)).toEqual({
      shown: ['REPORTING_WINDOW'],
      against: [],
      extras: [{ from: '2021-09-01', to: '2021-09-30' }],
      asOf: null,
    });
  });
});
