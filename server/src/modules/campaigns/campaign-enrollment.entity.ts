import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { AdministrativeUnit } from '../units/administrative-unit.entity';
import { Campaign } from './campaign.entity';

/** A unit taking part in a campaign, possibly for part of it only. */
@Entity({ tableName: 'campaign_enrollment' })
@Unique({ properties: ['campaign', 'unit'] })
@Index({ properties: ['unit'] })
export class CampaignEnrollment {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Campaign, { deleteRule: 'cascade' })
  campaign!: Campaign;

  @ManyToOne(() => AdministrativeUnit, { deleteRule: 'restrict' })
  unit!: AdministrativeUnit;

  @Property({ type: 'date' })
  startsOn!: string;

  @Property({ type: 'date' })
  endsOn!: string;

  @Property({ type: 'text', nullable: true })
  commitment?: string | null;

  /** True where the source gave the count but not which units (F9: 11 of 15 wards). */
  @Property({ type: 'boolean', default: false })
  generated: boolean = false;
}
