import type { Enrollment } from './campaign-units';

/** Shapes the API's campaign progress rows for the day-by-day chart and the per-unit table. No figure is recomputed. */

/** "2021-11-15" → "15/11": the axis label of a day (the chart's title names the year). */
export const dayLabel = (day: string): string => `${day.slice(8, 10)}/${day.slice(5, 7)}`;

export interface DayRow {
  periodStart?: string | null;
  receivedTotal: number;
  carriedOver: number;
  received: number;
  resolved: number;
  sameDay: number;
  sameDayRate?: number | null;
  onTimeRate?: number | null;
  overdue: number;
  pendingOverdue: number;
}

export interface ProgressPoint {
  [key: string]: string | number | null;
  label: string;
  day: string;
  receivedTotal: number;
  carriedOver: number;
  received: number;
  resolved: number;
  sameDay: number;
  sameDayRate: number | null;
  onTimeRate: number | null;
  overdue: number;
  pendingOverdue: number;
}

/** One point per campaign day, in time order, labelled dd/MM; a rate without denominator stays a gap. */
export function toProgressPoints(rows: readonly DayRow[]): ProgressPoint[] {
  return rows
    .filter((r): r is DayRow & { periodStart: string } => Boolean(r.periodStart))
    .sort((a, b) => a.periodStart.localeCompare(b.periodStart))
    .map((r) => ({
      label: dayLabel(r.periodStart),
      day: r.periodStart,
      receivedTotal: r.receivedTotal,
      carriedOver: r.carriedOver,
      received: r.received,
      resolved: r.resolved,
      sameDay: r.sameDay,
      sameDayRate: r.sameDayRate ?? null,
      onTimeRate: r.onTimeRate ?? null,
      overdue: r.overdue,
      pendingOverdue: r.pendingOverdue,
    }));
}

export interface UnitRow {
  unit?: { code: string; name: string; nameEn?: string | null } | null;
  receivedTotal: number;
  received: number;
  resolved: number;
  early: number;
  onTime: number;
  overdue: number;
  pendingOverdue: number;
  sameDay: number;
  sameDayRate?: number | null;
  onTimeRate?: number | null;
  satisfactionRate?: number | null;
}

export interface UnitProgressRow extends Omit<UnitRow, 'unit'> {
  code: string;
  name: string;
  /** The organiser's own desk (the district's one-stop desk), listed first. */
  organiser: boolean;
  /** The unit's own enrolled days; null when it did not enrol (the organiser's desk added on request). */
  startsOn: string | null;
  endsOn: string | null;
  sameDayRate: number | null;
  onTimeRate: number | null;
  satisfactionRate: number | null;
}

/** One row per enrolled unit with its own days: the organiser's desk first, then by name (Phường 2 before Phường 10). */
export function toUnitProgressRows(
  rows: readonly UnitRow[],
  enrollments: readonly Enrollment[],
  organiserCode: string,
  locale: 'vi' | 'en',
): UnitProgressRow[] {
  const enrolment = new Map(enrollments.map((e) => [e.unit.code, e]));
  return rows
    .filter((r): r is UnitRow & { unit: NonNullable<UnitRow['unit']> } => Boolean(r.unit))
    .map(({ unit, ...figures }) => {
      const e = enrolment.get(unit.code);
      return {
        ...figures,
        code: unit.code,
        name: (locale === 'en' && unit.nameEn) || unit.name,
        organiser: unit.code === organiserCode,
        startsOn: e?.startsOn ?? null,
        endsOn: e?.endsOn ?? null,
        sameDayRate: figures.sameDayRate ?? null,
        onTimeRate: figures.onTimeRate ?? null,
        satisfactionRate: figures.satisfactionRate ?? null,
      };
    })
    .sort((a, b) => Number(b.organiser) - Number(a.organiser) || a.name.localeCompare(b.name, locale, { numeric: true }));
}
