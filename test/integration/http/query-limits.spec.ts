import { QUERY_LIMITS } from '../../../server/src/graphql/limits';
import { startApi, type TestApi } from '../../support/api';

let api: TestApi;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.close());

interface Answer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
}

async function post(query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}
const messages = (a: Answer) => (a.body.errors ?? []).map((e) => e.message);

const nested = (depth: number) => `{ units(search: "Tân Bình") { ${'children { '.repeat(depth - 2)}code${' }'.repeat(depth - 2)} } }`;
const NOV_2021 = { from: '2021-11-01', to: '2021-11-30' };

describe('query limits over HTTP', () => {
  it('answers a query nested 50 levels deep with 400 and the depth, then serves the next request', async () => {
    const deep = await post(nested(50));
    expect(deep.status).toBe(400);
    expect(messages(deep)).toEqual(['query is nested 50 levels deep; the limit is 12']);
    expect(deep.body.errors![0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');

    const next = await post('{ units(search: "Cầu Giấy") { code } }');
    expect(next.status).toBe(200);
    expect(next.body.data).toEqual({ units: [{ code: '005' }] });
  });

  it('refuses before running a query that would return millions of values, naming its cost and the limit', async () => {
    const huge = await post(
      `{ kpis(scope: { unitCodes: ["766"] }, period: { from: "2016-01-01", to: "2025-12-31" }, groupBy: [DAY, UNIT, PROCEDURE]) { received resolved onTimeRate } }`,
    );
    expect(huge.status).toBe(400);
    expect(huge.body.data).toBeUndefined();
    const [message] = messages(huge);
    const cost = Number(/^query would cost (\d+) /.exec(message)?.[1]);
    expect(cost).toBeGreaterThan(1_000_000);
    expect(message).toBe(
      `query would cost ${cost} (about one per value returned); the limit is ${QUERY_LIMITS.maxCost}: ask for fewer rows, fields or groupings`,
    );
    expect(huge.body.errors![0].extensions?.code).toBe('QUERY_TOO_COSTLY');
  });

  it('prices variables too: 40 aliased pages of 500 full dossiers are refused, one page is served', async () => {
    const fields =
      'id code unit { code name } procedure { code name } channel receivedAt receivedOn dueOn finishedAt finishedOn timeliness status supplementRequests';
    const page = (i: number) => `p${i}: dossiers(scope: $scope, filter: $filter, first: $first) { nodes { ${fields} } }`;
    const op = (n: number) =>
      `query Pages($scope: ScopeInput!, $filter: DossierFilter!, $first: Int) { ${Array.from({ length: n }, (_, i) => page(i)).join(' ')} }`;
    const variables = { scope: { unitCodes: ['766'] }, filter: { period: NOV_2021, figure: 'EARLY' }, first: 500 };
    const many = await post(op(40), variables);
    expect(many.status).toBe(400);
    expect(messages(many)[0]).toMatch(/^query would cost \d+ .*; the limit is 250000/);
    const one = await post(op(1), variables);
    expect(one.status).toBe(200);
    expect((one.body.data!.p0 as { nodes: unknown[] }).nodes).toHaveLength(500);
  });

  it('refuses a page of 1,000,000 dossiers, saying the most it gives', async () => {
    const answer = await post(
      `query Big($first: Int) { dossiers(scope: { unitCodes: ["766"] }, filter: { period: { from: "2021-11-01", to: "2021-11-30" }, figure: RECEIVED }, first: $first) { totalCount } }`,
      { first: 1_000_000 },
    );
    expect(messages(answer)).toEqual(['first may be at most 500, got 1000000']);
    expect(answer.body.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.body.data).toBeNull();
  });

  it('refuses a period over ten years, saying how long it is', async () => {
    const answer = await post(`{ kpis(scope: { unitCodes: ["766"] }, period: { from: "2010-01-01", to: "2021-12-31" }) { received } }`);
    expect(messages(answer)).toEqual(['period spans 4383 days; at most 10 years (3653 days) are allowed']);
    expect(answer.body.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses more than 50 aliases and a document over 5,000 tokens with 400', async () => {
    const aliases = await post(`{ ${Array.from({ length: 60 }, (_, i) => `m${i}: metrics { key }`).join(' ')} }`);
    expect(aliases.status).toBe(400);
    expect(messages(aliases)).toEqual(['the document uses 60 aliases; the limit is 50']);

    const tokens = await post(`{ metrics { ${'key '.repeat(6000)}} }`);
    expect(tokens.status).toBe(400);
    // graphql-js's own wording ("more that" in 16.x).
    expect(messages(tokens)[0]).toMatch(/^Syntax Error: Document contains more tha[nt] 5000 tokens\. Parsing aborted\.$/);
  });
});
