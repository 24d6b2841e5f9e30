import type { LocalDay } from '../../server/src/shared/local-day';

/**
 * The demo's shape: which units, how busy, from when to when, and the windows whose totals must
 * equal the source reports exactly. Volumes are plausible for each desk, not measured.
 */
export const DEMO_FROM: LocalDay = '2020-10-01'; // Nov 2020 is the same-period-last-year baseline of Nov 2021
export const DEMO_TO: LocalDay = '2025-12-31';
/** Bump when the generator changes: a database seeded by another version is reported, not mixed. */
export const GENERATOR_VERSION = 4;

export type City = 'HCM' | 'HN';

export interface UnitProfile {
  /** Dossiers a month at an ordinary time. */
  monthlyVolume: number;
  city: City;
  /** Ratings per dossier at an ordinary time. */
  ratingsPerDossier: number;
}

/** Per-group defaults; a unit's own stream varies them by ±25%. */
export const GROUPS: Record<string, { codes: string[]; district: UnitProfile; ward: UnitProfile }> = {
  tanBinh: {
    codes: ['766'],
    district: { monthlyVolume: 2400, city: 'HCM', ratingsPerDossier: 0.35 },
    ward: { monthlyVolume: 1500, city: 'HCM', ratingsPerDossier: 0.35 },
  },
  cauGiay: {
    codes: ['005'],
    district: { monthlyVolume: 1600, city: 'HN', ratingsPerDossier: 0.3 },
    ward: { monthlyVolume: 700, city: 'HN', ratingsPerDossier: 0.3 },
  },
  sonTay: {
    codes: ['269'],
    district: { monthlyVolume: 320, city: 'HN', ratingsPerDossier: 0.3 },
    ward: { monthlyVolume: 110, city: 'HN', ratingsPerDossier: 0.3 },
  },
};

/** The six wards of Ho Chi Minh City that replaced Tân Bình's fifteen on 1 Jul 2025. */
export const NEW_HCM_WARDS = { codes: ['26977', '26968', '26995', '26983', '27004', '27007'], profile: { monthlyVolume: 4300, city: 'HCM', ratingsPerDossier: 0.35 } as UnitProfile };

/** Month-of-year factor (Tết in Jan/Feb empties the desks; the year's end fills them). */
export const SEASON = [1.08, 0.7, 1.05, 0.98, 1.0, 1.02, 1.0, 0.97, 0.98, 1.03, 1.05, 1.1];

/** Months hit by the 2021 COVID-19 lockdowns (Directive 16 in Ho Chi Minh City and Hà Nội). */
export const LOCKDOWN: Record<City, Record<string, number>> = {
  HCM: { '2021-06': 0.8, '2021-07': 0.45, '2021-08': 0.25, '2021-09': 0.4, '2021-10': 0.85 },
  HN: { '2021-07': 0.85, '2021-08': 0.55, '2021-09': 0.7 },
};

/** Share of dossiers submitted online, by year (public-service portal uptake). */
export const ONLINE_SHARE: Record<City, Record<number, number>> = {
  HCM: { 2020: 0.04, 2021: 0.09, 2022: 0.22, 2023: 0.32, 2024: 0.43, 2025: 0.56 },
  HN: { 2020: 0.03, 2021: 0.07, 2022: 0.18, 2023: 0.28, 2024: 0.39, 2025: 0.52 },
};

/** Saturday-morning desks: Ho Chi Minh City's one-stop desks receive on Saturday mornings. */
export const SATURDAY_WEIGHT: Record<City, number> = { HCM: 0.35, HN: 0 };

/** Tân Bình, peak month November 2021 (source 003, F2–F10). */
export const PEAK_MONTH = {
  from: '2021-11-01',
  to: '2021-11-30',
  groupKey: 'tanBinh',
  receivedTotal: 45_730, // F2 (Form 06 col 3) = F3 resolved
  early: 823, // F4
  onTime: 44_907, // F5; overdue 0 (F6)
  districtCode: '766',
  sameDayWeek: { from: '2021-11-15', to: '2021-11-20', districtSameDay: 117 }, // F7
  enrolledWardCodes: ['26977', '26965', '26980', '26968', '26989', '26986', '26998', '27001', '26992', '26983', '26974'],
  enrolledReceivedTotal: 29_471, // F9
  ratings: { SATISFIED: 64_888, NEUTRAL: 394, DISSATISFIED: 52 }, // F10 (a three-level desk)
} as const;

/** Sơn Tây, January–April 2022 (source 002, F14–F17). */
export const SON_TAY_2022 = {
  from: '2022-01-01',
  to: '2022-04-30',
  groupKey: 'sonTay',
  town: { code: '269', receivedTotal: 1_297, carriedOver: 15, resolved: 1_197 }, // F14, F15: all on time, none early or overdue
  wards: { receivedTotal: 6_977, resolved: 6_975, overdue: 18 }, // F16, F17 (facts: 18 of the 6,975 overdue)
} as const;
