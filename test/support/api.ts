import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormOptions } from '../../server/src/db/orm.config';
import { createHttpApp, type HttpApp } from '../../server/src/http/app';
import { createLogger } from '../../server/src/shared/logger';
import { testDatabases } from './test-databases';

/** The real HTTP app on the seeded test database, listening on a free port. */
export async function startApi(): Promise<{ app: HttpApp; orm: MikroORM; url: string; close(): Promise<void> }> {
  const orm = await MikroORM.init(ormOptions(testDatabases().mainUrl, 2));
  const app = await createHttpApp(orm, createLogger('error'));
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    app,
    orm,
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await app.stop();
      await orm.close(true);
    },
  };
}
