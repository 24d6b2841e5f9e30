import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { AdministrativeUnit } from '../units/administrative-unit.entity';

export enum CampaignKind {
  YEARLY_THEME = 'YEARLY_THEME',
  PEAK_MONTH = 'PEAK_MONTH',
  SAME_DAY_WEEK = 'SAME_DAY_WEEK',
  SAME_DAY = 'SAME_DAY',
  OTHER = 'OTHER',
}

/** A peak month, same-day week or yearly theme; campaigns nest (the week inside the month). */
@Entity({ tableName: 'campaign' })
@Index({ properties: ['organiser', 'startsOn'] })
export class Campaign {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Unique()
  @Property({ type: 'text' })
  code!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text', nullable: true })
  nameEn?: string | null;

  @Enum({ items: () => CampaignKind, type: 'text' })
  kind!: CampaignKind;

  /** The unit that runs the campaign (its enrolments are units under it). */
  @ManyToOne(() => AdministrativeUnit, { deleteRule: 'restrict' })
  organiser!: AdministrativeUnit;

  @Property({ type: 'date' })
  startsOn!: string;

  @Property({ type: 'date' })
  endsOn!: string;

  @ManyToOne(() => Campaign, { nullable: true, deleteRule: 'cascade' })
  parent?: Campaign | null;

  @Property({ type: 'text', nullable: true })
  planReference?: string | null;

  @Property({ type: 'text', nullable: true })
  theme?: string | null;

  @Property({ type: 'text', nullable: true })
  sourceDocument?: string | null;

  @Property({ type: 'text', nullable: true })
  note?: string | null;
}
