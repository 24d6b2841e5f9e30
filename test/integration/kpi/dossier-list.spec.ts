import { startApi, type TestApi } from '../../support/api';
import { form06BySql, scopeIds } from '../../support/figures';

let api: TestApi;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.close());

const NOV_2021 = { from: '2021-11-01', to: '2021-11-30' };
const TAN_BINH = { unitCodes: ['766'] };

interface Node {
  id: string;
  code: string;
  unit: { code: string };
  procedure: { code: string; field: { code: string } };
  channel: string;
  receivedAt: string;
  receivedOn: string;
  dueOn: string;
  finishedAt: string | null;
  finishedOn: string | null;
  timeliness: string | null;
  status: string;
  supplementRequests: number;
}
interface Page {
  totalCount: number;
  nodes: Node[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

const DOSSIERS = `query Dossiers($scope: ScopeInput!, $filter: DossierFilter!, $first: Int, $after: String) {
  dossiers(scope: $scope, filter: $filter, first: $first, after: $after) {
    totalCount
    nodes { id code unit { code } procedure { code field { code } } channel receivedAt receivedOn dueOn finishedAt finishedOn timeliness status supplementRequests }
    pageInfo { endCursor hasNextPage }
  }
}`;
const dossiers = async (scope: object, filter: object, first = 50, after?: string) =>
  (await api.query<{ dossiers: Page }>(DOSSIERS, { scope, filter, first, after })).dossiers;
const count = async (scope: object, filter: object) =>
  (
    await api.query<{ dossiers: { totalCount: number } }>(
      `query C($scope: ScopeInput!, $filter: DossierFilter!) { dossiers(scope: $scope, filter: $filter, first: 1) { totalCount } }`,
      { scope, filter },
    )
  ).dossiers.totalCount;

type KpiRow = Record<string, number> & { procedure: { code: string } | null; field: { code: string } | null; channel: string | null };
const kpis = async (scope: object, period: object, groupBy: string[] = []) =>
  (
    await api.query<{ kpis: KpiRow[] }>(
      `query K($scope: ScopeInput!, $period: PeriodInput!, $groupBy: [KpiDimension!]) { kpis(scope: $scope, period: $period, groupBy: $groupBy) {
        procedure { code } field { code } channel
        receivedTotal received carriedOver resolved early onTime overdue sameDay pending pendingWithinDeadline pendingOverdue } }`,
      { scope, period, groupBy },
    )
  ).kpis;

/** Each drill-down figure and the kpis field it must equal. */
const FIGURES: [string, string][] = [
  ['RECEIVED', 'received'],
  ['RECEIVED_TOTAL', 'receivedTotal'],
  ['CARRIED_OVER', 'carriedOver'],
  ['RESOLVED', 'resolved'],
  ['EARLY', 'early'],
  ['ON_TIME', 'onTime'],
  ['OVERDUE', 'overdue'],
  ['SAME_DAY', 'sameDay'],
  ['PENDING_AT_END', 'pending'],
  ['PENDING_WITHIN_DEADLINE_AT_END', 'pendingWithinDeadline'],
  ['PENDING_OVERDUE_AT_END', 'pendingOverdue'],
];

describe('dossiers: the list behind a KPI figure', () => {
  it('counts 823 early dossiers for Tân Bình in Nov 2021 (F4), and every other figure as kpis does', async () => {
    expect(await count(TAN_BINH, { period: NOV_2021, figure: 'EARLY' })).toBe(823);
    const [row] = await kpis(TAN_BINH, NOV_2021);
    for (const [figure, field] of FIGURES)
      expect([figure, await count(TAN_BINH, { period: NOV_2021, figure })]).toEqual([figure, row[field]]);
  });

  it("lists Ward 15's 16 dossiers pending overdue at the end of Nov 2020, as kpis and plain SQL count them", async () => {
    const scope = { unitCodes: ['27007'], includeDescendants: false };
    const period = { from: '2020-11-01', to: '2020-11-30' };
    const [row] = await kpis(scope, period);
    const sql = await form06BySql(api.pool, await scopeIds(api.pool, '27007', period.to, 'UNIT'), period.from, period.to);
    const page = await dossiers(scope, { period, figure: 'PENDING_OVERDUE_AT_END' });
    expect(page.totalCount).toBe(16);
    expect(row.pendingOverdue).toBe(16);
    expect(sql.pendingOverdue).toBe(16);
    expect(row).toMatchObject({ received: 1669, carriedOver: 177, overdue: 64, sameDay: 938, pending: 168 });
    expect(page.nodes).toHaveLength(16);
    for (const n of page.nodes) {
      expect(n.dueOn <= period.to).toBe(true);
      expect(n.finishedOn === null || n.finishedOn > period.to).toBe(true);
    }
    // Every Form 06 column of this ward-month agrees with the tests' own SQL reading too.
    for (const [figure, field] of FIGURES) expect([figure, await count(scope, { period, figure })]).toEqual([figure, row[field]]);
  });

  it('narrows to a procedure, a field and a channel with the same totals as kpis grouped by them', async () => {
    const byProcedure = await kpis(TAN_BINH, NOV_2021, ['PROCEDURE']);
    const procedure = byProcedure.reduce((a, b) => (b.resolved > a.resolved ? b : a));
    expect(await count(TAN_BINH, { period: NOV_2021, figure: 'RESOLVED', procedureCode: procedure.procedure!.code })).toBe(
      procedure.resolved,
    );
    expect(await count(TAN_BINH, { period: NOV_2021, figure: 'EARLY', procedureCode: procedure.procedure!.code })).toBe(procedure.early);

    const byField = await kpis(TAN_BINH, NOV_2021, ['FIELD']);
    const field = byField.reduce((a, b) => (b.received > a.received ? b : a));
    expect(await count(TAN_BINH, { period: NOV_2021, figure: 'RECEIVED', fieldCode: field.field!.code })).toBe(field.received);

    const byChannel = await kpis(TAN_BINH, NOV_2021, ['CHANNEL']);
    const online = byChannel.find((r) => r.channel === 'ONLINE')!;
    expect(online.received).toBeGreaterThan(0);
    expect(await count(TAN_BINH, { period: NOV_2021, figure: 'RECEIVED', channel: 'ONLINE' })).toBe(online.received);
  });

  it('pages through all 823 early dossiers once each, in receivedAt order, and says when the last page is reached', async () => {
    const filter = { period: NOV_2021, figure: 'EARLY' };
    const first = await dossiers(TAN_BINH, filter, 500);
    expect(first.nodes).toHaveLength(500);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await dossiers(TAN_BINH, filter, 500, first.pageInfo.endCursor!);
    expect(second.nodes).toHaveLength(323);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect(second.totalCount).toBe(823);

    const all = [...first.nodes, ...second.nodes];
    expect(new Set(all.map((n) => n.id)).size).toBe(823);
    const order = all.map((n) => [n.receivedAt, Number(n.id)] as const);
    const sorted = [...order].sort((a, b) => a[0].localeCompare(b[0]) || a[1] - b[1]);
    expect(order).toEqual(sorted);
    for (const n of all) {
      expect(n.timeliness).toBe('EARLY');
      expect(n.finishedOn! < n.dueOn).toBe(true);
      expect(n.finishedOn! >= NOV_2021.from && n.finishedOn! <= NOV_2021.to).toBe(true);
    }
    const ids = await scopeIds(api.pool, '766', NOV_2021.to, 'UNIT_AND_DESCENDANTS');
    const { rows } = await api.pool.query<{ id: string }>(
      `select id::text from dossier where unit_id = any($1) and finished_on between $2 and $3 and timeliness = 'EARLY' order by received_at, id`,
      [ids, NOV_2021.from, NOV_2021.to],
    );
    expect(all.map((n) => n.id)).toEqual(rows.map((r) => r.id));

    const past = await dossiers(TAN_BINH, filter, 500, second.pageInfo.endCursor!);
    expect(past).toMatchObject({ totalCount: 823, nodes: [], pageInfo: { endCursor: null, hasNextPage: false } });
  });

  it('gives each dossier exactly as stored: local days, due day, timeliness, unit and procedure', async () => {
    const page = await dossiers(
      { unitCodes: ['27007'], includeDescendants: false },
      { period: { from: '2020-11-01', to: '2020-11-30' }, figure: 'PENDING_OVERDUE_AT_END' },
      3,
    );
    const n = page.nodes[0];
    const { rows } = await api.pool.query(
      `select d.code, u.code as unit, p.code as procedure, d.channel, d.received_on::text, d.due_date::text, d.finished_on::text, d.timeliness, d.status, d.supplement_requests,
              d.received_at, d.finished_at
         from dossier d join administrative_unit u on u.id = d.unit_id join procedure p on p.id = d.procedure_id where d.id = $1`,
      [n.id],
    );
    const r = rows[0];
    expect(n).toMatchObject({
      code: r.code,
      unit: { code: r.unit },
      procedure: { code: r.procedure },
      channel: r.channel,
      receivedOn: r.received_on,
      dueOn: r.due_date,
      finishedOn: r.finished_on,
      timeliness: r.timeliness,
      status: r.status,
      supplementRequests: r.supplement_requests,
    });
    expect(new Date(n.receivedAt).getTime()).toBe((r.received_at as Date).getTime());
    expect(n.finishedAt === null ? null : new Date(n.finishedAt).getTime()).toBe(r.finished_at ? (r.finished_at as Date).getTime() : null);
  });

  it('exposes nothing about the applicant: the Dossier type holds only these fields', async () => {
    const { __type } = await api.query<{ __type: { fields: { name: string }[] } }>(`{ __type(name: "Dossier") { fields { name } } }`);
    expect(__type.fields.map((f) => f.name).sort()).toEqual(
      [
        'channel',
        'code',
        'dueOn',
        'finishedAt',
        'finishedOn',
        'id',
        'procedure',
        'receivedAt',
        'receivedOn',
        'status',
        'supplementRequests',
        'timeliness',
        'unit',
      ].sort(),
    );
  });

  it('refuses a page over 500 or under 1, a cursor it did not give out and an unknown procedure, saying why', async () => {
    const filter = { period: NOV_2021, figure: 'EARLY' };
    await expect(dossiers(TAN_BINH, filter, 1_000_000)).rejects.toThrow('first may be at most 500, got 1000000');
    await expect(dossiers(TAN_BINH, filter, 0)).rejects.toThrow('first must be a whole number of at least 1, got 0');
    await expect(dossiers(TAN_BINH, filter, 10, 'not-a-cursor')).rejects.toThrow(
      'after must be a cursor given out by this list (pageInfo.endCursor), got "not-a-cursor"',
    );
    await expect(dossiers(TAN_BINH, { ...filter, procedureCode: '9.999999' })).rejects.toThrow(
      'filter.procedureCode: no procedure has the code "9.999999"',
    );
    await expect(dossiers(TAN_BINH, { ...filter, fieldCode: 'nope' })).rejects.toThrow(
      'filter.fieldCode: no procedure field has the code "nope"',
    );
    await expect(dossiers(TAN_BINH, { period: { from: '2010-01-01', to: '2021-12-31' }, figure: 'RECEIVED' })).rejects.toThrow(
      'filter.period spans 4383 days; at most 10 years (3653 days) are allowed',
    );
  });
});
