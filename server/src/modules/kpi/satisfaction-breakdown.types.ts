import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars';
import { Channel } from '../../shared/enums';
import { AdministrativeUnit } from '../units/administrative-unit.entity';

export enum SatisfactionDimension {
  UNIT = 'UNIT',
  CHANNEL = 'CHANNEL',
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  YEAR = 'YEAR',
}
registerEnumType(SatisfactionDimension, { name: 'SatisfactionDimension', description: 'What satisfaction rows are grouped by; at most one time dimension' });

@ObjectType({
  description:
    'Ratings of one group, per level, with the catalogue\'s rates (fractions 0–1, null when there are no ratings). The same rows and numbers as kpis for the same scope, period and grouping.',
})
export class SatisfactionRow {
  @Field(() => AdministrativeUnit, { nullable: true }) unit!: AdministrativeUnit | null;
  @Field(() => Channel, { nullable: true, description: 'Null when not grouped by channel, or when grouped and the rating did not record one' }) channel!: Channel | null;
  @Field(() => DateScalar, { nullable: true, description: 'First day of the time bucket (clipped to the period)' }) periodStart!: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Last day of the time bucket (clipped to the period)' }) periodEnd!: string | null;
  @Field(() => Int) ratings!: number;
  @Field(() => Int) ratingsVerySatisfied!: number;
  @Field(() => Int) ratingsSatisfied!: number;
  @Field(() => Int) ratingsNeutral!: number;
  @Field(() => Int) ratingsDissatisfied!: number;
  @Field(() => Float, { nullable: true, description: '(very satisfied + satisfied) / ratings' }) satisfactionRate!: number | null;
  @Field(() => Float, { nullable: true }) verySatisfiedShare!: number | null;
  @Field(() => Float, { nullable: true }) satisfiedShare!: number | null;
  @Field(() => Float, { nullable: true }) neutralShare!: number | null;
  @Field(() => Float, { nullable: true }) dissatisfiedShare!: number | null;
}
