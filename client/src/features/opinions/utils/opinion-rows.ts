/**
 * Shapes the API's opinion rows and meetings for the opinions page. Counts and rates are the API's; a
 * count the source did not publish stays unknown (null), never 0, and a lower bound says it is one.
 */
import type { ReportedSum } from '../../../__generated__/graphql';

/** The open meeting's opinions table's URL key (?sort-meeting-opinions=): cleared when the meeting closes or another opens. */
export const MEETING_OPINIONS_TABLE = 'meeting-opinions';

/** Dimensions the page's main breakdown can be switched to (?by=); the other panels have fixed ones. */
export const BREAKDOWNS = ['TOPIC', 'FIELD', 'CONCERNS_PROCEDURE', 'UNIT', 'MONTH'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

export const MEETING_KINDS = ['BUSINESS_DIALOGUE', 'CITIZEN_DIALOGUE', 'PROCEDURE_DIALOGUE', 'PEOPLES_CONFERENCE'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** The part of an OpinionRow every breakdown uses. */
export interface ApiOpinionRow {
  meetings: number;
  opinions: number | null;
  opinionsItemised: number;
  meetingsWithUnknownOpinionCount: number;
}

/** How many opinions a row has, as far as the sources tell. */
export type OpinionCount =
  | { kind: 'exact'; value: number }
  /** Some meeting did not publish an exact count: at least `value` (those itemised). */
  | { kind: 'atLeast'; value: number }
  /** Nothing itemised and no exact count. */
  | { kind: 'unknown' };

export function opinionCount(row: Pick<ApiOpinionRow, 'opinions' | 'opinionsItemised'>): OpinionCount {
  if (row.opinions !== null) return { kind: 'exact', value: row.opinions };
  return row.opinionsItemised > 0 ? { kind: 'atLeast', value: row.opinionsItemised } : { kind: 'unknown' };
}

export interface BreakdownRow<T> {
  key: string;
  label: string;
  /** The group's attribute was not reported (topic, authority … null): listed last. */
  notReported: boolean;
  count: OpinionCount;
  row: T;
}

/**
 * One row per API row, labelled; reported groups by opinions (exact or itemised) descending, then by
 * label, the "not reported" group last — or in the order `order` gives (months, a fixed list) when it gives one.
 */
export function toBreakdownRows<T extends ApiOpinionRow>(
  rows: T[],
  describe: (row: T) => { key: string; label: string; notReported: boolean; order?: string | null },
  collator: Intl.Collator = new Intl.Collator('vi', { numeric: true }),
): BreakdownRow<T>[] {
  const shaped = rows.map((row) => {
    const d = describe(row);
    return { key: d.key, label: d.label, notReported: d.notReported, order: d.order ?? null, count: opinionCount(row), row };
  });
  const size = (r: (typeof shaped)[number]) => (r.count.kind === 'unknown' ? -1 : r.count.value);
  shaped.sort((a, b) => {
    if (a.notReported !== b.notReported) return a.notReported ? 1 : -1;
    if (a.order !== null && b.order !== null) return a.order.localeCompare(b.order);
    return size(b) - size(a) || collator.compare(a.label, b.label);
  });
  return shaped.map((r) => ({ key: r.key, label: r.label, notReported: r.notReported, count: r.count, row: r.row }));
}

/** A label cut to `max` characters at a word boundary with an ellipsis, for a chart axis (tables keep it whole). */
export function shortLabel(label: string, max = 48): string {
  if (label.length <= max) return label;
  const cut = label.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}

export interface OpinionBar {
  key: string;
  label: string;
  value: number;
  /** The bar is a lower bound (the row's exact count is unknown). */
  lowerBound: boolean;
}

/**
 * Bars for a breakdown: the exact count, or the itemised opinions marked as a lower bound. A group with
 * neither (a meeting that published no exact count and itemised nothing) has no bar: the table and
 * the note under the chart say so.
 */
export function toOpinionBars<T>(rows: BreakdownRow<T>[], atLeast: (label: string) => string): OpinionBar[] {
  return rows
    .filter((r) => r.count.kind !== 'unknown')
    .map((r) => {
      const lowerBound = r.count.kind === 'atLeast';
      const value = r.count.kind === 'unknown' ? 0 : r.count.value;
      const label = shortLabel(r.label);
      return { key: r.key, label: lowerBound ? atLeast(label) : label, value, lowerBound };
    });
}

/** A count the source gave in words when it had no exact one ("more than 9"), read so it can be translated. */
export type PublishedCount =
  | { kind: 'exact'; value: number }
  | { kind: 'moreThan'; value: number }
  | { kind: 'fewerThan'; value: number }
  | { kind: 'about'; value: number }
  /** Words the page cannot read: shown as the source wrote them. */
  | { kind: 'text'; text: string }
  /** No count at all (F28): "not reported", never 0. */
  | { kind: 'notReported' };

export function publishedCount(meeting: { opinionCount: number | null; opinionCountText: string | null }): PublishedCount {
  if (meeting.opinionCount !== null) return { kind: 'exact', value: meeting.opinionCount };
  const text = meeting.opinionCountText?.trim();
  if (!text) return { kind: 'notReported' };
  const patterns: [RegExp, 'moreThan' | 'fewerThan' | 'about'][] = [
    [/^(?:more than|over|hơn|trên)\s+(\d+)$/i, 'moreThan'],
    [/^(?:fewer than|less than|under|dưới)\s+(\d+)$/i, 'fewerThan'],
    [/^(?:about|around|approximately|khoảng|gần)\s+(\d+)$/i, 'about'],
  ];
  for (const [pattern, kind] of patterns) {
    const match = pattern.exec(text);
    if (match) return { kind, value: Number(match[1]) };
  }
  return { kind: 'text', text };
}

export type Placement =
  | { kind: 'heldOn'; day: string }
  /** Undated: counted on the last day of the period its report gives. */
  | { kind: 'reportPeriodEnd'; day: string }
  | { kind: 'unplaced' };

export function placement(meeting: { heldOn: string | null; placedOn: string | null; placement: string }): Placement {
  if (meeting.heldOn) return { kind: 'heldOn', day: meeting.heldOn };
  if (meeting.placement === 'REPORT_PERIOD_END' && meeting.placedOn) return { kind: 'reportPeriodEnd', day: meeting.placedOn };
  return { kind: 'unplaced' };
}

export interface MeetingLike {
  id: string;
  kind: string;
  heldOn: string | null;
  placedOn: string | null;
  unit: { code: string; name: string; level: string };
}

const LEVEL_ORDER: Record<string, number> = { PROVINCE: 0, DISTRICT: 1, COMMUNE: 2 };

/** Meetings by the day they count on, the higher level first, then unit name (Phường 2 before Phường 10). */
export function sortMeetings<T extends MeetingLike>(
  meetings: T[],
  collator: Intl.Collator = new Intl.Collator('vi', { numeric: true }),
): T[] {
  return [...meetings].sort(
    (a, b) =>
      (a.placedOn ?? '9999').localeCompare(b.placedOn ?? '9999') ||
      (LEVEL_ORDER[a.unit.level] ?? 9) - (LEVEL_ORDER[b.unit.level] ?? 9) ||
      collator.compare(a.unit.name, b.unit.name) ||
      a.id.localeCompare(b.id, 'en', { numeric: true }),
  );
}

/**
 * The words of a row's one meeting without an exact opinion count ("more than 9", F12), read — when that
 * meeting is the row's only source of uncertainty and nothing was itemised; else null (the count says it).
 */
export function soleCountWords(row: {
  opinionsItemised: number;
  meetingsWithUnknownOpinionCount: number;
  opinionCountWords: readonly string[];
}): PublishedCount | null {
  if (row.opinionsItemised > 0 || row.meetingsWithUnknownOpinionCount !== 1 || row.opinionCountWords.length !== 1) return null;
  return publishedCount({ opinionCount: null, opinionCountText: row.opinionCountWords[0] });
}

/** Only some of the row's meetings reported it (the API's ReportedSum): the sum is a partial one. */
export function isPartialSum(sum: Pick<ReportedSum, 'value' | 'reportedBy'>, meetings: number): boolean {
  return sum.value != null && sum.reportedBy < meetings;
}

export type AnswerCategory = 'ON_SPOT' | 'LATER' | 'ANSWERED' | 'REFERRED' | 'OPEN' | 'NOT_REPORTED';

/**
 * The follow-up of a group of opinions grouped by ANSWERED_ON_SPOT and STATUS, in one word: answered on
 * the spot, answered later, answered (when is not reported), referred to the competent level, open, or
 * not reported.
 */
export function answerCategory(answeredOnSpot: boolean | null, status: string | null): AnswerCategory {
  if (status === 'REFERRED') return 'REFERRED';
  if (status === 'OPEN') return 'OPEN';
  if (answeredOnSpot === true) return 'ON_SPOT';
  if (answeredOnSpot === false) return 'LATER';
  return status === 'ANSWERED' ? 'ANSWERED' : 'NOT_REPORTED';
}

export const ANSWER_ORDER: readonly AnswerCategory[] = ['ON_SPOT', 'LATER', 'ANSWERED', 'REFERRED', 'OPEN', 'NOT_REPORTED'];

/**
 * A count of opinions with some attribute, or null when no opinion of the group reported the attribute at
 * all — which the API's rate over that attribute says by being null. "0 referred" would then be a guess.
 */
export function countIfReported(count: number, rateOverAttribute: number | null): number | null {
  return rateOverAttribute === null ? null : count;
}

/** The API rate whose denominator tells whether a count's attribute was reported. */
export const ATTRIBUTE_RATE = {
  opinionsCommuneAuthority: 'communeAuthorityShare',
  opinionsDistrictAuthority: 'communeAuthorityShare',
  opinionsHigherAuthority: 'communeAuthorityShare',
  opinionsAnsweredOnSpot: 'answeredOnSpotRate',
  opinionsReferred: 'referredRate',
  opinionsAboutProcedures: 'procedureOpinionShare',
} as const;
