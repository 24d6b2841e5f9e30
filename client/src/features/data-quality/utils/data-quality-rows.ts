/** Shapes the data-quality report for its page: which published figures contradict others, and how to say so. */

import type { DataQualityPageQuery, FigureStatus } from '../../../__generated__/graphql';

export const STATUSES = ['ALL', 'MATCH', 'MISMATCH', 'NOT_COMPUTED'] as const satisfies readonly ('ALL' | FigureStatus)[];
export type StatusFilter = (typeof STATUSES)[number];

type DataQuality = DataQualityPageQuery['dataQuality'];

/** A broken identity as the page's query asks it. */
export type BrokenIdentity = DataQuality['brokenIdentities'][number];

export type FigureLike = Pick<DataQuality['figures'][number], 'key' | 'status' | 'metric'> & {
  /** Unit, scope and period: figures published together about the same thing share them. */
  group?: string;
};

export type IdentityLike = Pick<BrokenIdentity, 'figureKeys'>;

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
  const note = (f: F) => (f.metric.startsWith('identity') && f.group ? byGroup.get(f.group) : undefined);
  return figures.map((f) => ({ ...f, contradiction: byKey.get(f.key) ?? note(f) ?? null }));
}

/** The keys an identity involves, its published note included (F17, F17a, F17b, F18). */
export function contradictionKeys(rows: FlaggedFigure<FigureLike>[], identity: IdentityLike): string[] {
  return rows.filter((r) => r.contradiction === identity).map((r) => r.key);
}

export type BrokenIdentityMessage = `dq.brokenDetail.${BrokenIdentity['kind']}` | `dq.brokenRule.${BrokenIdentity['kind']}`;

export interface BrokenIdentityWords {
  message: (id: BrokenIdentityMessage, values: Record<string, string | number>) => string;
  number: (value: number) => string;
  /** The catalogue's name of a metric. */
  metricName: (key: string) => string;
}

/**
 * A broken identity in words, from its figures: "Giải quyết đúng hạn 6.975 + Giải quyết quá hạn 18 = 6.993 >
 * Đã giải quyết 6.975 (báo cáo 002)", and the rule it breaks.
 */
export function brokenIdentityText(identity: BrokenIdentity, words: BrokenIdentityWords): { detail: string; rule: string } {
  const ids = messagesOf(identity.kind);
  const parts = identity.parts.map((p) => `${words.metricName(p.metric)} ${words.number(p.value)}`).join(' + ');
  const wholeName = words.metricName(identity.whole.metric);
  return {
    detail: words.message(ids.detail, {
      parts,
      sum: identity.sum,
      wholeName,
      whole: identity.whole.value,
      document: identity.whole.sourceDocument,
    }),
    rule: words.message(ids.rule, { parts: identity.partMetrics.map(words.metricName).join(' + '), whole: wholeName }),
  };
}

function messagesOf(kind: BrokenIdentity['kind']): { detail: BrokenIdentityMessage; rule: BrokenIdentityMessage } {
  switch (kind) {
    case 'COMPLETE_SUM':
      return { detail: 'dq.brokenDetail.COMPLETE_SUM', rule: 'dq.brokenRule.COMPLETE_SUM' };
    case 'PARTIAL_SUM_EXCEEDS':
      return { detail: 'dq.brokenDetail.PARTIAL_SUM_EXCEEDS', rule: 'dq.brokenRule.PARTIAL_SUM_EXCEEDS' };
    default: {
      // A kind the schema adds fails to compile here rather than be worded as another kind.
      const unknown: never = kind;
      throw new Error(`Broken identity kind with no wording: ${String(unknown)}`);
    }
  }
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
