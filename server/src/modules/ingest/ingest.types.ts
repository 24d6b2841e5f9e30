import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { MappedColumn } from './header-map';
import { ImportKind } from './import-columns';
import type { ImportIssue as Issue } from './import-issue';
import { ImportResult } from './import-run.entity';
import type { ImportOutcome } from './ingest.service';

export enum ImportIssueSeverity {
  ERROR = 'ERROR',
  WARNING = 'WARNING',
}
registerEnumType(ImportIssueSeverity, { name: 'ImportIssueSeverity', description: 'An error stops the import; a warning does not' });

export enum ImportColumnStatus {
  MAPPED = 'MAPPED',
  UNKNOWN = 'UNKNOWN',
  PERSONAL_DATA_IGNORED = 'PERSONAL_DATA_IGNORED',
  DUPLICATE = 'DUPLICATE',
}
registerEnumType(ImportColumnStatus, { name: 'ImportColumnStatus', description: 'How a column of the file was read' });

@ObjectType('ImportIssue', { description: 'A problem found in a file: where (line, column, value) and why, in Vietnamese and English' })
export class ImportIssueType {
  @Field(() => ImportIssueSeverity) severity!: ImportIssueSeverity;
  @Field(() => String, { description: 'Stable code of the rule, e.g. FINISHED_BEFORE_RECEIVED, DUPLICATE_IN_FILE, UNKNOWN_UNIT' }) code!: string;
  @Field(() => Int, { nullable: true, description: 'Line of the CSV file or row of the sheet; null for the file as a whole' }) line!: number | null;
  @Field(() => String, { nullable: true, description: 'The column’s header as written in the file' }) column!: string | null;
  @Field(() => String, { nullable: true }) value!: string | null;
  @Field(() => String) messageVi!: string;
  @Field(() => String) messageEn!: string;
}

@ObjectType('ImportColumn', { description: 'A column of the file and what it was read as' })
export class ImportColumnType {
  @Field(() => String, { description: 'The header as written in the file' }) header!: string;
  @Field(() => String, { nullable: true, description: 'The column it was read as, e.g. "ma_ho_so | dossier_code"; null when not used' }) field!: string | null;
  @Field(() => ImportColumnStatus) status!: ImportColumnStatus;
}

@ObjectType('ImportPreview', { description: 'The header and the first rows of the file, as read' })
export class ImportPreviewType {
  @Field(() => [String]) header!: string[];
  @Field(() => [[String]]) rows!: string[][];
}

@ObjectType('ImportReport', { description: 'What an import did (or, on a dry run, would do) with a file, and why not when it refused it' })
export class ImportReport {
  @Field(() => ID, { nullable: true, description: 'The recorded import (see `imports`); null on a dry run' }) runId!: string | null;
  @Field(() => ImportKind, { nullable: true }) kind!: ImportKind | null;
  @Field(() => String) fileName!: string;
  @Field(() => String, { nullable: true, description: 'CSV or XLSX' }) format!: string | null;
  @Field(() => Boolean) dryRun!: boolean;
  @Field(() => Boolean, { description: 'True when the file was imported (dry run: when it would be)' }) ok!: boolean;
  @Field(() => ImportResult) result!: ImportResult;
  @Field(() => Int, { description: 'Data rows in the file' }) rows!: number;
  @Field(() => Int, { description: 'Records added (dry run: that would be)' }) inserted!: number;
  @Field(() => Int, { description: 'Stored records the file changes, e.g. a dossier now finished' }) updated!: number;
  @Field(() => Int, { description: 'Stored records the file repeats as they are' }) unchanged!: number;
  @Field(() => Int, { description: 'Records removed because the file no longer lists them (opinions of a re-imported meeting)' }) removed!: number;
  @Field(() => Int, { description: 'Every error found; `errors` lists the first ones' }) errorCount!: number;
  @Field(() => [ImportIssueType]) errors!: Issue[];
  @Field(() => [ImportIssueType]) warnings!: Issue[];
  @Field(() => [ImportColumnType]) columns!: ImportColumnType[];
  @Field(() => ImportPreviewType) preview!: ImportPreviewType;
  @Field(() => Float, { description: 'Size of the file in bytes' }) bytes!: number;
  @Field(() => String, { nullable: true }) sha256!: string | null;
  @Field(() => Float) seconds!: number;
}

export function toReport(o: ImportOutcome): ImportReport {
  return {
    runId: o.runId === null ? null : String(o.runId),
    kind: o.kind,
    fileName: o.fileName,
    format: o.format,
    dryRun: o.dryRun,
    ok: o.result === ImportResult.SUCCEEDED,
    result: o.result,
    rows: o.rows,
    inserted: o.counts.inserted,
    updated: o.counts.updated,
    unchanged: o.counts.unchanged,
    removed: o.counts.deleted,
    errorCount: o.errorCount,
    errors: o.errors,
    warnings: o.warnings,
    columns: o.columns.map(toColumn),
    preview: o.preview,
    bytes: o.bytes,
    sha256: o.sha256,
    seconds: o.seconds,
  };
}

const toColumn = (c: MappedColumn): ImportColumnType => ({
  header: c.header,
  field: c.spec ? `${c.spec.vi} | ${c.spec.en}` : null,
  status: c.status as ImportColumnStatus,
});
