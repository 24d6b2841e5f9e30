/* generated — do not edit (npm run codegen: schema/schema.graphql + the operations in client/src) */
export * from "./gql";