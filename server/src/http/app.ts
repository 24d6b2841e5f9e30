import { ApolloServer } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import express, { type RequestHandler } from 'express';
import expressStaticGzip from 'express-static-gzip';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { graphqlUploadExpress } from 'graphql-upload-minimal';
import { loadImportMaxBytes, SECURITY_DEFAULTS } from '../config';
import type { SqlClient } from '../db/sql-client';
import { scopedSql, type UnitTreeSource } from '../graphql/auth-checker';
import { watchFactChanges } from '../graphql/fact-changes';
import { inflate, requestKey, ResponseCache, responseCachePlugin, sessionKey, sharingKey } from '../graphql/response-cache';
import type { GraphQLContext } from '../graphql/context';
import { costLimitPlugin, QUERY_LIMITS, QUERY_VALIDATION_RULES } from '../graphql/limits';
import { buildAppSchema } from '../graphql/schema';
import { Access, AccessError } from '../modules/accounts/access';
import { detachedSession, type AuthRuntime, type SessionControl } from '../modules/accounts/auth-runtime';
import { Authenticator } from '../modules/accounts/authenticator';
import { ReachDirectory } from '../modules/accounts/reach-directory';
import { SignInThrottle } from '../modules/accounts/sign-in-throttle';
import type { Logger } from '../shared/logger';
import { UserError } from '../shared/user-error';
import { accessOf, authenticate, errorHandler, rateLimitPerPrincipal, requestLog, securityHeaders, sessionControl } from './security';

export const CLIENT_DIST = join(__dirname, '..', '..', '..', 'client', 'dist');

export interface HttpApp {
  server: Server;
  apollo: ApolloServer<GraphQLContext>;
  auth: AuthRuntime;
  /** Answers shared between users of the same role and unit (graphql/response-cache.ts). */
  responseCache: ResponseCache;
  /** A resolver context for in-process execution (tests, benchmarks): as `access`, by default the whole system. */
  context(access?: Access, session?: SessionControl): GraphQLContext;
  /** Stops taking requests, lets those in flight finish. */
  stop(): Promise<void>;
}

export interface HttpOptions {
  /** The embedded demo: a request without a session reads everything as the read-only demo leader. */
  demo?: boolean;
  rateLimitPerMinute?: number;
  bodyMaxBytes?: number;
  sessionHours?: number;
  /** X-Forwarded-For hops to trust (reverse proxies in front). */
  trustProxy?: number;
  /** Seconds a read-only answer is shared between users of the same role and unit; 0 = never. */
  responseCacheSeconds?: number;
  /** How often other processes' writes are looked for, to empty the shared answers (graphql/fact-changes.ts). */
  factChangePollMs?: number;
}

/** The API at /graphql, GET /health, and the built dashboard at / — one port. */
export async function createHttpApp(orm: MikroORM, sql: SqlClient, logger: Logger, options: HttpOptions = {}): Promise<HttpApp> {
  // In-process users (tests, benches) get fresh answers unless they ask for sharing; main.ts passes the setting.
  const settings = { ...SECURITY_DEFAULTS, responseCacheSeconds: 0, demo: false, ...options };
  const auth: AuthRuntime = {
    authenticator: new Authenticator(sql, new ReachDirectory(sql), { demo: settings.demo }),
    throttle: new SignInThrottle(),
    sessionHours: settings.sessionHours,
  };
  const responseCache = new ResponseCache({ ttlMs: settings.responseCacheSeconds * 1000 });
  // Kept answers live until the facts change — here, through the API (the plugin empties the cache), or in
  // another process (an import from the command line, another server): seen within the poll interval.
  // The unit tree read for access checks (at most once a minute, and after a seed seen by the fact-change
  // poll) also resolves the unit codes of requests over HTTP; in-process callers, which may add units as
  // they go, query.
  const unitTree = () => auth.authenticator.reach.snapshot().then((s) => s.directory);
  const onFactChange = () => {
    responseCache.invalidate();
    auth.authenticator.reach.invalidate();
  };
  const stopWatching = responseCache.enabled ? watchFactChanges(sql, onFactChange, settings.factChangePollMs) : () => undefined;
  const context = (access: Access = Access.system('system'), session: SessionControl = detachedSession(), tree?: UnitTreeSource): GraphQLContext => ({
    em: orm.em.fork(),
    sql: scopedSql(sql, access, tree),
    access,
    session,
    auth,
  });
  const app = express();
  const server = createServer(app);
  // Browsers keep a few connections open between a dashboard's queries; closing them after Node's 5 s
  // default races with the next request on them (a reset the user sees as a failed panel). A minute,
  // as behind a load balancer; headers must still arrive within the request's own timeout.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  const apollo = new ApolloServer<GraphQLContext>({
    schema: await buildAppSchema(),
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer: server }), ApolloServerPluginLandingPageDisabled(), costLimitPlugin(), responseCachePlugin(responseCache)],
    // Depth, aliases, tokens and cost: one request cannot ask for unbounded work (graphql/limits.ts).
    validationRules: QUERY_VALIDATION_RULES,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    includeStacktraceInErrorResponses: false,
    // A request's own mistakes are told as they are; anything else is logged and not leaked (no SQL, no stack).
    formatError: (formatted, error) => {
      const original = unwrapResolverError(error);
      if (original instanceof UserError || !(original instanceof Error) || formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR') {
        const code = original instanceof AccessError ? original.code : 'BAD_USER_INPUT';
        return original instanceof UserError ? { ...formatted, extensions: { ...formatted.extensions, code } } : formatted;
      }
      logger.error('request failed', { error: original.message, path: formatted.path });
      return { message: 'Internal error: the request could not be completed', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    },
  });
  await apollo.start();

  app.disable('x-powered-by');
  // API answers are POSTs no browser revalidates: hashing each body for an ETag is work for nothing.
  app.set('etag', false);
  app.set('trust proxy', settings.trustProxy);
  app.use(securityHeaders());
  app.use(requestLog(logger));
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
    // Who asks (session cookie), then their rate, then the body: a flood is refused before it is read.
    authenticate(auth.authenticator),
    rateLimitPerPrincipal(settings.rateLimitPerMinute, logger),
    // Multipart uploads (importFile): the file streams to the resolver, cut at IMPORT_MAX_BYTES.
    graphqlUploadExpress({ maxFileSize: loadImportMaxBytes(), maxFiles: 1 }),
    express.json({ limit: settings.bodyMaxBytes }),
    cachedAnswer(responseCache),
    expressMiddleware(apollo, { context: async ({ req, res }) => context(accessOf(res), sessionControl(req, res), unitTree) }),
  );
  if (existsSync(CLIENT_DIST)) {
    // The build writes a gzip twin of each file (client/build/precompressed-assets-plugin.mts): sent as is to
    // browsers that accept gzip, so no request pays for compression. Files under /assets/ are named by their
    // content, so a browser may keep them for a year; index.html names the current ones, so it is revalidated.
    app.use(
      expressStaticGzip(CLIENT_DIST, {
        index: 'index.html',
        serveStatic: { setHeaders: (res, path) => res.setHeader('cache-control', cacheControlOf(path)) },
      }),
    );
    // Client-side routes (/units, /compare …) all load the same page.
    app.get(/^\/(?!graphql|health).*/, (_req, res) =>
      res.sendFile(join(CLIENT_DIST, 'index.html'), { headers: { 'cache-control': cacheControlOf('index.html') } }),
    );
  } else {
    app.get('/', (_req, res) => {
      res.type('text/plain; charset=utf-8').send('The dashboard is not built (npm run build:client). The API answers at /graphql, health at /health.\n');
    });
  }
  app.use(errorHandler(logger));
  return {
    server,
    apollo,
    auth,
    responseCache,
    context,
    stop: async () => {
      stopWatching();
      await apollo.stop();
      responseCache.close();
    },
  };
}

/**
 * A repeat of a kept answer (same role and unit, query and variables) is sent as it was, before Apollo
 * parses, validates and costs the query again and serialises the same data: most of a hit's work.
 */
function cachedAnswer(cache: ResponseCache): RequestHandler {
  return (req, res, next) => {
    const body = req.body as { query?: unknown; operationName?: string | null; variables?: unknown } | undefined;
    if (!cache.enabled || req.method !== 'POST' || typeof body?.query !== 'string') return next();
    const access = accessOf(res);
    const what = requestKey(body.query, body.operationName, body.variables);
    // Shared by role and unit, or (me) the session's own; which one the query is, its text decides.
    const kept = [sharingKey(access), sessionKey(access, res.locals.sessionDigest as string | undefined)]
      .map((who) => (who ? cache.answer(`${who}\u0000${what}`) : undefined))
      .find((answer) => answer !== undefined);
    if (kept === undefined) return next();
    cache.hits++;
    res.set('x-cache', 'hit').set('vary', 'accept-encoding').type('application/json');
    if (req.acceptsEncodings('gzip')) res.set('content-encoding', 'gzip').send(kept.gzip);
    else res.send(inflate(kept));
  };
}

/** How long a browser may keep a file of the dashboard's build without asking again. */
function cacheControlOf(path: string): string {
  return /[/\\]assets[/\\]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
}
