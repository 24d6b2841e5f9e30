import { classifyDossier } from '../../server/src/modules/dossiers/classify';
import { DOSSIER_FACT_COLUMNS } from '../../server/src/modules/dossiers/dossier-columns';
import type { WorkingCalendar } from '../../server/src/modules/procedures/working-calendar';
import { Channel, Timeliness } from '../../server/src/shared/enums';
import { addDays, daysBetween, localInstant, weekday, type LocalDay } from '../../server/src/shared/local-day';
import type { BulkColumn, BulkValue } from '../../server/src/db/sql-client';
import { DEMO_TO, LOCKDOWN, ONLINE_SHARE, SATURDAY_WEIGHT, SEASON, type UnitProfile } from './demo-plan';
import { Random, WeightedPicker } from './random';

export interface GenProcedure {
  id: number;
  code: string;
  level: string;
  workingDays: number;
  sameDayEligible: boolean;
  weight: number;
}

export interface GenUnit {
  id: number;
  code: string;
  validFrom: LocalDay | null;
  validTo: LocalDay | null;
  profile: UnitProfile;
  /** Volume factor of this unit against its group's default. */
  size: number;
  random: Random;
  procedures: GenProcedure[];
  picker: WeightedPicker<GenProcedure>;
  /** Chance of finishing early / overdue in 2020; later years improve. */
  earlyRate: number;
  overdueRate: number;
  daySeq: Map<LocalDay, number>;
}

/** A dossier being planned: dates can still move while an anchor window is being fitted. */
export interface Draft {
  unit: GenUnit;
  receivedAt: Date;
  receivedOn: LocalDay;
  procedure: GenProcedure;
  channel: Channel;
  dueDate: LocalDay;
  /** Local day of the first terminal event; null (or after DEMO_TO) = still pending. */
  finishOn: LocalDay | null;
  supplementRequests: number;
  ending: 'FINISHED' | 'STOPPED' | 'WITHDRAWN';
  code: string;
}

export const DOSSIER_COLUMNS: BulkColumn[] = [...DOSSIER_FACT_COLUMNS, { name: 'source', type: 'text' }];

/** Weight of a day at the desk: working days 1, Saturday mornings in Ho Chi Minh City, else closed. */
export function deskWeight(unit: GenUnit, day: LocalDay, calendar: WorkingCalendar): number {
  if (!isOpen(unit, day)) return 0;
  if (calendar.isWorkingDay(day)) return 1;
  return weekday(day) === 6 && !isHoliday(day, calendar) ? SATURDAY_WEIGHT[unit.profile.city] : 0;
}

function isHoliday(day: LocalDay, calendar: WorkingCalendar): boolean {
  // A Saturday next to working days is an ordinary Saturday; inside Tết or a long holiday it is not.
  return !calendar.isWorkingDay(addDays(day, -1)) && !calendar.isWorkingDay(addDays(day, 2));
}

export function isOpen(unit: GenUnit, day: LocalDay): boolean {
  return (unit.validFrom === null || unit.validFrom <= day) && (unit.validTo === null || day <= unit.validTo);
}

/** Expected dossiers in a month for a unit: size × season × lockdowns × yearly growth. */
export function monthlyVolume(unit: GenUnit, month: string): number {
  const year = Number(month.slice(0, 4));
  const season = SEASON[Number(month.slice(5, 7)) - 1];
  const lockdown = LOCKDOWN[unit.profile.city][month] ?? 1;
  return unit.profile.monthlyVolume * unit.size * season * lockdown * Math.pow(1.03, year - 2021);
}

/** A new dossier received on `day`; the procedure may be imposed (anchor windows do). */
export function receive(unit: GenUnit, day: LocalDay, calendar: WorkingCalendar, procedure?: GenProcedure): Draft {
  const r = unit.random;
  const year = Number(day.slice(0, 4));
  const onlineShare = ONLINE_SHARE[unit.profile.city][year] ?? 0.5;
  const channel = r.chance(onlineShare) ? Channel.ONLINE : r.chance(0.015) ? Channel.POSTAL : Channel.DIRECT;
  const saturday = weekday(day) === 6;
  // Desk hours 7:30–11:30 and 13:00–17:00; online submissions arrive 6:00–22:59.
  const minutes =
    channel === Channel.ONLINE && !saturday
      ? r.int(6 * 60, 22 * 60 + 59)
      : saturday || r.chance(0.6)
        ? r.int(7 * 60 + 30, 11 * 60 + 30)
        : r.int(13 * 60, 17 * 60);
  const chosen = procedure ?? unit.picker.pick(r);
  const seq = (unit.daySeq.get(day) ?? 0) + 1;
  unit.daySeq.set(day, seq);
  const supplementRequests = r.chance(0.04) ? (r.chance(0.06) ? 2 : 1) : 0;
  return {
    unit,
    receivedAt: localInstant(day, Math.floor(minutes / 60), minutes % 60, r.int(0, 59)),
    receivedOn: day,
    procedure: chosen,
    channel,
    dueDate: dueDateFor(day, chosen, calendar),
    finishOn: null,
    supplementRequests,
    ending: r.chance(0.005) ? (r.chance(0.5) ? 'STOPPED' : 'WITHDRAWN') : 'FINISHED',
    code: `${unit.code}-${day.slice(2, 4)}${day.slice(5, 7)}${day.slice(8, 10)}-${String(seq).padStart(4, '0')}`,
  };
}

/** Appointment date: the statutory working days after receipt (0 = the same day). */
export function dueDateFor(day: LocalDay, procedure: GenProcedure, calendar: WorkingCalendar): LocalDay {
  return procedure.workingDays === 0 ? day : calendar.addWorkingDays(day, procedure.workingDays);
}

/** The ordinary, random outcome: mostly on the due day, some early, a few late. */
export function planOutcome(d: Draft, calendar: WorkingCalendar): void {
  const r = d.unit.random;
  const year = Number(d.receivedOn.slice(0, 4));
  const improvement = Math.pow(0.75, Math.max(0, year - 2020));
  const overdue = d.supplementRequests > 1 || r.chance(d.unit.overdueRate * improvement);
  if (overdue) d.finishOn = calendar.addWorkingDays(d.dueDate, r.int(1, 6));
  else if (r.chance(d.unit.earlyRate)) d.finishOn = earlyDay(d, calendar, false) ?? d.dueDate;
  else d.finishOn = d.dueDate;
}

/** A working day before the due day (after the receipt day when `notSameDay`), or null if none. */
export function earlyDay(d: Draft, calendar: WorkingCalendar, notSameDay: boolean, latest?: LocalDay): LocalDay | null {
  const first = notSameDay ? addDays(d.receivedOn, 1) : d.receivedOn;
  let last = addDays(d.dueDate, -1);
  if (latest && latest < last) last = latest;
  const span = daysBetween(first, last);
  if (span < 0) return null;
  for (let attempt = 0; attempt < 4; attempt++) {
    const day = addDays(first, d.unit.random.int(0, span));
    if (calendar.isWorkingDay(day) || day === d.receivedOn) return day;
  }
  for (let day = last; day >= first; day = addDays(day, -1)) if (calendar.isWorkingDay(day) || day === d.receivedOn) return day;
  return null;
}

/** The row written to `dossier`, with local days and timeliness from the shared rules. */
export function toRow(d: Draft): BulkValue[] {
  const r = d.unit.random;
  const pending = d.finishOn === null || d.finishOn > DEMO_TO;
  let finishedAt: Date | null = null;
  if (!pending) {
    const day = d.finishOn as LocalDay;
    if (day === d.receivedOn) {
      const latest = localInstant(day, 23, 50);
      const at = new Date(d.receivedAt.getTime() + r.int(10, 240) * 60_000);
      finishedAt = at < latest ? at : new Date(Math.max(d.receivedAt.getTime() + 60_000, latest.getTime()));
    } else if (r.chance(0.01)) {
      finishedAt = localInstant(day, r.int(20, 23), r.int(0, 50)); // closed online late at night: still that local day
    } else {
      finishedAt = localInstant(day, r.int(8, 16), r.int(0, 59), r.int(0, 59));
    }
  }
  const c = classifyDossier({ receivedAt: d.receivedAt, dueDate: d.dueDate, finishedAt, supplementRequests: d.supplementRequests });
  const returned = finishedAt !== null && d.ending === 'FINISHED' && d.channel !== Channel.ONLINE && r.chance(0.7);
  const returnedAt = returned && finishedAt ? new Date(finishedAt.getTime() + r.int(0, 3 * 24 * 60) * 60_000) : null;
  const status = pending
    ? d.supplementRequests > 0 && r.chance(0.3)
      ? 'AWAITING_SUPPLEMENT'
      : 'IN_PROGRESS'
    : d.ending === 'FINISHED'
      ? returned
        ? 'RETURNED'
        : 'FINISHED'
      : d.ending;
  return [
    d.code,
    d.unit.id,
    d.procedure.id,
    d.channel,
    d.receivedAt,
    c.receivedOn,
    d.dueDate,
    false,
    finishedAt,
    c.finishedOn,
    returnedAt,
    status,
    d.supplementRequests,
    c.timeliness === Timeliness.OVERDUE && r.chance(0.85),
    c.timeliness,
    'generated',
  ];
}
