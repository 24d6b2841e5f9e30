import type { MikroORM } from '@mikro-orm/postgresql';

/** Applies the committed migrations that have not run yet; returns their names. */
export async function migrateUp(orm: MikroORM): Promise<string[]> {
  const done = await orm.getMigrator().up();
  return done.map((m) => m.name);
}

/** Reverts every migration (used by db:reset and the migration tests). */
export async function migrateDownAll(orm: MikroORM): Promise<string[]> {
  const done = await orm.getMigrator().down({ to: 0 });
  return done.map((m) => m.name);
}
