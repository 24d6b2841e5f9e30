/**
 * KPI benchmark on the 10M-dossier set (npm run seed:scale): the GraphQL `kpis` query, run
 * in-process through the real Apollo server, against the same KPIs by raw GROUP BY over `dossier`.
 * Prints tables; exits 1 when the data is missing or the API disagrees with the raw SQL.
 *
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/tthc_scale npm run bench
 *
 * Then the import benchmark (import-bench.ts): a 1 M-row CSV through npm run import, rows/s and
 * peak memory. Alone, on any server: npm run bench -- --import
 */
import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { performance } from 'node:perf_hooks';
import type { GraphQLContext } from '../../server/src/graphql/context';
import { ormOptions } from '../../server/src/db/orm.config';
import { createHttpApp } from '../../server/src/http/app';
import { ROLLUP_TABLES } from '../../server/src/modules/kpi/kpi-rollup.service';
import { createLogger } from '../../server/src/shared/logger';
import { benchImport } from './import-bench';

const PREPARE = `Prepare the benchmark data once, then point the bench at it:
  createdb -h 127.0.0.1 -U postgres tthc_scale
  DATABASE_URL=postgres://postgres@127.0.0.1:5432/tthc_scale npm run seed:scale -- --dossiers 10000000 --units 300   # migrates too; ~1 h
  BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/tthc_scale npm run bench`;

const API_RUNS = 30;
const RAW_BUDGET_MS = 20_000; // per raw query: as many runs as fit, at least 3, at most 30
const COUNTS = ['receivedTotal', 'received', 'receivedOnline', 'receivedInPerson', 'carriedOver', 'resolved', 'early', 'onTime', 'overdue', 'pending', 'pendingWithinDeadline', 'pendingOverdue', 'sameDay'] as const;
const RATES = ['onTimeRate', 'earlyRate', 'overdueRate', 'sameDayRate', 'onlineShare', 'satisfactionRate'];
const RATINGS = ['ratings', 'ratingsVerySatisfied', 'ratingsSatisfied', 'ratingsNeutral', 'ratingsDissatisfied'];
type CountKey = (typeof COUNTS)[number];
type Counts = Record<CountKey, number>;

// ---- timing ---------------------------------------------------------------------------------

interface Timing {
  runs: number;
  p50: number;
  p95: number;
  min: number;
  max: number;
}

/** Nearest-rank percentile of sorted samples. */
const pct = (sorted: number[], p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];

async function time(runs: number, warmups: number, fn: () => Promise<unknown>): Promise<Timing> {
  for (let i = 0; i < warmups; i++) await fn(); // warm caches, plans and the JIT
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { runs, p50: pct(samples, 0.5), p95: pct(samples, 0.95), min: samples[0], max: samples[samples.length - 1] };
}

/** Slow raw queries: one warm-up tells how many runs fit in the budget. */
async function timeRaw(fn: () => Promise<unknown>): Promise<Timing> {
  const t0 = performance.now();
  await fn();
  const once = performance.now() - t0;
  return time(Math.min(30, Math.max(3, Math.floor(RAW_BUDGET_MS / once))), 0, fn);
}

const ms = (v: number | undefined) => (v === undefined ? '–' : v < 10 ? v.toFixed(2) : v.toFixed(1));

/** Aligned text table: easier to paste than console.table's boxed index column. */
function printTable(title: string, rows: Record<string, string | number>[]): void {
  const cols = Object.keys(rows[0]);
  const width = cols.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c]).length)));
  const line = (cells: string[]) => cells.map((s, i) => (i === 0 ? s.padEnd(width[i]) : s.padStart(width[i]))).join('  ');
  console.log(`\n${title}\n${line(cols)}\n${width.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const r of rows) console.log(line(cols.map((c) => String(r[c]))));
}

// ---- the queries ----------------------------------------------------------------------------

interface Bucket {
  from: string;
  to: string;
}

interface BenchQuery {
  key: string;
  label: string;
  graphql: string;
  /** The same KPIs for the raw SQL: root unit codes (with descendants), buckets, per unit or not. */
  raw: { codes: string[]; descendants: boolean; buckets: Bucket[]; byUnit: boolean };
  target: { p95: number; ratio?: number };
}

const FRAGMENT = `fragment K on KpiRow { unit { code } periodStart periodEnd ${[...COUNTS, ...RATES, ...RATINGS].join(' ')} }`;
const kpis = (alias: string, codes: string[], from: string, to: string, groupBy: string[] = [], descendants = true) =>
  `${alias}: kpis(scope: { unitCodes: ${JSON.stringify(codes)}, includeDescendants: ${descendants} }, period: { from: "${from}", to: "${to}" }${
    groupBy.length ? `, groupBy: [${groupBy.join(', ')}]` : ''
  }) { ...K }`;
const doc = (...fields: string[]) => `query Bench { ${fields.join(' ')} } ${FRAGMENT}`;

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const months = (fromYear: number, toYear: number): Bucket[] =>
  Array.from({ length: (toYear - fromYear + 1) * 12 }, (_, i) => {
    const y = fromYear + Math.floor(i / 12);
    const m = (i % 12) + 1;
    return { from: `${y}-${pad(m)}-01`, to: `${y}-${pad(m)}-${lastDay(y, m)}` };
  });
const COMMUNES = Array.from({ length: 10 }, (_, i) => `BM-D07-C${pad(i + 1)}`);
const CAMPAIGN = [
  { from: '2023-11-01', to: '2023-11-30' }, // the campaign
  { from: '2023-10-02', to: '2023-10-31' }, // the 30 days just before
  { from: '2022-11-01', to: '2022-11-30' }, // a year earlier
];

const QUERIES: BenchQuery[] = [
  {
    key: 'a',
    label: 'a. district × 1 month',
    graphql: doc(kpis('a', ['BM-D07'], '2024-03-01', '2024-03-31')),
    raw: { codes: ['BM-D07'], descendants: true, buckets: [{ from: '2024-03-01', to: '2024-03-31' }], byUnit: false },
    target: { p95: 25 },
  },
  {
    key: 'b',
    label: 'b. 300 units × 12 months',
    graphql: doc(kpis('b', ['BM'], '2024-01-01', '2024-12-31', ['UNIT', 'MONTH'])),
    raw: { codes: ['BM'], descendants: true, buckets: months(2024, 2024), byUnit: true },
    target: { p95: 25, ratio: 100 },
  },
  {
    key: 'c',
    label: 'c. district × 36 months',
    graphql: doc(kpis('c', ['BM-D07'], '2022-01-01', '2024-12-31', ['MONTH'])),
    raw: { codes: ['BM-D07'], descendants: true, buckets: months(2022, 2024), byUnit: false },
    target: { p95: 25, ratio: 100 },
  },
  {
    key: 'd',
    label: 'd. campaign impact (3 in 1)',
    graphql: doc(...CAMPAIGN.map((p, i) => kpis(['campaign', 'baseline', 'yearBefore'][i], COMMUNES, p.from, p.to, ['UNIT'], false))),
    raw: { codes: COMMUNES, descendants: false, buckets: CAMPAIGN, byUnit: true },
    target: { p95: 25 },
  },
];

/**
 * Form 06 counts straight from the facts: every dossier alive in a bucket (received by its end,
 * not finished before its start) joined to the bucket, then counted by filters. Carried over and
 * pending need the whole history before the bucket, which is what makes this slow.
 */
const RAW_SQL = (byUnit: boolean) => `
  select to_char(b.s, 'YYYY-MM-DD') as bucket, ${byUnit ? 'd.unit_id' : 'null::int'} as unit_id,
    count(*) filter (where d.received_on >= b.s)::int as received,
    count(*) filter (where d.received_on >= b.s and d.channel = 'ONLINE')::int as received_online,
    count(*) filter (where d.received_on < b.s)::int as carried_over,
    count(*) filter (where d.finished_on <= b.e and d.timeliness is not null)::int as resolved,
    count(*) filter (where d.finished_on <= b.e and d.timeliness = 'EARLY')::int as early,
    count(*) filter (where d.finished_on <= b.e and d.timeliness = 'ON_TIME')::int as on_time,
    count(*) filter (where d.finished_on <= b.e and d.timeliness = 'OVERDUE')::int as overdue,
    count(*) filter (where d.finished_on <= b.e and d.finished_on = d.received_on)::int as same_day,
    count(*) filter (where d.finished_on is null or d.finished_on > b.e)::int as pending,
    count(*) filter (where (d.finished_on is null or d.finished_on > b.e) and d.due_date <= b.e)::int as pending_overdue
  from unnest($2::date[], $3::date[]) as b(s, e)
  join dossier d on d.unit_id = any($1) and d.received_on <= b.e and (d.finished_on is null or d.finished_on >= b.s)
  group by 1, 2 order by 1, 2`;

interface RawRow {
  received: number;
  received_online: number;
  carried_over: number;
  resolved: number;
  early: number;
  on_time: number;
  overdue: number;
  same_day: number;
  pending: number;
  pending_overdue: number;
}

const rawCounts = (r: RawRow): Counts => ({
  receivedTotal: r.carried_over + r.received,
  received: r.received,
  receivedOnline: r.received_online,
  receivedInPerson: r.received - r.received_online,
  carriedOver: r.carried_over,
  resolved: r.resolved,
  early: r.early,
  onTime: r.on_time,
  overdue: r.overdue,
  pending: r.pending,
  pendingWithinDeadline: r.pending - r.pending_overdue,
  pendingOverdue: r.pending_overdue,
  sameDay: r.same_day,
});

// ---- main -----------------------------------------------------------------------------------

async function main(): Promise<number> {
  const url = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!url) {
    console.error(`No database: set BENCH_DATABASE_URL (or DATABASE_URL) to a PostgreSQL holding the benchmark set.\n${PREPARE}`);
    return 1;
  }
  const pool = new pg.Pool({ connectionString: url, max: 8 }); // DB_POOL_MAX's default, as the server runs
  pool.on('error', () => undefined);
  try {
    if (process.argv.includes('--import')) return await benchImport(url); // the import benchmark alone needs no scale set
    const found = await pool.query('select 1 from administrative_unit where code = $1', ['BM']).catch(() => ({ rowCount: 0 }));
    if (!found.rowCount) {
      console.error(`Province BM is missing from ${url.replace(/\/\/[^@]*@/, '//')}: run seed:scale first.\n${PREPARE}`);
      return 1;
    }
    const kpis = await bench(url, pool);
    return Math.max(kpis, await benchImport(url));
  } finally {
    await pool.end();
  }
}

async function bench(url: string, pool: pg.Pool): Promise<number> {
  // Context: the data set and the server.
  const { rows: [{ server_version }] } = await pool.query('show server_version');
  const sizes: Record<string, string | number>[] = [];
  for (const table of ['dossier', ...ROLLUP_TABLES]) {
    const { rows } = await pool.query(`select count(*)::bigint as n from ${table}`);
    sizes.push({ table, rows: Number(rows[0].n).toLocaleString('en') });
  }
  console.log(`PostgreSQL ${server_version} at ${url.replace(/\/\/[^@]*@/, '//')}`);
  printTable('Row counts', sizes);

  // The real Apollo server in-process, as test/support/api.ts builds it, on the bench database.
  const orm = await MikroORM.init(ormOptions(url, 8));
  const app = await createHttpApp(orm, pool, createLogger('error'));
  const api = async (query: string) => {
    const contextValue: GraphQLContext = app.context(); // in-process: the whole system, no account
    const result = await app.apollo.executeOperation<Record<string, Record<string, unknown>[]>>({ query }, { contextValue });
    if (result.body.kind !== 'single') throw new Error('expected a single result');
    if (result.body.singleResult.errors) throw new Error(result.body.singleResult.errors.map((e) => e.message).join('; '));
    return result.body.singleResult.data!;
  };

  // Scope resolved once for the raw SQL: a 380-row tree walk, negligible beside the scans.
  const unitIds = async (codes: string[], descendants: boolean) =>
    (
      await pool.query<{ id: number }>(
        descendants
          ? `with recursive t as (select id from administrative_unit where code = any($1)
               union select u.id from administrative_unit u join t on u.parent_id = t.id) select id from t`
          : 'select id from administrative_unit where code = any($1)',
        [codes],
      )
    ).rows.map((r) => r.id);
  const raw = async (q: BenchQuery, ids: number[]) =>
    (await pool.query<RawRow>(RAW_SQL(q.raw.byUnit), [ids, q.raw.buckets.map((b) => b.from), q.raw.buckets.map((b) => b.to)])).rows;

  try {
    // Correctness once, on query a: the rollups must give what the facts give.
    const a = QUERIES[0];
    const apiA = (await api(a.graphql)).a[0] as Counts;
    const rawA = rawCounts((await raw(a, await unitIds(a.raw.codes, a.raw.descendants)))[0]);
    const diff = COUNTS.filter((k) => apiA[k] !== rawA[k]);
    printTable('Query a: API vs raw', COUNTS.map((k) => ({ count: k, API: apiA[k], raw: rawA[k], 'equal?': apiA[k] === rawA[k] ? 'yes' : 'NO' })));
    console.log(`API = raw: ${diff.length ? `no (${diff.join(', ')})` : 'yes'}`);

    const floor = await time(100, 10, () => pool.query('select 1'));
    const results: Record<string, string | number>[] = [];
    const details: Record<string, string | number>[] = [];
    for (const q of QUERIES) {
      const data = await api(q.graphql);
      const apiRows = Object.values(data).reduce((n, rows) => n + rows.length, 0);
      const apiT = await time(API_RUNS, 5, () => api(q.graphql));
      const ids = await unitIds(q.raw.codes, q.raw.descendants);
      const rawRows = (await raw(q, ids)).length;
      const rawT = await timeRaw(() => raw(q, ids));
      const ratio = rawT.p50 / apiT.p50;
      const met = apiT.p95 <= q.target.p95 && (q.target.ratio === undefined || ratio >= q.target.ratio);
      results.push({
        query: q.label,
        'API p50': ms(apiT.p50),
        'API p95': ms(apiT.p95),
        'raw p50': ms(rawT.p50),
        'raw p95': ms(rawT.p95),
        'raw/API (p50)': `${ratio.toFixed(0)}×`,
        target: `p95 ≤ ${q.target.p95} ms${q.target.ratio ? `, ≥ ${q.target.ratio}×` : ''}`,
        'met?': met ? 'yes' : 'NO',
      });
      for (const [how, t, rows] of [['API', apiT, apiRows], ['raw', rawT, rawRows]] as const) {
        details.push({ query: `${q.key} ${how}`, runs: t.runs, rows, p50: ms(t.p50), p95: ms(t.p95), min: ms(t.min), max: ms(t.max) });
      }
    }
    details.push({ query: 'select 1', runs: floor.runs, rows: 1, p50: ms(floor.p50), p95: ms(floor.p95), min: ms(floor.min), max: ms(floor.max) });
    printTable('Timings in ms (warm; API: 5 warm-ups + 30 runs; raw: 1 warm-up + as many runs as fit in 20 s, 3–30)', details);
    printTable(`Summary in ms (round-trip floor, select 1: p50 ${ms(floor.p50)}, p95 ${ms(floor.p95)})`, results);
    return diff.length ? 1 : 0;
  } finally {
    await app.stop();
    await orm.close(true);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
