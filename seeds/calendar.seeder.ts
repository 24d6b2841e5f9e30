import type { SqlClient } from '../server/src/db/sql-client';
import { holidaysFile, readData } from './reference-data';

/** The official holiday calendar per year (days off and make-up working days). Idempotent. */
export async function seedCalendar(client: SqlClient): Promise<number> {
  const data = readData('holidays.json', holidaysFile);
  let days = 0;
  for (const [year, entry] of Object.entries(data.years)) {
    await client.query(`insert into calendar_year (year, source) values ($1, $2) on conflict (year) do update set source = excluded.source`, [Number(year), entry.source]);
    const rows = [
      ...entry.daysOff.map((d) => [d.date, 'DAY_OFF', d.name, d.nameEn ?? null]),
      ...entry.makeUpWorkingDays.map((d) => [d.date, 'WORKING_DAY', d.reason, 'Make-up working day']),
    ];
    for (const row of rows) {
      await client.query(
        `insert into calendar_day (date, kind, name, name_en) values ($1, $2, $3, $4)
         on conflict (date) do update set kind = excluded.kind, name = excluded.name, name_en = excluded.name_en`,
        row,
      );
      days += 1;
    }
  }
  return days;
}
