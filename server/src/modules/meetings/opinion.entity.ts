import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { UnitLevel } from '../../shared/enums';
import { ProcedureField } from '../procedures/procedure-field.entity';
import { Meeting } from './meeting.entity';

export enum OpinionStatus {
  ANSWERED = 'ANSWERED',
  REFERRED = 'REFERRED',
  OPEN = 'OPEN',
}

/** One opinion raised at a meeting: its topic, who must answer it and what became of it. */
@Entity({ tableName: 'opinion' })
@Unique({ properties: ['meeting', 'seq'] })
@Index({ properties: ['field'] })
export class Opinion {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Meeting, { deleteRule: 'cascade' })
  meeting!: Meeting;

  /** Position within the meeting (1, 2, …): the idempotency key with the meeting. */
  @Property({ type: 'smallint' })
  seq!: number;

  @Property({ type: 'text', nullable: true })
  topic?: string | null;

  @Property({ type: 'text', nullable: true })
  topicEn?: string | null;

  @Property({ type: 'boolean', nullable: true })
  concernsProcedure?: boolean | null;

  @ManyToOne(() => ProcedureField, { nullable: true, deleteRule: 'restrict' })
  field?: ProcedureField | null;

  /** The level whose authority the answer lies in: COMMUNE (ward), DISTRICT, or PROVINCE (higher). */
  @Enum({ items: () => UnitLevel, type: 'text', nullable: true })
  authorityLevel?: UnitLevel | null;

  @Property({ type: 'boolean', nullable: true })
  answeredOnSpot?: boolean | null;

  @Enum({ items: () => OpinionStatus, type: 'text', nullable: true })
  status?: OpinionStatus | null;

  @Property({ type: 'boolean', default: false })
  generated: boolean = false;
}
