import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { GraphQLContext } from '../../server/src/graphql/context';
import { ormOptions } from '../../server/src/db/orm.config';
import { createHttpApp, type HttpApp } from '../../server/src/http/app';
import { createLogger } from '../../server/src/shared/logger';
import { testDatabases } from './test-databases';

export interface TestApi {
  app: HttpApp;
  orm: MikroORM;
  pool: pg.Pool;
  url: string;
  /** Runs an operation in-process (executeOperation) and returns its data, or throws its errors' messages. */
  query<T>(text: string, variables?: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
}

/** The real HTTP app on the seeded test database, listening on a free port. */
export async function startApi(): Promise<TestApi> {
  const url = testDatabases().mainUrl;
  const orm = await MikroORM.init(ormOptions(url, 2));
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  pool.on('error', () => undefined);
  const app = await createHttpApp(orm, pool, createLogger('error'));
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    app,
    orm,
    pool,
    url: `http://127.0.0.1:${port}`,
    async query<T>(text: string, variables: Record<string, unknown> = {}) {
      const contextValue: GraphQLContext = { em: orm.em.fork(), sql: pool };
      const result = await app.apollo.executeOperation<T>({ query: text, variables }, { contextValue });
      if (result.body.kind !== 'single') throw new Error('expected a single result');
      if (result.body.singleResult.errors) throw new Error(result.body.singleResult.errors.map((e) => e.message).join('; '));
      return result.body.singleResult.data as T;
    },
    close: async () => {
      await app.stop();
      await pool.end();
      await orm.close(true);
    },
  };
}
