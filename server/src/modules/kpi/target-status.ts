import type { LocalDay } from '../../shared/local-day';
import type { Period } from './period';

export type TargetComparatorKey = 'AT_LEAST' | 'AT_MOST';
export type TargetOutcomeKey = 'MET' | 'MISSED' | 'NO_DATA';
export type TrafficLightKey = 'GREEN' | 'AMBER' | 'RED' | 'GREY';

/** Where and when a target applies (the targets table, with its unit and campaign resolved to unit ids). */
export interface TargetScope {
  validFrom: LocalDay | null;
  validTo: LocalDay | null;
  /** The target's unit and every unit under it (a district's commitment binds its wards); null = every unit. */
  unitIds: ReadonlySet<number> | null;
  /** Units enrolled in the target's campaign for days of the period; null = not a campaign target. */
  enrolledUnitIds: ReadonlySet<number> | null;
}

/**
 * A target applies to a row when it is in force on some day of the period, and the row's units (a
 * unit, or a successor with its predecessors) include one within its unit scope and, for a campaign
 * target, one enrolled in the campaign.
 */
export function targetApplies(target: TargetScope, period: Period, rowUnitIds: readonly number[]): boolean {
  if (target.validFrom !== null && target.validFrom > period.to) return false;
  if (target.validTo !== null && target.validTo < period.from) return false;
  if (target.unitIds && !rowUnitIds.some((id) => target.unitIds!.has(id))) return false;
  if (target.enrolledUnitIds && !rowUnitIds.some((id) => target.enrolledUnitIds!.has(id))) return false;
  return true;
}

/** MET or MISSED against the threshold (both inclusive: ≥ for AT_LEAST, ≤ for AT_MOST); NO_DATA when the metric has no value. */
export function targetOutcome(value: number | null, comparator: TargetComparatorKey, threshold: number): TargetOutcomeKey {
  if (value === null || Number.isNaN(value)) return 'NO_DATA';
  const met = comparator === 'AT_LEAST' ? value >= threshold : value <= threshold;
  return met ? 'MET' : 'MISSED';
}

export type OutcomeCounts = Record<'met' | 'missed' | 'noData' | 'total', number>;

/** How many targets were met, missed or could not be judged, of how many. */
export function outcomeCounts(outcomes: readonly TargetOutcomeKey[]): OutcomeCounts {
  const count = (o: TargetOutcomeKey) => outcomes.filter((x) => x === o).length;
  return { met: count('MET'), missed: count('MISSED'), noData: count('NO_DATA'), total: outcomes.length };
}

/**
 * The overall light of a row: RED when any target is missed; GREEN when every target is met; AMBER
 * when none is missed but only some could be judged (the rest have no data, e.g. no ratings yet);
 * GREY when there is nothing to judge (no applicable target, or none with data).
 */
export function trafficLight(outcomes: readonly TargetOutcomeKey[]): TrafficLightKey {
  if (outcomes.includes('MISSED')) return 'RED';
  const met = outcomes.filter((o) => o === 'MET').length;
  if (met === 0) return 'GREY';
  return met === outcomes.length ? 'GREEN' : 'AMBER';
}
