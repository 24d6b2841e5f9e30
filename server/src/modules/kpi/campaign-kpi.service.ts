import type { EntityManager } from '@mikro-orm/postgresql';
import type { SqlClient } from '../../db/sql-client';
import { UserError } from '../../shared/user-error';
import { CampaignService } from '../campaigns/campaign.service';
import type { CampaignView } from '../campaigns/campaign.types';
import {
  baselineBefore,
  baselineWindow,
  CAMPAIGN_METRICS,
  campaignDeltas,
  enrolmentWindows,
  mergeWindowRows,
  type CountsRow,
  type EnrolmentDays,
  type EnrolmentWindow,
  type MergedRow,
} from './campaign-impact';
import { CampaignBaseline, CampaignImpact, CampaignMetricDelta } from './campaign-kpi.types';
import { periodRange } from './compare-periods.service';
import { TargetCheck, TargetCounts, TargetOutcome } from './compare-units.types';
import { computeKpis, type KpiDimensionKey } from './kpi-engine';
import { KpiService } from './kpi.service';
import type { KpiDimension, KpiRow } from './kpi.types';
import { metricValue } from './metric-catalogue';
import { samePeriodLastYear, type Period, type TimeGrain } from './period';
import { outcomeCounts, targetOutcome } from './target-status';

export class CampaignKpiError extends UserError {}

const TIME_GRAINS: readonly string[] = ['DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR'];

export interface CampaignUnits {
  /**
   * null: the enrolled units as enrolled. true: the organiser's own desk counts over the whole
   * campaign even when it did not enrol. false: the organiser's desk is left out (the wards alone).
   */
  includeOrganiser?: boolean | null;
}

export interface ProgressQuery extends CampaignUnits {
  /** A time grain; null = one row for the whole campaign. */
  grain: KpiDimension | null;
  perUnit: boolean;
}

/**
 * A campaign's KPIs over its enrolled units, each over its own enrolled days. An enrolment is the
 * unit's own desk, never the units under it: the enrolled district desk counts the district's own
 * dossiers (F7: 117 the same day), because its wards enrol, and are counted, separately.
 */
export class CampaignKpiService {
  private readonly kpis: KpiService;
  private readonly campaigns: CampaignService;

  constructor(
    em: EntityManager,
    private readonly sql: SqlClient,
  ) {
    this.kpis = new KpiService(em, sql);
    this.campaigns = new CampaignService(em);
  }

  async progress(campaign: CampaignView, query: ProgressQuery): Promise<KpiRow[]> {
    const grain = timeGrain(query.grain);
    const windows = await this.windows(campaign, query);
    const groupBy: KpiDimensionKey[] = [...(query.perUnit ? (['UNIT'] as const) : []), ...(grain ? [grain] : [])];
    const rows = await this.engineRows(windows, (w) => w.period, groupBy);
    return this.toKpiRows(mergeWindowRows(campaignPeriod(campaign), grain, rows));
  }

  /** null when no unit takes part (a yearly theme without enrolments): there is nothing to measure. */
  async impact(campaign: CampaignView, units: CampaignUnits): Promise<CampaignImpact | null> {
    const windows = await this.windows(campaign, units);
    if (windows.length === 0) return null;
    const period = campaignPeriod(campaign);
    const total = async (move: (w: EnrolmentWindow) => Period) =>
      mergeWindowRows(period, null, await this.engineRows(windows, move, []))[0];
    const [during, before, lastYear, targets] = await Promise.all([
      total((w) => w.period),
      total((w) => baselineWindow(period, w.period, 'BEFORE')),
      total((w) => baselineWindow(period, w.period, 'SAME_PERIOD_LAST_YEAR')),
      this.campaigns.targets(campaign),
    ]);
    const [duringRow, beforeRow, lastYearRow] = await this.toKpiRows([during, before, lastYear]);
    const baseline = (p: Period, row: KpiRow, counts: MergedRow) =>
      Object.assign(new CampaignBaseline(), {
        period: periodRange(p),
        kpi: row,
        deltas: campaignDeltas(during.counts, counts.counts).map((d) => Object.assign(new CampaignMetricDelta(), d)),
      });
    const checks = targets.map((t) => {
      // A target on a metric a KPI row does not carry (opinions…) cannot be judged here.
      const value = CAMPAIGN_METRICS.some((m) => m.key === t.metric) ? metricValue(t.metric, during.counts) : null;
      return Object.assign(new TargetCheck(), {
        ...t,
        value,
        status: targetOutcome(value, t.comparator as 'AT_LEAST' | 'AT_MOST', t.threshold) as TargetOutcome,
      });
    });
    return Object.assign(new CampaignImpact(), {
      period: periodRange(period),
      unitCount: new Set(windows.flatMap((w) => w.unitIds)).size,
      during: duringRow,
      baselineBefore: baseline(baselineBefore(period), beforeRow, before),
      sameLastYear: baseline(samePeriodLastYear(period), lastYearRow, lastYear),
      targets: checks,
      targetCounts: Object.assign(new TargetCounts(), outcomeCounts(checks.map((c) => c.status))),
    });
  }

  /** The units counted and their days, grouped so that units sharing their days cost one engine call. */
  private async windows(campaign: CampaignView, { includeOrganiser }: CampaignUnits): Promise<EnrolmentWindow[]> {
    const { enrollments } = await this.campaigns.takeUp(campaign);
    const organiserId = campaign.organiser.id;
    let days: EnrolmentDays[] = enrollments.map((e) => ({ unitId: e.unit.id, startsOn: e.startsOn, endsOn: e.endsOn }));
    if (includeOrganiser === false) days = days.filter((d) => d.unitId !== organiserId);
    if (includeOrganiser === true && !days.some((d) => d.unitId === organiserId))
      days.push({ unitId: organiserId, startsOn: campaign.startsOn, endsOn: campaign.endsOn });
    return enrolmentWindows(campaignPeriod(campaign), days);
  }

  /** One engine call per window, over exactly the window's units (no descendants). */
  private async engineRows(
    windows: EnrolmentWindow[],
    periodOf: (w: EnrolmentWindow) => Period,
    groupBy: KpiDimensionKey[],
  ): Promise<CountsRow[]> {
    const results = await Promise.all(windows.map((w) => computeKpis(this.sql, { unitIds: w.unitIds, period: periodOf(w), groupBy })));
    return results.flat().map((r) => ({ unitId: r.unitId, periodStart: r.periodStart, counts: r.counts }));
  }

  private toKpiRows(rows: MergedRow[]): Promise<KpiRow[]> {
    return this.kpis.toRows(rows.map((r) => ({ ...r, fieldId: null, procedureId: null, channel: null })));
  }
}

const campaignPeriod = (c: CampaignView): Period => ({ from: c.startsOn, to: c.endsOn });

function timeGrain(grain: KpiDimension | null): TimeGrain | null {
  if (grain === null) return null;
  if (!TIME_GRAINS.includes(grain))
    throw new CampaignKpiError(`grain must be a time dimension (DAY, WEEK, MONTH, QUARTER or YEAR) or null, got ${grain}`);
  return grain as TimeGrain;
}
