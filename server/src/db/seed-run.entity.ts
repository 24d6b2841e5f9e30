import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** A data set loaded by a seeder, written in the same transaction as its rows. */
@Entity({ tableName: 'seed_run' })
export class SeedRun {
  @PrimaryKey({ type: 'text' })
  name!: string;

  /** Generator version and seed: the same pair always gives the same rows. */
  @Property({ type: 'text' })
  fingerprint!: string;

  @Property({ type: 'jsonb' })
  counts!: Record<string, number>;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  loadedAt!: Date;
}
