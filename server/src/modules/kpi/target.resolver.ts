import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { requireUnitAccess } from '../../graphql/auth-checker';
import type { GraphQLContext } from '../../graphql/context';
import { DateScalar } from '../../graphql/scalars';
import { Permission } from '../accounts/role';
import { TargetService, type TargetMetric, type TargetWriter } from '../targets/target.service';
import { TargetInput, TargetView } from '../targets/target.types';
import { METRICS } from './metric-catalogue';
import { resolveScope, ScopeError } from './unit-scope';

// Here rather than in modules/targets: a target names a catalogue metric, and fact modules never import
// kpi (eslint import/no-restricted-paths). The metrics passed are those compareUnits judges (METRICS).
const TARGET_METRICS: readonly TargetMetric[] = METRICS.map((m) => ({ key: m.key, unit: m.unit }));
/** A code resolves to every unit that ever bore it when no day is asked. */
const ALL_TIME = { from: '0001-01-01', to: '9999-12-31' };

const writer = (ctx: GraphQLContext): TargetWriter => ({
  by: ctx.access,
  authorizeUnits: (unitIds) => requireUnitAccess(ctx, Permission.MANAGE_TARGETS, unitIds),
});

@Resolver()
export class TargetResolver {
  @Query(() => [TargetView], {
    description:
      'Targets by code: those bound to no unit (every unit) and, with unitCode, those bound to the unit or a unit under it; without unitCode, those bound to any unit in reach. activeOn: in force that day (a reused code then means the unit of that day); metric: on that catalogue metric',
  })
  async targets(
    @Ctx() ctx: GraphQLContext,
    @Arg('unitCode', () => String, { nullable: true }) unitCode?: string | null,
    @Arg('activeOn', () => DateScalar, { nullable: true }) activeOn?: string | null,
    @Arg('metric', () => String, { nullable: true }) metric?: string | null,
  ): Promise<TargetView[]> {
    if (unitCode != null && !unitCode.trim()) throw new ScopeError('unitCode must not be empty');
    const period = activeOn ? { from: activeOn, to: activeOn } : ALL_TIME;
    // Like every scope: a unit out of reach is FORBIDDEN, naming it.
    const unitIds = unitCode != null ? await resolveScope(ctx.sql, [unitCode.trim()], true, period) : null;
    return new TargetService(ctx.em).list({ unitIds, activeOn, metric: metric?.trim() || null, reaches: (id) => ctx.access.reaches(id) });
  }

  @Mutation(() => TargetView, {
    description:
      'Creates the target with this code or replaces it whole (ADMIN); the metric is a count or rate of the catalogue that the traffic lights judge; audited',
  })
  setTarget(@Ctx() ctx: GraphQLContext, @Arg('input', () => TargetInput) input: TargetInput): Promise<TargetView> {
    return new TargetService(ctx.em).set(input, TARGET_METRICS, writer(ctx));
  }

  @Mutation(() => Boolean, { description: 'Removes a target (ADMIN); true when removed; audited' })
  removeTarget(@Ctx() ctx: GraphQLContext, @Arg('code', () => String) code: string): Promise<boolean> {
    return new TargetService(ctx.em).remove(code, writer(ctx));
  }
}
