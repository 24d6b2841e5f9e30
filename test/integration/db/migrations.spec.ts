import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { migrateDownAll, migrateUp } from '../../../server/src/db/migrate';
import { ormOptions } from '../../../server/src/db/orm.config';
import { testDatabases } from '../../support/test-databases';

async function tables(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      `select table_name as name from information_schema.tables where table_schema = current_schema() and table_name <> 'mikro_orm_migrations' order by 1`,
    );
    return rows.map((r) => r.name);
  } finally {
    await client.end();
  }
}

describe('committed migrations', () => {
  it('go up, all the way down, and up again on an empty database', async () => {
    const { scratchUrl } = testDatabases();
    const orm = await MikroORM.init(ormOptions(scratchUrl, 2));
    try {
      expect(await migrateUp(orm)).not.toHaveLength(0);
      const created = await tables(scratchUrl);
      expect(created).toEqual(
        expect.arrayContaining(['administrative_unit', 'unit_succession', 'procedure', 'calendar_day', 'dossier', 'satisfaction_rating', 'meeting', 'opinion', 'campaign', 'campaign_enrollment', 'target', 'reported_figure', 'seed_run']),
      );
      // The database matches the entities: nothing left for a new migration to do.
      const diff = await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
      expect(diff.trim()).toBe('');

      expect(await migrateDownAll(orm)).not.toHaveLength(0);
      expect(await tables(scratchUrl)).toEqual([]);

      await migrateUp(orm);
      expect(await tables(scratchUrl)).toEqual(created);
    } finally {
      await orm.close(true);
    }
  });
});
