import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars';
import { UnitLevel } from '../../shared/enums';
import { ProcedureField } from '../procedures/procedure-field.entity';
import { AdministrativeUnit } from '../units/administrative-unit.entity';
import { MeetingKind } from './meeting.entity';
import { MeetingPlacement } from './meeting-placement';
import { OpinionStatus } from './opinion.entity';

registerEnumType(MeetingKind, {
  name: 'MeetingKind',
  description: "Dialogue with citizens, with businesses, on administrative procedures, or a People's Conference",
});
registerEnumType(OpinionStatus, { name: 'OpinionStatus', description: 'Follow-up of an opinion: answered, referred to the competent level, or open' });
registerEnumType(MeetingPlacement, {
  name: 'MeetingPlacement',
  description: 'How a meeting is placed in periods: the day it was held, or (undated) the last day of the period its report gives for it',
});

@ObjectType('Opinion', { description: 'One opinion raised at a meeting; null = not reported by the source' })
export class OpinionView {
  @Field(() => ID) id!: number;
  @Field(() => Int, { description: 'Position within the meeting' }) seq!: number;
  @Field(() => String, { nullable: true }) topic!: string | null;
  @Field(() => String, { nullable: true }) topicEn!: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether it concerns an administrative procedure' }) concernsProcedure!: boolean | null;
  @Field(() => ProcedureField, { nullable: true }) field!: ProcedureField | null;
  @Field(() => UnitLevel, { nullable: true, description: 'The level whose authority the answer lies in (COMMUNE = ward, PROVINCE = province or higher)' })
  authorityLevel!: UnitLevel | null;
  @Field(() => Boolean, { nullable: true }) answeredOnSpot!: boolean | null;
  @Field(() => OpinionStatus, { nullable: true }) status!: OpinionStatus | null;
  @Field(() => Boolean, { description: 'True when the demo data split a reported total into this row' }) generated!: boolean;
}

@ObjectType('Meeting', { description: "A dialogue or People's Conference, with its figures as published and its itemised opinions" })
export class MeetingView {
  @Field(() => ID) id!: number;
  @Field(() => String, { description: 'Stable key from the source' }) ref!: string;
  @Field(() => MeetingKind) kind!: MeetingKind;
  @Field(() => AdministrativeUnit) unit!: AdministrativeUnit;
  @Field(() => DateScalar, { nullable: true, description: 'The day it was held; null when the source gives none' }) heldOn!: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'The day it counts on in periods (see placement); null = in no period' }) placedOn!: string | null;
  @Field(() => MeetingPlacement) placement!: MeetingPlacement;
  @Field(() => String, { nullable: true }) chair!: string | null;
  @Field(() => Int, { nullable: true, description: 'Participants as reported (F11: 111)' }) attendees!: number | null;
  @Field(() => Int, { nullable: true, description: 'Of the participants, businesses (F11: 80)' }) businesses!: number | null;
  @Field(() => Int, { nullable: true, description: 'Neighbourhoods (khu phố) represented (F12: 117)' }) neighbourhoods!: number | null;
  @Field(() => DateScalar, { nullable: true }) reviewedFrom!: string | null;
  @Field(() => DateScalar, { nullable: true }) reviewedTo!: string | null;
  @Field(() => Int, { nullable: true, description: 'Opinions as the source counted them; null = not reported or not exact (never 0 or a guess)' })
  opinionCount!: number | null;
  @Field(() => String, { nullable: true, description: 'The count in the source\'s words when it is not exact, e.g. "more than 9"' })
  opinionCountText!: string | null;
  @Field(() => Int, { description: 'Opinions itemised below' }) opinionsItemised!: number;
  @Field(() => [String], { description: 'Topics the source lists without counting opinions per topic' }) topicsRaised!: string[];
  @Field(() => String, { nullable: true }) sourceDocument!: string | null;
  @Field(() => Boolean, { description: 'True when the demo data split a reported total into this meeting (F13)' }) generated!: boolean;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => [OpinionView]) opinions!: OpinionView[];
}
