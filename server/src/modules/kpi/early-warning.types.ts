import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars';
import { Procedure } from '../procedures/procedure.entity';
import { AdministrativeUnit } from '../units/administrative-unit.entity';

@ObjectType({ description: 'Open dossiers due on one day' })
export class DueDay {
  @Field(() => DateScalar) dueOn!: string;
  @Field(() => Int) dossiers!: number;
}

@ObjectType({ description: 'Open dossiers of one unit and procedure due from asOf through the horizon' })
export class EarlyWarningGroup {
  @Field(() => AdministrativeUnit) unit!: AdministrativeUnit;
  @Field(() => Procedure) procedure!: Procedure;
  @Field(() => Int, { description: 'Due on asOf itself: overdue once that day ends' }) dueToday!: number;
  @Field(() => Int, { description: 'Due from asOf through the horizon, dueToday included' }) dueWithin!: number;
  @Field(() => [DueDay], { description: 'Their due days, earliest first' }) dueDays!: DueDay[];
}

@ObjectType({ description: "One unit's open dossiers: due on asOf, due through the horizon, already overdue" })
export class EarlyWarningUnit {
  @Field(() => AdministrativeUnit) unit!: AdministrativeUnit;
  @Field(() => Int, { description: 'Due on asOf itself: overdue once that day ends' }) dueToday!: number;
  @Field(() => Int, { description: 'Due from asOf through the horizon, dueToday included' }) dueWithin!: number;
  @Field(() => Int, { description: 'Due before asOf: already overdue' }) alreadyOverdue!: number;
}

@ObjectType({
  description:
    'Dossiers received by asOf and not finished by the end of asOf ("open"), whose due day falls from asOf through the horizon — about to turn overdue — and, apart, the open ones already overdue',
})
export class EarlyWarning {
  @Field(() => DateScalar) asOf!: string;
  @Field(() => Int) withinWorkingDays!: number;
  @Field(() => DateScalar, {
    description: 'The withinWorkingDays-th working day after asOf (holidays skipped, make-up Saturdays counted); asOf for 0',
  })
  horizon!: string;
  @Field(() => Int, { description: 'Open dossiers due on asOf' }) dueToday!: number;
  @Field(() => Int, { description: 'Open dossiers due from asOf through the horizon (dueToday included)' }) dueWithin!: number;
  @Field(() => Int, {
    description:
      'Open dossiers whose due day was before asOf: already overdue, in no group. alreadyOverdue + dueToday = kpis pendingOverdue at the end of asOf',
  })
  alreadyOverdue!: number;
  @Field(() => [DueDay], { description: 'dueWithin by due day, earliest first' }) byDay!: DueDay[];
  @Field(() => [EarlyWarningUnit], {
    description:
      'Every unit with a dossier due through the horizon or already overdue: most due today first, then most due within, most overdue',
  })
  byUnit!: EarlyWarningUnit[];
  @Field(() => Int, { description: 'How many unit × procedure groups there are (groups holds the first topGroups of them when asked)' })
  groupCount!: number;
  @Field(() => [EarlyWarningGroup], { description: 'Per unit and procedure, most urgent first (earliest due day, then most dossiers)' })
  groups!: EarlyWarningGroup[];
}
