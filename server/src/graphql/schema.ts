import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AccountResolver } from '../modules/accounts/account.resolver';
import { CampaignAdminResolver } from '../modules/campaigns/campaign-admin.resolver';
import { CampaignResolver } from '../modules/campaigns/campaign.resolver';
import { CampaignKpiResolver } from '../modules/kpi/campaign-kpi.resolver';
import { ComparePeriodsResolver } from '../modules/kpi/compare-periods.resolver';
import { CompareUnitsResolver } from '../modules/kpi/compare-units.resolver';
import { DossierListResolver } from '../modules/kpi/dossier-list.resolver';
import { EarlyWarningResolver } from '../modules/kpi/early-warning.resolver';
import { Form06Resolver } from '../modules/kpi/form06.resolver';
import { KpiResolver } from '../modules/kpi/kpi.resolver';
import { OpinionBreakdownResolver } from '../modules/kpi/opinion-breakdown.resolver';
import { SatisfactionBreakdownResolver } from '../modules/kpi/satisfaction-breakdown.resolver';
import { TargetResolver } from '../modules/kpi/target.resolver';
import { IngestResolver } from '../modules/ingest/ingest.resolver';
import { MeetingResolver } from '../modules/meetings/meeting.resolver';
import { UnitResolver } from '../modules/units/unit.resolver';
import { guardSchema } from './auth-checker';

export const resolvers = [UnitResolver, KpiResolver, Form06Resolver, CompareUnitsResolver, ComparePeriodsResolver, OpinionBreakdownResolver, SatisfactionBreakdownResolver, MeetingResolver, CampaignResolver, CampaignAdminResolver, CampaignKpiResolver, TargetResolver, DossierListResolver, EarlyWarningResolver, AccountResolver, IngestResolver] as const;

/** The schema with every resolver behind the access checks of auth-checker.ts. */
export async function buildAppSchema(): Promise<GraphQLSchema> {
  return guardSchema(
    await buildSchema({
      resolvers: [...resolvers],
      validate: false,
    }),
  );
}

/** The SDL committed as schema/schema.graphql: sorted, so that it changes only when the API does. */
export function printAppSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
