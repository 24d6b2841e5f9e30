import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { UserError } from '../../shared/user-error';
import { MeetingService } from './meeting.service';
import { MeetingView } from './meeting.types';

export class MeetingIdError extends UserError {}

@Resolver(() => MeetingView)
export class MeetingResolver {
  @Query(() => MeetingView, { nullable: true, description: 'One meeting with its itemised opinions (null when there is none with this id)' })
  meeting(@Ctx() { em, sql }: GraphQLContext, @Arg('id', () => ID) id: string): Promise<MeetingView | null> {
    if (!/^\d{1,9}$/.test(id)) throw new MeetingIdError(`id must be a meeting id (digits), got ${JSON.stringify(id)}`);
    return new MeetingService(em, sql).byId(Number(id));
  }
}
