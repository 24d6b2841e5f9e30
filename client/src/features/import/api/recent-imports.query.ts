import { graphql } from '../../../__generated__';

/** The latest imports, newest first (RecentImports). */
export const RecentImportsQuery = graphql(`
  query RecentImports($first: Int!) {
    imports(first: $first) {
      id
      startedAt
      actor
      via
      fileName
      kind
      format
      rows
      inserted
      updated
      unchanged
      errorCount
      warningCount
      result
      message
    }
  }
`);
