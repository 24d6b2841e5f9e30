import { graphql } from '../../../__generated__';

/** One upload, dry run or for real (ImportPage); sent as a multipart request by upload-import.ts. */
export const ImportPageImportFile = graphql(`
  mutation ImportPageImportFile($file: Upload!, $kind: ImportKind, $dryRun: Boolean!) {
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
        ...ImportPageImportFile_issue
      }
      warnings {
        ...ImportPageImportFile_issue
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
  fragment ImportPageImportFile_issue on ImportIssue {
    severity
    code
    line
    column
    value
    messageVi
    messageEn
  }
`);
