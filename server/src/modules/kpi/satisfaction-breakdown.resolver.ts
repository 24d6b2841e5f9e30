import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { PeriodInput, ScopeInput } from './kpi.types';
import { SatisfactionBreakdownService } from './satisfaction-breakdown.service';
import { SatisfactionDimension, SatisfactionRow } from './satisfaction-breakdown.types';

@Resolver()
export class SatisfactionBreakdownResolver {
  @Query(() => [SatisfactionRow], { description: 'Satisfaction ratings per level and the satisfaction rate for units and a period, grouped as asked' })
  satisfaction(
    @Ctx() { em, sql }: GraphQLContext,
    @Arg('scope', () => ScopeInput) scope: ScopeInput,
    @Arg('period', () => PeriodInput) period: PeriodInput,
    @Arg('groupBy', () => [SatisfactionDimension], { nullable: true }) groupBy?: SatisfactionDimension[] | null,
  ): Promise<SatisfactionRow[]> {
    return new SatisfactionBreakdownService(em, sql).satisfaction(scope, period, groupBy ?? []);
  }
}
