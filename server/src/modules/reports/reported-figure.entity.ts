import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { AdministrativeUnit } from '../units/administrative-unit.entity';
import { Campaign } from '../campaigns/campaign.entity';

export enum FigureScope {
  /** The unit alone (e.g. the town's own one-stop desk). */
  UNIT = 'UNIT',
  /** The unit and every unit under it (e.g. the district People's Committee + its wards). */
  UNIT_AND_DESCENDANTS = 'UNIT_AND_DESCENDANTS',
  /** The units under it, not the unit itself (e.g. the town's communes and wards together). */
  DESCENDANTS = 'DESCENDANTS',
  /** The units enrolled in the figure's campaign (F9: the 11 wards on same-day processing). */
  CAMPAIGN_ENROLLED = 'CAMPAIGN_ENROLLED',
}

export enum PeriodConvention {
  CALENDAR = 'CALENDAR',
  REPORTING_WINDOW = 'REPORTING_WINDOW',
  EVENT = 'EVENT',
}

/**
 * A figure exactly as a report published it. Never overwritten by computed values: the
 * data-quality view sets them side by side and flags contradictions.
 */
@Entity({ tableName: 'reported_figure' })
export class ReportedFigure {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  /** Stable key, e.g. F2. */
  @Unique()
  @Property({ type: 'text' })
  key!: string;

  @Property({ type: 'text' })
  sourceDocument!: string;

  @ManyToOne(() => AdministrativeUnit, { deleteRule: 'restrict' })
  unit!: AdministrativeUnit;

  @Enum({ items: () => FigureScope, type: 'text' })
  scope!: FigureScope;

  @ManyToOne(() => Campaign, { nullable: true, deleteRule: 'restrict' })
  campaign?: Campaign | null;

  @Property({ type: 'date', nullable: true })
  periodFrom?: string | null;

  @Property({ type: 'date', nullable: true })
  periodTo?: string | null;

  @Enum({ items: () => PeriodConvention, type: 'text' })
  convention!: PeriodConvention;

  /** Metric key in the catalogue (receivedTotal, resolved, onTime, …) or a descriptive key. */
  @Property({ type: 'text' })
  metric!: string;

  /** Numeric value when the report gives one; null when it does not (F28: count not reported). */
  @Property({ type: 'numeric', columnType: 'numeric(14,4)', nullable: true })
  value?: string | null;

  /** The figure in the report's own words. */
  @Property({ type: 'text' })
  asPublished!: string;

  @Property({ type: 'text', nullable: true })
  note?: string | null;
}
