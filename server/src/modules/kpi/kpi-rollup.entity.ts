import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Channel } from '../../shared/enums';

/** The counts every dossier rollup keeps (one definition: kpi-rollup.service.ts). */
abstract class DossierMeasures {
  @Property({ type: 'integer', default: 0 }) received: number = 0;
  @Property({ type: 'integer', default: 0 }) resolvedEarly: number = 0;
  @Property({ type: 'integer', default: 0 }) resolvedOnTime: number = 0;
  @Property({ type: 'integer', default: 0 }) resolvedOverdue: number = 0;
  @Property({ type: 'integer', default: 0 }) sameDay: number = 0;
  @Property({ type: 'integer', default: 0 }) lateDue: number = 0;
  @Property({ type: 'integer', default: 0 }) lateResolved: number = 0;
}

/**
 * Event counts per unit, local day and channel: what was received, resolved (by timeliness),
 * resolved the day it came, and the "late" events (a late dossier — still open, or finished after
 * its due day — counted on its due day and on the day it ended). Every period KPI is a sum of these:
 * pending at a moment = cumulative received − cumulative resolved; its overdue part =
 * cumulative late-due − cumulative late-resolved. Kept in the transaction that writes the facts.
 */
@Entity({ tableName: 'kpi_dossier_day' })
export class KpiDossierDay extends DossierMeasures {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  unitId!: number;

  @PrimaryKey({ type: 'date' })
  day!: string;

  @PrimaryKey({ type: 'text' })
  @Enum({ items: () => Channel, type: 'text' })
  channel!: Channel;
}

/** The same counts per calendar month (`month` = its first day): whole months of a period come from here. */
@Entity({ tableName: 'kpi_dossier_month' })
export class KpiDossierMonth extends DossierMeasures {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  unitId!: number;

  @PrimaryKey({ type: 'date' })
  month!: string;

  @PrimaryKey({ type: 'text' })
  @Enum({ items: () => Channel, type: 'text' })
  channel!: Channel;
}

/** Procedure detail at the month grain (a daily procedure grain would outgrow the facts). */
@Entity({ tableName: 'kpi_procedure_month' })
@Index({ properties: ['procedureId'] })
export class KpiProcedureMonth extends DossierMeasures {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  unitId!: number;

  @PrimaryKey({ type: 'date' })
  month!: string;

  @PrimaryKey({ type: 'integer', autoincrement: false })
  procedureId!: number;

  @PrimaryKey({ type: 'text' })
  @Enum({ items: () => Channel, type: 'text' })
  channel!: Channel;
}

/**
 * All-time sums per unit, procedure and channel. "Before a period" by procedure is this total minus
 * the months from the period on: a few recent months instead of every earlier one (kpi-engine.ts).
 */
@Entity({ tableName: 'kpi_procedure_total' })
export class KpiProcedureTotal extends DossierMeasures {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  unitId!: number;

  @PrimaryKey({ type: 'integer', autoincrement: false })
  procedureId!: number;

  @PrimaryKey({ type: 'text' })
  @Enum({ items: () => Channel, type: 'text' })
  channel!: Channel;
}

/**
 * Field detail (Form 06's rows) at the month grain: the procedure months summed by the procedure's field,
 * 8× fewer rows. A province's Form 06 reads these instead of a hundred thousand procedure rows a month.
 */
@Entity({ tableName: 'kpi_field_month' })
export class KpiFieldMonth extends DossierMeasures {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  unitId!: number;

  @PrimaryKey({ type: 'date' })
  month!: string;

  @PrimaryKey({ type: 'integer', autoincrement: false })
  fieldId!: number;

  @PrimaryKey({ type: 'text' })
  @Enum({ items: () => Channel, type: 'text' })
  channel!: Channel;
}

/** All-time sums per unit, field and channel: kpi_procedure_total's counterpart for field rows. */
@Entity({ tableName: 'kpi_field_total' })
export class KpiFieldTotal extends DossierMeasures {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  unitId!: number;

  @PrimaryKey({ type: 'integer', autoincrement: false })
  fieldId!: number;

  @PrimaryKey({ type: 'text' })
  @Enum({ items: () => Channel, type: 'text' })
  channel!: Channel;
}

/** Ratings per unit, local day, channel ('' when unknown) and level. */
@Entity({ tableName: 'kpi_rating_day' })
export class KpiRatingDay {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  unitId!: number;

  @PrimaryKey({ type: 'date' })
  day!: string;

  @PrimaryKey({ type: 'text' })
  channel!: string;

  @PrimaryKey({ type: 'text' })
  level!: string;

  @Property({ type: 'integer', default: 0 }) ratings: number = 0;
}

/** Ratings per unit, month, channel and level. */
@Entity({ tableName: 'kpi_rating_month' })
export class KpiRatingMonth {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  unitId!: number;

  @PrimaryKey({ type: 'date' })
  month!: string;

  @PrimaryKey({ type: 'text' })
  channel!: string;

  @PrimaryKey({ type: 'text' })
  level!: string;

  @Property({ type: 'integer', default: 0 }) ratings: number = 0;
}
