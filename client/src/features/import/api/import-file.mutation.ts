import { graphql } from '../../../__generated__';

/** One upload, dry run or for real (ImportPage); sent as a multipart request by upload-import.ts. */
export const ImportFileMutation = graphql(`
  mutation ImportFile($file: Upload!, $kind: ImportKind, $dryRun: Boolean!) {
    importFile(file: $file, kind: $kind, dryRun: $dryRun) {
      runId
      kind
      fileName
      format
      dryRun
      ok
      result
      rows
      inserted
      updated
      unchanged
      removed
      errorCount
      errors {
        ...ImportFile_issue
      }
      warnings {
        ...ImportFile_issue
      }
      columns {
        header
        field
        status
      }
      preview {
        header
        rows
      }
      bytes
      seconds
    }
  }
  fragment ImportFile_issue on ImportIssue {
    severity
    code
    line
    column
    value
    messageVi
    messageEn
  }
`);
