import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { KpiDimension, KpiRow, Metric, PeriodInput, ScopeInput } from './kpi.types';
import { KpiService } from './kpi.service';
import { CATALOGUE } from './metric-catalogue';

@Resolver()
export class KpiResolver {
  @Query(() => [KpiRow], { description: 'Form 06 counts and rates for units and a period, grouped as asked' })
  kpis(
    @Ctx() { em, sql }: GraphQLContext,
    @Arg('scope', () => ScopeInput) scope: ScopeInput,
    @Arg('period', () => PeriodInput) period: PeriodInput,
    @Arg('groupBy', () => [KpiDimension], { nullable: true }) groupBy?: KpiDimension[] | null,
  ): Promise<KpiRow[]> {
    return new KpiService(em, sql).kpis(scope, period, groupBy ?? []);
  }

  @Query(() => [Metric], { description: 'The metric catalogue: names, descriptions, units and directions' })
  metrics(): Metric[] {
    return CATALOGUE.map((m) => Object.assign(new Metric(), { ...m, form06Column: m.form06Column ?? null }));
  }
}
