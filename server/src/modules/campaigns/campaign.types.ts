import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars';
import { AdministrativeUnit } from '../units/administrative-unit.entity';
import { CampaignKind } from './campaign.entity';
import type { TakeUpCounts } from './take-up';

registerEnumType(CampaignKind, {
  name: 'CampaignKind',
  description: 'What a campaign is',
  valuesConfig: {
    YEARLY_THEME: { description: "A city's theme for the year (e.g. Ho Chi Minh City 2021)" },
    PEAK_MONTH: { description: 'A peak month of administrative reform (Tân Bình, November 2021)' },
    SAME_DAY_WEEK: { description: 'A week of receiving and resolving dossiers on the same day' },
    SAME_DAY: { description: 'Same-day processing over a longer stretch (11 of 15 wards for the whole peak month)' },
    OTHER: { description: 'Any other campaign' },
  },
});

@ObjectType('CampaignEnrollment', { description: 'A unit taking part in a campaign, for all of it or for its own days' })
export class CampaignEnrollmentView {
  @Field(() => AdministrativeUnit, {
    description: 'The enrolled unit: its own desk only (a district desk, a ward), never the units under it',
  })
  unit!: AdministrativeUnit;
  @Field(() => DateScalar) startsOn!: string;
  @Field(() => DateScalar) endsOn!: string;
  @Field(() => String, { nullable: true, description: 'What the unit committed to, as published' }) commitment!: string | null;
  @Field(() => Boolean, {
    description: 'True when the source gave only a count of enrolled units and the demo chose which (F9: 11 of 15 wards)',
  })
  generated!: boolean;
}

@ObjectType('CampaignTarget', { description: 'A threshold a campaign committed to (e.g. no overdue dossier during the peak month)' })
export class CampaignTargetView {
  @Field(() => String) code!: string;
  @Field(() => String, { description: 'Key in the metric catalogue' }) metric!: string;
  @Field(() => String, { description: 'AT_LEAST (value ≥ threshold) or AT_MOST (value ≤ threshold)' }) comparator!: string;
  @Field(() => Float) threshold!: number;
  @Field(() => AdministrativeUnit, { nullable: true, description: 'The unit bound (with the units under it); null = every enrolled unit' })
  unit!: AdministrativeUnit | null;
  @Field(() => DateScalar, { nullable: true }) validFrom!: string | null;
  @Field(() => DateScalar, { nullable: true }) validTo!: string | null;
  @Field(() => String, { description: 'Legal or plan basis of the target' }) basis!: string;
}

@ObjectType('Campaign', { description: 'A yearly theme, peak month or same-day campaign; campaigns nest (the week inside the month)' })
export class CampaignView {
  @Field(() => ID) id!: number;
  @Field(() => String, { description: 'Stable key, e.g. tan-binh-2021-11-peak-month' }) code!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) nameEn!: string | null;
  @Field(() => CampaignKind) kind!: CampaignKind;
  @Field(() => DateScalar) startsOn!: string;
  @Field(() => DateScalar) endsOn!: string;
  @Field(() => Int, { description: 'Days from startsOn to endsOn, both inclusive' }) days!: number;
  @Field(() => AdministrativeUnit, { description: 'The unit that runs the campaign' }) organiser!: AdministrativeUnit;
  @Field(() => String, { nullable: true, description: 'The plan it implements, e.g. Kế hoạch 173/KH-UBND ngày 24/6/2021' }) planReference!:
    string | null;
  @Field(() => String, { nullable: true }) theme!: string | null;
  @Field(() => String, { nullable: true, description: 'The source document it comes from (e.g. 003)' }) source!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;

  /** Not in the schema: the parent's id, resolved on demand. */
  parentId!: number | null;
  /** Not in the schema: enrolments and eligible units, once loaded for this request. */
  takeUp?: Promise<CampaignTakeUp>;
}

/** Who may take part and who did: the basis of "11 of 15 wards". */
export interface CampaignTakeUp {
  enrollments: CampaignEnrollmentView[];
  /** The organiser's child units that existed on some day of the campaign. */
  eligibleUnits: AdministrativeUnit[];
  counts: TakeUpCounts;
}
