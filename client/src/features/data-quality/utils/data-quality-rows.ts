/** Shapes the data-quality report for its page: which published figures contradict others, counts per status. */

export const STATUSES = ['ALL', 'MATCH', 'MISMATCH', 'NOT_COMPUTED'] as const;
export type StatusFilter = (typeof STATUSES)[number];

export interface FigureLike {
  key: string;
  status: string;
  metric?: string;
  /** Unit, scope and period: figures published together about the same thing share them. */
  group?: string;
}

export interface IdentityLike {
  figureKeys: string[];
  rule: string;
  detail: string;
}

export type FlaggedFigure<F> = F & { contradiction: IdentityLike | null };

/**
 * Every figure, with the broken identity it takes part in, if any: the figures the identity names
 * (F17, F17a, F17b) and the report's own note of the contradiction about the same units and period
 * (F18, an `identity…` metric).
 */
export function flagContradictions<F extends FigureLike>(figures: F[], broken: IdentityLike[]): FlaggedFigure<F>[] {
  const byKey = new Map<string, IdentityLike>();
  const byGroup = new Map<string, IdentityLike>();
  for (const identity of broken) {
    for (const key of identity.figureKeys) if (!byKey.has(key)) byKey.set(key, identity);
    const group = figures.find((f) => f.key === identity.figureKeys[0])?.group;
    if (group && !byGroup.has(group)) byGroup.set(group, identity);
  }
  const note = (f: F) => (f.metric?.startsWith('identity') && f.group ? byGroup.get(f.group) : undefined);
  return figures.map((f) => ({ ...f, contradiction: byKey.get(f.key) ?? note(f) ?? null }));
}

/** The keys an identity involves, its published note included (F17, F17a, F17b, F18). */
export function contradictionKeys(rows: FlaggedFigure<FigureLike>[], identity: IdentityLike): string[] {
  return rows.filter((r) => r.contradiction === identity).map((r) => r.key);
}

/** How many figures have each status. */
export function countByStatus(figures: FigureLike[]): Record<Exclude<StatusFilter, 'ALL'>, number> {
  const counts = { MATCH: 0, MISMATCH: 0, NOT_COMPUTED: 0 };
  for (const f of figures) if (f.status in counts) counts[f.status as keyof typeof counts]++;
  return counts;
}

/**
 * The figures a status filter shows. A contradiction is a problem whatever the figure's own status,
 * so "MISMATCH" also lists figures that contradict each other.
 */
export function filterByStatus<F extends FigureLike & { contradiction: IdentityLike | null }>(figures: F[], status: StatusFilter): F[] {
  if (status === 'ALL') return figures;
  if (status === 'MISMATCH') return figures.filter((f) => f.status === 'MISMATCH' || f.contradiction);
  return figures.filter((f) => f.status === status);
}
