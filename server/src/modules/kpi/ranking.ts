import type { MetricDirection } from './metric-catalogue';

/**
 * Competition ranks ("1, 2, 2, 4") of values by a catalogue direction: HIGHER_IS_BETTER ranks high
 * values first, LOWER_IS_BETTER low values first, NEUTRAL (volumes such as receivedTotal) high
 * values first. Equal values share a rank; a null value (a rate without denominator) gets none.
 */
export function rankValues(values: readonly (number | null)[], direction: MetricDirection): (number | null)[] {
  const sign = direction === 'LOWER_IS_BETTER' ? 1 : -1;
  const ranked = values
    .map((value, index) => ({ value, index }))
    .filter((v): v is { value: number; index: number } => v.value !== null && !Number.isNaN(v.value))
    .sort((a, b) => sign * (a.value - b.value) || a.index - b.index);
  const ranks: (number | null)[] = values.map(() => null);
  ranked.forEach((v, position) => {
    const before = ranked[position - 1];
    ranks[v.index] = before && before.value === v.value ? ranks[before.index] : position + 1;
  });
  return ranks;
}

/**
 * The same competition ranks counted from the worst end: 1 = the worst value by the direction (a
 * NEUTRAL volume: the smallest). Equal values share it; a null value gets none. Ranks the bottom
 * of a list as rankValues ranks its top, ties included.
 */
export function rankValuesFromBottom(values: readonly (number | null)[], direction: MetricDirection): (number | null)[] {
  return rankValues(values, direction === 'LOWER_IS_BETTER' ? 'HIGHER_IS_BETTER' : 'LOWER_IS_BETTER');
}

/** Places moved since the previous period: positive = moved up (3rd → 1st is +2); null without both ranks. */
export function rankChange(rank: number | null, previousRank: number | null): number | null {
  return rank === null || previousRank === null ? null : previousRank - rank;
}

/** Ranked first by rank, unranked last; then by the tie-breaker (e.g. the unit's name). */
export function byRank<T>(rankOf: (item: T) => number | null, tieBreak: (a: T, b: T) => number): (a: T, b: T) => number {
  return (a, b) => {
    const [ra, rb] = [rankOf(a), rankOf(b)];
    if (ra !== rb) return ra === null ? 1 : rb === null ? -1 : ra - rb;
    return tieBreak(a, b);
  };
}

/** How many ranked values share each one's rank (16 desks all at 100%: 16 each); null where there is no rank. */
export function tieSizes(ranks: readonly (number | null)[]): (number | null)[] {
  const size = new Map<number, number>();
  for (const r of ranks) if (r !== null) size.set(r, (size.get(r) ?? 0) + 1);
  return ranks.map((r) => (r === null ? null : size.get(r)!));
}
