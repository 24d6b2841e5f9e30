import { Field, InputType } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars';
import { CampaignKind } from './campaign.entity';

@InputType({ description: 'A new campaign, organised by a unit in reach of the account' })
export class CreateCampaignInput {
  @Field(() => String, {
    description: 'Stable key, unique: 2–100 lower-case letters, digits, ".", "-", "_" (e.g. tan-binh-2026-03-peak-month)',
  })
  code!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) nameEn?: string | null;
  @Field(() => CampaignKind) kind!: CampaignKind;
  @Field(() => String, { description: 'Official code of the unit that runs it; the unit must exist on every day of the campaign' })
  organiserCode!: string;
  @Field(() => DateScalar) startsOn!: string;
  @Field(() => DateScalar, { description: 'Not before startsOn' }) endsOn!: string;
  @Field(() => String, {
    nullable: true,
    description: "The campaign this one is part of: its days contain this one's, its organiser is this one's organiser or a unit above it",
  })
  parentCode?: string | null;
  @Field(() => String, { nullable: true, description: 'The plan it implements, e.g. Kế hoạch 173/KH-UBND ngày 24/6/2021' }) planReference?:
    string | null;
  @Field(() => String, { nullable: true }) theme?: string | null;
  @Field(() => String, { nullable: true, description: 'The source document it comes from' }) source?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType({ description: 'Changes to a campaign: a field left out stays as it is; null clears an optional field' })
export class UpdateCampaignInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) nameEn?: string | null;
  @Field(() => CampaignKind, { nullable: true }) kind?: CampaignKind | null;
  @Field(() => String, { nullable: true, description: 'A new organiser: every enrolled unit must be it or under it' }) organiserCode?:
    string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Enrolments and campaigns within this one must still fit in the new days' })
  startsOn?: string | null;
  @Field(() => DateScalar, { nullable: true }) endsOn?: string | null;
  @Field(() => String, { nullable: true, description: 'null: no longer part of another campaign' }) parentCode?: string | null;
  @Field(() => String, { nullable: true }) planReference?: string | null;
  @Field(() => String, { nullable: true }) theme?: string | null;
  @Field(() => String, { nullable: true }) source?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}
