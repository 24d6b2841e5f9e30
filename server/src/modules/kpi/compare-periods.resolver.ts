import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { DateScalar } from '../../graphql/scalars';
import { PeriodComparison, PeriodConvention, PeriodKind, PeriodPreset, PeriodRange } from './compare-periods.types';
import { ComparePeriodsService, reportingPeriod } from './compare-periods.service';
import { PeriodInput, ScopeInput } from './kpi.types';

@Resolver()
export class ComparePeriodsResolver {
  @Query(() => PeriodComparison, {
    description:
      'KPIs of a scope in a base period against other periods — presets derived from it and/or explicit periods (neither: the previous period and the same period last year) — with a delta per catalogue metric. asOf compares like for like to date: the base is cut at asOf, every other period after as many days.',
  })
  comparePeriods(
    @Ctx() { em, sql }: GraphQLContext,
    @Arg('scope', () => ScopeInput) scope: ScopeInput,
    @Arg('period', () => PeriodInput) period: PeriodInput,
    @Arg('against', () => [PeriodPreset], { nullable: true }) against?: PeriodPreset[] | null,
    @Arg('periods', () => [PeriodInput], { nullable: true }) periods?: PeriodInput[] | null,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf?: string | null,
  ): Promise<PeriodComparison> {
    return new ComparePeriodsService(em, sql).compare({ scope, period, against, periods, asOf });
  }

  @Query(() => PeriodRange, {
    description: 'The days of a named month, quarter, half or year, in the calendar or the Decree 09/2019 reporting convention',
  })
  reportingPeriod(
    @Arg('kind', () => PeriodKind) kind: PeriodKind,
    @Arg('year', () => Int) year: number,
    @Arg('index', () => Int, { defaultValue: 1, description: 'Month 1–12, quarter 1–4, half 1–2; 1 for a year' }) index: number,
    @Arg('convention', () => PeriodConvention, { defaultValue: PeriodConvention.CALENDAR }) convention: PeriodConvention,
  ): PeriodRange {
    return reportingPeriod(kind, year, index, convention);
  }
}
