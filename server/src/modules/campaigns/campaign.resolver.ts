import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { DateScalar } from '../../graphql/scalars';
import { AdministrativeUnit } from '../units/administrative-unit.entity';
import { CampaignKind } from './campaign.entity';
import { CampaignService } from './campaign.service';
import { CampaignEnrollmentView, CampaignTargetView, CampaignView } from './campaign.types';

@Resolver(() => CampaignView)
export class CampaignResolver {
  @Query(() => [CampaignView], {
    description:
      'Campaigns, longest first on the same start day; unitCode: organised by a unit bearing the code or with one enrolled; activeOn: running that day',
  })
  campaigns(
    @Ctx() { em }: GraphQLContext,
    @Arg('unitCode', () => String, { nullable: true }) unitCode?: string | null,
    @Arg('activeOn', () => DateScalar, { nullable: true }) activeOn?: string | null,
    @Arg('kind', () => CampaignKind, { nullable: true }) kind?: CampaignKind | null,
  ): Promise<CampaignView[]> {
    return new CampaignService(em).list({ unitCode, activeOn, kind });
  }

  @Query(() => CampaignView, { nullable: true, description: 'One campaign by its code; null when there is none' })
  campaign(@Ctx() { em }: GraphQLContext, @Arg('code', () => String) code: string): Promise<CampaignView | null> {
    return new CampaignService(em).byCode(code);
  }

  @FieldResolver(() => CampaignView, {
    nullable: true,
    description: 'The campaign this one is part of (the peak month of a same-day week)',
  })
  parent(@Root() campaign: CampaignView, @Ctx() { em }: GraphQLContext): Promise<CampaignView | null> {
    return new CampaignService(em).parent(campaign);
  }

  @FieldResolver(() => [CampaignView], { description: 'Campaigns within this one' })
  children(@Root() campaign: CampaignView, @Ctx() { em }: GraphQLContext): Promise<CampaignView[]> {
    return new CampaignService(em).children(campaign);
  }

  @FieldResolver(() => [CampaignEnrollmentView], { description: "Enrolled units with their own days, the organiser's desk first" })
  async enrollments(@Root() campaign: CampaignView, @Ctx() { em }: GraphQLContext): Promise<CampaignEnrollmentView[]> {
    return (await new CampaignService(em).takeUp(campaign)).enrollments;
  }

  @FieldResolver(() => Int, { description: "Units enrolled, the organiser's own desk included when it enrolled" })
  async enrolledUnitCount(@Root() campaign: CampaignView, @Ctx() { em }: GraphQLContext): Promise<number> {
    return (await new CampaignService(em).takeUp(campaign)).counts.enrolled;
  }

  @FieldResolver(() => Boolean, { description: "Whether the organiser's own desk enrolled (the district desk in the same-day week)" })
  async organiserEnrolled(@Root() campaign: CampaignView, @Ctx() { em }: GraphQLContext): Promise<boolean> {
    return (await new CampaignService(em).takeUp(campaign)).counts.organiserEnrolled;
  }

  @FieldResolver(() => [AdministrativeUnit], {
    description: "The organiser's child units that existed on some day of the campaign: who could enrol",
  })
  async eligibleUnits(@Root() campaign: CampaignView, @Ctx() { em }: GraphQLContext): Promise<AdministrativeUnit[]> {
    return (await new CampaignService(em).takeUp(campaign)).eligibleUnits;
  }

  @FieldResolver(() => Int, { description: 'How many eligible units there were ("of 15 wards")' })
  async eligibleUnitCount(@Root() campaign: CampaignView, @Ctx() { em }: GraphQLContext): Promise<number> {
    return (await new CampaignService(em).takeUp(campaign)).counts.eligible;
  }

  @FieldResolver(() => Int, { description: 'Of the eligible units, how many enrolled ("11 of 15 wards")' })
  async enrolledEligibleUnitCount(@Root() campaign: CampaignView, @Ctx() { em }: GraphQLContext): Promise<number> {
    return (await new CampaignService(em).takeUp(campaign)).counts.enrolledEligible;
  }

  @FieldResolver(() => Int, { description: 'Of the eligible units, how many did not enrol (4 of the 15 wards in the same-day month)' })
  async notEnrolledEligibleUnitCount(@Root() campaign: CampaignView, @Ctx() { em }: GraphQLContext): Promise<number> {
    return (await new CampaignService(em).takeUp(campaign)).counts.notEnrolledEligible;
  }

  @FieldResolver(() => Int, {
    description: "Enrolled units that are neither eligible nor the organiser's own desk (a unit further down the organiser's tree)",
  })
  async otherEnrolledUnitCount(@Root() campaign: CampaignView, @Ctx() { em }: GraphQLContext): Promise<number> {
    return (await new CampaignService(em).takeUp(campaign)).counts.otherEnrolled;
  }

  @FieldResolver(() => [CampaignTargetView], { description: 'Thresholds the campaign committed to' })
  targets(@Root() campaign: CampaignView, @Ctx() { em }: GraphQLContext): Promise<CampaignTargetView[]> {
    return new CampaignService(em).targets(campaign);
  }
}
