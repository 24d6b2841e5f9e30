import type { EntityManager } from '@mikro-orm/postgresql';
import type { SqlClient } from '../db/sql-client';
import type { Access } from '../modules/accounts/access';
import type { AuthRuntime, SessionControl } from '../modules/accounts/auth-runtime';

/** What every resolver gets: its own EntityManager fork, never a global one, and the analytics pool. */
export interface GraphQLContext {
  em: EntityManager;
  /** The analytics pool, bound to `access`: resolveScope refuses units out of its reach (graphql/auth-checker.ts). */
  sql: SqlClient;
  /** Who is asking and what they may reach; graphql/auth-checker.ts checks every operation and result against it. */
  access: Access;
  /** This request's session cookie (signIn, signOut). */
  session: SessionControl;
  auth: AuthRuntime;
}
