import type { SqlClient } from '../../db/sql-client';
import { WorkingCalendar } from './working-calendar';

/** Loads the working calendar (official days off and make-up days) from the database. */
export async function loadWorkingCalendar(client: SqlClient): Promise<WorkingCalendar> {
  const years = await client.query<{ year: number }>('select year from calendar_year');
  const days = await client.query<{ date: string; kind: string }>(`select to_char(date, 'YYYY-MM-DD') as date, kind from calendar_day`);
  return new WorkingCalendar({
    years: years.rows.map((r) => Number(r.year)),
    daysOff: days.rows.filter((r) => r.kind === 'DAY_OFF').map((r) => r.date),
    workingWeekendDays: days.rows.filter((r) => r.kind === 'WORKING_DAY').map((r) => r.date),
  });
}
