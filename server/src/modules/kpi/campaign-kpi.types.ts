import { Field, Float, Int, ObjectType } from 'type-graphql';
import { PeriodRange } from './compare-periods.types';
import { TargetCheck, TargetCounts } from './compare-units.types';
import { KpiRow } from './kpi.types';

@ObjectType({ description: 'One catalogue metric of a campaign against a baseline' })
export class CampaignMetricDelta {
  @Field(() => String, { description: 'Key in the metric catalogue' }) metric!: string;
  @Field(() => Float, { nullable: true, description: 'Value during the campaign' }) value!: number | null;
  @Field(() => Float, { nullable: true, description: 'Value in the baseline' }) baseline!: number | null;
  @Field(() => Float, { nullable: true, description: 'value − baseline; null when either is null' }) difference!: number | null;
  @Field(() => Float, { nullable: true, description: 'difference / baseline; null when either is null or the baseline is 0' })
  relativeChange!: number | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      "True when the campaign did better than the baseline by the metric's direction, false when worse; null for neutral metrics, missing values or no change",
  })
  improved!: boolean | null;
}

@ObjectType({ description: 'The enrolled units over a baseline period, and the campaign against it' })
export class CampaignBaseline {
  @Field(() => PeriodRange, {
    description: "The campaign's days moved to the baseline; an enrolment for part of the campaign is moved the same way",
  })
  period!: PeriodRange;
  @Field(() => KpiRow) kpi!: KpiRow;
  @Field(() => [CampaignMetricDelta], {
    description: 'Every count and rate of a KPI row, in catalogue order: during against this baseline',
  })
  deltas!: CampaignMetricDelta[];
}

@ObjectType({ description: 'Did the campaign beat its baselines? The enrolled units, each over its own enrolled days' })
export class CampaignImpact {
  @Field(() => PeriodRange, { description: "The campaign's days" }) period!: PeriodRange;
  @Field(() => Int, { description: 'Units counted' }) unitCount!: number;
  @Field(() => KpiRow, { description: 'The enrolled units during the campaign, each over its own enrolled days' }) during!: KpiRow;
  @Field(() => CampaignBaseline, {
    description: 'The same number of days immediately before the campaign (15–20 Nov 2021 → 9–14 Nov 2021)',
  })
  baselineBefore!: CampaignBaseline;
  @Field(() => CampaignBaseline, { description: 'The same days a year earlier' }) sameLastYear!: CampaignBaseline;
  @Field(() => [TargetCheck], { description: "The campaign's targets against `during`" }) targets!: TargetCheck[];
  @Field(() => TargetCounts, { description: '`targets` met, missed and without data ("1 of 1 targets met")' }) targetCounts!: TargetCounts;
}
