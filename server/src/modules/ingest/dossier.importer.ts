import type { BulkColumn, SqlClient } from '../../db/sql-client';
import { DOSSIER_FACT_COLUMNS } from '../dossiers/dossier-columns';
import { NewProcedures, validateDossierRow } from './dossier-row';
import { issue, warning, type ImportIssue } from './import-issue';
import { ints, Staging, type ImporterContext, type KindImporter, type MergeCounts } from './importer';
import { withForeignKeysChecked } from './foreign-keys';
import { applyDossierDelta, collectDelta, deltaTables } from './rollup-delta';
import type { RowView } from './row-check';

// The staged row's file line, then the dossier's own columns.
const COLUMNS: BulkColumn[] = [{ name: 'line', type: 'int' }, ...DOSSIER_FACT_COLUMNS];

/** The columns a dossier is written with; what a re-import compares to tell "unchanged". */
const FACTS = ['procedure_id', 'channel', 'received_at', 'received_on', 'due_date', 'due_date_computed', 'finished_at', 'finished_on', 'returned_at', 'status', 'supplement_requests', 'apology_slip', 'timeliness'];
const SOURCE = 'import';

/**
 * Dossiers: unique by (unit, code). A dossier already stored is updated when the file says
 * something new of it (a later export, now finished) and left alone otherwise, so importing the
 * same file twice changes nothing; the rollups move by the events it leaves and enters.
 */
export class DossierImporter implements KindImporter {
  private readonly staging: Staging;
  readonly stagings: Staging[];
  private readonly newProcedures = new NewProcedures();
  private channelDefaulted = 0;
  private existing: string | null = null;
  private delta: string | null = null;

  constructor(private readonly ctx: ImporterContext) {
    this.staging = new Staging(ctx.session, 'ingest_dossier', COLUMNS, ctx.append);
    this.stagings = [this.staging];
  }

  async create(): Promise<this> {
    await this.staging.create();
    return this;
  }

  validate(row: RowView) {
    const { dossier: d, check, channelDefaulted } = validateDossierRow(row, { refs: this.ctx.refs, newProcedures: this.newProcedures });
    if (d) {
      if (channelDefaulted) this.channelDefaulted += 1;
      this.staging.add([d.line, d.code, d.unitId, d.procedureId, d.channel, d.receivedAt, d.receivedOn, d.dueDate, d.dueDateComputed, d.finishedAt, d.finishedOn, d.returnedAt, d.status, d.supplementRequests, d.apologySlip, d.timeliness]);
    }
    return check;
  }

  unitIds(): Promise<number[]> {
    return this.staging.unitIds();
  }

  finalWarnings(): ImportIssue[] {
    const out: ImportIssue[] = [];
    if (this.channelDefaulted) out.push(warning('CHANNEL_DEFAULTED', { column: this.ctx.header.headerOf.get('channel') ?? 'kenh' }, { count: this.channelDefaulted }));
    for (const p of this.newProcedures.all) {
      out.push(warning('NEW_PROCEDURE', { line: p.line, column: this.ctx.header.headerOf.get('procedureCode'), value: p.code }, { code: p.code, days: p.workingDays ?? 0, inferred: p.inferred ? 1 : 0 }));
    }
    return out;
  }

  /** Two rows of the file for the same dossier (same code at the same unit). */
  async checkStaged(client: SqlClient, limit: number) {
    const t = this.staging.table;
    // Most files have none: one hash aggregate says so; only then are the lines looked for.
    const any = await client.query(`select 1 from "${t}" group by unit_id, code having count(*) > 1 limit 1`);
    if (any.rows.length === 0) return { count: 0, issues: [] };
    const dup = `select line, code, min(line) over (partition by unit_id, code) as first from "${t}"`;
    const { rows } = await client.query<{ line: number; code: string; first: number }>(
      `select line, code, first from (${dup}) d where line <> first order by line limit $1`,
      [limit],
    );
    const count = rows.length < limit ? rows.length : ints((await client.query<{ n: number }>(`select count(*)::int as n from (${dup}) d where line <> first`)).rows);
    const column = this.ctx.header.headerOf.get('code') ?? 'ma_ho_so';
    return {
      count,
      issues: rows.map((r) =>
        issue('DUPLICATE_IN_FILE', { line: r.line, column, value: r.code }, { first: r.first, what: 'cùng mã hồ sơ tại cùng đơn vị', whatEn: 'same dossier code at the same unit' }),
      ),
    };
  }

  /**
   * The stored dossiers the file names — their current versions, with the columns the rollup
   * events read — and whether the file changes them. Locked when about to be written, so that the
   * versions subtracted from the rollups are the ones replaced.
   */
  private async findExisting(client: SqlClient, lock: boolean): Promise<string> {
    if (this.existing) return this.existing;
    this.existing = `${this.staging.table}_existing`;
    const same = FACTS.map((c) => `d.${c}`).join(', ') + ', d.source';
    const given = FACTS.map((c) => `s.${c}`).join(', ') + `, '${SOURCE}'`;
    await client.query(
      `create temp table "${this.existing}" as
       select s.line, d.id, d.unit_id, d.procedure_id, d.channel, d.received_on, d.finished_on, d.due_date, d.timeliness,
              (${same}) is not distinct from (${given}) as same
         from "${this.staging.table}" s join dossier d on d.unit_id = s.unit_id and d.code = s.code${lock ? ' for update of d' : ''}`,
    );
    await client.query(`create index on "${this.existing}" (line)`);
    await client.query(`analyze "${this.existing}"`);
    return this.existing;
  }

  async preview(client: SqlClient): Promise<MergeCounts> {
    const existing = await this.findExisting(client, false);
    const { rows } = await client.query<{ updated: number; unchanged: number }>(
      `select count(*) filter (where not same)::int as updated, count(*) filter (where same)::int as unchanged from "${existing}"`,
    );
    return { inserted: this.staging.count - rows[0].updated - rows[0].unchanged, updated: rows[0].updated, unchanged: rows[0].unchanged, deleted: 0 };
  }

  async merge(client: SqlClient): Promise<MergeCounts> {
    const t = this.staging.table;
    await this.createProcedures(client);
    const existing = await this.findExisting(client, true);
    const counts = await this.preview(client);
    this.delta = `${t}_delta`;
    await collectDelta(client, this.delta, [
      { table: existing, filter: { where: () => 'not d.same' }, sign: -1 },
      { table: t, filter: { where: () => `not exists (select 1 from "${existing}" e where e.line = d.line and e.same)` }, sign: 1 },
    ]);
    await withForeignKeysChecked(client, [
      { table: 'administrative_unit', ids: `select distinct unit_id from "${t}"` },
      { table: 'procedure', ids: `select distinct procedure_id from "${t}"` },
    ], async () => {
      if (counts.updated) {
        await client.query(
          `update dossier d set ${FACTS.map((c) => `${c} = s.${c}`).join(', ')}, source = '${SOURCE}'
             from "${existing}" e join "${t}" s on s.line = e.line
            where d.id = e.id and not e.same`,
        );
      }
      if (counts.inserted) {
        await client.query(
          `insert into dossier (code, unit_id, ${FACTS.join(', ')}, source)
           select s.code, s.unit_id, ${FACTS.map((c) => `s.${c}`).join(', ')}, '${SOURCE}' from "${t}" s
            where not exists (select 1 from "${existing}" e where e.line = s.line)
            -- In index order: the (unit, day) indexes then grow at a few places instead of at random (half the time).
            order by s.unit_id, s.received_on`,
        );
      }
    });
    await applyDossierDelta(client, this.delta);
    return counts;
  }

  /** Procedures the file introduces: created (or found, if another import just did), then staged rows point at them. */
  private async createProcedures(client: SqlClient): Promise<void> {
    const created = this.newProcedures.all;
    if (!created.length) return;
    await client.query(
      `insert into procedure (code, name, field_id, working_days, source)
       select * from unnest($1::text[], $2::text[], $3::int[], $4::smallint[], $5::text[]) on conflict (code) do nothing`,
      [created.map((p) => p.code), created.map((p) => p.name), created.map((p) => p.fieldId), created.map((p) => p.workingDays ?? 0), created.map(() => SOURCE)],
    );
    await client.query(
      `update "${this.staging.table}" s set procedure_id = p.id
         from unnest($1::int[], $2::text[]) as n(temp_id, code) join procedure p on p.code = n.code
        where s.procedure_id = n.temp_id`,
      [created.map((p) => p.tempId), created.map((p) => p.code)],
    );
  }

  async drop(): Promise<void> {
    await this.staging.drop();
    const tables = [this.existing, ...(this.delta ? deltaTables(this.delta) : [])];
    for (const table of tables) if (table) await this.ctx.session.client.query(`drop table if exists "${table}"`);
  }
}
