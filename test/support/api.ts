import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { GraphQLFormattedError } from 'graphql';
import { ormOptions } from '../../server/src/db/orm.config';
import { createHttpApp, type HttpApp, type HttpOptions } from '../../server/src/http/app';
import type { Access } from '../../server/src/modules/accounts/access';
import { AccountService } from '../../server/src/modules/accounts/account.service';
import type { Role } from '../../server/src/modules/accounts/role';
import { createLogger, type Logger } from '../../server/src/shared/logger';
import { testDatabases } from './test-databases';

export interface StartApiOptions {
  /**
   * Default true: a request without a session is the read-only demo leader of every unit, as with
   * `npm start` on the embedded demo — what the suites written before accounts expect. false: such a
   * request is refused, as on a server with DATABASE_URL.
   */
  demo?: boolean;
  /** Security settings (rate limit, body limit…); defaults as in production. */
  http?: Omit<HttpOptions, 'demo'>;
  logger?: Logger;
}

export interface ExecutionResult<T> {
  data?: T | null;
  errors?: readonly GraphQLFormattedError[];
}

export interface HttpAnswer<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: ExecutionResult<T>;
}

export interface TestAccount {
  username: string;
  password: string;
  role: Role;
  unitCode: string | null;
}

export interface TestApi {
  app: HttpApp;
  orm: MikroORM;
  pool: pg.Pool;
  url: string;
  /** Runs an operation in-process as an anonymous request would (the demo leader by default) and returns its data, or throws its errors' messages. */
  query<T>(text: string, variables?: Record<string, unknown>): Promise<T>;
  /** Runs an operation in-process as `access` (see accessOf) and returns data and errors as they are. */
  execute<T>(access: Access, text: string, variables?: Record<string, unknown>): Promise<ExecutionResult<T>>;
  /** The Access a signed-in account gets, exactly as a request with its session would. */
  accessOf(username: string): Promise<Access>;
  /** Creates an account (as the command line would); a unique username unless given. */
  createAccount(
    role: Role,
    unitCode: string | null,
    options?: { username?: string; password?: string; unitOn?: string },
  ): Promise<TestAccount>;
  /** POST /graphql over HTTP, with a session cookie when given. */
  post<T = Record<string, unknown>>(text: string, variables?: Record<string, unknown>, cookie?: string): Promise<HttpAnswer<T>>;
  /** Signs in over HTTP; the Cookie header value to send with later requests. */
  signIn(username: string, password: string): Promise<string>;
  close(): Promise<void>;
}

let serial = 0;
/** Usernames unique across runs on a kept database (process ids repeat). */
const RUN = randomBytes(4).toString('hex');

/** The real HTTP app on the seeded test database, listening on a free port. */
export async function startApi(options: StartApiOptions = {}): Promise<TestApi> {
  const url = testDatabases().mainUrl;
  const orm = await MikroORM.init(ormOptions(url, 2));
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  pool.on('error', () => undefined);
  const app = await createHttpApp(orm, pool, options.logger ?? createLogger('error'), { ...options.http, demo: options.demo ?? true });
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const base = `http://127.0.0.1:${port}`;

  const execute = async <T>(access: Access, text: string, variables: Record<string, unknown> = {}): Promise<ExecutionResult<T>> => {
    const result = await app.apollo.executeOperation<T>({ query: text, variables }, { contextValue: app.context(access) });
    if (result.body.kind !== 'single') throw new Error('expected a single result');
    return result.body.singleResult as ExecutionResult<T>;
  };
  const post = async <T>(text: string, variables: Record<string, unknown> = {}, cookie?: string): Promise<HttpAnswer<T>> => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query: text, variables }),
    });
    return { status: response.status, headers: response.headers, body: (await response.json()) as ExecutionResult<T> };
  };

  return {
    app,
    orm,
    pool,
    url: base,
    async query<T>(text: string, variables: Record<string, unknown> = {}) {
      const { access } = await app.auth.authenticator.accessFor(undefined);
      const result = await execute<T>(access, text, variables);
      if (result.errors) throw new Error(result.errors.map((e) => e.message).join('; '));
      return result.data as T;
    },
    execute,
    async accessOf(username: string) {
      const account = await new AccountService(orm.em.fork()).byUsername(username);
      return app.auth.authenticator.forAccount(
        { ...account, unitId: account.unit?.id ?? null },
        await app.auth.authenticator.reach.snapshot(),
      );
    },
    async createAccount(role, unitCode, accountOptions = {}) {
      const username = accountOptions.username ?? `t${RUN}-${++serial}-${role.toLowerCase()}`;
      const password = accountOptions.password ?? `pw-${username}-Ωmega-${serial}`;
      await new AccountService(orm.em.fork()).create(
        { username, password, role, unitCode, unitOn: accountOptions.unitOn },
        { actor: 'cli:test', account: null },
      );
      return { username, password, role, unitCode };
    },
    post,
    async signIn(username: string, password: string) {
      const answer = await post('mutation SignIn($u: String!, $p: String!) { signIn(username: $u, password: $p) { username } }', {
        u: username,
        p: password,
      });
      const cookie = answer.headers.get('set-cookie')?.split(';')[0];
      if (!cookie || answer.body.errors) throw new Error(`sign-in failed: ${JSON.stringify(answer.body.errors)}`);
      return cookie;
    },
    close: async () => {
      await app.stop();
      await pool.end();
      await orm.close(true);
    },
  };
}
