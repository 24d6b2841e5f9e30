/**
 * Where a meeting sits in time. Most meetings are dated; some are published only as activities of
 * a report's period (F11's business dialogue "during the peak month", F13's ward conferences "by
 * 29 Nov 2021"). Such a meeting counts on the last day the report says it was held by — never in
 * two periods, and never in a period its report does not reach.
 */
export enum MeetingPlacement {
  /** Counted on the day it was held. */
  HELD_ON = 'HELD_ON',
  /** Undated: counted on the last day of the period its source report gives for it. */
  REPORT_PERIOD_END = 'REPORT_PERIOD_END',
  /** Undated and no report period: listed, but outside every period. */
  UNPLACED = 'UNPLACED',
}

export interface PlacedMeeting {
  placedOn: string | null;
  placement: MeetingPlacement;
}

/** The part of a meeting that its placement depends on. */
export interface MeetingForPlacement {
  heldOn: string | null;
  unitId: number;
  parentUnitId: number | null;
  sourceDocument: string | null;
}

/** A published figure, as far as placement reads it (reported_figure). */
export interface FigureForPlacement {
  sourceDocument: string;
  unitId: number;
  scope: string;
  convention: string;
  metric: string;
  campaignId: number | null;
  periodTo: string | null;
}

/**
 * Whether a published figure is about this meeting: the same source document, an event figure
 * about meetings or opinions (not a campaign's), for the meeting's own unit or — when the figure
 * covers the units under it (F13: the wards' conferences together) — for its parent.
 */
export function figureDescribesMeeting(figure: FigureForPlacement, meeting: MeetingForPlacement): boolean {
  if (!meeting.sourceDocument || figure.sourceDocument !== meeting.sourceDocument) return false;
  if (figure.convention !== 'EVENT' || figure.campaignId !== null || !/^(meeting|opinion)/.test(figure.metric)) return false;
  const ownUnit = figure.unitId === meeting.unitId && (figure.scope === 'UNIT' || figure.scope === 'UNIT_AND_DESCENDANTS');
  const parentUnit = figure.unitId === meeting.parentUnitId && (figure.scope === 'DESCENDANTS' || figure.scope === 'UNIT_AND_DESCENDANTS');
  return ownUnit || parentUnit;
}

/** The day a meeting counts on: its date, else the latest end of the report periods about it. */
export function placeMeeting(meeting: MeetingForPlacement, figures: FigureForPlacement[]): PlacedMeeting {
  if (meeting.heldOn) return { placedOn: meeting.heldOn, placement: MeetingPlacement.HELD_ON };
  let latest: string | null = null;
  for (const f of figures) {
    if (f.periodTo && figureDescribesMeeting(f, meeting) && (latest === null || f.periodTo > latest)) latest = f.periodTo;
  }
  return latest ? { placedOn: latest, placement: MeetingPlacement.REPORT_PERIOD_END } : { placedOn: null, placement: MeetingPlacement.UNPLACED };
}

/**
 * The number of opinions a meeting had, when it is known: the published count; else, if the source
 * gave no inexact wording ("more than 9"), the opinions itemised — unless there are none (F28: not
 * reported means unknown, never 0).
 */
export function knownOpinionCount(opinionCount: number | null, opinionCountText: string | null, itemised: number): number | null {
  if (opinionCount !== null) return opinionCount;
  if (opinionCountText || itemised === 0) return null;
  return itemised;
}
