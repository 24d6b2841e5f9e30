import { UserError } from '../../shared/user-error';
import type { SqlClient } from '../../db/sql-client';
import { dossierEvents, MEASURES } from './kpi-rollup.service';
import { emptyCounts, ratesOf, type Counts, type Rates } from './metric-catalogue';
import { buckets, monthStart, validatePeriod, wholeMonthsInside, type Period, type TimeGrain } from './period';
import { addDays } from '../../shared/local-day';

export type KpiDimensionKey = 'UNIT' | 'FIELD' | 'PROCEDURE' | 'CHANNEL' | TimeGrain;
const TIME_GRAINS: TimeGrain[] = ['DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR'];

export interface KpiQuery {
  unitIds: number[];
  period: Period;
  groupBy?: KpiDimensionKey[];
}

export interface KpiResultRow {
  unitId: number | null;
  fieldId: number | null;
  procedureId: number | null;
  channel: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  counts: Counts;
  rates: Rates;
}

export class KpiQueryError extends UserError {}

interface EventRow {
  unit_id: number;
  channel: string;
  procedure_id: number | null;
  /** Set by the field rollups' arms; other arms name the procedure and its field is looked up. */
  field_id: number | null;
  bucket: string | null; // null: before the period (cumulative baseline)
  received: number;
  resolved_early: number;
  resolved_on_time: number;
  resolved_overdue: number;
  same_day: number;
  late_due: number;
  late_resolved: number;
}

interface RatingRow {
  unit_id: number;
  channel: string;
  bucket: string;
  level: string;
  ratings: number;
}

const SUMS = MEASURES.map((m) => `sum(${m})::int as ${m}`).join(', ');

/**
 * Form 06 counts and catalogue rates from the rollups, for a set of units, a period and any
 * grouping. Whole months come from the monthly rollups, the days at the edges from the daily ones;
 * carried over and pending are running totals from everything before (received − resolved), their
 * overdue part the running total of late events. Procedure detail comes from the monthly procedure
 * rollup, with the edge days read from the facts.
 */
export async function computeKpis(client: SqlClient, query: KpiQuery): Promise<KpiResultRow[]> {
  const period = validatePeriod(query.period);
  const groupBy = [...new Set(query.groupBy ?? [])];
  const grains = groupBy.filter((d): d is TimeGrain => (TIME_GRAINS as string[]).includes(d));
  if (grains.length > 1) throw new KpiQueryError(`groupBy may hold one time dimension, got ${grains.join(' and ')}`);
  const grain = grains[0] ?? null;
  const byProcedure = groupBy.includes('PROCEDURE') || groupBy.includes('FIELD');
  if (query.unitIds.length === 0) return [];

  // Whole months can be read from monthly rollups only when buckets are months or coarser; the
  // days outside them (at most two ranges at the edges) come from the daily rollups.
  const months = grain === 'DAY' || grain === 'WEEK' ? [] : wholeMonthsInside(period);
  const monthsEnd = months.length ? monthStart(addDays(months[months.length - 1], 31)) : null;
  const edges: Period[] = months.length
    ? [
        { from: period.from, to: addDays(months[0], -1) },
        { from: monthsEnd!, to: period.to },
      ].filter((r) => r.from <= r.to)
    : [period];
  const sql = new SqlBuilder(query.unitIds, period);
  const bucket: Bucket = (q, column) => {
    if (!grain) return `'${period.from}'`;
    const start = grain === 'DAY' ? column : `date_trunc('${grain.toLowerCase()}', ${column})::date`;
    return `to_char(greatest(${start}, ${q.from}::date), 'YYYY-MM-DD')`;
  };
  const monthRange = months.length ? { from: months[0], to: addDays(monthsEnd!, -1) } : null;
  const baseline = byProcedure ? await procedureBaselineSide(client, query.unitIds, monthStart(period.from)) : 'PREFIX';
  // Summed to the grouping asked for in the database: a province's procedure rows (10⁵) never travel to Node.
  const keys: Keys = { unit: groupBy.includes('UNIT') ? 'unit_id' : '0', procedure: byProcedure ? 'procedure_id' : 'null::int' };
  // Field rows without procedure rows read the field rollups, 8× smaller than the procedure ones.
  const detail = groupBy.includes('PROCEDURE') ? PROCEDURE_DETAIL : FIELD_DETAIL;
  const events = byProcedure ? procedureEventSql(sql, bucket, monthRange, edges, period, baseline, keys, detail) : unitEventSql(sql, bucket, monthRange, edges, period, keys);
  const ratingBuilder = new SqlBuilder(query.unitIds, period);
  const ratings = ratingSql(ratingBuilder, bucket, monthRange, edges);
  const [eventRows, ratingRows, fields] = await Promise.all([
    client.query<EventRow>(events, sql.params).then((r) => r.rows),
    byProcedure || !ratings ? Promise.resolve([] as RatingRow[]) : client.query<RatingRow>(ratings, ratingBuilder.params).then((r) => r.rows),
    groupBy.includes('FIELD') ? procedureFields(client) : Promise.resolve(new Map<number, number>()),
  ]);
  return assemble(period, grain, groupBy, query.unitIds, eventRows, ratingRows, fields);
}

/** Numbered parameters for one statement ($1: the units); PostgreSQL refuses a parameter it never sees used. */
class SqlBuilder {
  readonly params: unknown[];
  private fromParam?: string;
  constructor(
    unitIds: number[],
    private readonly period: Period,
  ) {
    this.params = [unitIds];
  }
  /** The period's first day, as a parameter added on first use. */
  get from(): string {
    return (this.fromParam ??= this.add(this.period.from));
  }
  add(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }
}

type Bucket = (q: SqlBuilder, column: string) => string;

/** What the arms group by: the unit and procedure columns, or a constant when the answer does not ask for them. */
interface Keys {
  unit: string;
  procedure: string;
}

function unitEventSql(q: SqlBuilder, bucket: Bucket, months: Period | null, edges: Period[], period: Period, k: Keys): string {
  const arms: string[] = [];
  if (months) {
    arms.push(`select ${k.unit} as unit_id, channel, null::int as procedure_id, null::int as field_id, ${bucket(q, 'month')} as bucket, ${SUMS}
      from kpi_dossier_month where unit_id = any($1) and month between ${q.add(months.from)} and ${q.add(months.to)} group by 1, 2, 3, 4, 5`);
  }
  for (const e of edges) {
    arms.push(`select ${k.unit} as unit_id, channel, null::int as procedure_id, null::int as field_id, ${bucket(q, 'day')} as bucket, ${SUMS}
      from kpi_dossier_day where unit_id = any($1) and day between ${q.add(e.from)} and ${q.add(e.to)} group by 1, 2, 3, 4, 5`);
  }
  // Everything before the period: whole months, then the days of the period's first month.
  const first = q.add(monthStart(period.from));
  arms.push(`select ${k.unit} as unit_id, channel, null::int as procedure_id, null::int as field_id, null as bucket, ${SUMS} from kpi_dossier_month where unit_id = any($1) and month < ${first} group by 1, 2`);
  if (period.from !== monthStart(period.from)) {
    arms.push(`select ${k.unit} as unit_id, channel, null::int as procedure_id, null::int as field_id, null as bucket, ${SUMS} from kpi_dossier_day where unit_id = any($1) and day >= ${first} and day < ${q.from} group by 1, 2`);
  }
  return arms.join('\n    union all\n    ');
}

/**
 * How to sum the procedure months before a period: PREFIX reads them all; SUFFIX reads the all-time
 * total minus the months from the period on. Whichever side holds fewer months of the units' data.
 */
async function procedureBaselineSide(client: SqlClient, unitIds: number[], first: string): Promise<'PREFIX' | 'SUFFIX'> {
  const { rows } = await client.query<{ before: number; after: number }>(
    `select count(distinct month) filter (where month < $2)::int as before, count(distinct month) filter (where month >= $2)::int as after
       from kpi_dossier_month where unit_id = any($1)`,
    [unitIds, first],
  );
  return rows[0] && rows[0].after < rows[0].before ? 'SUFFIX' : 'PREFIX';
}

const NEGATED_SUMS = MEASURES.map((m) => `(-sum(${m}))::int as ${m}`).join(', ');

/** The rollups that hold procedure detail: per procedure, or per field (when rows are per field only). */
interface Detail {
  month: string;
  total: string;
  /** How an arm over them selects procedure_id and field_id. */
  ids: (k: Keys) => string;
}
const PROCEDURE_DETAIL: Detail = {
  month: 'kpi_procedure_month',
  total: 'kpi_procedure_total',
  ids: (k) => `${k.procedure} as procedure_id, null::int as field_id`,
};
const FIELD_DETAIL: Detail = { month: 'kpi_field_month', total: 'kpi_field_total', ids: () => 'null::int as procedure_id, field_id' };

function procedureEventSql(
  q: SqlBuilder,
  bucket: Bucket,
  months: Period | null,
  edges: Period[],
  period: Period,
  baseline: 'PREFIX' | 'SUFFIX',
  k: Keys,
  detail: Detail,
): string {
  const arms: string[] = [];
  const rolled = detail.ids(k);
  if (months) {
    arms.push(`select ${k.unit} as unit_id, channel, ${rolled}, ${bucket(q, 'month')} as bucket, ${SUMS}
      from ${detail.month} where unit_id = any($1) and month between ${q.add(months.from)} and ${q.add(months.to)} group by 1, 2, 3, 4, 5`);
  }
  // Edge days come from the facts, per procedure (its field is looked up when assembling).
  const raw = `${k.procedure} as procedure_id, null::int as field_id`;
  for (const e of edges) {
    const [from, to] = [q.add(e.from), q.add(e.to)];
    const events = dossierEvents({ where: (c) => `d.unit_id = any($1) and d.${c} between ${from} and ${to}` });
    arms.push(`select ${k.unit} as unit_id, channel, ${raw}, ${bucket(q, 'day')} as bucket, ${SUMS} from (${events}) e group by 1, 2, 3, 4, 5`);
  }
  const first = q.add(monthStart(period.from));
  if (baseline === 'SUFFIX') {
    arms.push(`select ${k.unit} as unit_id, channel, ${rolled}, null as bucket, ${SUMS} from ${detail.total} where unit_id = any($1) group by 1, 2, 3, 4`);
    arms.push(`select ${k.unit} as unit_id, channel, ${rolled}, null as bucket, ${NEGATED_SUMS} from ${detail.month} where unit_id = any($1) and month >= ${first} group by 1, 2, 3, 4`);
  } else {
    arms.push(`select ${k.unit} as unit_id, channel, ${rolled}, null as bucket, ${SUMS} from ${detail.month} where unit_id = any($1) and month < ${first} group by 1, 2, 3, 4`);
  }
  if (period.from !== monthStart(period.from)) {
    const before = dossierEvents({ where: (c) => `d.unit_id = any($1) and d.${c} >= ${first} and d.${c} < ${q.from}` });
    arms.push(`select ${k.unit} as unit_id, channel, ${raw}, null as bucket, ${SUMS} from (${before}) e group by 1, 2, 3, 4`);
  }
  return arms.join('\n    union all\n    ');
}

function ratingSql(q: SqlBuilder, bucket: Bucket, months: Period | null, edges: Period[]): string {
  const arms: string[] = [];
  if (months) {
    arms.push(`select unit_id, channel, ${bucket(q, 'month')} as bucket, level, sum(ratings)::int as ratings
      from kpi_rating_month where unit_id = any($1) and month between ${q.add(months.from)} and ${q.add(months.to)} group by 1, 2, 3, 4`);
  }
  for (const e of edges) {
    arms.push(`select unit_id, channel, ${bucket(q, 'day')} as bucket, level, sum(ratings)::int as ratings
      from kpi_rating_day where unit_id = any($1) and day between ${q.add(e.from)} and ${q.add(e.to)} group by 1, 2, 3, 4`);
  }
  return arms.join('\n    union all\n    ');
}

async function procedureFields(client: SqlClient): Promise<Map<number, number>> {
  const { rows } = await client.query<{ id: number; field_id: number }>('select id, field_id from procedure');
  return new Map(rows.map((r) => [r.id, r.field_id]));
}

interface Accumulator {
  key: Omit<KpiResultRow, 'counts' | 'rates' | 'periodStart' | 'periodEnd'>;
  /** Open (received − resolved) and late-open before the period. */
  open: number;
  lateOpen: number;
  /** Sum of every measure before the period: 0 = no activity before it (see procedureBaselineSide). */
  prior: number;
  /** A row even without any activity (the scope's or a unit's). */
  always: boolean;
  byBucket: Map<string, Counts & { lateDue: number; lateResolved: number }>;
}

function assemble(
  period: Period,
  grain: TimeGrain | null,
  groupBy: KpiDimensionKey[],
  unitIds: number[],
  events: EventRow[],
  ratings: RatingRow[],
  fields: Map<number, number>,
): KpiResultRow[] {
  const has = (d: KpiDimensionKey) => groupBy.includes(d);
  const keyOf = (unitId: number, channel: string, procedureId: number | null, fieldId: number | null = null) => ({
    unitId: has('UNIT') ? unitId : null,
    channel: has('CHANNEL') ? channel || null : null,
    procedureId: has('PROCEDURE') ? procedureId : null,
    fieldId: has('FIELD') ? (fieldId ?? (procedureId !== null ? (fields.get(procedureId) ?? null) : null)) : null,
  });
  const groups = new Map<string, Accumulator>();
  const group = (key: Accumulator['key']) => {
    const id = `${key.unitId}|${key.channel}|${key.procedureId}|${key.fieldId}`;
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { key, open: 0, lateOpen: 0, prior: 0, always: false, byBucket: new Map() }));
    return g;
  };
  const cell = (g: Accumulator, bucket: string) => {
    let c = g.byBucket.get(bucket);
    if (!c) g.byBucket.set(bucket, (c = { ...emptyCounts(), lateDue: 0, lateResolved: 0 }));
    return c;
  };
  // Rows exist even without activity: one for the whole scope, or one per unit when rows are per unit.
  const onlyTime = groupBy.every((d) => (TIME_GRAINS as string[]).includes(d));
  if (onlyTime) group(keyOf(unitIds[0], '', null)).always = true;
  if (has('UNIT') && groupBy.every((d) => d === 'UNIT' || (TIME_GRAINS as string[]).includes(d))) for (const id of unitIds) group(keyOf(id, '', null)).always = true;

  for (const e of events) {
    const g = group(keyOf(e.unit_id, e.channel, e.procedure_id, e.field_id));
    const resolved = e.resolved_early + e.resolved_on_time + e.resolved_overdue;
    if (e.bucket === null) {
      g.open += e.received - resolved;
      g.lateOpen += e.late_due - e.late_resolved;
      g.prior += e.received + resolved + e.same_day + e.late_due + e.late_resolved;
      continue;
    }
    const c = cell(g, e.bucket);
    c.received += e.received;
    if (e.channel === 'ONLINE') c.receivedOnline += e.received;
    else c.receivedInPerson += e.received;
    c.early += e.resolved_early;
    c.onTime += e.resolved_on_time;
    c.overdue += e.resolved_overdue;
    c.resolved += resolved;
    c.sameDay += e.same_day;
    c.lateDue += e.late_due;
    c.lateResolved += e.late_resolved;
  }
  const RATING_FIELD: Record<string, keyof Counts> = {
    VERY_SATISFIED: 'ratingsVerySatisfied',
    SATISFIED: 'ratingsSatisfied',
    NEUTRAL: 'ratingsNeutral',
    DISSATISFIED: 'ratingsDissatisfied',
  };
  for (const r of ratings) {
    const c = cell(group(keyOf(r.unit_id, r.channel, null)), r.bucket);
    c.ratings += r.ratings;
    c[RATING_FIELD[r.level]] += r.ratings;
  }

  const periods = buckets(period, grain);
  const rows: KpiResultRow[] = [];
  for (const g of groups.values()) {
    // The all-time total (SUFFIX) also names groups active only after the period: not rows of it.
    if (!g.always && g.prior === 0 && g.byBucket.size === 0) continue;
    let open = g.open;
    let lateOpen = g.lateOpen;
    for (const b of periods) {
      const c = g.byBucket.get(b.from) ?? { ...emptyCounts(), lateDue: 0, lateResolved: 0 };
      const { lateDue, lateResolved, ...counts } = c;
      counts.carriedOver = open;
      counts.receivedTotal = open + counts.received;
      open += counts.received - counts.resolved;
      lateOpen += lateDue - lateResolved;
      counts.pending = open;
      counts.pendingOverdue = lateOpen;
      counts.pendingWithinDeadline = open - lateOpen;
      rows.push({ ...g.key, periodStart: grain ? b.from : null, periodEnd: grain ? b.to : null, counts, rates: ratesOf(counts) });
    }
  }
  return rows.sort(
    (a, b) =>
      (a.periodStart ?? '').localeCompare(b.periodStart ?? '') ||
      (a.unitId ?? 0) - (b.unitId ?? 0) ||
      (a.fieldId ?? 0) - (b.fieldId ?? 0) ||
      (a.procedureId ?? 0) - (b.procedureId ?? 0) ||
      (a.channel ?? '').localeCompare(b.channel ?? ''),
  );
}
