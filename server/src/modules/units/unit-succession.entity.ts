import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { AdministrativeUnit } from './administrative-unit.entity';

export enum SuccessionShare {
  /** The whole predecessor went into the successor. */
  WHOLE = 'WHOLE',
  /** Only part of it (e.g. Tân Bình's Ward 15, split between Tân Bình and Tân Sơn). */
  PART = 'PART',
}

/** Predecessor → successor on a merger or split (the 2025 reform). */
@Entity({ tableName: 'unit_succession' })
@Unique({ properties: ['predecessor', 'successor'] })
@Index({ properties: ['successor'] })
export class UnitSuccession {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => AdministrativeUnit, { deleteRule: 'cascade' })
  predecessor!: AdministrativeUnit;

  @ManyToOne(() => AdministrativeUnit, { deleteRule: 'cascade' })
  successor!: AdministrativeUnit;

  @Property({ type: 'date' })
  effectiveDate!: string;

  @Enum({ items: () => SuccessionShare, type: 'text' })
  share!: SuccessionShare;

  @Property({ type: 'text', nullable: true })
  note?: string | null;
}
