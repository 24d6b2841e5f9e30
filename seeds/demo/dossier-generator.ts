import type { WorkingCalendar } from '../../server/src/modules/procedures/working-calendar';
import { addDays, type LocalDay } from '../../server/src/shared/local-day';
import { peakMonthWindow, sonTayWindow, type AnchorWindow } from './anchor-windows';
import { DEMO_FROM, DEMO_TO, GROUPS, NEW_HCM_WARDS, PEAK_MONTH, type UnitProfile } from './demo-plan';
import { deskWeight, monthlyVolume, planOutcome, receive, type Draft, type GenProcedure, type GenUnit } from './dossier-model';
import { apportion, Random, WeightedPicker } from './random';

export interface CatalogueUnit {
  id: number;
  code: string;
  level: string;
  parentId: number | null;
  validFrom: LocalDay | null;
  validTo: LocalDay | null;
}

/** Dossiers handed to the writer together; `exactRatings` marks the peak month (F10). */
export interface DemoBatch {
  drafts: Draft[];
  exactRatings?: Record<string, number>;
}

interface Group {
  key: string;
  units: GenUnit[];
  window?: AnchorWindow;
}

/**
 * The deterministic demo: for a seed, the same dossiers every time. Groups (Tân Bình, Cầu Giấy,
 * Sơn Tây, the six new wards) are generated month by month; where a group has an anchor window,
 * dossiers received before it are held until the window has been fitted to the reports.
 */
export function* generateDemoDossiers(seed: number, units: CatalogueUnit[], procedures: GenProcedure[], calendar: WorkingCalendar): Generator<DemoBatch> {
  for (const group of buildGroups(seed, units, procedures)) {
    let held: Draft[] = [];
    for (let month = DEMO_FROM.slice(0, 7); month <= DEMO_TO.slice(0, 7); month = nextMonth(month)) {
      const window = group.window;
      if (window && month === window.from.slice(0, 7)) {
        const inWindow = window.fit(held, group.units, calendar);
        yield { drafts: held };
        yield { drafts: inWindow, exactRatings: window === peakMonthWindow ? { ...PEAK_MONTH.ratings } : undefined };
        held = [];
        month = window.to.slice(0, 7);
        continue;
      }
      const drafts = group.units.flatMap((unit) => receiveMonth(unit, month, calendar));
      if (window && month < window.from.slice(0, 7)) held.push(...drafts);
      else yield { drafts };
    }
    if (held.length) yield { drafts: held };
  }
}

function receiveMonth(unit: GenUnit, month: string, calendar: WorkingCalendar): Draft[] {
  const days: LocalDay[] = [];
  for (let day = `${month}-01`; day.startsWith(month); day = addDays(day, 1)) days.push(day);
  const weights = days.map((day) => deskWeight(unit, day, calendar));
  if (weights.every((w) => w === 0)) return [];
  const open = weights.filter((w) => w > 0).length / days.length;
  const expected = monthlyVolume(unit, month) * Math.min(1, open * 1.4);
  const total = Math.max(0, Math.round(expected * (0.93 + 0.14 * unit.random.next())));
  const perDay = apportion(total, weights);
  const drafts: Draft[] = [];
  days.forEach((day, i) => {
    for (let n = 0; n < perDay[i]; n++) {
      const d = receive(unit, day, calendar);
      planOutcome(d, calendar);
      drafts.push(d);
    }
  });
  return drafts;
}

function buildGroups(seed: number, units: CatalogueUnit[], procedures: GenProcedure[]): Group[] {
  const byLevel = (levels: string[]) => procedures.filter((p) => levels.includes(p.level));
  const make = (u: CatalogueUnit, profile: UnitProfile, levels: string[], isDistrict: boolean): GenUnit => {
    const random = new Random(seed, 'dossiers', u.code, u.validFrom ?? '');
    const own = byLevel(levels);
    return {
      id: u.id,
      code: u.code,
      validFrom: u.validFrom,
      validTo: u.validTo,
      profile,
      size: isDistrict ? 1 : 0.75 + 0.5 * random.next(),
      random,
      procedures: own,
      picker: new WeightedPicker(own, (p) => p.weight),
      earlyRate: 0.04 + 0.1 * random.next(),
      overdueRate: 0.008 + 0.035 * random.next(),
      daySeq: new Map(),
    };
  };
  const groups: Group[] = Object.entries(GROUPS).map(([key, g]) => {
    const district = units.find((u) => g.codes.includes(u.code) && u.level === 'DISTRICT');
    if (!district) throw new Error(`demo: district ${g.codes.join()} is not among the units`);
    const wards = units.filter((u) => u.parentId === district.id);
    return {
      key,
      units: [make(district, g.district, ['DISTRICT'], true), ...wards.map((w) => make(w, g.ward, ['COMMUNE'], false))],
      window: [peakMonthWindow, sonTayWindow].find((w) => w.groupKey === key),
    };
  });
  // Since 1 Jul 2025 the wards also handle what the district desks did.
  const newWards = units.filter((u) => NEW_HCM_WARDS.codes.includes(u.code) && u.validFrom !== null && u.validFrom >= '2025-07-01');
  groups.push({ key: 'newHcmWards', units: newWards.map((w) => make(w, NEW_HCM_WARDS.profile, ['COMMUNE', 'DISTRICT'], false)) });
  return groups;
}

function nextMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}
