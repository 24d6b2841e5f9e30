import type { BulkColumn, SqlClient } from '../../db/sql-client';
import type { ImportIssue } from './import-issue';
import { Staging, type ImporterContext, type KindImporter, type MergeCounts } from './importer';
import { validateFigureRow, type FigureKeys } from './reported-row';
import type { RowView } from './row-check';

const COLUMNS: BulkColumn[] = [
  { name: 'line', type: 'int' },
  { name: 'key', type: 'text' },
  { name: 'metric', type: 'text' },
  { name: 'unit_id', type: 'int' },
  { name: 'scope', type: 'text' },
  { name: 'campaign_id', type: 'int' },
  { name: 'period_from', type: 'date' },
  { name: 'period_to', type: 'date' },
  { name: 'convention', type: 'text' },
  { name: 'value', type: 'text' },
  { name: 'as_published', type: 'text' },
  { name: 'source_document', type: 'text' },
  { name: 'note', type: 'text' },
];

const FACTS = ['metric', 'unit_id', 'scope', 'campaign_id', 'period_from', 'period_to', 'convention', 'value', 'as_published', 'source_document', 'note'];
const value = (alias: string, c: string) => (c === 'value' ? `${alias}.value::numeric(14,4)` : `${alias}.${c}`);
const same = (a: string, b: string) => `(${FACTS.map((c) => value(a, c)).join(', ')}) is not distinct from (${FACTS.map((c) => value(b, c)).join(', ')})`;

/** Reported figures, keyed by their id: kept exactly as published, updated only by a newer file. */
export class ReportedFigureImporter implements KindImporter {
  private readonly staging: Staging;
  readonly stagings: Staging[];
  private readonly keys: FigureKeys = new Map();

  constructor(private readonly ctx: ImporterContext) {
    this.staging = new Staging(ctx.session, 'ingest_figure', COLUMNS, ctx.append);
    this.stagings = [this.staging];
  }

  async create(): Promise<this> {
    await this.staging.create();
    return this;
  }

  validate(row: RowView) {
    const { figure: f, check } = validateFigureRow(row, this.ctx.refs, this.keys);
    if (f) this.staging.add([f.line, f.key, f.metric, f.unitId, f.scope, f.campaignId, f.periodFrom, f.periodTo, f.convention, f.value, f.asPublished, f.source, f.note]);
    return check;
  }

  unitIds(): Promise<number[]> {
    return this.staging.unitIds();
  }

  finalWarnings(): ImportIssue[] {
    return [];
  }

  async checkStaged() {
    return { issues: [], count: 0 }; // figure ids are checked for duplicates as the rows are read
  }

  async preview(client: SqlClient): Promise<MergeCounts> {
    const t = this.staging.table;
    const { rows } = await client.query<{ inserted: number; updated: number; unchanged: number }>(
      `select count(*) filter (where f.id is null)::int as inserted, count(*) filter (where f.id is not null and not ${same('f', 's')})::int as updated,
              count(*) filter (where ${same('f', 's')})::int as unchanged
         from "${t}" s left join reported_figure f on f.key = s.key`,
    );
    return { ...rows[0], deleted: 0 };
  }

  async merge(client: SqlClient): Promise<MergeCounts> {
    const counts = await this.preview(client);
    await client.query(
      `insert into reported_figure (key, ${FACTS.join(', ')})
       select key, ${FACTS.map((c) => value('s', c)).join(', ')} from "${this.staging.table}" s
       on conflict (key) do update set ${FACTS.map((c) => `${c} = excluded.${c}`).join(', ')}
       where not ${same('reported_figure', 'excluded')}`,
    );
    return counts;
  }

  async drop(): Promise<void> {
    await this.staging.drop();
  }
}
