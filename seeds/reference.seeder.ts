import type { SqlClient } from '../server/src/db/sql-client';
import { seedCalendar } from './calendar.seeder';
import { seedProcedures } from './procedures.seeder';
import { seedTargets } from './targets.seeder';
import { seedUnits } from './units.seeder';

/**
 * Reference data every installation needs: units and their succession, the procedure catalogue,
 * the holiday calendar, legal targets. Upserts in one transaction: safe to run at every start.
 */
export async function seedReference(client: SqlClient): Promise<Record<string, number>> {
  await client.query('begin');
  try {
    const counts = {
      units: await seedUnits(client),
      procedures: await seedProcedures(client),
      calendarDays: await seedCalendar(client),
      targets: await seedTargets(client, 'targets.json'),
    };
    await client.query('commit');
    return counts;
  } catch (error) {
    await client.query('rollback');
    throw error;
  }
}
