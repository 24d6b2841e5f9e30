import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars';
import { UnitLevel } from '../../shared/enums';
import { MeetingKind } from '../meetings/meeting.entity';
import { MeetingView } from '../meetings/meeting.types';
import { OpinionStatus } from '../meetings/opinion.entity';
import { ProcedureField } from '../procedures/procedure-field.entity';
import { AdministrativeUnit } from '../units/administrative-unit.entity';

export enum OpinionDimension {
  TOPIC = 'TOPIC',
  AUTHORITY_LEVEL = 'AUTHORITY_LEVEL',
  ANSWERED_ON_SPOT = 'ANSWERED_ON_SPOT',
  CONCERNS_PROCEDURE = 'CONCERNS_PROCEDURE',
  FIELD = 'FIELD',
  STATUS = 'STATUS',
  MEETING_KIND = 'MEETING_KIND',
  HELD_BY = 'HELD_BY',
  UNIT = 'UNIT',
  MEETING = 'MEETING',
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  YEAR = 'YEAR',
}
registerEnumType(OpinionDimension, {
  name: 'OpinionDimension',
  description: 'What opinion rows are grouped by: attributes of the opinion, of its meeting, or time (at most one time dimension)',
});

export enum HeldBy {
  SCOPE_UNIT = 'SCOPE_UNIT',
  UNIT_BELOW = 'UNIT_BELOW',
}
registerEnumType(HeldBy, { name: 'HeldBy', description: 'Whether a meeting was held by a unit the scope names or by a unit under it' });

@ObjectType({ description: 'A figure meetings report about themselves, added over the meetings of the row that reported it' })
export class ReportedSum {
  @Field(() => Int, { nullable: true, description: 'The sum; null = no meeting of the row reported it (never 0 for "not reported")' }) value!: number | null;
  @Field(() => Int, { description: "Meetings of the row that reported it: fewer than the row's meetings = a partial sum" }) reportedBy!: number;
}

@ObjectType({
  description:
    'Opinions of one group. Dimension fields are null when not grouped by them or not reported. Opinions a meeting reported beyond those itemised (or an unknown number of them) sit in the row whose opinion attributes are null. Rates are over the opinions whose attribute was reported.',
})
export class OpinionRow {
  @Field(() => AdministrativeUnit, { nullable: true }) unit!: AdministrativeUnit | null;
  @Field(() => MeetingView, { nullable: true }) meeting!: MeetingView | null;
  @Field(() => MeetingKind, { nullable: true }) meetingKind!: MeetingKind | null;
  @Field(() => HeldBy, { nullable: true }) heldBy!: HeldBy | null;
  @Field(() => String, { nullable: true }) topic!: string | null;
  @Field(() => String, { nullable: true }) topicEn!: string | null;
  @Field(() => ProcedureField, { nullable: true }) field!: ProcedureField | null;
  @Field(() => Boolean, { nullable: true }) concernsProcedure!: boolean | null;
  @Field(() => UnitLevel, { nullable: true, description: 'COMMUNE = ward/commune, DISTRICT, PROVINCE = province or higher' }) authorityLevel!: UnitLevel | null;
  @Field(() => Boolean, { nullable: true }) answeredOnSpot!: boolean | null;
  @Field(() => OpinionStatus, { nullable: true }) status!: OpinionStatus | null;
  @Field(() => DateScalar, { nullable: true, description: 'First day of the time bucket (clipped to the period)' }) periodStart!: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Last day of the time bucket (clipped to the period)' }) periodEnd!: string | null;

  @Field(() => Int, { description: 'Meetings with opinions in this row (in a total or per-meeting row: every meeting)' }) meetings!: number;
  @Field(() => Int, { nullable: true, description: 'Opinions as the sources counted them; null = unknown (a meeting did not publish an exact count)' })
  opinions!: number | null;
  @Field(() => Int, { description: 'Opinions itemised one by one (a lower bound when opinions is null)' }) opinionsItemised!: number;
  @Field(() => Int, { description: 'Meetings in this row whose opinion count is unknown' }) meetingsWithUnknownOpinionCount!: number;
  @Field(() => [String], { description: 'How those meetings described their count, as published (F12: "more than 9")' }) opinionCountWords!: string[];
  @Field(() => Int, {
    description:
      "Units that held the row's meetings, counted at the scope's first level down: a named unit as itself, a unit under it as the unit directly under the named one (F13: 13 wards)",
  })
  unitsWithMeetings!: number;
  @Field(() => Int, {
    description:
      "What unitsWithMeetings is out of: the named units and the units directly under them in force during the period; grouped by HELD_BY, those of the row's part (F13: 15 wards under Tân Bình)",
  })
  unitsInScope!: number;
  @Field(() => ReportedSum, { description: 'Participants as the meetings reported them (F13: 929)' }) attendees!: ReportedSum;
  @Field(() => ReportedSum, { description: 'Of the participants, businesses (F11: 80)' }) businesses!: ReportedSum;
  @Field(() => ReportedSum, { description: 'Neighbourhoods (khu phố) represented (F12: 117)' }) neighbourhoods!: ReportedSum;
  @Field(() => Int) opinionsAnsweredOnSpot!: number;
  @Field(() => Int) opinionsNotAnsweredOnSpot!: number;
  @Field(() => Int) opinionsAnswered!: number;
  @Field(() => Int) opinionsReferred!: number;
  @Field(() => Int) opinionsOpen!: number;
  @Field(() => Int) opinionsAboutProcedures!: number;
  @Field(() => Int) opinionsOther!: number;
  @Field(() => Int) opinionsCommuneAuthority!: number;
  @Field(() => Int) opinionsDistrictAuthority!: number;
  @Field(() => Int) opinionsHigherAuthority!: number;
  @Field(() => Float, { nullable: true, description: 'answered on the spot / (answered + not answered on the spot)' }) answeredOnSpotRate!: number | null;
  @Field(() => Float, { nullable: true, description: 'referred / opinions with a reported status' }) referredRate!: number | null;
  @Field(() => Float, { nullable: true, description: 'about procedures / (about procedures + other)' }) procedureOpinionShare!: number | null;
  @Field(() => Float, { nullable: true, description: 'within ward/commune authority / opinions with a reported authority level' }) communeAuthorityShare!: number | null;
  @Field(() => Float, { nullable: true, description: "This row's itemised opinions / all itemised opinions of the result" }) opinionShare!: number | null;
}
