import { UserError } from '../../shared/user-error';
import { knownOpinionCount } from '../meetings/meeting-placement';
import { emptyOpinionCounts, opinionRatesOf, opinionShare, type OpinionCounts, type OpinionRates } from './metric-catalogue';
import { buckets, type Period, type TimeGrain } from './period';

export type OpinionAttribute = 'TOPIC' | 'AUTHORITY_LEVEL' | 'ANSWERED_ON_SPOT' | 'CONCERNS_PROCEDURE' | 'FIELD' | 'STATUS';
export type OpinionDimensionKey = OpinionAttribute | 'MEETING_KIND' | 'HELD_BY' | 'UNIT' | 'MEETING' | TimeGrain;
/** Whether a meeting was held by a unit the scope names or by one under it. */
export type HeldBy = 'SCOPE_UNIT' | 'UNIT_BELOW';

const ATTRIBUTES: OpinionAttribute[] = ['TOPIC', 'AUTHORITY_LEVEL', 'ANSWERED_ON_SPOT', 'CONCERNS_PROCEDURE', 'FIELD', 'STATUS'];
const TIME_GRAINS: TimeGrain[] = ['DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR'];

export class OpinionQueryError extends UserError {}

/** What the breakdown reads of an opinion; null = not reported. */
export interface OpinionFact {
  topic: string | null;
  topicEn: string | null;
  fieldId: number | null;
  concernsProcedure: boolean | null;
  authorityLevel: string | null;
  answeredOnSpot: boolean | null;
  status: string | null;
}

/** What the breakdown reads of a meeting. */
export interface MeetingFact {
  id: number;
  unitId: number;
  kind: string;
  placedOn: string | null;
  opinionCount: number | null;
  opinionCountText: string | null;
  attendees: number | null;
  businesses: number | null;
  neighbourhoods: number | null;
  opinions: OpinionFact[];
}

/**
 * A unit of the scope. Meetings are counted by who held them at the scope's first level down: a unit the
 * scope names counts as itself, any unit under it as the unit directly under the named one (a ward's
 * meeting counts for its district in a province's scope), so "held by 13 of 15" compares like with like.
 */
export interface ScopeUnit {
  id: number;
  /** The scope names it (not only a unit under one). */
  named: boolean;
  /** The named unit itself, or the unit directly under a named one that it lies under. */
  countedAs: number;
  /** Named, or directly under a named unit and in force during the period: what "of N units" counts. */
  counted: boolean;
}

/** A figure a meeting reports about itself, added over the meetings that reported it. */
export interface ReportedSum {
  /** null = no meeting of the row reported it. */
  value: number | null;
  /** Meetings of the row that reported it: fewer than `meetings` = a partial sum. */
  reportedBy: number;
}

export interface OpinionGroup {
  unitId: number | null;
  meetingId: number | null;
  meetingKind: string | null;
  heldBy: HeldBy | null;
  topic: string | null;
  topicEn: string | null;
  fieldId: number | null;
  concernsProcedure: boolean | null;
  authorityLevel: string | null;
  answeredOnSpot: boolean | null;
  status: string | null;
  periodStart: string | null;
  periodEnd: string | null;
}

export interface OpinionBreakdownRow extends OpinionGroup {
  counts: OpinionCounts;
  rates: OpinionRates;
  /** This row's itemised opinions among all itemised in the breakdown (catalogue: opinionShare). */
  opinionShare: number | null;
  /** Meetings in the row whose opinion count is unknown: why `counts.opinions` is null. */
  meetingsWithUnknownOpinionCount: number;
  /** How those meetings described their count ("more than 9"), as published. */
  opinionCountWords: string[];
  /** Distinct counted units (ScopeUnit.countedAs) that held the row's meetings. */
  unitsWithMeetings: number;
  /** Counted units of the scope (with HELD_BY: of the row's part of it): what unitsWithMeetings is out of. */
  unitsInScope: number;
  attendees: ReportedSum;
  businesses: ReportedSum;
  neighbourhoods: ReportedSum;
}

const NO_ATTRIBUTES: OpinionFact = { topic: null, topicEn: null, fieldId: null, concernsProcedure: null, authorityLevel: null, answeredOnSpot: null, status: null };

interface Contribution {
  meeting: MeetingFact;
  opinion: OpinionFact;
  itemised: boolean;
  /** Opinions this contribution stands for; null = an unknown number. */
  count: number | null;
}

/**
 * The opinions of meetings placed in a period, grouped as asked. Itemised opinions count one each
 * with their attributes. What a meeting reported beyond its itemised opinions — a published total
 * larger than the list, or a count not reported at all (F28) or not exact (F12, "more than 9") —
 * joins the row whose opinion attributes are "not reported"; an unknown count makes that row's
 * `opinions` null rather than a guess. Rates count only opinions whose attribute was reported.
 */
export function breakdownOpinions(
  meetings: MeetingFact[],
  period: Period,
  groupBy: OpinionDimensionKey[] = [],
  scopeUnits: ScopeUnit[] = [],
): OpinionBreakdownRow[] {
  const dims = [...new Set(groupBy)];
  const grains = dims.filter((d): d is TimeGrain => (TIME_GRAINS as string[]).includes(d));
  if (grains.length > 1) throw new OpinionQueryError(`groupBy may hold one time dimension, got ${grains.join(' and ')}`);
  const grain = grains[0] ?? null;
  const has = (d: OpinionDimensionKey) => dims.includes(d);
  const byAttribute = ATTRIBUTES.some(has);
  const periods = buckets(period, grain);

  const named = new Set(scopeUnits.filter((u) => u.named).map((u) => u.id));
  const countedAs = new Map(scopeUnits.map((u) => [u.id, u.countedAs]));
  const heldBy = (unitId: number): HeldBy => (named.has(unitId) ? 'SCOPE_UNIT' : 'UNIT_BELOW');
  const groups = new Map<string, { key: OpinionGroup; counts: OpinionCounts; meetings: Map<number, MeetingFact>; unknown: Set<number> }>();
  const groupOf = (key: OpinionGroup) => {
    const id = JSON.stringify(key);
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { key, counts: emptyOpinionCounts(), meetings: new Map(), unknown: new Set() }));
    return g;
  };
  const keyOf = (meeting: MeetingFact | null, opinion: OpinionFact, bucket: Period | null): OpinionGroup => ({
    unitId: meeting && has('UNIT') ? meeting.unitId : null,
    meetingId: meeting && has('MEETING') ? meeting.id : null,
    meetingKind: meeting && has('MEETING_KIND') ? meeting.kind : null,
    heldBy: meeting && has('HELD_BY') ? heldBy(meeting.unitId) : null,
    topic: has('TOPIC') ? opinion.topic : null,
    topicEn: has('TOPIC') ? opinion.topicEn : null,
    fieldId: has('FIELD') ? opinion.fieldId : null,
    concernsProcedure: has('CONCERNS_PROCEDURE') ? opinion.concernsProcedure : null,
    authorityLevel: has('AUTHORITY_LEVEL') ? opinion.authorityLevel : null,
    answeredOnSpot: has('ANSWERED_ON_SPOT') ? opinion.answeredOnSpot : null,
    status: has('STATUS') ? opinion.status : null,
    periodStart: bucket && grain ? bucket.from : null,
    periodEnd: bucket && grain ? bucket.to : null,
  });

  // A breakdown over time alone (or nothing) has a row for every bucket, as kpis does.
  if (dims.every((d) => (TIME_GRAINS as string[]).includes(d))) for (const b of periods) groupOf(keyOf(null, NO_ATTRIBUTES, b));

  for (const meeting of meetings) {
    if (!meeting.placedOn || meeting.placedOn < period.from || meeting.placedOn > period.to) continue;
    const bucket = periods.find((b) => meeting.placedOn! >= b.from && meeting.placedOn! <= b.to) ?? null;
    for (const c of contributions(meeting)) {
      // A meeting without opinions has no attributes to be grouped by.
      if (c.count === 0 && byAttribute) continue;
      const g = groupOf(keyOf(meeting, c.opinion, bucket));
      g.meetings.set(meeting.id, meeting);
      g.counts.meetings = g.meetings.size;
      if (c.count === null) g.unknown.add(meeting.id);
      g.counts.opinions = c.count === null || g.counts.opinions === null ? null : g.counts.opinions + c.count;
      if (c.itemised) addItemised(g.counts, c.opinion);
    }
  }

  const all = [...groups.values()];
  const itemised = all.reduce((s, g) => s + g.counts.opinionsItemised, 0);
  const inScope = (part: HeldBy | null) => scopeUnits.filter((u) => u.counted && (part === null || heldBy(u.id) === part)).length;
  return all
    .map((g) => {
      const held = [...g.meetings.values()];
      return {
        ...g.key,
        counts: g.counts,
        rates: opinionRatesOf(g.counts),
        opinionShare: opinionShare(g.counts.opinionsItemised, itemised),
        meetingsWithUnknownOpinionCount: g.unknown.size,
        opinionCountWords: held.filter((m) => g.unknown.has(m.id) && m.opinionCountText).map((m) => m.opinionCountText!.trim()),
        unitsWithMeetings: new Set(held.map((m) => countedAs.get(m.unitId) ?? m.unitId)).size,
        unitsInScope: inScope(g.key.heldBy),
        attendees: sumReported(held.map((m) => m.attendees)),
        businesses: sumReported(held.map((m) => m.businesses)),
        neighbourhoods: sumReported(held.map((m) => m.neighbourhoods)),
      };
    })
    .sort(
      (a, b) =>
        (a.periodStart ?? '').localeCompare(b.periodStart ?? '') ||
        (a.unitId ?? 0) - (b.unitId ?? 0) ||
        (a.meetingId ?? 0) - (b.meetingId ?? 0) ||
        (a.heldBy ?? '').localeCompare(b.heldBy ?? '') ||
        b.counts.opinionsItemised - a.counts.opinionsItemised ||
        JSON.stringify(a).localeCompare(JSON.stringify(b)),
    );
}

/** A meeting's itemised opinions, then what it reported beyond them (count 0 for a meeting without opinions). */
function contributions(meeting: MeetingFact): Contribution[] {
  const list: Contribution[] = meeting.opinions.map((opinion) => ({ meeting, opinion, itemised: true, count: 1 }));
  const known = knownOpinionCount(meeting.opinionCount, meeting.opinionCountText, meeting.opinions.length);
  if (known === null) list.push({ meeting, opinion: NO_ATTRIBUTES, itemised: false, count: null });
  else if (known > meeting.opinions.length) list.push({ meeting, opinion: NO_ATTRIBUTES, itemised: false, count: known - meeting.opinions.length });
  else if (list.length === 0) list.push({ meeting, opinion: NO_ATTRIBUTES, itemised: false, count: 0 });
  return list;
}

function sumReported(values: (number | null)[]): ReportedSum {
  const known = values.filter((v): v is number => v !== null);
  return { value: known.length ? known.reduce((s, v) => s + v, 0) : null, reportedBy: known.length };
}

function addItemised(c: OpinionCounts, o: OpinionFact): void {
  c.opinionsItemised += 1;
  if (o.answeredOnSpot === true) c.opinionsAnsweredOnSpot += 1;
  if (o.answeredOnSpot === false) c.opinionsNotAnsweredOnSpot += 1;
  if (o.status === 'ANSWERED') c.opinionsAnswered += 1;
  if (o.status === 'REFERRED') c.opinionsReferred += 1;
  if (o.status === 'OPEN') c.opinionsOpen += 1;
  if (o.concernsProcedure === true) c.opinionsAboutProcedures += 1;
  if (o.concernsProcedure === false) c.opinionsOther += 1;
  if (o.authorityLevel === 'COMMUNE') c.opinionsCommuneAuthority += 1;
  if (o.authorityLevel === 'DISTRICT') c.opinionsDistrictAuthority += 1;
  if (o.authorityLevel === 'PROVINCE') c.opinionsHigherAuthority += 1;
}
