import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars';
import { ProcedureField } from '../procedures/procedure-field.entity';
import { AdministrativeUnit } from '../units/administrative-unit.entity';
import { Form06Identity } from './form06';

registerEnumType(Form06Identity, {
  name: 'Form06Identity',
  description: 'An identity of Form 06, in its column numbers',
  valuesConfig: {
    RECEIVED_BY_CHANNEL: { description: '(3) = (4) + (5) + (6): received = online + in person + carried over' },
    RECEIVED_BY_OUTCOME: { description: '(3) = (7) + (11): received = resolved + pending' },
    RESOLVED_BY_TIMELINESS: { description: '(7) = (8) + (9) + (10): resolved = early + on time + overdue' },
    PENDING_BY_DEADLINE: { description: '(11) = (12) + (13): pending = not yet due + overdue' },
    TOTAL_OF_ROWS: { description: 'A column of the total row = the sum of that column over the field rows' },
    CARRIED_INTO_NEXT_PERIOD: { description: '(6) of the next period = (11) of this period, on the total row' },
  },
});

@ObjectType({ description: 'One row of Form 06: a procedure field, or the total' })
export class Form06Row {
  @Field(() => Int, { nullable: true, description: 'Column 1: row number; null for the total' }) rowNumber?: number | null;
  @Field(() => ProcedureField, { nullable: true, description: 'Column 2: the field; null for the total' }) field?: ProcedureField | null;
  @Field(() => [Int], { description: 'Columns 3–13 in order' }) columns!: number[];
}

@ObjectType({ description: 'One value in an identity check: a column of a row' })
export class Form06Term {
  @Field(() => Int, { description: 'Form 06 column, 3–13' }) column!: number;
  @Field(() => Int, { nullable: true, description: 'Column 1 of the field row it is read from; null for the total row' })
  rowNumber?: number | null;
  @Field(() => Int) value!: number;
}

@ObjectType({ description: 'An identity of Form 06 tested on one row: left = the sum of the right-hand terms' })
export class IdentityCheck {
  @Field(() => Form06Identity) identity!: Form06Identity;
  @Field(() => Int, { nullable: true, description: 'Column 1 of the field row checked; null for the total row' }) rowNumber?: number | null;
  @Field(() => ProcedureField, { nullable: true, description: 'The field of the row checked; null for the total row' })
  field?: ProcedureField | null;
  @Field(() => Form06Term) left!: Form06Term;
  @Field(() => [Form06Term], { description: 'The terms summed on the right; TOTAL_OF_ROWS: one per field row' }) right!: Form06Term[];
  @Field(() => Int, { description: 'The sum of the right-hand terms' }) rightSum!: number;
  @Field(() => Boolean, { description: 'left.value = rightSum' }) holds!: boolean;
  @Field(() => DateScalar, {
    nullable: true,
    description: 'CARRIED_INTO_NEXT_PERIOD: the first day of the next period, whose (6) is the left side',
  })
  nextPeriodFrom?: string | null;
}

@ObjectType({ description: 'The official result report (Circular 01/2020/TT-VPCP, Biểu số 06/VPCP/KSTT) with its identity checks' })
export class Form06Report {
  @Field(() => AdministrativeUnit) unit!: AdministrativeUnit;
  @Field(() => DateScalar) from!: string;
  @Field(() => DateScalar) to!: string;
  @Field(() => [Form06Row]) rows!: Form06Row[];
  @Field(() => Form06Row) total!: Form06Row;
  @Field(() => [IdentityCheck], {
    description: 'Every identity of every row, the total row against the rows, and next period (6) = this (11)',
  })
  checks!: IdentityCheck[];
  @Field(() => Int, { description: 'Checks that hold' }) checksHolding!: number;
  @Field(() => Int, { description: 'Checks that do not hold: a report that breaks one is flagged, never fixed' }) checksBroken!: number;
}
