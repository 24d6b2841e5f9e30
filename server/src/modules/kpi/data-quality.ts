import { RATE_KEYS } from './metric-catalogue';

/** Pure rules of the data-quality report: a published figure's status, counts by status, contradictions among published figures. */

export enum FigureStatus {
  /** The facts give the published figure exactly (counts) or to the published precision (rates). */
  MATCH = 'MATCH',
  MISMATCH = 'MISMATCH',
  /** The metric is not one the facts can compute (a meeting count, a text), or no value was published. */
  NOT_COMPUTED = 'NOT_COMPUTED',
}

/** How published parts break "resolved = early + on time + overdue"; the client words it. */
export enum BrokenIdentityKind {
  /** Every part was published and they do not sum to the whole. */
  COMPLETE_SUM = 'COMPLETE_SUM',
  /** Only some parts were published and they already exceed the whole (F18). */
  PARTIAL_SUM_EXCEEDS = 'PARTIAL_SUM_EXCEEDS',
}

export function statusOf(metric: string, reported: number | null, computed: number | null): FigureStatus {
  if (reported === null || computed === null) return FigureStatus.NOT_COMPUTED;
  // Rates are published rounded (99,32% = 0.9932): compare at the published precision.
  const decimals = (RATE_KEYS as readonly string[]).includes(metric) ? (String(reported).split('.')[1]?.length ?? 0) : 0;
  return computed.toFixed(decimals) === reported.toFixed(decimals) ? FigureStatus.MATCH : FigureStatus.MISMATCH;
}

export interface StatusCounts {
  /** Every figure, whatever its status. */
  total: number;
  match: number;
  mismatch: number;
  notComputed: number;
}

/** How many figures have each status: counted here once, so no page counts them again. */
export function statusCounts(figures: { status: FigureStatus }[]): StatusCounts {
  const counts: StatusCounts = { total: figures.length, match: 0, mismatch: 0, notComputed: 0 };
  for (const { status } of figures) {
    switch (status) {
      case FigureStatus.MATCH:
        counts.match++;
        break;
      case FigureStatus.MISMATCH:
        counts.mismatch++;
        break;
      case FigureStatus.NOT_COMPUTED:
        counts.notComputed++;
        break;
      default: {
        const unknown: never = status;
        throw new Error(`Unknown figure status: ${String(unknown)}`);
      }
    }
  }
  return counts;
}

/** A published figure as the identity rule reads it (a ReportedFigure fits). */
export interface PublishedFigure {
  key: string;
  metric: string;
  value?: string | number | null;
  sourceDocument: string;
  unit: { id: number };
  scope: string;
  periodFrom?: string | null;
  periodTo?: string | null;
  campaign?: { id: number } | null;
}

export interface IdentityFigure {
  key: string;
  metric: string;
  value: number;
  sourceDocument: string;
}

export interface BrokenIdentityResult {
  figureKeys: string[];
  kind: BrokenIdentityKind;
  /** Catalogue keys the rule sums, published or not. */
  partMetrics: string[];
  parts: IdentityFigure[];
  sum: number;
  whole: IdentityFigure;
}

const WHOLE = 'resolved';
const PARTS = ['early', 'onTime', 'overdue'];

/** Among figures published for the same units and period: resolved must cover early + on time + overdue. */
export function brokenIdentities(figures: PublishedFigure[]): BrokenIdentityResult[] {
  const groups = new Map<string, PublishedFigure[]>();
  for (const f of figures) {
    if (f.value === null || f.value === undefined) continue;
    const id = [f.unit.id, f.scope, f.periodFrom, f.periodTo, f.campaign?.id ?? ''].join('|');
    groups.set(id, [...(groups.get(id) ?? []), f]);
  }
  const asFigure = (f: PublishedFigure): IdentityFigure => ({
    key: f.key,
    metric: f.metric,
    value: Number(f.value),
    sourceDocument: f.sourceDocument,
  });
  const broken: BrokenIdentityResult[] = [];
  for (const group of groups.values()) {
    const by = (metric: string) => group.find((f) => f.metric === metric);
    const resolved = by(WHOLE);
    const parts = PARTS.map(by).filter((f): f is PublishedFigure => f !== undefined);
    if (!resolved || parts.length < 2) continue;
    const whole = asFigure(resolved);
    const sum = parts.reduce((s, f) => s + Number(f.value), 0);
    const complete = parts.length === PARTS.length;
    if (sum > whole.value || (complete && sum !== whole.value)) {
      broken.push({
        figureKeys: [resolved.key, ...parts.map((p) => p.key)],
        kind: complete ? BrokenIdentityKind.COMPLETE_SUM : BrokenIdentityKind.PARTIAL_SUM_EXCEEDS,
        partMetrics: PARTS,
        parts: parts.map(asFigure),
        sum,
        whole,
      });
    }
  }
  return broken;
}
