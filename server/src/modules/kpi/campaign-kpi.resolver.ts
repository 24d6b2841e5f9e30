import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { CampaignView } from '../campaigns/campaign.types';
import { CampaignImpact } from './campaign-kpi.types';
import { CampaignKpiService } from './campaign-kpi.service';
import { KpiDimension, KpiRow } from './kpi.types';

// Enrolled units count as their own desks only: an enrolled ward is that ward, and the enrolled
// district desk is the district's own desk, not its wards, which enrol (and count) separately.
const INCLUDE_ORGANISER =
  "Unset: the enrolled units. true: also the organiser's own desk over the whole campaign when it did not enrol. false: without the organiser's desk (the wards alone)";

// The KPI fields of a campaign live in kpi: the campaigns module holds facts and never imports kpi.
@Resolver(() => CampaignView)
export class CampaignKpiResolver {
  @FieldResolver(() => [KpiRow], {
    description:
      "KPIs of the enrolled units during the campaign, each unit over its own enrolled days, by grain (null: the whole campaign) and optionally per unit. An enrolment counts the unit's own desk, never the units under it (the district desk's enrolment is the district's own dossiers). Rows only for buckets some enrolment covers; periodStart/periodEnd are the campaign's buckets.",
  })
  progress(
    @Root() campaign: CampaignView,
    @Ctx() { em, sql }: GraphQLContext,
    @Arg('grain', () => KpiDimension, { nullable: true, defaultValue: KpiDimension.DAY, description: 'DAY, WEEK, MONTH, QUARTER or YEAR; null = one row for the whole campaign' })
    grain: KpiDimension | null,
    @Arg('perUnit', () => Boolean, { defaultValue: false, description: 'One row per enrolled unit and bucket' }) perUnit: boolean,
    @Arg('includeOrganiser', () => Boolean, { nullable: true, description: INCLUDE_ORGANISER }) includeOrganiser?: boolean | null,
  ): Promise<KpiRow[]> {
    return new CampaignKpiService(em, sql).progress(campaign, { grain, perUnit, includeOrganiser });
  }

  @FieldResolver(() => CampaignImpact, {
    nullable: true,
    description:
      'The enrolled units (own desks, own days) during the campaign against the same number of days just before it and the same days a year earlier, with a delta per catalogue metric; null when no unit takes part',
  })
  impact(
    @Root() campaign: CampaignView,
    @Ctx() { em, sql }: GraphQLContext,
    @Arg('includeOrganiser', () => Boolean, { nullable: true, description: INCLUDE_ORGANISER }) includeOrganiser?: boolean | null,
  ): Promise<CampaignImpact | null> {
    return new CampaignKpiService(em, sql).impact(campaign, { includeOrganiser });
  }
}
