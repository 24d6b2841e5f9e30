import type { Period } from '../../../shared/period';

/** Shapes the API's `earlyWarning` for the overview's panel. No figure is recomputed. */

export const DEFAULT_WARN_DAYS = 3;
export const MAX_WARN_DAYS = 30;

/** `?warnDays=` as working days ahead (0–30); anything else is the default 3. */
export function readWarnDays(value: string | null | undefined): number {
  if (!value || !/^\d{1,2}$/.test(value)) return DEFAULT_WARN_DAYS;
  const n = Number(value);
  return n <= MAX_WARN_DAYS ? n : DEFAULT_WARN_DAYS;
}

/**
 * The day the warning is for: the period's last day, or today when the period runs on past it (a warning
 * about days still to come is about now). YYYY-MM-DD compares as text.
 */
export function warningAsOf(period: Period, today: string): string {
  return period.to < today ? period.to : today;
}

export interface WarningGroup {
  unit: { code: string; name: string; nameEn?: string | null };
  procedure: { code: string; name: string; nameEn?: string | null };
  dueToday: number;
  dueWithin: number;
  dueDays: { dueOn: string; dossiers: number }[];
}

export interface WarningRow {
  key: string;
  unitCode: string;
  unit: string;
  procedureCode: string;
  procedure: string;
  dueToday: number;
  dueWithin: number;
  /** The earliest due day of the group's dossiers. */
  firstDue: string | null;
}

/** One row per unit and procedure, in the API's order (most urgent first), named in the UI language. */
export function toWarningRows(groups: readonly WarningGroup[], locale: 'vi' | 'en'): WarningRow[] {
  const named = (x: { name: string; nameEn?: string | null }) => (locale === 'en' && x.nameEn) || x.name;
  return groups.map((g) => ({
    key: `${g.unit.code}|${g.procedure.code}`,
    unitCode: g.unit.code,
    unit: named(g.unit),
    procedureCode: g.procedure.code,
    procedure: named(g.procedure),
    dueToday: g.dueToday,
    dueWithin: g.dueWithin,
    firstDue: g.dueDays.reduce<string | null>((first, d) => (first === null || d.dueOn < first ? d.dueOn : first), null),
  }));
}
