import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { UnitComparison } from './compare-units.types';
import { CompareUnitsService } from './compare-units.service';
import { PeriodInput, ScopeInput } from './kpi.types';

@Resolver()
export class CompareUnitsResolver {
  @Query(() => UnitComparison, {
    description:
      'Units side by side in a period — the given units, or the child units of a parent that existed then, each with everything under it; or every unit of a scope, each by its own desk — ranked by a catalogue metric, against the previous period, with target status. groupBySuccessor makes each row the latest successor of the unit (2025 reform) summed with every unit it took over, listed or not, so periods before and after a merger compare on the same rows.',
  })
  compareUnits(
    @Ctx() { em, sql }: GraphQLContext,
    @Arg('period', () => PeriodInput) period: PeriodInput,
    @Arg('parentCode', () => String, {
      nullable: true,
      description: 'Compare the units directly under this one (exactly one of parentCode, unitCodes, scope)',
    })
    parentCode?: string | null,
    @Arg('unitCodes', () => [String], { nullable: true, description: 'Compare these units (exactly one of parentCode, unitCodes, scope)' })
    unitCodes?: string[] | null,
    @Arg('scope', () => ScopeInput, {
      nullable: true,
      description:
        'Compare every unit of this scope, each by its own desk only, as kpis(scope, groupBy: [UNIT]) counts it: the overview ranks its units table so (exactly one of parentCode, unitCodes, scope; not with groupBySuccessor)',
    })
    scope?: ScopeInput | null,
    @Arg('metric', () => String, { defaultValue: 'onTimeRate', description: 'Catalogue key to rank by (see metrics)' }) metric?: string,
    @Arg('groupBySuccessor', () => Boolean, {
      defaultValue: false,
      description:
        'Group into successors: a split unit counts whole in the successor that kept its code; one with no such successor (an abolished district) stays a row of its own, counting only what no successor row holds (its own desk)',
    })
    groupBySuccessor?: boolean,
  ): Promise<UnitComparison> {
    return new CompareUnitsService(em, sql).compare({ parentCode, unitCodes, scope, period, metric, groupBySuccessor });
  }
}
