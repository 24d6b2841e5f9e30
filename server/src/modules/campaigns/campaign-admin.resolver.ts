import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { requireUnitAccess } from '../../graphql/auth-checker';
import type { GraphQLContext } from '../../graphql/context';
import { DateScalar } from '../../graphql/scalars';
import { Permission } from '../accounts/role';
import { CampaignAdminService } from './campaign-admin.service';
import { CreateCampaignInput, UpdateCampaignInput } from './campaign-admin.types';
import { CampaignView } from './campaign.types';

// Who may call these is decided in graphql/auth-checker.ts (OPERATION_RULES: MANAGE_CAMPAIGNS); the
// service asks about every unit a change touches (the organiser before and after, each enrolled unit).
const service = (ctx: GraphQLContext) =>
  new CampaignAdminService(ctx.em, {
    by: ctx.access,
    authorizeUnits: (unitIds) => requireUnitAccess(ctx, Permission.MANAGE_CAMPAIGNS, unitIds),
  });

@Resolver()
export class CampaignAdminResolver {
  @Mutation(() => CampaignView, { description: 'Creates a campaign organised by a unit in reach (ORGANISER or ADMIN); audited' })
  createCampaign(@Ctx() ctx: GraphQLContext, @Arg('input', () => CreateCampaignInput) input: CreateCampaignInput): Promise<CampaignView> {
    return service(ctx).create(input);
  }

  @Mutation(() => CampaignView, {
    description:
      'Changes a campaign: only the fields given. Its enrolments and the campaigns within it must still fit the new days and organiser; audited',
  })
  updateCampaign(
    @Ctx() ctx: GraphQLContext,
    @Arg('code', () => String) code: string,
    @Arg('input', () => UpdateCampaignInput) input: UpdateCampaignInput,
  ): Promise<CampaignView> {
    return service(ctx).update(code, input);
  }

  @Mutation(() => Boolean, {
    description:
      'Deletes a campaign and its enrolments; refused while campaigns within it, targets or reported figures refer to it; true when deleted; audited',
  })
  deleteCampaign(@Ctx() ctx: GraphQLContext, @Arg('code', () => String) code: string): Promise<boolean> {
    return service(ctx).delete(code);
  }

  @Mutation(() => CampaignView, {
    description:
      "Enrols units (the organiser's own desk or units under it, existing on every enrolled day), or changes the days or commitment of units already enrolled; audited per unit",
  })
  enrollUnits(
    @Ctx() ctx: GraphQLContext,
    @Arg('campaignCode', () => String) campaignCode: string,
    @Arg('unitCodes', () => [String], { description: 'Official codes, at most 500' }) unitCodes: string[],
    @Arg('startsOn', () => DateScalar, {
      nullable: true,
      description: "Left out: the campaign's first day for a new enrolment, unchanged for one already enrolled",
    })
    startsOn?: string | null,
    @Arg('endsOn', () => DateScalar, {
      nullable: true,
      description: "Left out: the campaign's last day for a new enrolment, unchanged for one already enrolled",
    })
    endsOn?: string | null,
    @Arg('commitment', () => String, { nullable: true, description: 'What the units commit to; left out: unchanged; null: none' })
    commitment?: string | null,
  ): Promise<CampaignView> {
    return service(ctx).enroll(campaignCode, unitCodes, { startsOn, endsOn, commitment });
  }

  @Mutation(() => CampaignView, { description: 'Withdraws enrolled units from a campaign; audited per unit' })
  withdrawUnits(
    @Ctx() ctx: GraphQLContext,
    @Arg('campaignCode', () => String) campaignCode: string,
    @Arg('unitCodes', () => [String]) unitCodes: string[],
    @Arg('on', () => DateScalar, {
      nullable: true,
      description: 'A day of the enrolment, for a code reused by the 2025 reform that names two enrolled units',
    })
    on?: string | null,
  ): Promise<CampaignView> {
    return service(ctx).withdraw(campaignCode, unitCodes, on);
  }
}
