import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';

export enum CalendarDayKind {
  /** An official day off (public holiday, Tết, compensatory day). */
  DAY_OFF = 'DAY_OFF',
  /** A Saturday or Sunday declared a working day to make up for a swapped day off. */
  WORKING_DAY = 'WORKING_DAY',
}

/** The official holiday calendar: it changes every year, so it is data, not code. */
@Entity({ tableName: 'calendar_day' })
export class CalendarDay {
  @PrimaryKey({ type: 'date' })
  date!: string;

  @Enum({ items: () => CalendarDayKind, type: 'text' })
  kind!: CalendarDayKind;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text', nullable: true })
  nameEn?: string | null;
}
