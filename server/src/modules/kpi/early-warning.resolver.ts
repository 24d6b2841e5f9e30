import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { DateScalar } from '../../graphql/scalars';
import { MAX_TOP_GROUPS, MAX_WITHIN_WORKING_DAYS } from './early-warning';
import { EarlyWarning } from './early-warning.types';
import { EarlyWarningService } from './early-warning.service';
import { ScopeInput } from './kpi.types';

@Resolver()
export class EarlyWarningResolver {
  @Query(() => EarlyWarning, {
    description: 'Unfinished dossiers about to turn overdue: due from asOf through the n-th working day after it, by unit and procedure',
  })
  earlyWarning(
    @Ctx() { em, sql }: GraphQLContext,
    @Arg('scope', () => ScopeInput) scope: ScopeInput,
    @Arg('asOf', () => DateScalar, { description: 'The day the warning is for (usually today)' }) asOf: string,
    @Arg('withinWorkingDays', () => Int, {
      nullable: true,
      defaultValue: 3,
      description: `How many working days ahead to look: 0–${MAX_WITHIN_WORKING_DAYS}`,
    })
    withinWorkingDays: number | null,
    @Arg('topGroups', () => Int, {
      nullable: true,
      description: `Only the most urgent groups, 1–${MAX_TOP_GROUPS} (a dashboard's top list); all of them when left out`,
    })
    topGroups: number | null,
  ): Promise<EarlyWarning> {
    return new EarlyWarningService(em, sql).earlyWarning(scope, asOf, withinWorkingDays ?? 3, topGroups ?? undefined);
  }
}
