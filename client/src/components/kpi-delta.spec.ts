import { kpiDelta } from './kpi-delta';

describe('change since the previous period', () => {
  it('calls more early resolutions better and more overdue ones worse', () => {
    expect(kpiDelta(823, 700, { unit: 'COUNT', direction: 'HIGHER_IS_BETTER' })).toEqual({
      difference: 123,
      relative: 123 / 700,
      tone: 'better',
    });
    expect(kpiDelta(5, 2, { unit: 'COUNT', direction: 'LOWER_IS_BETTER' })?.tone).toBe('worse');
    expect(kpiDelta(0, 2, { unit: 'COUNT', direction: 'LOWER_IS_BETTER' })?.tone).toBe('better');
  });

  it('does not judge neutral counts such as dossiers received', () => {
    expect(kpiDelta(45730, 21958 + 1252, { unit: 'COUNT', direction: 'NEUTRAL' })?.tone).toBe('changed');
  });

  it('treats a rate change below 0,01 point as unchanged', () => {
    expect(kpiDelta(0.99317, 0.99312, { unit: 'RATE', direction: 'HIGHER_IS_BETTER' })).toEqual({
      difference: 0,
      relative: null,
      tone: 'unchanged',
    });
    expect(kpiDelta(1, 0.9799, { unit: 'RATE', direction: 'HIGHER_IS_BETTER' })?.tone).toBe('better');
  });

  it('has no relative change from zero and no change at all when a rate has no denominator', () => {
    expect(kpiDelta(10, 0, { unit: 'COUNT', direction: 'NEUTRAL' })?.relative).toBeNull();
    expect(kpiDelta(null, 0.98, { unit: 'RATE', direction: 'HIGHER_IS_BETTER' })).toBeNull();
  });
});
