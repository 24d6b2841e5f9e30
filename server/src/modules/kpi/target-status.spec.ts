import { outcomeCounts, targetApplies, targetOutcome, trafficLight, type TargetScope } from './target-status';

const NOV_2021 = { from: '2021-11-01', to: '2021-11-30' };
const everywhere: TargetScope = { validFrom: null, validTo: null, unitIds: null, enrolledUnitIds: null };

describe('target status', () => {
  it('meets AT_LEAST at the threshold and misses below it', () => {
    expect(targetOutcome(0.9, 'AT_LEAST', 0.9)).toBe('MET');
    expect(targetOutcome(0.95, 'AT_LEAST', 0.9)).toBe('MET');
    expect(targetOutcome(0.8999, 'AT_LEAST', 0.9)).toBe('MISSED');
  });

  it('meets AT_MOST at the threshold and misses above it (no overdue dossier: overdue ≤ 0)', () => {
    expect(targetOutcome(0, 'AT_MOST', 0)).toBe('MET');
    expect(targetOutcome(1, 'AT_MOST', 0)).toBe('MISSED');
  });

  it('has no data when the metric has no value (a rate without denominator)', () => {
    expect(targetOutcome(null, 'AT_LEAST', 0.9)).toBe('NO_DATA');
  });

  it('lights red on any miss, green when all are met, amber when the rest has no data, grey with nothing to judge', () => {
    expect(trafficLight(['MET', 'MISSED', 'NO_DATA'])).toBe('RED');
    expect(trafficLight(['MET', 'MET'])).toBe('GREEN');
    expect(trafficLight(['MET', 'NO_DATA'])).toBe('AMBER');
    expect(trafficLight(['NO_DATA', 'NO_DATA'])).toBe('GREY');
    expect(trafficLight([])).toBe('GREY');
  });

  it('counts targets met, missed and without data, of all judged', () => {
    expect(outcomeCounts(['MET', 'MISSED', 'NO_DATA', 'MET'])).toEqual({ met: 2, missed: 1, noData: 1, total: 4 });
    expect(outcomeCounts([])).toEqual({ met: 0, missed: 0, noData: 0, total: 0 });
  });

  it('applies a target only while it is in force during the period', () => {
    const index766 = { ...everywhere, validFrom: '2022-06-23' };
    expect(targetApplies(index766, NOV_2021, [1])).toBe(false);
    expect(targetApplies(index766, { from: '2022-06-01', to: '2022-06-30' }, [1])).toBe(true);
    expect(targetApplies({ ...everywhere, validTo: '2021-10-31' }, NOV_2021, [1])).toBe(false);
  });

  it('applies a unit target to the unit and the units under it, and a campaign target to enrolled units', () => {
    const district = { ...everywhere, unitIds: new Set([10, 11, 12]) };
    expect(targetApplies(district, NOV_2021, [11])).toBe(true);
    expect(targetApplies(district, NOV_2021, [20])).toBe(false);
    const campaign = { ...district, enrolledUnitIds: new Set([10, 11]) };
    expect(targetApplies(campaign, NOV_2021, [11])).toBe(true);
    expect(targetApplies(campaign, NOV_2021, [12])).toBe(false);
    // A successor row counts its predecessors: one of them enrolled is enough.
    expect(targetApplies(campaign, NOV_2021, [30, 12, 10])).toBe(true);
  });
});
