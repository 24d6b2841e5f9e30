import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { AdministrativeUnit } from '../units/administrative-unit.entity';
import { Campaign } from '../campaigns/campaign.entity';

export enum TargetComparator {
  AT_LEAST = 'AT_LEAST',
  AT_MOST = 'AT_MOST',
}

/** A threshold on a catalogue metric (legal targets, campaign targets), for traffic lights. */
@Entity({ tableName: 'target' })
@Index({ properties: ['metric'] })
export class Target {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Unique()
  @Property({ type: 'text' })
  code!: string;

  /** Key in the metric catalogue, e.g. satisfactionRate. */
  @Property({ type: 'text' })
  metric!: string;

  @Enum({ items: () => TargetComparator, type: 'text' })
  comparator!: TargetComparator;

  @Property({ type: 'numeric', columnType: 'numeric(14,6)' })
  threshold!: string;

  /** Null: applies to every unit. */
  @ManyToOne(() => AdministrativeUnit, { nullable: true, deleteRule: 'cascade' })
  unit?: AdministrativeUnit | null;

  @ManyToOne(() => Campaign, { nullable: true, deleteRule: 'cascade' })
  campaign?: Campaign | null;

  @Property({ type: 'date', nullable: true })
  validFrom?: string | null;

  @Property({ type: 'date', nullable: true })
  validTo?: string | null;

  @Property({ type: 'text' })
  basis!: string;
}
