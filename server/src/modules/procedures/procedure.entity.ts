import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { UnitLevel } from '../../shared/enums';
import { ProcedureField } from './procedure-field.entity';

/** An administrative procedure (TTHC) with its national code and statutory time limit. */
@ObjectType('Procedure')
@Entity({ tableName: 'procedure' })
@Index({ properties: ['field'] })
export class Procedure {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => String, { description: 'National procedure code (e.g. 1.001193)' })
  @Unique()
  @Property({ type: 'text' })
  code!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  nameEn?: string | null;

  @Field(() => ProcedureField)
  @ManyToOne(() => ProcedureField, { deleteRule: 'restrict' })
  field!: ProcedureField;

  @Field(() => UnitLevel, { nullable: true, description: 'Level whose one-stop desk handles it' })
  @Enum({ items: () => UnitLevel, type: 'text', nullable: true })
  level?: UnitLevel | null;

  @Field(() => Int, { description: 'Statutory time limit in working days (0 = the same day)' })
  @Property({ type: 'smallint' })
  workingDays!: number;

  /** Where the procedure came from: the seeded catalogue or an import that introduced it. */
  @Property({ type: 'text', default: 'catalogue' })
  source: string = 'catalogue';
}
