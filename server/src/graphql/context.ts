import type { EntityManager } from '@mikro-orm/postgresql';
import type { SqlClient } from '../db/sql-client';

/** What every resolver gets: its own EntityManager fork, never a global one, and the analytics pool. */
export interface GraphQLContext {
  em: EntityManager;
  sql: SqlClient;
}
