import { Readable } from 'node:stream';
import { GraphQLUpload, type FileUpload } from 'graphql-upload-minimal';
import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { loadImportMaxBytes } from '../../config';
import { requireUnitAccess } from '../../graphql/auth-checker';
import type { GraphQLContext } from '../../graphql/context';
import { Permission } from '../accounts/role';
import { ImportKind } from './import-columns';
import { ImportRun } from './import-run.entity';
import { importSession } from './ingest-session';
import { runImport } from './ingest.service';
import { ImportReport, toReport } from './ingest.types';

@Resolver()
export class IngestResolver {
  @Mutation(() => ImportReport, {
    description:
      'Imports a CSV or XLSX file (multipart upload; send the header Apollo-Require-Preflight: true). The whole file is validated first: ' +
      'any invalid row and nothing is written, the report lists each problem. dryRun = validate and preview only.',
  })
  async importFile(
    @Ctx() context: GraphQLContext,
    @Arg('file', () => GraphQLUpload) file: Promise<FileUpload>,
    @Arg('kind', () => ImportKind, { nullable: true, description: 'Null: detected from the header' }) kind: ImportKind | null,
    @Arg('dryRun', () => Boolean, { defaultValue: false }) dryRun: boolean,
  ): Promise<ImportReport> {
    const upload = await file;
    let input: Readable;
    let cut = false;
    try {
      input = upload.createReadStream();
    } catch (error) {
      // The multipart parser already cut the file at the size limit (413): reported as too large.
      if ((error as { status?: number }).status !== 413) throw error;
      input = Readable.from([]);
      cut = true;
    }
    const session = await importSession(context.em.config.get('clientUrl')!, context.sql);
    try {
      const outcome = await runImport(session, {
        input,
        fileName: upload.filename,
        kind,
        dryRun,
        actor: context.access.actor,
        account: context.access.account,
        via: 'API',
        // Every unit the file writes must be within the account's reach (FORBIDDEN names those out of it).
        authorizeUnits: (unitIds) => requireUnitAccess(context, Permission.IMPORT, unitIds),
        maxBytes: loadImportMaxBytes(),
        truncated: () => cut || (input as Readable & { truncated?: boolean }).truncated === true,
        drainOnStop: true,
      });
      return toReport(outcome);
    } finally {
      await session.close();
    }
  }

  @Query(() => [ImportRun], { description: 'The latest imports, newest first: who, when, which file, rows and result' })
  imports(@Ctx() { em }: GraphQLContext, @Arg('first', () => Int, { defaultValue: 20, description: 'How many (1–200)' }) first: number): Promise<ImportRun[]> {
    return em.find(ImportRun, {}, { orderBy: { id: 'desc' }, limit: Math.min(200, Math.max(1, first)) });
  }
}
