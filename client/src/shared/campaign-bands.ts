import { formatMonth } from './format';
import type { Period } from './period';

/** What a band needs of a campaign (a subset of the API's `Campaign`). */
export interface CampaignPeriod {
  code: string;
  name: string;
  kind?: string | null;
  startsOn: string;
  endsOn: string;
}

/**
 * A shaded stretch of a trend chart's x axis: `from` and `to` are axis labels (as the chart's points are
 * labelled), so the value is a valid `TrendBand` of components/trend-chart. `codes` names every campaign
 * the band stands for.
 */
export interface CampaignBand {
  from: string;
  to: string;
  label: string;
  codes: string[];
}

export interface CampaignBandOptions {
  /** The label of the axis point a day falls in; default MM/yyyy (a chart of months, as the overview's trend). */
  axisLabel?: (day: string) => string;
  /** The band's text; default the campaign's name. */
  label?: (campaign: CampaignPeriod) => string;
  /** Kinds left out; default the yearly themes, which span the whole year and would shade everything. */
  excludeKinds?: readonly string[];
}

const DEFAULT_EXCLUDED = ['YEARLY_THEME'];
const length = (c: { startsOn: string; endsOn: string }) => Date.parse(c.endsOn) - Date.parse(c.startsOn);

/**
 * Campaign periods as bands on a trend chart of `period`: each campaign clipped to the period, those outside
 * it left out. A band that would cover the whole period tells nothing and is left out too. Campaigns that
 * fall on the same axis points (on a chart of months, a week and the month around it) share one band,
 * labelled by the longest with "(+n)" for the others. Longest first, so shorter bands draw on top.
 */
export function toCampaignBands(campaigns: readonly CampaignPeriod[], period: Period, options: CampaignBandOptions = {}): CampaignBand[] {
  const axisLabel = options.axisLabel ?? formatMonth;
  const labelOf = options.label ?? ((c: CampaignPeriod) => c.name);
  const excluded = options.excludeKinds ?? DEFAULT_EXCLUDED;
  const wholeFrom = axisLabel(period.from);
  const wholeTo = axisLabel(period.to);
  const groups = new Map<string, { from: string; to: string; members: CampaignPeriod[] }>();
  const ordered = campaigns
    .filter((c) => !(c.kind && excluded.includes(c.kind)))
    .filter((c) => c.startsOn <= period.to && c.endsOn >= period.from)
    .sort((a, b) => length(b) - length(a) || a.startsOn.localeCompare(b.startsOn) || a.code.localeCompare(b.code));
  for (const c of ordered) {
    const from = axisLabel(c.startsOn > period.from ? c.startsOn : period.from);
    const to = axisLabel(c.endsOn < period.to ? c.endsOn : period.to);
    if (from === wholeFrom && to === wholeTo) continue;
    const key = `${from}|${to}`;
    const group = groups.get(key);
    if (group) group.members.push(c);
    else groups.set(key, { from, to, members: [c] });
  }
  return [...groups.values()].map(({ from, to, members }) => ({
    from,
    to,
    label: labelOf(members[0]) + (members.length > 1 ? ` (+${members.length - 1})` : ''),
    codes: members.map((m) => m.code),
  }));
}
