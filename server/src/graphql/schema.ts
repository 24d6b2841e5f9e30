import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { Form06Resolver } from '../modules/kpi/form06.resolver';
import { KpiResolver } from '../modules/kpi/kpi.resolver';
import { UnitResolver } from '../modules/units/unit.resolver';

export const resolvers = [UnitResolver, KpiResolver, Form06Resolver] as const;

export async function buildAppSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [...resolvers],
    validate: false,
  });
}

/** The SDL committed as schema/schema.graphql: sorted, so that it changes only when the API does. */
export function printAppSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
