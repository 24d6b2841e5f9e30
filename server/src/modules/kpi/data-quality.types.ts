import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars';
import { AdministrativeUnit } from '../units/administrative-unit.entity';

export enum FigureStatus {
  /** The facts give the published figure exactly (counts) or to the published precision (rates). */
  MATCH = 'MATCH',
  MISMATCH = 'MISMATCH',
  /** The metric is not one the facts can compute (a meeting count, a text), or no value was published. */
  NOT_COMPUTED = 'NOT_COMPUTED',
}
registerEnumType(FigureStatus, { name: 'FigureStatus' });

@ObjectType({ description: 'A published figure set beside the value the facts give' })
export class ReportedFigureCheck {
  @Field(() => String) key!: string;
  @Field(() => String) sourceDocument!: string;
  @Field(() => AdministrativeUnit) unit!: AdministrativeUnit;
  @Field(() => String, { description: 'UNIT, UNIT_AND_DESCENDANTS, DESCENDANTS or CAMPAIGN_ENROLLED' }) scope!: string;
  @Field(() => DateScalar, { nullable: true }) periodFrom?: string | null;
  @Field(() => DateScalar, { nullable: true }) periodTo?: string | null;
  @Field(() => String) metric!: string;
  @Field(() => String, { description: 'The figure in the report\'s own words' }) asPublished!: string;
  @Field(() => Float, { nullable: true }) reported?: number | null;
  @Field(() => Float, { nullable: true }) computed?: number | null;
  @Field(() => FigureStatus) status!: FigureStatus;
}

@ObjectType({ description: 'Published figures that contradict each other: kept as published, flagged here' })
export class BrokenIdentity {
  @Field(() => [String], { description: 'Keys of the figures involved' }) figureKeys!: string[];
  @Field(() => String) rule!: string;
  @Field(() => String) detail!: string;
}

@ObjectType()
export class DataQualityReport {
  @Field(() => [ReportedFigureCheck]) figures!: ReportedFigureCheck[];
  @Field(() => [BrokenIdentity]) brokenIdentities!: BrokenIdentity[];
}
