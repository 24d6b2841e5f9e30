import { graphql } from '../__generated__';
import type { KpiTargetCheckFragment, TargetOutcome } from '../__generated__/graphql';

/** A target in force on a figure and whether the period met it, as the API judged it (compareUnits' targetStatus). */
export const KpiTargetCheck = graphql(`
  fragment KpiTargetCheck on TargetCheck {
    code
    metric
    comparator
    threshold
    status
    basis
  }
`);

export type KpiTarget = KpiTargetCheckFragment;

/** The mark beside a target's status; the words carry it, the mark and the colour only repeat it. */
export const TARGET_MARK: Record<TargetOutcome, string> = { MET: '✓', MISSED: '✗', NO_DATA: '?' };
