import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AdministrativeUnit } from '../units/administrative-unit.entity';
import { PeriodRange } from './compare-periods.types';
import { KpiRow, Metric } from './kpi.types';

export enum TargetOutcome {
  MET = 'MET',
  MISSED = 'MISSED',
  NO_DATA = 'NO_DATA',
}
registerEnumType(TargetOutcome, {
  name: 'TargetOutcome',
  description:
    'A target against a row: MET / MISSED (thresholds inclusive), NO_DATA when the metric has no value (a rate without denominator)',
});

export enum TrafficLight {
  GREEN = 'GREEN',
  AMBER = 'AMBER',
  RED = 'RED',
  GREY = 'GREY',
}
registerEnumType(TrafficLight, {
  name: 'TrafficLight',
  description: 'Overall status of a row against its applicable targets',
  valuesConfig: {
    GREEN: { description: 'Every applicable target met' },
    AMBER: { description: 'None missed, but some could not be judged (no data)' },
    RED: { description: 'At least one target missed' },
    GREY: { description: 'Nothing to judge: no applicable target, or none with data' },
  },
});

@ObjectType({ description: 'One target (legal or campaign threshold) applied to a row' })
export class TargetCheck {
  @Field(() => String) code!: string;
  @Field(() => String, { description: 'Key in the metric catalogue' }) metric!: string;
  @Field(() => String, { description: 'AT_LEAST (value ≥ threshold) or AT_MOST (value ≤ threshold)' }) comparator!: string;
  @Field(() => Float) threshold!: number;
  @Field(() => Float, { nullable: true, description: "The row's value of the metric in the period" }) value!: number | null;
  @Field(() => TargetOutcome) status!: TargetOutcome;
  @Field(() => String, { description: 'Legal or plan basis of the target' }) basis!: string;
}

@ObjectType({ description: 'How many targets were met, missed or could not be judged' })
export class TargetCounts {
  @Field(() => Int, { description: 'Targets MET' }) met!: number;
  @Field(() => Int, { description: 'Targets MISSED' }) missed!: number;
  @Field(() => Int, { description: 'Targets with NO_DATA' }) noData!: number;
  @Field(() => Int, { description: 'Targets judged: met + missed + noData' }) total!: number;
}

@ObjectType({ description: 'One unit (with everything under it) in a unit comparison' })
export class UnitComparisonRow {
  @Field(() => AdministrativeUnit, { description: 'The unit; grouped by successor, the successor' }) unit!: AdministrativeUnit;
  @Field(() => [AdministrativeUnit], {
    description: 'Grouped by successor: the predecessors whose figures are summed into this row; otherwise empty',
  })
  members!: AdministrativeUnit[];
  @Field(() => [AdministrativeUnit], {
    description:
      'Members split between several successors and counted whole in this row, the one that kept their code (dossiers carry no address to apportion them)',
  })
  splitMembers!: AdministrativeUnit[];
  @Field(() => KpiRow, { description: 'KPIs in the period, descendants included (compared by scope: the own desk only)' }) kpi!: KpiRow;
  @Field(() => KpiRow, { description: 'KPIs in the previous period, same units' }) previous!: KpiRow;
  @Field(() => Float, { nullable: true, description: 'The ranking metric in the period' }) value!: number | null;
  @Field(() => Float, { nullable: true, description: 'The ranking metric in the previous period' }) previousValue!: number | null;
  @Field(() => Int, { nullable: true, description: "1 = best by the metric's direction; equal values share a rank; null without a value" })
  rank!: number | null;
  @Field(() => Int, {
    nullable: true,
    description:
      "1 = worst by the metric's direction (a volume: the smallest); equal values share it; null without a value. The bottom of the list as rank is its top",
  })
  rankFromBottom!: number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Rows sharing this rank, this one included (all 16 desks at 100% on time: 16); null without a rank',
  })
  tiedAtRank!: number | null;
  @Field(() => Int, { nullable: true }) previousRank!: number | null;
  @Field(() => Int, { nullable: true, description: 'previousRank − rank: positive = moved up' }) rankChange!: number | null;
  @Field(() => [TargetCheck], { description: 'Every target in force during the period whose unit and campaign scope cover this row' })
  targetStatus!: TargetCheck[];
  @Field(() => TrafficLight) trafficLight!: TrafficLight;
}

@ObjectType({ description: 'Units side by side for a period, ranked by one catalogue metric, with the previous period and targets' })
export class UnitComparison {
  @Field(() => Metric, { description: 'The ranking metric' }) metric!: Metric;
  @Field(() => PeriodRange) period!: PeriodRange;
  @Field(() => PeriodRange, { description: 'The period just before, of the same kind' }) previousPeriod!: PeriodRange;
  @Field(() => Boolean) groupedBySuccessor!: boolean;
  @Field(() => [UnitComparisonRow], { description: 'By rank (unranked last), then by name' }) rows!: UnitComparisonRow[];
  @Field(() => Int, { description: 'Rows with a rank (a value of the metric)' }) rankedRows!: number;
}
