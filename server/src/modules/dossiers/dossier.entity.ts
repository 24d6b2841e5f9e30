import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Channel, Timeliness } from '../../shared/enums';
import { AdministrativeUnit } from '../units/administrative-unit.entity';
import { Procedure } from '../procedures/procedure.entity';

export enum DossierStatus {
  RECEIVED = 'RECEIVED',
  IN_PROGRESS = 'IN_PROGRESS',
  AWAITING_SUPPLEMENT = 'AWAITING_SUPPLEMENT',
  FINISHED = 'FINISHED',
  RETURNED = 'RETURNED',
  STOPPED = 'STOPPED',
  WITHDRAWN = 'WITHDRAWN',
}

/**
 * One application for one procedure at one unit's one-stop desk. No personal data about the
 * applicant is kept. Local days and timeliness are derived once, on write, by the pure rules in
 * `classify.ts`, so every reader counts the same way.
 */
@Entity({ tableName: 'dossier' })
@Unique({ name: 'dossier_unit_code_unique', properties: ['unit', 'code'] })
@Index({ name: 'dossier_unit_received_on', properties: ['unit', 'receivedOn'] })
@Index({ name: 'dossier_unit_finished_on', properties: ['unit', 'finishedOn'] })
// Late dossiers (open, or finished after their due day) are few: overdue-pending, early-warning and
// rollup refreshes read only this index.
@Index({ name: 'dossier_late_due', expression: 'create index "dossier_late_due" on "dossier" ("unit_id", "due_date") include ("finished_on", "received_on", "procedure_id") where "finished_on" is null or "finished_on" > "due_date"' })
export class Dossier {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  /** The source system's dossier code (mã hồ sơ), unique per unit. */
  @Property({ type: 'text' })
  code!: string;

  @ManyToOne(() => AdministrativeUnit, { deleteRule: 'restrict' })
  unit!: AdministrativeUnit;

  @ManyToOne(() => Procedure, { deleteRule: 'restrict', index: true })
  procedure!: Procedure;

  @Enum({ items: () => Channel, type: 'text' })
  channel!: Channel;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  receivedAt!: Date;

  /** Local (Asia/Ho_Chi_Minh) calendar day of receipt. */
  @Property({ type: 'date' })
  receivedOn!: string;

  /** Appointment date (ngày hẹn trả), or computed from working days when the source had none. */
  @Property({ type: 'date' })
  dueDate!: string;

  @Property({ type: 'boolean', default: false })
  dueDateComputed: boolean = false;

  /** First terminal event: finished, returned, stopped or withdrawn. Null while pending. */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  finishedAt?: Date | null;

  @Property({ type: 'date', nullable: true })
  finishedOn?: string | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  returnedAt?: Date | null;

  @Enum({ items: () => DossierStatus, type: 'text' })
  status!: DossierStatus;

  @Property({ type: 'smallint', default: 0 })
  supplementRequests: number = 0;

  /** An apology slip with a new date was issued (phiếu xin lỗi và hẹn lại). */
  @Property({ type: 'boolean', default: false })
  apologySlip: boolean = false;

  @Enum({ items: () => Timeliness, type: 'text', nullable: true })
  timeliness?: Timeliness | null;

  /** 'generated' for demo and benchmark rows, 'import' for rows loaded from a file. */
  @Property({ type: 'text' })
  source!: string;
}
