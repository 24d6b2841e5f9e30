import { byRank, rankChange, rankValues, rankValuesFromBottom, tieSizes } from './ranking';

describe('ranking', () => {
  it('ranks high values first when higher is better, and equal values share a rank', () => {
    expect(rankValues([0.9, 1, 0.95, 1, 0.8], 'HIGHER_IS_BETTER')).toEqual([4, 1, 3, 1, 5]);
  });

  it('ranks low values first when lower is better', () => {
    expect(rankValues([3, 0, 7, 0], 'LOWER_IS_BETTER')).toEqual([3, 1, 4, 1]);
  });

  it('ranks volumes (neutral metrics) largest first', () => {
    expect(rankValues([120, 4000, 560], 'NEUTRAL')).toEqual([3, 1, 2]);
  });

  it('gives no rank to a null value and does not count it', () => {
    expect(rankValues([null, 0.5, null, 0.7], 'HIGHER_IS_BETTER')).toEqual([null, 2, null, 1]);
    expect(rankValues([], 'HIGHER_IS_BETTER')).toEqual([]);
  });

  it('ranks from the worst end as well, ties sharing a place: the lowest rate, the highest overdue rate, the smallest volume', () => {
    expect(rankValuesFromBottom([0.9, 1, 0.95, 1, 0.8], 'HIGHER_IS_BETTER')).toEqual([2, 4, 3, 4, 1]);
    expect(rankValuesFromBottom([3, 0, 7, 0], 'LOWER_IS_BETTER')).toEqual([2, 3, 1, 3]);
    expect(rankValuesFromBottom([120, 4000, 560], 'NEUTRAL')).toEqual([1, 3, 2]);
    expect(rankValuesFromBottom([null, 0.5, null, 0.7], 'HIGHER_IS_BETTER')).toEqual([null, 1, null, 2]);
  });

  it('counts a move up as positive and needs both ranks', () => {
    expect(rankChange(1, 3)).toBe(2);
    expect(rankChange(4, 2)).toBe(-2);
    expect(rankChange(2, 2)).toBe(0);
    expect(rankChange(null, 2)).toBeNull();
    expect(rankChange(1, null)).toBeNull();
  });

  it('orders unranked rows last and ties by the tie-breaker', () => {
    const rows = [
      { name: 'C', rank: null },
      { name: 'B', rank: 1 },
      { name: 'A', rank: 1 },
      { name: 'D', rank: 3 },
    ];
    const sorted = [...rows].sort(
      byRank(
        (r) => r.rank,
        (a, b) => a.name.localeCompare(b.name),
      ),
    );
    expect(sorted.map((r) => r.name)).toEqual(['A', 'B', 'D', 'C']);
  });
});

describe('tieSizes', () => {
  it('gives each rank how many share it: 16 desks tied at 100% are 16 each; no rank, no size', () => {
    expect(tieSizes(Array.from({ length: 16 }, () => 1))).toEqual(Array.from({ length: 16 }, () => 16));
    expect(tieSizes([1, 2, 2, 4, null])).toEqual([1, 2, 2, 1, null]);
  });
});
