import { GraphQLScalarType } from 'graphql';
import { LocalDateResolver } from 'graphql-scalars';

/** A local calendar day in Asia/Ho_Chi_Minh, written YYYY-MM-DD; kept as a string end to end. */
export const DateScalar = new GraphQLScalarType({
  ...LocalDateResolver.toConfig(),
  name: 'Date',
  description: 'A local calendar day (Asia/Ho_Chi_Minh), written YYYY-MM-DD',
});
