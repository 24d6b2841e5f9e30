import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Channel } from '../../shared/enums';
import { AdministrativeUnit } from '../units/administrative-unit.entity';

export enum SatisfactionLevel {
  VERY_SATISFIED = 'VERY_SATISFIED',
  SATISFIED = 'SATISFIED',
  NEUTRAL = 'NEUTRAL',
  DISSATISFIED = 'DISSATISFIED',
}

/** One rating given at a one-stop desk. Ratings are facts of their own, not one per dossier. */
@Entity({ tableName: 'satisfaction_rating' })
@Index({ name: 'satisfaction_rating_unit_rated_on', properties: ['unit', 'ratedOn'] })
@Unique({ name: 'satisfaction_rating_unit_key_unique', properties: ['unit', 'externalKey'] })
export class SatisfactionRating {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @ManyToOne(() => AdministrativeUnit, { deleteRule: 'restrict' })
  unit!: AdministrativeUnit;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  ratedAt!: Date;

  /** Local (Asia/Ho_Chi_Minh) calendar day of the rating. */
  @Property({ type: 'date' })
  ratedOn!: string;

  @Enum({ items: () => SatisfactionLevel, type: 'text' })
  level!: SatisfactionLevel;

  @Enum({ items: () => Channel, type: 'text', nullable: true })
  channel?: Channel | null;

  /** The source system's dossier code, when the rating names one. */
  @Property({ type: 'text', nullable: true })
  dossierCode?: string | null;

  /** Source system's rating id or a generated key; makes re-imports idempotent. */
  @Property({ type: 'text' })
  externalKey!: string;

  @Property({ type: 'text' })
  source!: string;
}
