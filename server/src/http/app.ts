import { ApolloServer } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { SqlClient } from '../db/sql-client';
import type { GraphQLContext } from '../graphql/context';
import { buildAppSchema } from '../graphql/schema';
import type { Logger } from '../shared/logger';
import { UserError } from '../shared/user-error';

export const CLIENT_DIST = join(__dirname, '..', '..', '..', 'client', 'dist');

export interface HttpApp {
  server: Server;
  apollo: ApolloServer<GraphQLContext>;
  /** Stops taking requests, lets those in flight finish. */
  stop(): Promise<void>;
}

/** The API at /graphql, GET /health, and the built dashboard at / — one port. */
export async function createHttpApp(orm: MikroORM, sql: SqlClient, logger: Logger): Promise<HttpApp> {
  const app = express();
  const server = createServer(app);
  const apollo = new ApolloServer<GraphQLContext>({
    schema: await buildAppSchema(),
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer: server }), ApolloServerPluginLandingPageDisabled()],
    includeStacktraceInErrorResponses: false,
    // A request's own mistakes are told as they are; anything else is logged and not leaked (no SQL, no stack).
    formatError: (formatted, error) => {
      const original = unwrapResolverError(error);
      if (original instanceof UserError || !(original instanceof Error) || formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR') {
        return original instanceof UserError ? { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT' } } : formatted;
      }
      logger.error('request failed', { error: original.message, path: formatted.path });
      return { message: 'Internal error: the request could not be completed', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    },
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.get('/health', async (_req, res) => {
    try {
      await orm.em.getConnection().execute('select 1');
      res.json({ status: 'ok', database: 'up' });
    } catch (error) {
      logger.warn('health check: database does not answer', { error: (error as Error).message });
      res.status(503).json({ status: 'error', database: 'down' });
    }
  });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: async () => ({ em: orm.em.fork(), sql }) }),
  );
  if (existsSync(CLIENT_DIST)) {
    app.use(express.static(CLIENT_DIST, { index: 'index.html', maxAge: '1h' }));
    // Client-side routes (/units, /compare …) all load the same page.
    app.get(/^\/(?!graphql|health).*/, (_req, res) => res.sendFile(join(CLIENT_DIST, 'index.html')));
  } else {
    app.get('/', (_req, res) => {
      res.type('text/plain; charset=utf-8').send('The dashboard is not built (npm run build:client). The API answers at /graphql, health at /health.\n');
    });
  }
  return {
    server,
    apollo,
    stop: async () => {
      await apollo.stop();
    },
  };
}
