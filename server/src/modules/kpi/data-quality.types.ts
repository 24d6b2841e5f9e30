import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars';
import { AdministrativeUnit } from '../units/administrative-unit.entity';
import { BrokenIdentityKind, FigureStatus } from './data-quality';

registerEnumType(FigureStatus, { name: 'FigureStatus' });
registerEnumType(BrokenIdentityKind, {
  name: 'BrokenIdentityKind',
  description: 'How published parts break whole = sum of parts (resolved = early + on time + overdue)',
  valuesConfig: {
    COMPLETE_SUM: { description: 'Every part was published and they do not sum to the whole' },
    PARTIAL_SUM_EXCEEDS: { description: 'Only some parts were published and they already exceed the whole' },
  },
});

@ObjectType({ description: 'A published figure set beside the value the facts give' })
export class ReportedFigureCheck {
  @Field(() => String) key!: string;
  @Field(() => String) sourceDocument!: string;
  @Field(() => AdministrativeUnit) unit!: AdministrativeUnit;
  @Field(() => String, { description: 'UNIT, UNIT_AND_DESCENDANTS, DESCENDANTS or CAMPAIGN_ENROLLED' }) scope!: string;
  @Field(() => DateScalar, { nullable: true }) periodFrom?: string | null;
  @Field(() => DateScalar, { nullable: true }) periodTo?: string | null;
  @Field(() => String) metric!: string;
  @Field(() => String, { description: "The figure in the report's own words" }) asPublished!: string;
  @Field(() => Float, { nullable: true }) reported?: number | null;
  @Field(() => Float, { nullable: true }) computed?: number | null;
  @Field(() => FigureStatus) status!: FigureStatus;
}

@ObjectType({ description: 'A published figure as a term of an identity' })
export class IdentityFigure {
  @Field(() => String) key!: string;
  @Field(() => String, { description: 'Key in the metric catalogue' }) metric!: string;
  @Field(() => Float, { description: 'The value as published' }) value!: number;
  @Field(() => String) sourceDocument!: string;
}

@ObjectType({ description: 'Published figures that contradict each other: kept as published, flagged here' })
export class BrokenIdentity {
  @Field(() => [String], { description: 'Keys of the figures involved: the whole, then the parts' }) figureKeys!: string[];
  @Field(() => BrokenIdentityKind) kind!: BrokenIdentityKind;
  @Field(() => [String], { description: 'Catalogue keys of every part the rule sums, published or not' }) partMetrics!: string[];
  @Field(() => [IdentityFigure], { description: 'The parts that were published' }) parts!: IdentityFigure[];
  @Field(() => Float, { description: 'The sum of the published parts' }) sum!: number;
  @Field(() => IdentityFigure, { description: 'The figure the parts are compared with (resolved)' }) whole!: IdentityFigure;
}

@ObjectType({ description: 'How many figures have each status' })
export class FigureStatusCounts {
  @Field(() => Int, { description: 'Every figure: match + mismatch + notComputed' }) total!: number;
  @Field(() => Int) match!: number;
  @Field(() => Int) mismatch!: number;
  @Field(() => Int) notComputed!: number;
}

@ObjectType()
export class DataQualityReport {
  @Field(() => [ReportedFigureCheck]) figures!: ReportedFigureCheck[];
  @Field(() => FigureStatusCounts, { description: 'The figures counted by status' }) statusCounts!: FigureStatusCounts;
  @Field(() => [BrokenIdentity]) brokenIdentities!: BrokenIdentity[];
}
