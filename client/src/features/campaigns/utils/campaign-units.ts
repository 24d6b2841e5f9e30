/** Who could enrol in a campaign and who did; shapes the API's lists, counts nothing the API did not. */

export interface EligibleUnit {
  code: string;
  name: string;
  nameEn?: string | null;
  kind: string;
  level: string;
}

export interface Enrollment {
  unit: { code: string; name: string; nameEn?: string | null };
  startsOn: string;
  endsOn: string;
  commitment?: string | null;
  generated: boolean;
}

/** What the eligible units are called: "11/15 phường", "0/1 quận", else by level or simply "units". */
export type UnitWord = 'phuong' | 'xa' | 'quan' | 'huyen' | 'commune' | 'district' | 'unit';

const KIND_WORDS: Record<string, UnitWord> = { phuong: 'phuong', xa: 'xa', quan: 'quan', huyen: 'huyen' };
const LEVEL_WORDS: Record<string, UnitWord> = { COMMUNE: 'commune', DISTRICT: 'district' };

export function unitWordOf(units: readonly { kind: string; level: string }[]): UnitWord {
  if (!units.length) return 'unit';
  const kinds = new Set(units.map((u) => u.kind));
  if (kinds.size === 1 && KIND_WORDS[units[0].kind]) return KIND_WORDS[units[0].kind];
  const levels = new Set(units.map((u) => u.level));
  return levels.size === 1 ? (LEVEL_WORDS[units[0].level] ?? 'unit') : 'unit';
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'vi', { numeric: true });

export interface EnrolmentSplit<U extends EligibleUnit> {
  /** Eligible units that enrolled, with their enrolment, by name (Phường 2 before Phường 10). */
  enrolled: { unit: U; enrollment: Enrollment }[];
  /** Eligible units that did not. */
  notEnrolled: U[];
  /** The organiser's own desk, when it enrolled. */
  organiserDesk: Enrollment | null;
  /** Enrolments of units neither eligible nor the organiser (should not happen; shown rather than hidden). */
  others: Enrollment[];
}

export function splitEnrolment<U extends EligibleUnit>(
  eligible: readonly U[],
  enrollments: readonly Enrollment[],
  organiserCode: string,
): EnrolmentSplit<U> {
  const byCode = new Map(enrollments.map((e) => [e.unit.code, e]));
  const eligibleCodes = new Set(eligible.map((u) => u.code));
  const enrolled = eligible
    .filter((u) => byCode.has(u.code))
    .map((unit) => ({ unit, enrollment: byCode.get(unit.code)! }))
    .sort((a, b) => byName(a.unit, b.unit));
  const notEnrolled = eligible.filter((u) => !byCode.has(u.code)).sort(byName);
  const organiserDesk = eligibleCodes.has(organiserCode) ? null : (byCode.get(organiserCode) ?? null);
  const others = enrollments
    .filter((e) => !eligibleCodes.has(e.unit.code) && e.unit.code !== organiserCode)
    .sort((a, b) => byName(a.unit, b.unit));
  return { enrolled, notEnrolled, organiserDesk, others };
}

/** The commitments units made, each once, in the order first made. */
export function commitmentsOf(enrollments: readonly Enrollment[]): string[] {
  return [...new Set(enrollments.map((e) => e.commitment?.trim()).filter((c): c is string => Boolean(c)))];
}

/** An enrolment for fewer days than the campaign: its own days are worth showing. */
export const ownDays = (e: { startsOn: string; endsOn: string }, campaign: { startsOn: string; endsOn: string }) =>
  e.startsOn !== campaign.startsOn || e.endsOn !== campaign.endsOn;
