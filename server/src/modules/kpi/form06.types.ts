import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars';
import { ProcedureField } from '../procedures/procedure-field.entity';
import { AdministrativeUnit } from '../units/administrative-unit.entity';

@ObjectType({ description: 'One row of Form 06: a procedure field, or the total' })
export class Form06Row {
  @Field(() => Int, { nullable: true, description: 'Column 1: row number; null for the total' }) rowNumber?: number | null;
  @Field(() => ProcedureField, { nullable: true, description: 'Column 2: the field; null for the total' }) field?: ProcedureField | null;
  @Field(() => [Int], { description: 'Columns 3–13 in order' }) columns!: number[];
}

@ObjectType()
export class IdentityCheck {
  @Field(() => String) name!: string;
  @Field(() => Boolean) holds!: boolean;
  @Field(() => String) detail!: string;
}

@ObjectType({ description: 'The official result report (Circular 01/2020/TT-VPCP, Biểu số 06/VPCP/KSTT) with its identity checks' })
export class Form06Report {
  @Field(() => AdministrativeUnit) unit!: AdministrativeUnit;
  @Field(() => DateScalar) from!: string;
  @Field(() => DateScalar) to!: string;
  @Field(() => [Form06Row]) rows!: Form06Row[];
  @Field(() => Form06Row) total!: Form06Row;
  @Field(() => [IdentityCheck], { description: 'Every identity of every row, and next period col6 = this col11' }) checks!: IdentityCheck[];
}
