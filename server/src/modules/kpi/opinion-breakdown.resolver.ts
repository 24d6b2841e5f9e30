import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { MeetingKind } from '../meetings/meeting.entity';
import { MeetingView } from '../meetings/meeting.types';
import { PeriodInput, ScopeInput } from './kpi.types';
import { OpinionBreakdownService } from './opinion-breakdown.service';
import { OpinionDimension, OpinionRow } from './opinion-breakdown.types';

// `meetings` lives here, not in the meetings module, because an analytics scope (ScopeInput,
// resolveScope) belongs to kpi and fact modules never import kpi.
@Resolver()
export class OpinionBreakdownResolver {
  @Query(() => [MeetingView], {
    description: 'Dialogues and conferences of the units (with descendants by default), placed in the period when one is given, with their itemised opinions',
  })
  meetings(
    @Ctx() { em, sql }: GraphQLContext,
    @Arg('scope', () => ScopeInput) scope: ScopeInput,
    @Arg('period', () => PeriodInput, { nullable: true }) period?: PeriodInput | null,
    @Arg('kind', () => MeetingKind, { nullable: true }) kind?: MeetingKind | null,
  ): Promise<MeetingView[]> {
    return new OpinionBreakdownService(em, sql).meetings(scope, period ?? null, kind ?? null);
  }

  @Query(() => [OpinionRow], { description: 'Opinions raised at the meetings placed in the period, counted and grouped as asked' })
  opinions(
    @Ctx() { em, sql }: GraphQLContext,
    @Arg('scope', () => ScopeInput) scope: ScopeInput,
    @Arg('period', () => PeriodInput) period: PeriodInput,
    @Arg('groupBy', () => [OpinionDimension], { nullable: true }) groupBy?: OpinionDimension[] | null,
  ): Promise<OpinionRow[]> {
    return new OpinionBreakdownService(em, sql).opinions(scope, period, groupBy ?? []);
  }
}
