import { addDays, weekday, type LocalDay } from '../../shared/local-day';

export interface CalendarData {
  /** Years whose official calendar is known. */
  years: number[];
  /** Official days off (holidays, Tết, compensatory days). */
  daysOff: LocalDay[];
  /** Saturdays or Sundays declared working days (make-up days for swaps). */
  workingWeekendDays: LocalDay[];
}

export class MissingCalendarError extends Error {
  constructor(readonly year: number) {
    super(`No official holiday calendar is loaded for ${year}: working-day deadlines in ${year} cannot be computed`);
    this.name = 'MissingCalendarError';
  }
}

/** Working days: Monday–Friday, less official days off, plus declared make-up days. */
export class WorkingCalendar {
  private readonly years: Set<number>;
  private readonly daysOff: Set<LocalDay>;
  private readonly workingWeekendDays: Set<LocalDay>;
  private readonly working = new Map<LocalDay, boolean>();
  private readonly deadlines = new Map<string, LocalDay>();

  constructor(data: CalendarData) {
    this.years = new Set(data.years);
    this.daysOff = new Set(data.daysOff);
    this.workingWeekendDays = new Set(data.workingWeekendDays);
  }

  covers(day: LocalDay): boolean {
    return this.years.has(Number(day.slice(0, 4)));
  }

  isWorkingDay(day: LocalDay): boolean {
    let working = this.working.get(day);
    if (working === undefined) {
      if (!this.covers(day)) throw new MissingCalendarError(Number(day.slice(0, 4)));
      const wd = weekday(day);
      working = this.workingWeekendDays.has(day) || (wd !== 0 && wd !== 6 && !this.daysOff.has(day));
      this.working.set(day, working);
    }
    return working;
  }

  /**
   * The deadline of a dossier received on `day` with a limit of `workingDays`: the n-th working
   * day after the day of receipt (the receipt day itself is not counted); 0 means the same day.
   */
  addWorkingDays(day: LocalDay, workingDays: number): LocalDay {
    if (!Number.isInteger(workingDays) || workingDays < 0) throw new RangeError(`workingDays must be a whole number ≥ 0, got ${workingDays}`);
    const key = `${day}+${workingDays}`;
    const known = this.deadlines.get(key);
    if (known !== undefined) return known;
    let current = day;
    let left = workingDays;
    while (left > 0) {
      current = addDays(current, 1);
      if (this.isWorkingDay(current)) left -= 1;
    }
    this.deadlines.set(key, current);
    return current;
  }

  /** Working days strictly after `from` up to and including `to` (0 when to ≤ from). */
  workingDaysBetween(from: LocalDay, to: LocalDay): number {
    let count = 0;
    for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (this.isWorkingDay(day)) count += 1;
    return count;
  }

  /** The first working day on or after `day`. */
  nextWorkingDay(day: LocalDay): LocalDay {
    let current = day;
    while (!this.isWorkingDay(current)) current = addDays(current, 1);
    return current;
  }

  /** The last working day on or before `day`. */
  previousWorkingDay(day: LocalDay): LocalDay {
    let current = day;
    while (!this.isWorkingDay(current)) current = addDays(current, -1);
    return current;
  }
}
