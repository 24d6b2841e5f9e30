import type { SqlClient } from '../../db/sql-client';

/**
 * Keeps the KPI rollups equal to the facts. `rebuildRollups` recomputes everything (after a bulk
 * load); `refreshDossierRollups` / `refreshRatingRollups` recompute only the unit-days a write
 * touched (imports), in the caller's transaction; `verifyRollups` reports any difference.
 */
export interface UnitDay {
  unitId: number;
  day: string;
}

export const MEASURES = ['received', 'resolved_early', 'resolved_on_time', 'resolved_overdue', 'same_day', 'late_due', 'late_resolved'];
const SUMS = MEASURES.map((m) => `sum(${m})::int as ${m}`).join(', ');

/** How to narrow the dossiers of one event arm, given the arm's day column. */
export interface EventFilter {
  join?: (column: string) => string;
  where?: (column: string) => string;
}

/**
 * Dossier events, one row per event with its local day: the single definition of what the
 * rollups count. Columns: unit_id, day, channel, procedure_id and the measures.
 */
export function dossierEvents(filter: EventFilter = {}): string {
  const join = (column: string) => filter.join?.(column) ?? '';
  const and = (column: string) => (filter.where ? ` and ${filter.where(column)}` : '');
  return `
    select d.unit_id, d.received_on as day, d.channel, d.procedure_id, 1 as received, 0 as resolved_early, 0 as resolved_on_time,
           0 as resolved_overdue, 0 as same_day, 0 as late_due, 0 as late_resolved
      from dossier d ${join('received_on')} where true${and('received_on')}
    union all
    select d.unit_id, d.finished_on, d.channel, d.procedure_id, 0, (d.timeliness = 'EARLY')::int, (d.timeliness = 'ON_TIME')::int,
           (d.timeliness = 'OVERDUE')::int, (d.finished_on = d.received_on)::int, 0, (d.finished_on > d.due_date)::int
      from dossier d ${join('finished_on')} where d.finished_on is not null${and('finished_on')}
    union all
    select d.unit_id, d.due_date, d.channel, d.procedure_id, 0, 0, 0, 0, 0, 1, 0
      from dossier d ${join('due_date')} where (d.finished_on is null or d.finished_on > d.due_date)${and('due_date')}`;
}

const keyJoin = (keys?: string): EventFilter => (keys ? { join: (column) => `join ${keys} k on k.unit_id = d.unit_id and k.day = d.${column}` } : {});
const monthKeyJoin = (keys?: string): EventFilter =>
  keys ? { join: (column) => `join ${keys} k on k.unit_id = d.unit_id and d.${column} >= k.month and d.${column} < (k.month + interval '1 month')::date` } : {};

const COLUMNS = `unit_id, day, channel, ${MEASURES.join(', ')}`;
const MONTH_COLUMNS = `unit_id, month, channel, ${MEASURES.join(', ')}`;
const PROCEDURE_COLUMNS = `unit_id, month, procedure_id, channel, ${MEASURES.join(', ')}`;
const TOTAL_COLUMNS = `unit_id, procedure_id, channel, ${MEASURES.join(', ')}`;
const FIELD_COLUMNS = `unit_id, month, field_id, channel, ${MEASURES.join(', ')}`;
const FIELD_TOTAL_COLUMNS = `unit_id, field_id, channel, ${MEASURES.join(', ')}`;

const dailySelect = (keys?: string) => `select unit_id, day, channel, ${SUMS} from (${dossierEvents(keyJoin(keys))}) e group by 1, 2, 3`;
const monthlySelect = (where = '') =>
  `select unit_id, date_trunc('month', day)::date as month, channel, ${SUMS} from kpi_dossier_day ${where} group by 1, 2, 3`;
const procedureSelect = (keys?: string) =>
  `select unit_id, date_trunc('month', day)::date as month, procedure_id, channel, ${SUMS} from (${dossierEvents(monthKeyJoin(keys))}) e group by 1, 2, 3, 4`;
/** All-time sums per unit, procedure and channel, from the procedure months (`where` narrows the units). */
const totalSelect = (where = '') => `select unit_id, procedure_id, channel, ${SUMS} from kpi_procedure_month ${where} group by 1, 2, 3`;
/** Field months: procedure months (`source`, by default the rollup) summed by the procedure's field. */
const fieldSelect = (where = '', source = 'kpi_procedure_month') =>
  `select m.unit_id, m.month, p.field_id, m.channel, ${MEASURES.map((x) => `sum(m.${x})::int as ${x}`).join(', ')}
     from ${source} m join procedure p on p.id = m.procedure_id ${where} group by 1, 2, 3, 4`;
const fieldTotalSelect = (where = '') => `select unit_id, field_id, channel, ${SUMS} from kpi_field_month ${where} group by 1, 2, 3`;
const ratingDailySelect = (where = '') =>
  `select unit_id, rated_on as day, coalesce(channel, '') as channel, level, count(*)::int as ratings from satisfaction_rating ${where} group by 1, 2, 3, 4`;
const ratingMonthlySelect = (where = '') =>
  `select unit_id, date_trunc('month', day)::date as month, channel, level, sum(ratings)::int as ratings from kpi_rating_day ${where} group by 1, 2, 3, 4`;

/** Every rollup table, in the order they are derived. */
export const ROLLUP_TABLES = [
  'kpi_dossier_day',
  'kpi_dossier_month',
  'kpi_procedure_month',
  'kpi_procedure_total',
  'kpi_field_month',
  'kpi_field_total',
  'kpi_rating_day',
  'kpi_rating_month',
] as const;

/** Recomputes every rollup from the facts (after a bulk load), in the caller's transaction. */
export async function rebuildRollups(client: SqlClient): Promise<void> {
  for (const table of ROLLUP_TABLES) {
    await client.query(`truncate ${table}`);
  }
  await client.query(`insert into kpi_dossier_day (${COLUMNS}) ${dailySelect()}`);
  await client.query(`insert into kpi_dossier_month (${MONTH_COLUMNS}) ${monthlySelect()}`);
  await client.query(`insert into kpi_procedure_month (${PROCEDURE_COLUMNS}) ${procedureSelect()}`);
  await client.query(`insert into kpi_procedure_total (${TOTAL_COLUMNS}) ${totalSelect()}`);
  await client.query(`insert into kpi_field_month (${FIELD_COLUMNS}) ${fieldSelect()}`);
  await client.query(`insert into kpi_field_total (${FIELD_TOTAL_COLUMNS}) ${fieldTotalSelect()}`);
  await client.query(`insert into kpi_rating_day (unit_id, day, channel, level, ratings) ${ratingDailySelect()}`);
  await client.query(`insert into kpi_rating_month (unit_id, month, channel, level, ratings) ${ratingMonthlySelect()}`);
}

/**
 * Recomputes the dossier rollups of the given unit-days (every day a written dossier was
 * received, finished or due on, before and after the write) and of their months.
 */
export async function refreshDossierRollups(client: SqlClient, touched: UnitDay[]): Promise<void> {
  if (touched.length === 0) return;
  await loadKeys(client, touched);
  await client.query(`delete from kpi_dossier_day r using kpi_keys k where r.unit_id = k.unit_id and r.day = k.day`);
  await client.query(`insert into kpi_dossier_day (${COLUMNS}) ${dailySelect('kpi_keys')}`);
  await client.query(`delete from kpi_dossier_month r using kpi_month_keys k where r.unit_id = k.unit_id and r.month = k.month`);
  await client.query(
    `insert into kpi_dossier_month (${MONTH_COLUMNS}) ${monthlySelect(
      `where (unit_id, date_trunc('month', day)::date) in (select unit_id, month from kpi_month_keys)`,
    )}`,
  );
  await client.query(`delete from kpi_procedure_month r using kpi_month_keys k where r.unit_id = k.unit_id and r.month = k.month`);
  await client.query(`insert into kpi_procedure_month (${PROCEDURE_COLUMNS}) ${procedureSelect('kpi_month_keys')}`);
  // The touched units' totals, summed again from their months.
  const units = 'where unit_id in (select distinct unit_id from kpi_month_keys)';
  await client.query(`delete from kpi_procedure_total ${units}`);
  await client.query(`insert into kpi_procedure_total (${TOTAL_COLUMNS}) ${totalSelect(units)}`);
  await client.query(`delete from kpi_field_month r using kpi_month_keys k where r.unit_id = k.unit_id and r.month = k.month`);
  await client.query(`insert into kpi_field_month (${FIELD_COLUMNS}) ${fieldSelect('where (m.unit_id, m.month) in (select unit_id, month from kpi_month_keys)')}`);
  await client.query(`delete from kpi_field_total ${units}`);
  await client.query(`insert into kpi_field_total (${FIELD_TOTAL_COLUMNS}) ${fieldTotalSelect(units)}`);
}

/** Recomputes the rating rollups of the given unit-days and their months. */
export async function refreshRatingRollups(client: SqlClient, touched: UnitDay[]): Promise<void> {
  if (touched.length === 0) return;
  await loadKeys(client, touched);
  await client.query(`delete from kpi_rating_day r using kpi_keys k where r.unit_id = k.unit_id and r.day = k.day`);
  await client.query(
    `insert into kpi_rating_day (unit_id, day, channel, level, ratings) ${ratingDailySelect('where (unit_id, rated_on) in (select unit_id, day from kpi_keys)')}`,
  );
  await client.query(`delete from kpi_rating_month r using kpi_month_keys k where r.unit_id = k.unit_id and r.month = k.month`);
  await client.query(
    `insert into kpi_rating_month (unit_id, month, channel, level, ratings) ${ratingMonthlySelect(
      `where (unit_id, date_trunc('month', day)::date) in (select unit_id, month from kpi_month_keys)`,
    )}`,
  );
}

async function loadKeys(client: SqlClient, touched: UnitDay[]): Promise<void> {
  await client.query(`create temp table if not exists kpi_keys (unit_id int not null, day date not null, primary key (unit_id, day)) on commit drop`);
  await client.query(`create temp table if not exists kpi_month_keys (unit_id int not null, month date not null, primary key (unit_id, month)) on commit drop`);
  await client.query('truncate kpi_keys, kpi_month_keys');
  await client.query(`insert into kpi_keys select distinct * from unnest($1::int[], $2::date[]) on conflict do nothing`, [
    touched.map((t) => t.unitId),
    touched.map((t) => t.day),
  ]);
  await client.query(`insert into kpi_month_keys select distinct unit_id, date_trunc('month', day)::date from kpi_keys`);
  // Without statistics the planner guesses the key tables large and scans every dossier.
  await client.query('analyze kpi_keys, kpi_month_keys');
}

/** A dossier's days as the rollups see them, before or after a write. */
export interface DossierDays {
  unitId: number;
  receivedOn: string;
  finishedOn: string | null;
  dueDate: string;
}

/** Every unit-day whose rollup rows a write of these dossier versions (old and new) can change. */
export function touchedDays(versions: DossierDays[]): UnitDay[] {
  const keys = new Map<string, UnitDay>();
  const add = (unitId: number, day: string | null) => {
    if (day) keys.set(`${unitId}|${day}`, { unitId, day });
  };
  for (const v of versions) {
    add(v.unitId, v.receivedOn);
    add(v.unitId, v.finishedOn);
    add(v.unitId, v.dueDate);
  }
  return [...keys.values()];
}

export interface RollupDifference {
  table: string;
  /** Rows in the rollup that recomputation does not give (wrong or extra). */
  unexpected: number;
  /** Rows recomputation gives that the rollup lacks or has wrong. */
  missing: number;
}

/** Recomputes every rollup from the facts and counts the rows that differ (npm run db:verify); optionally for some units only. */
export async function verifyRollups(client: SqlClient, unitIds?: number[]): Promise<RollupDifference[]> {
  const only = unitIds ? `where unit_id = any('{${unitIds.map(Number).join(',')}}'::int[])` : '';
  const checks: [string, string, string][] = [
    ['kpi_dossier_day', COLUMNS, dailySelect()],
    ['kpi_dossier_month', MONTH_COLUMNS, monthlySelect().replace('from kpi_dossier_day', `from (${dailySelect()}) fresh`)],
    ['kpi_procedure_month', PROCEDURE_COLUMNS, procedureSelect()],
    ['kpi_procedure_total', TOTAL_COLUMNS, totalSelect().replace('from kpi_procedure_month', `from (${procedureSelect()}) fresh`)],
    ['kpi_field_month', FIELD_COLUMNS, fieldSelect('', `(${procedureSelect()})`)],
    ['kpi_field_total', FIELD_TOTAL_COLUMNS, fieldTotalSelect().replace('from kpi_field_month', `from (${fieldSelect('', `(${procedureSelect()})`)}) fresh`)],
    ['kpi_rating_day', 'unit_id, day, channel, level, ratings', ratingDailySelect()],
    ['kpi_rating_month', 'unit_id, month, channel, level, ratings', ratingMonthlySelect().replace('from kpi_rating_day', `from (${ratingDailySelect()}) fresh`)],
  ];
  const result: RollupDifference[] = [];
  for (const [table, columns, fresh] of checks) {
    const { rows } = await client.query<{ unexpected: number; missing: number }>(
      `with stored as (select ${columns} from ${table} ${only}), fresh as (select * from (${fresh}) f ${only})
       select (select count(*) from (select * from stored except all select * from fresh) x)::int as unexpected,
              (select count(*) from (select * from fresh except all select * from stored) y)::int as missing`,
    );
    result.push({ table, unexpected: rows[0].unexpected, missing: rows[0].missing });
  }
  return result;
}
