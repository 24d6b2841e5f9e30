import type { WorkingCalendar } from '../../server/src/modules/procedures/working-calendar';
import { addDays, daysBetween, type LocalDay } from '../../server/src/shared/local-day';
import { PEAK_MONTH, SON_TAY_2022 } from './demo-plan';
import { deskWeight, dueDateFor, earlyDay, isOpen, receive, type Draft, type GenProcedure, type GenUnit } from './dossier-model';
import { apportion } from './random';

/**
 * Fitting the demo to the source reports. Outside these windows the demo is random; inside them
 * the counts are planned so that Form 06 over the facts gives the reported figures exactly.
 */
export interface AnchorWindow {
  from: LocalDay;
  to: LocalDay;
  groupKey: string;
  /** Adjusts dossiers received before the window (`held`) and returns the window's own dossiers. */
  fit(held: Draft[], units: GenUnit[], calendar: WorkingCalendar): Draft[];
}

export const peakMonthWindow: AnchorWindow = {
  from: PEAK_MONTH.from,
  to: PEAK_MONTH.to,
  groupKey: PEAK_MONTH.groupKey,
  fit(held, units, calendar) {
    const { from, to } = PEAK_MONTH;
    const enrolled = new Set<string>(PEAK_MONTH.enrolledWardCodes);
    const open = units.filter((u) => isOpen(u, from));
    const lastBefore = calendar.previousWorkingDay(addDays(from, -1));

    // Carried over into the month: none for the enrolled wards (F9 counts their month alone);
    // elsewhere only dossiers not yet due, finished during the month without delay (F6: none late).
    const carried: Draft[] = [];
    for (const d of held) {
      if (d.finishOn !== null && d.finishOn < from) continue;
      if (enrolled.has(d.unit.code) || d.dueDate < from) {
        finishBefore(d, lastBefore);
        continue;
      }
      d.supplementRequests = Math.min(d.supplementRequests, 1);
      d.ending = 'FINISHED';
      d.finishOn = d.dueDate <= to ? d.dueDate : workingDayBetween(d.unit, from, to, calendar);
      carried.push(d);
    }
    const earlyCarried = carried.filter((d) => (d.finishOn as LocalDay) < d.dueDate).length;

    const enrolledUnits = open.filter((u) => enrolled.has(u.code));
    const otherUnits = open.filter((u) => !enrolled.has(u.code));
    if (enrolledUnits.length !== enrolled.size) throw new Error('peak month: an enrolled ward is missing from the units');
    const otherTotal = PEAK_MONTH.receivedTotal - PEAK_MONTH.enrolledReceivedTotal - carried.length;
    const drafts = [
      ...receiveExactly(enrolledUnits, apportion(PEAK_MONTH.enrolledReceivedTotal, enrolledUnits.map(volumeOf)), from, to, calendar),
      ...receiveExactly(otherUnits, apportion(otherTotal, otherUnits.map(volumeOf)), from, to, calendar),
    ];

    // Same-day week at district level (F7): exactly 117 dossiers received and resolved the same day.
    const { sameDayWeek } = PEAK_MONTH;
    const district = units.find((u) => u.code === PEAK_MONTH.districtCode) as GenUnit;
    const weekDrafts = drafts.filter((d) => d.unit === district && d.receivedOn >= sameDayWeek.from && d.receivedOn <= sameDayWeek.to);
    const sameDayProcedures = district.procedures.filter((p) => p.workingDays === 0);
    const longerProcedures = district.procedures.filter((p) => p.workingDays > 0);
    const sameDaySet = new Set(district.random.shuffle([...weekDrafts]).slice(0, sameDayWeek.districtSameDay));
    if (sameDaySet.size !== sameDayWeek.districtSameDay) throw new Error('peak month: too few district dossiers in the same-day week');
    for (const d of weekDrafts) {
      const pool = sameDaySet.has(d) ? sameDayProcedures : longerProcedures;
      if (!pool.includes(d.procedure)) setProcedure(d, district.random.pick(pool), calendar);
    }

    // Everything received in the month is resolved in it, on the due day, none late (F3, F6).
    for (const d of drafts) {
      d.supplementRequests = Math.min(d.supplementRequests, 1);
      d.ending = 'FINISHED';
      if (d.dueDate > to) fitDueWithin(d, to, calendar, sameDaySet.has(d) ? undefined : d.unit === district && weekDrafts.includes(d));
      d.finishOn = d.dueDate;
    }

    // Exactly 823 early (F4): the rest, 44,907, on time (F5).
    let need = PEAK_MONTH.early - earlyCarried;
    const weekSet = new Set(weekDrafts);
    const candidates = district.random.shuffle(drafts.filter((d) => d.dueDate > d.receivedOn && !sameDaySet.has(d)));
    for (const d of candidates) {
      if (need === 0) break;
      const day = earlyDay(d, calendar, weekSet.has(d), to);
      if (day === null) continue;
      d.finishOn = day;
      need -= 1;
    }
    if (need !== 0) throw new Error(`peak month: could not place ${need} early dossiers`);
    return drafts;
  },
};

export const sonTayWindow: AnchorWindow = {
  from: SON_TAY_2022.from,
  to: SON_TAY_2022.to,
  groupKey: SON_TAY_2022.groupKey,
  fit(held, units, calendar) {
    const { from, to, town, wards } = SON_TAY_2022;
    const lastBefore = calendar.previousWorkingDay(addDays(from, -1));
    const townUnit = units.find((u) => u.code === town.code) as GenUnit;
    const wardUnits = units.filter((u) => u !== townUnit && isOpen(u, from));

    // Town desk: exactly 15 carried over (F14), each resolved on its due day in the window.
    const townHeld = held.filter((d) => d.unit === townUnit);
    const dueInWindow = (d: Draft) => d.dueDate >= from && d.dueDate <= to;
    const byLatest = (a: Draft, b: Draft) => b.receivedAt.getTime() - a.receivedAt.getTime();
    const open = townHeld.filter((d) => d.finishOn === null || d.finishOn >= from);
    const keep = open.filter(dueInWindow).sort(byLatest).slice(0, town.carriedOver);
    if (keep.length < town.carriedOver) {
      const extra = townHeld.filter((d) => !keep.includes(d) && dueInWindow(d) && d.finishOn !== null && d.finishOn < from).sort(byLatest);
      keep.push(...extra.slice(0, town.carriedOver - keep.length));
    }
    if (keep.length !== town.carriedOver) throw new Error('Sơn Tây: too few dossiers to carry over into 2022');
    for (const d of open) if (!keep.includes(d)) finishBefore(d, lastBefore);
    for (const d of keep) {
      onTimeNoSupplement(d);
      d.finishOn = d.dueDate;
    }

    // Town window: 1,282 received; the last 100 still pending on 30 April, not yet due (F14, F15).
    const townDrafts = receiveExactly([townUnit], [town.receivedTotal - town.carriedOver], from, to, calendar);
    const townPending = town.receivedTotal - town.resolved;
    townDrafts.sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime());
    townDrafts.forEach((d, i) => {
      onTimeNoSupplement(d);
      if (i >= townDrafts.length - townPending) fitDueAfter(d, to, calendar);
      else if (d.dueDate > to) fitDueWithin(d, to, calendar, false);
      d.finishOn = d.dueDate;
    });

    // Communes and wards: all carried-over resolved in the window; 2 pending, 18 overdue (F16, F17).
    const wardHeld = held.filter((d) => d.unit !== townUnit && (d.finishOn === null || d.finishOn >= from));
    let carried = 0;
    for (const d of wardHeld) {
      if (d.dueDate < from) {
        finishBefore(d, lastBefore);
        continue;
      }
      onTimeNoSupplement(d);
      d.finishOn = d.dueDate <= to ? d.dueDate : workingDayBetween(d.unit, from, to, calendar);
      carried += 1;
    }
    const wardDrafts = receiveExactly(wardUnits, apportion(wards.receivedTotal - carried, wardUnits.map(volumeOf)), from, to, calendar);
    wardDrafts.sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime());
    const pendingCount = wards.receivedTotal - wards.resolved;
    const regular = wardDrafts.slice(0, wardDrafts.length - pendingCount);
    for (const d of wardDrafts.slice(wardDrafts.length - pendingCount)) {
      onTimeNoSupplement(d);
      fitDueAfter(d, to, calendar);
      d.finishOn = d.dueDate;
    }
    for (const d of regular) {
      onTimeNoSupplement(d);
      if (d.dueDate > to) fitDueWithin(d, to, calendar, false);
      d.finishOn = d.unit.random.chance(d.unit.earlyRate) ? (earlyDay(d, calendar, false, to) ?? d.dueDate) : d.dueDate;
    }
    const lastWorking = calendar.previousWorkingDay(to);
    const lateCandidates = regular.filter((d) => d.dueDate >= from && calendar.addWorkingDays(d.dueDate, 1) <= lastWorking);
    const late = wardUnits[0].random.shuffle(lateCandidates).slice(0, wards.overdue);
    if (late.length !== wards.overdue) throw new Error('Sơn Tây: too few dossiers to mark overdue');
    for (const d of late) {
      const planned = calendar.addWorkingDays(d.dueDate, d.unit.random.int(1, 4));
      d.finishOn = planned <= lastWorking ? planned : calendar.addWorkingDays(d.dueDate, 1);
    }
    return [...townDrafts, ...wardDrafts];
  },
};

const volumeOf = (u: GenUnit) => u.profile.monthlyVolume * u.size;

/** Exactly counts[i] dossiers for units[i], spread over the open days of [from, to] by desk weight. */
function receiveExactly(units: GenUnit[], counts: number[], from: LocalDay, to: LocalDay, calendar: WorkingCalendar): Draft[] {
  const drafts: Draft[] = [];
  units.forEach((unit, i) => {
    const days: LocalDay[] = [];
    for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
    const perDay = apportion(counts[i], days.map((day) => deskWeight(unit, day, calendar)));
    days.forEach((day, k) => {
      for (let n = 0; n < perDay[k]; n++) drafts.push(receive(unit, day, calendar));
    });
  });
  return drafts;
}

function setProcedure(d: Draft, procedure: GenProcedure, calendar: WorkingCalendar): void {
  d.procedure = procedure;
  d.dueDate = dueDateFor(d.receivedOn, procedure, calendar);
}

/** Re-draws the procedure until the due day falls on or before `last` (same-day procedures always fit). */
function fitDueWithin(d: Draft, last: LocalDay, calendar: WorkingCalendar, avoidSameDay: boolean | undefined): void {
  const pool = d.unit.procedures.filter((p) => dueDateFor(d.receivedOn, p, calendar) <= last && (!avoidSameDay || p.workingDays > 0));
  if (pool.length === 0) throw new Error(`no procedure of ${d.unit.code} is due by ${last} when received ${d.receivedOn}`);
  setProcedure(d, pickWeighted(d.unit, pool), calendar);
}

/** Re-draws the procedure so that the dossier is not yet due after `last`. */
function fitDueAfter(d: Draft, last: LocalDay, calendar: WorkingCalendar): void {
  if (d.dueDate > last) return;
  const pool = d.unit.procedures.filter((p) => dueDateFor(d.receivedOn, p, calendar) > last);
  if (pool.length === 0) throw new Error(`no procedure of ${d.unit.code} runs past ${last} when received ${d.receivedOn}`);
  setProcedure(d, pickWeighted(d.unit, pool), calendar);
}

function pickWeighted(unit: GenUnit, pool: GenProcedure[]): GenProcedure {
  const total = pool.reduce((s, p) => s + p.weight, 0);
  let target = unit.random.next() * total;
  for (const p of pool) {
    target -= p.weight;
    if (target < 0) return p;
  }
  return pool[pool.length - 1];
}

/** Ends a dossier by `last` (before a window opens), never before its receipt. */
function finishBefore(d: Draft, last: LocalDay): void {
  const planned = d.finishOn ?? last;
  const day = planned < last ? planned : last;
  d.finishOn = day < d.receivedOn ? d.receivedOn : day;
}

function onTimeNoSupplement(d: Draft): void {
  d.supplementRequests = Math.min(d.supplementRequests, 1);
  d.ending = 'FINISHED';
}

function workingDayBetween(unit: GenUnit, from: LocalDay, to: LocalDay, calendar: WorkingCalendar): LocalDay {
  const day = addDays(from, unit.random.int(0, daysBetween(from, to)));
  const candidate = calendar.previousWorkingDay(day);
  return candidate >= from ? candidate : calendar.nextWorkingDay(from);
}
