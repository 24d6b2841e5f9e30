import { UserError } from '../../shared/user-error';
import type { LocalDay } from '../../shared/local-day';
import { MissingCalendarError, type WorkingCalendar } from '../procedures/working-calendar';

export const MAX_WITHIN_WORKING_DAYS = 30;
/** A province has thousands of unit × procedure groups; a top list asks for a handful (a page's cap). */
export const MAX_TOP_GROUPS = 500;

export class EarlyWarningError extends UserError {}

/**
 * The last due day an early warning looks at: the n-th working day after `asOf` (official days off
 * skipped, make-up Saturdays counted), or `asOf` itself for n = 0.
 */
export function warningHorizon(calendar: WorkingCalendar, asOf: LocalDay, withinWorkingDays: number): LocalDay {
  if (!Number.isInteger(withinWorkingDays) || withinWorkingDays < 0 || withinWorkingDays > MAX_WITHIN_WORKING_DAYS) {
    throw new EarlyWarningError(`withinWorkingDays must be a whole number from 0 to ${MAX_WITHIN_WORKING_DAYS}, got ${withinWorkingDays}`);
  }
  try {
    return calendar.addWorkingDays(asOf, withinWorkingDays);
  } catch (error) {
    if (!(error instanceof MissingCalendarError)) throw error;
    throw new EarlyWarningError(
      `asOf ${asOf} + ${withinWorkingDays} working days reaches ${error.year}, whose official holiday calendar is not loaded: working days cannot be counted there`,
    );
  }
}

/** Refuses a top list outside 1–MAX_TOP_GROUPS; undefined asks for every group. */
export function checkTopGroups(topGroups?: number): void {
  if (topGroups === undefined) return;
  if (!Number.isInteger(topGroups) || topGroups < 1 || topGroups > MAX_TOP_GROUPS) {
    throw new EarlyWarningError(`topGroups must be a whole number from 1 to ${MAX_TOP_GROUPS}, got ${topGroups}`);
  }
}

/** The groups a top list shows: the first `topGroups`, or all when not asked. */
export function topWarningGroups<T>(groups: T[], topGroups?: number): T[] {
  checkTopGroups(topGroups);
  return topGroups === undefined ? groups : groups.slice(0, topGroups);
}

/** Dossiers open at the end of `asOf` with one due day, counted per unit and procedure. */
export interface OpenDossierCount {
  unitId: number;
  procedureId: number;
  dueOn: LocalDay;
  dossiers: number;
}

export interface DueDayCount {
  dueOn: LocalDay;
  dossiers: number;
}

export interface WarningGroup {
  unitId: number;
  procedureId: number;
  dueToday: number;
  dueWithin: number;
  /** Earliest first. */
  dueDays: DueDayCount[];
}

/** One unit's share of the warning: due today, due through the horizon, and already overdue. */
export interface UnitWarning {
  unitId: number;
  dueToday: number;
  dueWithin: number;
  alreadyOverdue: number;
}

export interface WarningSummary {
  dueToday: number;
  dueWithin: number;
  alreadyOverdue: number;
  /** Units with anything due or overdue: most due today first, then most due within, most overdue, unit. */
  byUnit: UnitWarning[];
  /** Most urgent first: earliest due day, then most dossiers, then unit and procedure. */
  groups: WarningGroup[];
  byDay: DueDayCount[];
}

/**
 * Splits open dossiers into those due from `asOf` through `horizon` (grouped by unit and procedure)
 * and those whose due day passed before `asOf`; later due days are not part of the warning.
 */
export function summariseWarnings(rows: OpenDossierCount[], asOf: LocalDay, horizon: LocalDay): WarningSummary {
  const groups = new Map<string, WarningGroup>();
  const byDay = new Map<LocalDay, number>();
  const units = new Map<number, UnitWarning>();
  const unitOf = (unitId: number) => {
    let u = units.get(unitId);
    if (!u) units.set(unitId, (u = { unitId, dueToday: 0, dueWithin: 0, alreadyOverdue: 0 }));
    return u;
  };
  let alreadyOverdue = 0;
  for (const r of rows) {
    if (r.dueOn < asOf) {
      alreadyOverdue += r.dossiers;
      unitOf(r.unitId).alreadyOverdue += r.dossiers;
      continue;
    }
    if (r.dueOn > horizon) continue;
    const unit = unitOf(r.unitId);
    unit.dueWithin += r.dossiers;
    if (r.dueOn === asOf) unit.dueToday += r.dossiers;
    const key = `${r.unitId}|${r.procedureId}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { unitId: r.unitId, procedureId: r.procedureId, dueToday: 0, dueWithin: 0, dueDays: [] }));
    g.dueWithin += r.dossiers;
    if (r.dueOn === asOf) g.dueToday += r.dossiers;
    const day = g.dueDays.find((d) => d.dueOn === r.dueOn);
    if (day) day.dossiers += r.dossiers;
    else g.dueDays.push({ dueOn: r.dueOn, dossiers: r.dossiers });
    byDay.set(r.dueOn, (byDay.get(r.dueOn) ?? 0) + r.dossiers);
  }
  const list = [...groups.values()];
  for (const g of list) g.dueDays.sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  list.sort(
    (a, b) =>
      a.dueDays[0].dueOn.localeCompare(b.dueDays[0].dueOn) ||
      b.dueWithin - a.dueWithin ||
      a.unitId - b.unitId ||
      a.procedureId - b.procedureId,
  );
  return {
    dueToday: list.reduce((s, g) => s + g.dueToday, 0),
    dueWithin: list.reduce((s, g) => s + g.dueWithin, 0),
    alreadyOverdue,
    byUnit: [...units.values()].sort(
      (a, b) => b.dueToday - a.dueToday || b.dueWithin - a.dueWithin || b.alreadyOverdue - a.alreadyOverdue || a.unitId - b.unitId,
    ),
    groups: list,
    byDay: [...byDay.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([dueOn, dossiers]) => ({ dueOn, dossiers })),
  };
}
