import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ImportKind } from './import-columns';

export enum ImportResult {
  /** Under way (or its process died: the next import marks it INTERRUPTED). */
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  /** The file broke a rule: nothing was written. */
  REJECTED = 'REJECTED',
  /** The import itself failed (database down…): nothing was written. */
  FAILED = 'FAILED',
  /** Its process stopped mid-import (killed): its transaction was rolled back, nothing was written. */
  INTERRUPTED = 'INTERRUPTED',
}

registerEnumType(ImportResult, { name: 'ImportResult' });

/** One import attempt: who, when, which file, how many rows, what came of it. */
@ObjectType('ImportRun', { description: 'An import of a file: who, when, which file, its rows and its result' })
@Entity({ tableName: 'import_run' })
@Index({ properties: ['startedAt'] })
export class ImportRun {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => ImportKind, { nullable: true, description: 'Null when the file was refused before its kind was known' })
  @Enum({ items: () => ImportKind, type: 'text', nullable: true })
  kind?: ImportKind | null;

  @Field(() => String)
  @Property({ type: 'text' })
  fileName!: string;

  @Field(() => String, { nullable: true, description: 'CSV or XLSX' })
  @Property({ type: 'text', nullable: true })
  format?: string | null;

  @Field(() => Float, { description: 'Size of the file in bytes' })
  @Property({ type: 'bigint', default: 0 })
  bytes: string | number = 0;

  @Field(() => String, { nullable: true, description: 'SHA-256 of the file, when it was read to the end' })
  @Property({ type: 'text', nullable: true })
  sha256?: string | null;

  /** The importing account; until accounts exist, the CLI's OS user (cli:name) or "api". */
  @Field(() => String, { description: 'Who imported: the CLI’s OS user (cli:name) or "api" until accounts exist' })
  @Property({ type: 'text' })
  actor!: string;

  @Field(() => String, { description: 'CLI or API' })
  @Property({ type: 'text' })
  via!: string;

  @Field(() => GraphQLISODateTime)
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  startedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  finishedAt?: Date | null;

  @Field(() => ImportResult)
  @Enum({ items: () => ImportResult, type: 'text' })
  result!: ImportResult;

  @Field(() => Int, { description: 'Data rows in the file' })
  @Property({ type: 'integer', default: 0 })
  rows: number = 0;

  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  inserted: number = 0;

  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  updated: number = 0;

  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  unchanged: number = 0;

  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  errorCount: number = 0;

  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  warningCount: number = 0;

  @Field(() => String, { nullable: true, description: 'The first reason of a refusal or failure (English)' })
  @Property({ type: 'text', nullable: true })
  message?: string | null;

  /** The first issues of the report (errors, then warnings), for the record. */
  @Property({ type: 'json', columnType: 'jsonb', default: '[]' })
  issues: unknown[] = [];
}
