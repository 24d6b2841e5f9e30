/**
 * Load test: 200 signed-in dashboard users on the real server for 60 s, each loading the dashboard's
 * pages with the very operations the client sends (codegen's documents in client/src/__generated__/graphql.ts), on the
 * 10 M-dossier set. Reports requests/s, latency percentiles, errors and the server's memory.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/tthc_scale PORT=4200 npm start        # the server
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/tthc_scale npm run bench:load    # this, beside it
 *
 * Options (env): BENCH_URL (http://127.0.0.1:4200), BENCH_CLIENTS (200), BENCH_SECONDS (60),
 * BENCH_WARMUP_SECONDS (30). The bench creates its accounts (bench-load-NNN, leaders of the scale
 * province BM, random passwords) in BENCH_DATABASE_URL and removes them at the end.
 */
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import http from 'node:http';
import { gunzipSync } from 'node:zlib';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { MikroORM } from '@mikro-orm/postgresql';
import { Kind, print, type DocumentNode } from 'graphql';
import * as generated from '../../client/src/__generated__/graphql';
import { ormOptions } from '../../server/src/db/orm.config';
import { AccountService } from '../../server/src/modules/accounts/account.service';
import { Role } from '../../server/src/modules/accounts/role';

const BASE = process.env.BENCH_URL ?? 'http://127.0.0.1:4200';
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
// Long enough for the server's working size: at 200 clients its heap is still being sized 15 s in and
// steady from about 25 s (the RSS line under the table shows the measured minute).
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 30);
const DB_URL = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
const PROVINCE = 'BM';
const USER_PREFIX = 'bench-load-';

// ---- the dashboard's operations ----------------------------------------------------------------

/** Operation name → its text as the client sends it: codegen's documents, with the fragments they spread. */
function clientOperations(): Map<string, string> {
  const ops = new Map<string, string>();
  for (const value of Object.values(generated)) {
    const doc = value as DocumentNode;
    if (doc?.kind !== Kind.DOCUMENT) continue;
    const operation = doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
    if (operation?.name) ops.set(operation.name.value, print(doc));
  }
  return ops;
}

interface View {
  unit: string;
  /** A month: from, to. */
  month: { from: string; to: string };
  previous: { from: string; to: string };
  /** Twelve months ending with `month`. */
  year: { from: string; to: string };
}

const scope = (v: View) => ({ unitCodes: [v.unit], includeDescendants: true });
/** Each driven operation's variables, typed by codegen: a page's query that changes its variables breaks this file, not the run. */
interface DrivenOperations {
  AccountArea: generated.AccountAreaQueryVariables;
  MetricCatalogue: generated.MetricCatalogueQueryVariables;
  UnitLabel: generated.UnitLabelQueryVariables;
  UnitPicker: generated.UnitPickerQueryVariables;
  OverviewCards: generated.OverviewCardsQueryVariables;
  OverviewChannels: generated.OverviewChannelsQueryVariables;
  OverviewTrend: generated.OverviewTrendQueryVariables;
  OverviewUnits: generated.OverviewUnitsQueryVariables;
  OverviewEarlyWarning: generated.OverviewEarlyWarningQueryVariables;
  OverviewCampaignBands: generated.OverviewCampaignBandsQueryVariables;
  OverviewDrillDown: generated.OverviewDrillDownQueryVariables;
  CompareUnitsPage: generated.CompareUnitsPageQueryVariables;
  ComparePeriodsPage: generated.ComparePeriodsPageQueryVariables;
  SatisfactionCards: generated.SatisfactionCardsQueryVariables;
  SatisfactionThreshold: generated.SatisfactionThresholdQueryVariables;
  SatisfactionTrend: generated.SatisfactionTrendQueryVariables;
  SatisfactionUnits: generated.SatisfactionUnitsQueryVariables;
  Form06Page: generated.Form06PageQueryVariables;
  DataQualityPage: generated.DataQualityPageQueryVariables;
}
/** The variables each driven operation gets, as the page sends them. */
const VARIABLES: { [K in keyof DrivenOperations]: (v: View) => DrivenOperations[K] } = {
  AccountArea: () => ({}),
  MetricCatalogue: () => ({}),
  UnitLabel: (v) => ({ search: v.unit }),
  UnitPicker: () => ({ search: 'mô phỏng 1' }),
  OverviewCards: (v) => ({ scope: scope(v), unitCode: v.unit, period: v.month }),
  OverviewChannels: (v) => ({ scope: scope(v), period: v.month }),
  OverviewTrend: (v) => ({ scope: scope(v), period: v.year }),
  OverviewUnits: (v) => ({ scope: scope(v), period: v.month, metric: 'onTimeRate' }),
  OverviewEarlyWarning: (v) => ({ scope: scope(v), asOf: v.month.to, within: 3, top: 10 }),
  OverviewCampaignBands: (v) => ({ unitCode: v.unit }),
  OverviewDrillDown: (v) => ({ scope: scope(v), filter: { period: v.month, figure: 'RECEIVED' }, first: 50 }),
  CompareUnitsPage: (v) => ({
    parentCode: v.unit.split('-').length === 3 ? v.unit.split('-').slice(0, 2).join('-') : v.unit,
    period: v.month,
    metric: 'onTimeRate',
    groupBySuccessor: false,
  }),
  ComparePeriodsPage: (v) => ({ scope: scope(v), period: v.month }),
  SatisfactionCards: (v) => ({ scope: scope(v), unitCode: v.unit, period: v.month }),
  SatisfactionThreshold: (v) => ({ unitCode: v.unit }),
  SatisfactionTrend: (v) => ({ scope: scope(v), period: v.year, groupBy: ['MONTH'] }),
  SatisfactionUnits: (v) => ({ scope: scope(v), period: v.month }),
  Form06Page: (v) => ({ unitCode: v.unit, period: v.month, includeDescendants: true }),
  DataQualityPage: () => ({}),
};

/** What one page view loads at once, and how often users open it. */
const PAGES: { name: string; weight: number; ops: (keyof DrivenOperations)[] }[] = [
  {
    name: 'overview',
    weight: 45,
    ops: [
      'AccountArea',
      'UnitLabel',
      'OverviewCards',
      'OverviewChannels',
      'OverviewTrend',
      'OverviewUnits',
      'OverviewEarlyWarning',
      'OverviewCampaignBands',
    ],
  },
  { name: 'compare units', weight: 12, ops: ['UnitLabel', 'MetricCatalogue', 'CompareUnitsPage'] },
  { name: 'compare periods', weight: 10, ops: ['UnitLabel', 'MetricCatalogue', 'ComparePeriodsPage'] },
  {
    name: 'satisfaction',
    weight: 13,
    ops: ['UnitLabel', 'SatisfactionCards', 'SatisfactionThreshold', 'SatisfactionTrend', 'SatisfactionUnits'],
  },
  { name: 'form 06', weight: 10, ops: ['UnitLabel', 'Form06Page'] },
  { name: 'drill-down', weight: 5, ops: ['OverviewDrillDown'] },
  { name: 'unit search', weight: 3, ops: ['UnitPicker'] },
  { name: 'data quality', weight: 2, ops: ['DataQualityPage'] },
];

// ---- measuring -----------------------------------------------------------------------------------

interface Sample {
  /** x-cache: hit (kept answer), shared (an identical one under way), miss (computed), none (not cacheable). */
  cache: string;
  op: string;
  ms: number;
  ok: boolean;
  status: number;
}

const pct = (sorted: number[], p: number) => (sorted.length ? sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] : NaN);
const fmt = (n: number, digits = 0) =>
  Number.isFinite(n) ? n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : '–';

/** The server's process: whoever listens on the port. */
function serverPid(port: string): number | null {
  try {
    const out = execFileSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' });
    const m = /pid=(\d+)/.exec(out);
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}
function rssMb(pid: number | null): number {
  if (!pid) return NaN;
  try {
    const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
    return kb / 1024;
  } catch {
    return NaN;
  }
}

/**
 * What a user looks at. The dashboard opens on the account's unit (the province) and the latest month;
 * from there users move to a district or a ward and to earlier months. So: the province 40 %, a
 * district 45 %, a ward 15 %; the latest month (Dec 2024) 60 %, one of the eleven before it 40 %.
 */
function randomView(rnd: () => number, districts: string[], communes: string[]): View {
  const r = rnd();
  const unit =
    r < 0.4 ? PROVINCE : r < 0.85 ? districts[Math.floor(rnd() * districts.length)] : communes[Math.floor(rnd() * communes.length)];
  const back = rnd() < 0.6 ? 0 : 1 + Math.floor(rnd() * 11);
  const months = 2024 * 12 + 11 - back; // Dec 2024 = 2024 * 12 + 11
  const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const first = (n: number) => iso(Math.floor(n / 12), (n % 12) + 1, 1);
  const last = (n: number) => iso(Math.floor(n / 12), (n % 12) + 1, new Date(Date.UTC(Math.floor(n / 12), (n % 12) + 1, 0)).getUTCDate());
  return {
    unit,
    month: { from: first(months), to: last(months) },
    previous: { from: first(months - 1), to: last(months - 1) },
    year: { from: first(months - 11), to: last(months) },
  };
}

function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One user's browser: at most six keep-alive connections to the origin, as browsers keep over HTTP/1.1
 * (a page's queries beyond six wait for a free one). Node's fetch would open a socket per request in
 * flight — 1,600 for 200 users loading 8 panels — which no browser does and which overflows the listen queue.
 */
function browserAgent(): http.Agent {
  return new http.Agent({ keepAlive: true, maxSockets: 6 });
}

function post(
  agent: http.Agent,
  cookie: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<{ status: number; ok: boolean; body: string; cache: string }> {
  const payload = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${BASE}/graphql`,
      // As browsers: gzip accepted (the server sends kept answers compressed) and inflated here.
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), 'accept-encoding': 'gzip', cookie },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const raw = Buffer.concat(chunks);
          const body = (response.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw).toString('utf8');
          const status = response.statusCode ?? 0;
          resolve({ status, ok: status === 200 && !body.includes('"errors"'), body, cache: String(response.headers['x-cache'] ?? 'none') });
        });
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(payload);
  });
}

// ---- main ----------------------------------------------------------------------------------------

async function main(): Promise<number> {
  if (!DB_URL) {
    console.error(
      'Set BENCH_DATABASE_URL to the database the server runs on (it holds the bench accounts), e.g.\n  BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/tthc_scale npm run bench:load',
    );
    return 2;
  }
  const health = await fetch(`${BASE}/health`).catch(() => null);
  if (!health?.ok) {
    console.error(
      `No server answers at ${BASE}/health: start it first, e.g.\n  DATABASE_URL=${DB_URL} PORT=${new URL(BASE).port} npm start`,
    );
    return 2;
  }
  const ops = clientOperations();
  const driven = Object.keys(VARIABLES).filter((name) => ops.has(name));
  const missing = Object.keys(VARIABLES).filter((name) => !ops.has(name));
  const notDriven = [...ops.keys()].filter((name) => !(name in VARIABLES));
  // A page whose operations are all gone would spin without awaiting anything: refuse to start.
  const empty = PAGES.filter((p) => !p.ops.some((op) => ops.has(op)));
  if (empty.length) {
    console.error(`No client operation left for: ${empty.map((p) => p.name).join(', ')} (read ${ops.size} client operations)`);
    return 2;
  }

  // Accounts: one per client, leaders of the scale province, fresh passwords.
  const orm = await MikroORM.init(ormOptions(DB_URL, 4));
  const conn = orm.em.getConnection();
  const units =
    (await conn.execute<{ code: string; level: string }[]>(
      `select code, level from administrative_unit where code like '${PROVINCE}-%' order by code`,
    )) ?? [];
  const districts = units.filter((u) => u.level === 'DISTRICT').map((u) => u.code);
  const communes = units.filter((u) => u.level === 'COMMUNE').map((u) => u.code);
  if (!districts.length) {
    console.error(`The database has no scale province ${PROVINCE}: npm run seed:scale -- --dossiers 10000000 --units 300`);
    await orm.close(true);
    return 2;
  }
  const removeAccounts = () => conn.execute(`delete from account where username like '${USER_PREFIX}%'`);
  await removeAccounts();
  const passwords: string[] = [];
  const service = new AccountService(orm.em.fork());
  process.stdout.write(`creating ${CLIENTS} accounts… `);
  for (let i = 0; i < CLIENTS; i++) {
    passwords.push(randomBytes(18).toString('base64url'));
    await service.create(
      { username: `${USER_PREFIX}${String(i + 1).padStart(3, '0')}`, password: passwords[i], role: Role.LEADER, unitCode: PROVINCE },
      { actor: 'cli:bench-load', account: null },
    );
  }
  const cookies: string[] = [];
  for (let i = 0; i < CLIENTS; i += 10) {
    const batch = await Promise.all(
      passwords.slice(i, i + 10).map(async (password, j) => {
        const response = await fetch(`${BASE}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query: 'mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { username } }',
            variables: { u: `${USER_PREFIX}${String(i + j + 1).padStart(3, '0')}`, p: password },
          }),
        });
        const cookie = response.headers.get('set-cookie')?.split(';')[0];
        if (!cookie) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
        return cookie;
      }),
    );
    cookies.push(...batch);
  }
  console.log('signed in.');

  const pid = serverPid(new URL(BASE).port || '80');
  const memory: { t: number; rss: number }[] = [];
  const rssAtStart = rssMb(pid);
  const pagesTotal = PAGES.reduce((s, p) => s + p.weight, 0);

  let phase: 'warmup' | 'measure' | 'done' = 'warmup';
  const samples: Sample[] = [];
  const errorsSeen = new Map<string, number>();
  const client = async (index: number) => {
    const rnd = seeded(1000 + index);
    const agent = browserAgent();
    while (phase !== 'done') {
      let pick = rnd() * pagesTotal;
      const page = PAGES.find((p) => (pick -= p.weight) < 0) ?? PAGES[0];
      const view = randomView(rnd, districts, communes);
      await Promise.all(
        page.ops
          .filter((op) => ops.has(op))
          .map(async (op) => {
            const started = performance.now();
            let status = 0;
            let ok = false;
            let cache = 'none';
            try {
              const answer = await post(agent, cookies[index], ops.get(op)!, VARIABLES[op](view));
              status = answer.status;
              ok = answer.ok;
              cache = answer.cache;
              if (!ok) {
                const key = `${op} ${status} ${answer.body.slice(0, 160)}`;
                errorsSeen.set(key, (errorsSeen.get(key) ?? 0) + 1);
              }
            } catch (error) {
              const key = `${op} network ${(error as Error).message}`;
              errorsSeen.set(key, (errorsSeen.get(key) ?? 0) + 1);
            }
            if (phase === 'measure') samples.push({ op, ms: performance.now() - started, ok, status, cache });
          }),
      );
    }
  };

  console.log(
    `warm-up ${WARMUP_SECONDS} s, then ${SECONDS} s measured, ${CLIENTS} clients, against ${BASE} (server pid ${pid ?? 'unknown'})`,
  );
  const running = Array.from({ length: CLIENTS }, (_, i) => client(i));
  await new Promise((r) => setTimeout(r, WARMUP_SECONDS * 1000));
  errorsSeen.clear();
  const rssAfterWarmup = rssMb(pid);
  phase = 'measure';
  const started = performance.now();
  const sampler = setInterval(() => memory.push({ t: (performance.now() - started) / 1000, rss: rssMb(pid) }), 1000);
  await new Promise((r) => setTimeout(r, SECONDS * 1000));
  const elapsed = (performance.now() - started) / 1000;
  phase = 'done';
  clearInterval(sampler);
  const rssAtEnd = rssMb(pid);
  await Promise.all(running);
  await removeAccounts();
  await orm.close(true);

  // ---- report ----
  const all = samples.map((s) => s.ms).sort((a, b) => a - b);
  const errors = samples.filter((s) => !s.ok).length;
  const rate = samples.length / elapsed;
  const peak = Math.max(...memory.map((m) => m.rss));
  const drift = ((rssAtEnd - rssAfterWarmup) / rssAfterWarmup) * 100;
  console.log(`\n## bench:load — ${CLIENTS} clients, ${SECONDS} s, ${BASE}\n`);
  console.log(
    '| requests | requests/s | p50 ms | p95 ms | p99 ms | max ms | errors | RSS start MB | RSS after warm-up MB | RSS end MB | RSS peak MB | end vs warm-up |',
  );
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  console.log(
    `| ${fmt(samples.length)} | ${fmt(rate)} | ${fmt(pct(all, 0.5), 1)} | ${fmt(pct(all, 0.95), 1)} | ${fmt(pct(all, 0.99), 1)} | ${fmt(all[all.length - 1], 0)} | ${fmt(errors)} | ${fmt(rssAtStart)} | ${fmt(rssAfterWarmup)} | ${fmt(rssAtEnd)} | ${fmt(peak)} | ${drift >= 0 ? '+' : ''}${fmt(drift, 1)} % |`,
  );
  const every10 = memory.filter((m, i) => i % 10 === 9).map((m) => fmt(m.rss));
  console.log(`\nServer RSS, MB, every 10 s of the measured minute: ${fmt(rssAfterWarmup)} (start) → ${every10.join(' → ')}`);
  const share = (part: number, whole: number) => `${fmt((part / whole) * 100, 1)} %`;
  const answered = (list: Sample[], kind: string) => list.filter((s) => s.cache === kind).length;
  console.log(
    `\nAnswers: ${['hit', 'shared', 'miss', 'none'].map((k) => `${k} ${share(answered(samples, k), samples.length)}`).join(', ')} (x-cache; none = not cacheable, e.g. me)`,
  );
  console.log('\n| operation | requests | share | computed (miss) | p50 ms | p95 ms | p99 ms | errors |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const op of driven) {
    const mine = samples.filter((s) => s.op === op);
    const ms = mine.map((s) => s.ms).sort((a, b) => a - b);
    console.log(
      `| ${op} | ${fmt(mine.length)} | ${fmt((mine.length / samples.length) * 100, 1)} % | ${share(answered(mine, 'miss'), mine.length)} | ${fmt(pct(ms, 0.5), 1)} | ${fmt(pct(ms, 0.95), 1)} | ${fmt(pct(ms, 0.99), 1)} | ${fmt(mine.filter((s) => !s.ok).length)} |`,
    );
  }
  if (errorsSeen.size) {
    console.log('\nErrors (first 10 kinds):');
    for (const [key, n] of [...errorsSeen].slice(0, 10)) console.log(`  ${n} × ${key}`);
  }
  if (missing.length) console.log(`\nNot in the client any more (skipped): ${missing.join(', ')}`);
  console.log(`Client operations not driven (need data the scale set lacks, or are writes): ${notDriven.join(', ')}`);
  const pass = rate >= 1000 && errors === 0 && Math.abs(drift) <= 20;
  console.log(`\nTarget ≥ 1,000 requests/s, 0 errors, memory within 20 % of its level after warm-up: ${pass ? 'met' : 'NOT met'}`);
  return pass ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
