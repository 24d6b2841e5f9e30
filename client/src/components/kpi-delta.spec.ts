import { kpiDelta } from './kpi-delta';

const COUNT = { unit: 'COUNT' } as const;
const RATE = { unit: 'RATE' } as const;

describe("a card's wording of the API's change since the previous period", () => {
  it('takes the size and the verdict from the API: November 2021 against October, 45.730 against 23.207', () => {
    expect(kpiDelta({ baseChange: 22_523, baseRelativeChange: 22_523 / 23_207, baseIsBetter: null }, COUNT)).toEqual({
      difference: 22_523,
      relative: 22_523 / 23_207,
      tone: 'changed',
    });
    expect(kpiDelta({ baseChange: -441, baseRelativeChange: -1, baseIsBetter: true }, COUNT)?.tone).toBe('better');
    expect(kpiDelta({ baseChange: 3, baseRelativeChange: 1.5, baseIsBetter: false }, COUNT)?.tone).toBe('worse');
  });

  it('reads a rate change below 0,01 point as none, and gives rates no relative change', () => {
    expect(kpiDelta({ baseChange: 0.00005 - 1e-9, baseRelativeChange: 0.00005, baseIsBetter: true }, RATE)).toEqual({
      difference: 0,
      relative: null,
      tone: 'unchanged',
    });
    expect(kpiDelta({ baseChange: 0.0201, baseRelativeChange: 0.02, baseIsBetter: true }, RATE)).toEqual({
      difference: 0.0201,
      relative: null,
      tone: 'better',
    });
  });

  it('has no change when the API has none (a rate without ratings), and no relative change from zero', () => {
    expect(kpiDelta({ baseChange: null, baseRelativeChange: null, baseIsBetter: null }, RATE)).toBeNull();
    expect(kpiDelta(undefined, COUNT)).toBeNull();
    expect(kpiDelta({ baseChange: 10, baseRelativeChange: null, baseIsBetter: null }, COUNT)?.relative).toBeNull();
  });
});
