import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars';
import { Channel, Timeliness } from '../../shared/enums';
import { DossierStatus } from '../dossiers/dossier.entity';
import { Procedure } from '../procedures/procedure.entity';
import { AdministrativeUnit } from '../units/administrative-unit.entity';
import { DossierFigure } from './dossier-list';
import { PeriodInput } from './kpi.types';

registerEnumType(DossierFigure, {
  name: 'DossierFigure',
  description: 'The KPI figure (Form 06 column) a dossier list stands behind; its totalCount equals that figure in kpis',
  valuesConfig: {
    RECEIVED: { description: 'Received in the period (col. 4 + 5; with channel ONLINE: col. 4)' },
    RECEIVED_TOTAL: { description: 'col. 3: carried over + received' },
    CARRIED_OVER: { description: 'col. 6: received before the period, not finished before it starts' },
    RESOLVED: { description: 'col. 7: finished (first terminal event) in the period' },
    EARLY: { description: 'col. 8: resolved before the due day' },
    ON_TIME: { description: 'col. 9: resolved on the due day' },
    OVERDUE: { description: 'col. 10: resolved after the due day, or after more than one supplement request' },
    SAME_DAY: { description: 'Resolved in the period on the local day it was received' },
    PENDING_AT_END: { description: 'col. 11: received by the end of the period, not finished by then' },
    PENDING_WITHIN_DEADLINE_AT_END: { description: 'col. 12: pending at the end, due day after the end' },
    PENDING_OVERDUE_AT_END: { description: 'col. 13: pending at the end, due day on or before the end' },
  },
});
registerEnumType(DossierStatus, {
  name: 'DossierStatus',
  description: 'Where a dossier stands; FINISHED, RETURNED, STOPPED and WITHDRAWN are terminal',
});

@InputType({ description: 'Which dossiers: those behind one KPI figure of a period, optionally of one procedure, field or channel' })
export class DossierFilter {
  @Field(() => PeriodInput)
  period!: PeriodInput;

  @Field(() => DossierFigure)
  figure!: DossierFigure;

  @Field(() => String, { nullable: true, description: 'National procedure code (e.g. 1.001193)' })
  procedureCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Procedure field code' })
  fieldCode?: string | null;

  @Field(() => Channel, { nullable: true })
  channel?: Channel | null;
}

@ObjectType('Dossier', { description: 'One dossier (hồ sơ) as the one-stop desk recorded it; nothing about the applicant is kept' })
export class DossierView {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: "The source system's dossier code, unique per unit" }) code!: string;
  @Field(() => AdministrativeUnit) unit!: AdministrativeUnit;
  @Field(() => Procedure) procedure!: Procedure;
  @Field(() => Channel) channel!: Channel;
  @Field(() => GraphQLISODateTime) receivedAt!: Date;
  @Field(() => DateScalar, { description: 'Local day of receipt' }) receivedOn!: string;
  @Field(() => DateScalar, { description: 'Appointment day (ngày hẹn trả), or computed from working days when the source had none' })
  dueOn!: string;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'First terminal event; null while pending' }) finishedAt!: Date | null;
  @Field(() => DateScalar, { nullable: true, description: 'Local day of the first terminal event' }) finishedOn!: string | null;
  @Field(() => Timeliness, { nullable: true, description: 'Null while pending' }) timeliness!: Timeliness | null;
  @Field(() => DossierStatus) status!: DossierStatus;
  @Field(() => Int) supplementRequests!: number;
}

@ObjectType({ description: 'Where a page ends and whether more follow' })
export class DossierPageInfo {
  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page; null on an empty page' }) endCursor!:
    string | null;
  @Field(() => Boolean) hasNextPage!: boolean;
}

@ObjectType({ description: 'A page of dossiers in a stable order (receivedAt, then id)' })
export class DossierPage {
  @Field(() => Int, { description: 'Every dossier matching the filter (all pages): the KPI figure itself' }) totalCount!: number;
  // Cost: the rows are paid for once, by `dossiers` (page size × row cost); no list estimate on top.
  @Field(() => [DossierView], { complexity: ({ childComplexity }) => childComplexity }) nodes!: DossierView[];
  @Field(() => DossierPageInfo) pageInfo!: DossierPageInfo;
}
