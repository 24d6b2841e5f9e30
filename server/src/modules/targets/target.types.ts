import { Field, Float, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars';
import { AdministrativeUnit } from '../units/administrative-unit.entity';
import { TargetComparator } from './target.entity';

registerEnumType(TargetComparator, {
  name: 'TargetComparator',
  description: 'How a value meets a threshold',
  valuesConfig: {
    AT_LEAST: { description: 'value ≥ threshold' },
    AT_MOST: { description: 'value ≤ threshold' },
  },
});

@ObjectType('Target', { description: 'A threshold on a catalogue metric, for traffic lights (legal targets, campaign commitments)' })
export class TargetView {
  @Field(() => String) code!: string;
  @Field(() => String, { description: 'Key in the metric catalogue (metrics query)' }) metric!: string;
  @Field(() => TargetComparator) comparator!: TargetComparator;
  @Field(() => Float, { description: 'Rates as fractions 0–1, counts as numbers' }) threshold!: number;
  @Field(() => AdministrativeUnit, { nullable: true, description: 'The unit bound, with the units under it; null = every unit' })
  unit!: AdministrativeUnit | null;
  @Field(() => String, { nullable: true, description: 'Code of the campaign it belongs to (it then binds the enrolled units only)' })
  campaignCode!: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'First day in force; null = always' }) validFrom!: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Last day in force; null = no end' }) validTo!: string | null;
  @Field(() => String, { description: 'Legal or plan basis' }) basis!: string;
}

@InputType({ description: 'A target, created or replaced whole by its code' })
export class TargetInput {
  @Field(() => String, { description: 'Stable key: 2–100 lower-case letters, digits, ".", "-", "_" (e.g. index766-satisfaction)' })
  code!: string;
  @Field(() => String, {
    description:
      'Key of a catalogue metric that the traffic lights judge: the dossier and rating counts and rates (receivedTotal … satisfactionRate), not the opinion metrics or rating shares',
  })
  metric!: string;
  @Field(() => TargetComparator) comparator!: TargetComparator;
  @Field(() => Float, { description: 'A fraction 0–1 for a rate (0.95 = 95%), a number ≥ 0 for a count' }) threshold!: number;
  @Field(() => String, { nullable: true, description: 'The unit bound (with the units under it); null = every unit' }) unitCode?:
    string | null;
  @Field(() => String, { nullable: true, description: 'The campaign it belongs to; null = not a campaign target' }) campaignCode?:
    string | null;
  @Field(() => DateScalar, { nullable: true }) validFrom?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Not before validFrom' }) validTo?: string | null;
  @Field(() => String, { description: 'Legal or plan basis, e.g. Quyết định 766/QĐ-TTg' }) basis!: string;
}
