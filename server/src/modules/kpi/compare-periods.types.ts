import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars';
import { KpiRow } from './kpi.types';

export enum PeriodPreset {
  PREVIOUS_PERIOD = 'PREVIOUS_PERIOD',
  SAME_PERIOD_LAST_YEAR = 'SAME_PERIOD_LAST_YEAR',
  REPORTING_WINDOW = 'REPORTING_WINDOW',
  CALENDAR_PERIOD = 'CALENDAR_PERIOD',
}
registerEnumType(PeriodPreset, {
  name: 'PeriodPreset',
  description: 'A period derived from the base period',
  valuesConfig: {
    PREVIOUS_PERIOD: {
      description:
        'The period just before, of the same kind (Nov 2021 → Oct 2021; reporting window 15 Oct–14 Nov → 15 Sep–14 Oct; 15–20 Nov → 9–14 Nov)',
    },
    SAME_PERIOD_LAST_YEAR: { description: 'The same days a year earlier' },
    REPORTING_WINDOW: {
      description:
        'The Decree 09/2019 reporting window of the same name (calendar Nov 2021 → 15 Oct–14 Nov 2021); the base must be a calendar month, quarter, half or year',
    },
    CALENDAR_PERIOD: {
      description: 'The calendar period of the same name (reporting window Nov 2021 → 1–30 Nov 2021); the base must be a reporting window',
    },
  },
});

export enum PeriodKind {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  HALF = 'HALF',
  YEAR = 'YEAR',
}
registerEnumType(PeriodKind, { name: 'PeriodKind', description: 'Kind of a named period' });

export enum PeriodConvention {
  CALENDAR = 'CALENDAR',
  REPORTING_WINDOW = 'REPORTING_WINDOW',
}
registerEnumType(PeriodConvention, {
  name: 'PeriodConvention',
  description:
    'CALENDAR: as on the calendar (national portal). REPORTING_WINDOW (Decree 09/2019): month n = 15th of n−1 to 14th of n; Q1 = 15 Dec–14 Mar; year = 15 Dec–14 Dec',
});

@ObjectType({ description: 'Which named period a period is' })
export class PeriodName {
  @Field(() => PeriodKind) kind!: PeriodKind;
  @Field(() => Int, { description: 'The year the period ends in' }) year!: number;
  @Field(() => Int, { description: 'Month 1–12, quarter 1–4, half 1–2, year 1' }) index!: number;
  @Field(() => PeriodConvention) convention!: PeriodConvention;
}

@ObjectType('Period', { description: 'Local days (Asia/Ho_Chi_Minh), both inclusive' })
export class PeriodRange {
  @Field(() => DateScalar) from!: string;
  @Field(() => DateScalar) to!: string;
  @Field(() => Int, { description: 'Number of days' }) days!: number;
  @Field(() => PeriodName, {
    nullable: true,
    description: 'The named month, quarter, half or year this period is exactly; null for any other range',
  })
  name?: PeriodName | null;
}

@ObjectType({ description: 'One catalogue metric of a compared period against the base period' })
export class MetricDelta {
  @Field(() => String, { description: 'Key in the metric catalogue' }) metric!: string;
  @Field(() => Float, { nullable: true, description: 'Value in this period' }) value!: number | null;
  @Field(() => Float, { nullable: true, description: 'Value in the base period' }) baseValue!: number | null;
  @Field(() => Float, { nullable: true, description: 'value − baseValue; null when either is null' }) difference!: number | null;
  @Field(() => Float, { nullable: true, description: 'difference / baseValue; null when either is null or baseValue is 0' })
  relativeChange!: number | null;
  @Field(() => Float, {
    nullable: true,
    description:
      'baseValue − value: how the base moved since this period (a KPI card against the previous period); null when either is null',
  })
  baseChange!: number | null;
  @Field(() => Float, { nullable: true, description: 'baseChange / value; null when either is null or value is 0' })
  baseRelativeChange!: number | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      "True when the base period did better than this one by the metric's direction, false when worse; null for neutral metrics, missing values or no change",
  })
  baseIsBetter!: boolean | null;
}

@ObjectType({ description: 'The base period or one period compared with it' })
export class PeriodComparisonRow {
  @Field(() => String, { description: 'BASE, the preset (PREVIOUS_PERIOD…), or PERIOD_n for the n-th of `periods`' }) label!: string;
  @Field(() => PeriodPreset, { nullable: true }) preset?: PeriodPreset | null;
  @Field(() => PeriodRange, { description: 'The days counted (cut to date when asOf was given)' }) period!: PeriodRange;
  @Field(() => KpiRow) kpi!: KpiRow;
  @Field(() => [MetricDelta], { description: 'Every catalogue metric against the base period, in catalogue order; empty for the base row' })
  deltas!: MetricDelta[];
}

@ObjectType({ description: "A scope's KPIs in a base period and in the periods compared with it" })
export class PeriodComparison {
  @Field(() => PeriodComparisonRow) base!: PeriodComparisonRow;
  @Field(() => [PeriodComparisonRow], { description: 'Presets first (in the order asked), then the explicit periods' })
  compared!: PeriodComparisonRow[];
  @Field(() => DateScalar, { nullable: true, description: 'Like-for-like cut-off applied, if any' }) asOf?: string | null;
}
