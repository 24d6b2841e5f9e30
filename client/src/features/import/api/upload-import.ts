import { print } from 'graphql';
import type { ImportPageImportFileMutation as ImportFileResult, ImportKind } from '../../../__generated__/graphql';
import { multipartBody } from '../utils/multipart';
import { ImportPageImportFile } from './import-page.mutation';

export type ImportReport = ImportFileResult['importFile'];

/** The API refused the request (its message and code), or could not be reached (code NETWORK). */
export class ImportRequestError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

const QUERY = print(ImportPageImportFile);

interface Payload {
  data?: ImportFileResult | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * Sends importFile as a multipart request (Apollo Client 4 has no upload link): the file streams to the
 * server, which checks all of it; dryRun only reports what an import would do.
 */
export async function uploadImport(
  file: File,
  options: { kind: ImportKind | null; dryRun: boolean; signal?: AbortSignal },
): Promise<ImportReport> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      // Apollo Server's CSRF protection: a multipart request must say it is not a simple form post.
      headers: { 'Apollo-Require-Preflight': 'true' },
      credentials: 'same-origin',
      body: multipartBody(QUERY, { kind: options.kind, dryRun: options.dryRun }, file, file.name),
      signal: options.signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ImportRequestError((error as Error).message, 'NETWORK');
  }
  let payload: Payload | null = null;
  try {
    payload = (await response.json()) as Payload;
  } catch {
    // not JSON: a proxy's error page, a cut connection
  }
  if (payload?.errors?.length)
    throw new ImportRequestError(payload.errors.map((e) => e.message).join('; '), payload.errors[0].extensions?.code ?? 'ERROR');
  if (!payload?.data) throw new ImportRequestError(`HTTP ${response.status}`, response.status === 413 ? 'TOO_LARGE' : 'NETWORK');
  return payload.data.importFile;
}
