import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars';
import { Channel } from '../../shared/enums';
import { AdministrativeUnit } from '../units/administrative-unit.entity';
import { ProcedureField } from '../procedures/procedure-field.entity';
import { Procedure } from '../procedures/procedure.entity';

export enum KpiDimension {
  UNIT = 'UNIT',
  FIELD = 'FIELD',
  PROCEDURE = 'PROCEDURE',
  CHANNEL = 'CHANNEL',
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  YEAR = 'YEAR',
}
registerEnumType(KpiDimension, { name: 'KpiDimension', description: 'What KPI rows are grouped by; at most one time dimension' });

@InputType({ description: 'Units by official code; with descendants (default), everything under them too' })
export class ScopeInput {
  @Field(() => [String])
  unitCodes!: string[];

  @Field(() => Boolean, { defaultValue: true })
  includeDescendants: boolean = true;
}

@InputType({ description: 'Local days (Asia/Ho_Chi_Minh), both inclusive; at most 10 years' })
export class PeriodInput {
  @Field(() => DateScalar)
  from!: string;

  @Field(() => DateScalar)
  to!: string;
}

@ObjectType({ description: 'Form 06 counts and catalogue rates for one group; rates are fractions 0–1, null when their denominator is 0' })
export class KpiRow {
  @Field(() => AdministrativeUnit, { nullable: true }) unit?: AdministrativeUnit | null;
  @Field(() => ProcedureField, { nullable: true }) field?: ProcedureField | null;
  @Field(() => Procedure, { nullable: true }) procedure?: Procedure | null;
  @Field(() => Channel, { nullable: true }) channel?: Channel | null;
  @Field(() => DateScalar, { nullable: true, description: 'First day of the time bucket (clipped to the period)' }) periodStart?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Last day of the time bucket (clipped to the period)' }) periodEnd?: string | null;

  @Field(() => Int, { description: 'Form 06 col. 3 = received + carriedOver' }) receivedTotal!: number;
  @Field(() => Int, { description: 'Received in the period (col. 4 + 5)' }) received!: number;
  @Field(() => Int, { description: 'col. 4' }) receivedOnline!: number;
  @Field(() => Int, { description: 'col. 5' }) receivedInPerson!: number;
  @Field(() => Int, { description: 'col. 6: pending at the start of the period' }) carriedOver!: number;
  @Field(() => Int, { description: 'col. 7' }) resolved!: number;
  @Field(() => Int, { description: 'col. 8' }) early!: number;
  @Field(() => Int, { description: 'col. 9' }) onTime!: number;
  @Field(() => Int, { description: 'col. 10' }) overdue!: number;
  @Field(() => Int, { description: 'col. 11: pending at the end of the period' }) pending!: number;
  @Field(() => Int, { description: 'col. 12' }) pendingWithinDeadline!: number;
  @Field(() => Int, { description: 'col. 13' }) pendingOverdue!: number;
  @Field(() => Int) sameDay!: number;
  @Field(() => Float, { nullable: true, description: '(early + onTime) / resolved' }) onTimeRate!: number | null;
  @Field(() => Float, { nullable: true }) earlyRate!: number | null;
  @Field(() => Float, { nullable: true }) overdueRate!: number | null;
  @Field(() => Float, { nullable: true }) sameDayRate!: number | null;
  @Field(() => Float, { nullable: true }) onlineShare!: number | null;
  @Field(() => Int, { description: 'Ratings are per unit, channel and day: 0 when rows are per field or procedure' }) ratings!: number;
  @Field(() => Int) ratingsVerySatisfied!: number;
  @Field(() => Int) ratingsSatisfied!: number;
  @Field(() => Int) ratingsNeutral!: number;
  @Field(() => Int) ratingsDissatisfied!: number;
  @Field(() => Float, { nullable: true, description: '(very satisfied + satisfied) / ratings' }) satisfactionRate!: number | null;
}

@ObjectType({ description: 'A metric of the catalogue: what every screen and export shows under this name' })
export class Metric {
  @Field(() => String) key!: string;
  @Field(() => String) nameVi!: string;
  @Field(() => String) nameEn!: string;
  @Field(() => String) description!: string;
  @Field(() => String, { description: 'COUNT or RATE (a fraction 0–1)' }) unit!: string;
  @Field(() => String, { description: 'HIGHER_IS_BETTER, LOWER_IS_BETTER or NEUTRAL' }) direction!: string;
  @Field(() => Int, { nullable: true, description: 'Column of Form 06' }) form06Column?: number | null;
}
