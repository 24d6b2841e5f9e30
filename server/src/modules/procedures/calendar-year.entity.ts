import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** A year whose official holiday calendar is loaded; deadlines in other years cannot be computed. */
@Entity({ tableName: 'calendar_year' })
export class CalendarYear {
  @PrimaryKey({ type: 'smallint', autoincrement: false })
  year!: number;

  @Property({ type: 'text' })
  source!: string;
}
