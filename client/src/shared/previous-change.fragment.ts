import { graphql } from '../__generated__';
import type { PreviousChangeFragment } from '../__generated__/graphql';

/**
 * Each figure's change since the previous period, as comparePeriods gives it for PREVIOUS_PERIOD: the KPI
 * cards ask it beside their figures, so that "the previous period" (a reporting window steps back a window)
 * and the change itself are the API's, as on the compare-periods page.
 */
export const PreviousChange = graphql(`
  fragment PreviousChange on PeriodComparison {
    compared {
      period {
        from
        to
      }
      deltas {
        metric
        baseChange
        baseRelativeChange
        baseIsBetter
      }
    }
  }
`);

/** A figure's change since the previous period (baseChange, baseRelativeChange, baseIsBetter: see the schema). */
export type MetricChange = Omit<PreviousChangeFragment['compared'][number]['deltas'][number], 'metric'>;

/** The previous period and each metric's change since it; null until the comparison is in. */
export function previousChanges(
  comparison: PreviousChangeFragment | null | undefined,
): { period: { from: string; to: string }; byMetric: Map<string, MetricChange> } | null {
  const previous = comparison?.compared[0];
  if (!previous) return null;
  return { period: previous.period, byMetric: new Map(previous.deltas.map((d) => [d.metric, d])) };
}
