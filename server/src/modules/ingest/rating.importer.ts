import type { BulkColumn, SqlClient } from '../../db/sql-client';
import { refreshRatingRollups, type UnitDay } from '../kpi/kpi-rollup.service';
import { withForeignKeysChecked } from './foreign-keys';
import { issue, type ImportIssue } from './import-issue';
import { ints, Staging, type ImporterContext, type KindImporter, type MergeCounts } from './importer';
import { validateRatingRow } from './rating-row';
import type { RowView } from './row-check';

const COLUMNS: BulkColumn[] = [
  { name: 'line', type: 'int' },
  { name: 'unit_id', type: 'int' },
  { name: 'rated_at', type: 'timestamptz' },
  { name: 'rated_on', type: 'date' },
  { name: 'level', type: 'text' },
  { name: 'channel', type: 'text' },
  { name: 'dossier_code', type: 'text' },
  { name: 'rating_id', type: 'text' },
];

const FACTS = ['rated_at', 'rated_on', 'level', 'channel', 'dossier_code'];
const SOURCE = 'import';

/**
 * Ratings: keyed by the source's rating id, or — when the file has none — by the row's own values
 * and its rank among identical rows of the file (two people may give the same level in the same
 * second), so that importing the same file again finds every rating already there.
 */
export class RatingImporter implements KindImporter {
  private readonly staging: Staging;
  readonly stagings: Staging[];
  private keyed: string | null = null;

  constructor(private readonly ctx: ImporterContext) {
    this.staging = new Staging(ctx.session, 'ingest_rating', COLUMNS, ctx.append);
    this.stagings = [this.staging];
  }

  async create(): Promise<this> {
    await this.staging.create();
    return this;
  }

  validate(row: RowView) {
    const { rating: r, check } = validateRatingRow(row, this.ctx.refs);
    if (r) this.staging.add([r.line, r.unitId, r.ratedAt, r.ratedOn, r.level, r.channel, r.dossierCode, r.ratingId]);
    return check;
  }

  unitIds(): Promise<number[]> {
    return this.staging.unitIds();
  }

  finalWarnings(): ImportIssue[] {
    return [];
  }

  async checkStaged(client: SqlClient, limit: number) {
    const dup = `select line, rating_id, min(line) over (partition by unit_id, rating_id) as first from "${this.staging.table}" where rating_id is not null`;
    const { rows } = await client.query<{ line: number; rating_id: string; first: number }>(
      `select line, rating_id, first from (${dup}) d where line <> first order by line limit $1`,
      [limit],
    );
    const count = rows.length < limit ? rows.length : ints((await client.query<{ n: number }>(`select count(*)::int as n from (${dup}) d where line <> first`)).rows);
    const column = this.ctx.header.headerOf.get('ratingId') ?? 'ma_danh_gia';
    return {
      count,
      issues: rows.map((r) => issue('DUPLICATE_IN_FILE', { line: r.line, column, value: r.rating_id }, { first: r.first, what: 'cùng mã đánh giá tại cùng đơn vị', whatEn: 'same rating id at the same unit' })),
    };
  }

  /** Staged rows with their key and, when stored, the stored rating's id, day and sameness. */
  private async keyedRows(client: SqlClient): Promise<string> {
    if (this.keyed) return this.keyed;
    this.keyed = `${this.staging.table}_keyed`;
    const given = FACTS.map((c) => `k.${c}`).join(', ');
    const stored = FACTS.map((c) => `r.${c}`).join(', ');
    await client.query(
      `create temp table "${this.keyed}" as
       select k.*, r.id as stored_id, r.rated_on as stored_on, (${stored}, r.source) is not distinct from (${given}, '${SOURCE}') as same
         from (select s.*, coalesce(s.rating_id, 'auto:' || to_char(s.rated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '|' || s.level
                    || '|' || coalesce(s.channel, '') || '|' || coalesce(s.dossier_code, '') || '#'
                    || row_number() over (partition by s.unit_id, s.rated_at, s.level, s.channel, s.dossier_code, s.rating_id is null order by s.line)) as external_key
                 from "${this.staging.table}" s) k
         left join satisfaction_rating r on r.unit_id = k.unit_id and r.external_key = k.external_key`,
    );
    await client.query(`analyze "${this.keyed}"`);
    return this.keyed;
  }

  async preview(client: SqlClient): Promise<MergeCounts> {
    const keyed = await this.keyedRows(client);
    const { rows } = await client.query<{ inserted: number; updated: number; unchanged: number }>(
      `select count(*) filter (where stored_id is null)::int as inserted, count(*) filter (where stored_id is not null and not same)::int as updated,
              count(*) filter (where same)::int as unchanged from "${keyed}"`,
    );
    return { ...rows[0], deleted: 0 };
  }

  async merge(client: SqlClient): Promise<MergeCounts> {
    const keyed = await this.keyedRows(client);
    const counts = await this.preview(client);
    const { rows: touched } = await client.query<UnitDay>(
      `select distinct unit_id as "unitId", to_char(day, 'YYYY-MM-DD') as day from (
         select unit_id, rated_on as day from "${keyed}" where not same
         union all select unit_id, stored_on from "${keyed}" where stored_id is not null and not same) t`,
    );
    await withForeignKeysChecked(client, [{ table: 'administrative_unit', ids: `select distinct unit_id from "${this.staging.table}"` }], async () => {
      if (counts.updated) {
        await client.query(
          `update satisfaction_rating r set ${FACTS.map((c) => `${c} = k.${c}`).join(', ')}, source = '${SOURCE}'
             from "${keyed}" k where r.id = k.stored_id and not k.same`,
        );
      }
      if (counts.inserted) {
        await client.query(
          `insert into satisfaction_rating (unit_id, ${FACTS.join(', ')}, external_key, source)
           select unit_id, ${FACTS.join(', ')}, external_key, '${SOURCE}' from "${keyed}" where stored_id is null`,
        );
      }
    });
    await refreshRatingRollups(client, touched);
    return counts;
  }

  async drop(): Promise<void> {
    await this.staging.drop();
    if (this.keyed) await this.ctx.session.client.query(`drop table if exists "${this.keyed}"`);
  }
}
