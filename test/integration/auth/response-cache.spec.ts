import { Role } from '../../../server/src/modules/accounts/role';
import { startApi, type TestApi } from '../../support/api';

const KPIS = (code: string) =>
  `{ kpis(scope: { unitCodes: ["${code}"] }, period: { from: "2021-11-01", to: "2021-11-30" }) { receivedTotal resolved } }`;

async function get(api: TestApi, text: string, cookie?: string) {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query: text }),
  });
  return {
    cache: response.headers.get('x-cache'),
    body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] },
  };
}

describe('answers shared between users of the same role and unit', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi({ demo: false, http: { responseCacheSeconds: 30, factChangePollMs: 100 } });
  });
  afterAll(() => api.close());

  it('serves a second leader of Tân Bình the first one’s answer, the same figures, without computing it again', async () => {
    const [a, b] = [await api.createAccount(Role.LEADER, '766'), await api.createAccount(Role.LEADER, '766')];
    const first = await get(api, KPIS('766'), await api.signIn(a.username, a.password));
    const second = await get(api, KPIS('766'), await api.signIn(b.username, b.password));
    expect(first.cache).toBe('miss');
    expect(second.cache).toBe('hit');
    expect(second.body).toEqual(first.body);
    expect((first.body.data as { kpis: { receivedTotal: number }[] }).kpis[0].receivedTotal).toBe(45_730);
  });

  it('never gives it to a principal of another unit or role: each is checked and computed on its own', async () => {
    const leader = await api.createAccount(Role.LEADER, '766');
    await get(api, KPIS('766'), await api.signIn(leader.username, leader.password));
    const other = await api.createAccount(Role.LEADER, '005');
    const refused = await get(api, KPIS('766'), await api.signIn(other.username, other.password));
    expect(refused.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const viewer = await api.createAccount(Role.VIEWER, '766');
    expect((await get(api, KPIS('766'), await api.signIn(viewer.username, viewer.password))).cache).toBe('miss');
    // Refusals are not kept: the same refused query is refused again, by the resolvers.
    expect((await get(api, KPIS('766'), await api.signIn(other.username, other.password))).cache).toBe('miss');
    // Without a session nothing is served from it.
    expect((await get(api, KPIS('766'))).body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('is emptied by a successful mutation', async () => {
    const admin = await api.createAccount(Role.ADMIN, null);
    const cookie = await api.signIn(admin.username, admin.password);
    await get(api, KPIS('269'), cookie);
    expect((await get(api, KPIS('269'), cookie)).cache).toBe('hit');
    await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({
        query: `mutation { createAccount(input: { username: "cache-${Date.now()}", password: "long enough password 7", role: VIEWER, unitCode: "269" }) { id } }`,
      }),
    });
    expect((await get(api, KPIS('269'), cookie)).cache).toBe('miss');
  });

  it('keeps who is asking (me) for that session alone, and forgets it when the session ends', async () => {
    const leader = await api.createAccount(Role.LEADER, '766');
    const other = await api.createAccount(Role.LEADER, '766');
    const [mine, theirs] = [await api.signIn(leader.username, leader.password), await api.signIn(other.username, other.password)];
    const ME = '{ me { username role units { code } } }';
    expect((await get(api, ME, mine)).cache).toBe('miss');
    const again = await get(api, ME, mine);
    expect(again.cache).toBe('hit');
    expect(again.body.data).toEqual({ me: { username: leader.username, role: 'LEADER', units: [{ code: '766' }] } });
    // Same role and unit, another session: its own answer, never the first one's.
    const second = await get(api, ME, theirs);
    expect([second.cache, (second.body.data as { me: { username: string } }).me.username]).toEqual(['miss', other.username]);
    // A second session of the same account is another session too.
    expect((await get(api, ME, await api.signIn(leader.username, leader.password))).cache).toBe('miss');
    await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: mine },
      body: JSON.stringify({ query: 'mutation { signOut }' }),
    });
    const after = await get(api, ME, mine);
    expect([after.cache, after.body.data]).toEqual([null, { me: null }]);
  });

  it('lets go of its answers when another process writes (an audited change, as npm run import makes), within the poll', async () => {
    const leader = await api.createAccount(Role.LEADER, '766');
    const cookie = await api.signIn(leader.username, leader.password);
    await get(api, KPIS('766'), cookie);
    await new Promise((r) => setTimeout(r, 300)); // a sign-in is audited too, and empties nothing
    expect((await get(api, KPIS('766'), cookie)).cache).toBe('hit');
    expect((await get(api, KPIS('766'), cookie)).cache).toBe('hit');
    // Written straight into the database, as another process would: this one hears of it only by polling.
    await api.pool.query(
      `insert into audit_entry (at, actor, action, subject, detail) values (now(), 'cli:test', 'IMPORT', 'import_run:0', '{}')`,
    );
    await new Promise((r) => setTimeout(r, 400));
    expect((await get(api, KPIS('766'), cookie)).cache).toBe('miss');
    await api.pool.query(`delete from audit_entry where actor = 'cli:test'`);
  });

  it('sends a large kept answer gzipped to a client that accepts it, the same JSON once inflated', async () => {
    const leader = await api.createAccount(Role.LEADER, '766');
    const cookie = await api.signIn(leader.username, leader.password);
    const query = `{ kpis(scope: { unitCodes: ["766"] }, period: { from: "2021-01-01", to: "2021-12-31" }, groupBy: [UNIT, MONTH]) { unit { code } periodStart received onTimeRate } }`;
    const ask = () =>
      fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip', cookie },
        body: JSON.stringify({ query }),
      });
    await new Promise((r) => setTimeout(r, 300)); // any write an earlier test left has been seen by the poll
    const first = await ask();
    const firstBody = await first.text();
    expect(first.headers.get('x-cache')).toBe('miss');
    expect(firstBody.length).toBeGreaterThan(2_048);
    const second = await ask();
    expect([second.headers.get('x-cache'), second.headers.get('content-encoding')]).toEqual(['hit', 'gzip']);
    const secondBody = await second.text(); // fetch inflates it
    expect(JSON.parse(secondBody)).toEqual(JSON.parse(firstBody));
    expect((JSON.parse(secondBody) as { data: { kpis: unknown[] } }).data.kpis.length).toBeGreaterThan(12);
    // Kept gzipped only: a client that does not take gzip gets it inflated, the same JSON.
    const plain = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'identity', cookie },
      body: JSON.stringify({ query }),
    });
    expect([plain.headers.get('x-cache'), plain.headers.get('content-encoding')]).toEqual(['hit', null]);
    expect(JSON.parse(await plain.text())).toEqual(JSON.parse(firstBody));
  });
});
