import type { EntityManager } from '@mikro-orm/postgresql';

/** What every resolver gets: its own EntityManager fork, never a global one. */
export interface GraphQLContext {
  em: EntityManager;
}
