import { randomBytes } from 'node:crypto';
import { createHash } from 'node:crypto';
import { Role } from '../../../server/src/modules/accounts/role';
import { startApi, type ExecutionResult, type TestApi } from '../../support/api';

/** Unique per run: the database may be kept between runs. */
const RUN = randomBytes(4).toString('hex');

const KPIS = (code: string) => `{ kpis(scope: { unitCodes: ["${code}"] }, period: { from: "2021-11-01", to: "2021-11-30" }) { received } }`;
const codes = (r: ExecutionResult<unknown>) => (r.errors ?? []).map((e) => e.extensions?.code);
const messages = (r: ExecutionResult<unknown>) => (r.errors ?? []).map((e) => e.message);

describe('accounts and sessions on a server without the demo', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi({ demo: false });
  });
  afterAll(() => api.close());

  it('refuses every query without a session, saying to sign in, but answers me (null), signIn and /health', async () => {
    const refused = await api.post(`{ metrics { key } ${KPIS('766').slice(1, -1)} }`);
    expect(refused.status).toBe(200);
    // The first refused root field ends the operation (both are non-null): one error, no data.
    expect(codes(refused.body)).toEqual(['UNAUTHENTICATED']);
    expect(messages(refused.body)[0]).toBe('Not signed in: sign in (mutation signIn) to use this server');
    expect(refused.body.data).toBeNull();

    expect((await api.post('{ me { username } }')).body).toEqual({ data: { me: null } });
    expect((await fetch(`${api.url}/health`)).status).toBe(200);
  });

  it('signs in with an HttpOnly, SameSite=Strict session cookie; the account then reads its unit and is refused another', async () => {
    const leader = await api.createAccount(Role.LEADER, '766');
    const answer = await api.post<{ signIn: { username: string; role: string; units: { code: string }[] } }>(
      'mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { username role units { code } } }',
      { u: leader.username.toUpperCase(), p: leader.password },
    );
    expect(answer.body).toEqual({ data: { signIn: { username: leader.username, role: 'LEADER', units: [{ code: '766' }] } } });
    const setCookie = answer.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/^tthc_session=[A-Za-z0-9_-]{43}; Path=\/; Max-Age=(28800|2879\d); HttpOnly; SameSite=Strict$/);
    const cookie = setCookie.split(';')[0];

    const own = await api.post<{ kpis: { received: number }[] }>(KPIS('766'), {}, cookie);
    expect(own.body.errors).toBeUndefined();
    expect(own.body.data!.kpis[0].received).toBeGreaterThan(0);

    // me tells when the session ends: the stored expiry, as the authenticator read it with the cookie.
    const me = await api.post<{ me: { sessionExpiresAt: string } }>('{ me { sessionExpiresAt } }', {}, cookie);
    const token = cookie.split('=')[1];
    const { rows } = await api.pool.query<{ expires_at: Date }>('select expires_at from account_session where digest = $1', [
      createHash('sha256').update(token).digest('hex'),
    ]);
    expect(rows).toHaveLength(1);
    expect(me.body.data!.me.sessionExpiresAt).toBe(rows[0].expires_at.toISOString());

    const other = await api.post(KPIS('005'), {}, cookie);
    expect(codes(other.body)).toEqual(['FORBIDDEN']);
    expect(messages(other.body)).toEqual([
      "Quận Cầu Giấy (005) is outside your account's units: Quận Tân Bình (766) and the units under it",
    ]);
  });

  it('answers a wrong password and an unknown username alike, and opens no session for either', async () => {
    const viewer = await api.createAccount(Role.VIEWER, '269');
    const sessions = async () => (await api.pool.query<{ n: number }>('select count(*)::int as n from account_session')).rows[0].n;
    const before = await sessions();
    const wrong = await api.post(
      'mutation { signIn(username: "' + viewer.username + '", password: "not the password at all") { username } }',
    );
    const unknown = await api.post('mutation { signIn(username: "no-such-user-here", password: "not the password at all") { username } }');
    for (const answer of [wrong, unknown]) {
      expect(codes(answer.body)).toEqual(['UNAUTHENTICATED']);
      expect(messages(answer.body)).toEqual(['Wrong username or password']);
      expect(answer.headers.get('set-cookie')).toBeNull();
    }
    expect(await sessions()).toBe(before);
  });

  it('refuses a username for 15 minutes after 5 failed sign-ins, even with the right password', async () => {
    const officer = await api.createAccount(Role.OFFICER, '766');
    for (let i = 0; i < 5; i++)
      await api.post(`mutation { signIn(username: "${officer.username}", password: "guess number ${i}!") { username } }`);
    const right = await api.post('mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { username } }', {
      u: officer.username,
      p: officer.password,
    });
    expect(messages(right.body)).toEqual(['Too many failed sign-ins for this username: try again in 15 minute(s)']);
  });

  it('signs out: the cookie is cleared and the old one no longer opens anything', async () => {
    const viewer = await api.createAccount(Role.VIEWER, '766');
    const cookie = await api.signIn(viewer.username, viewer.password);
    const out = await api.post<{ signOut: boolean }>('mutation { signOut }', {}, cookie);
    expect(out.body).toEqual({ data: { signOut: true } });
    expect(out.headers.get('set-cookie')).toBe('tthc_session=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict');
    const after = await api.post(KPIS('766'), {}, cookie);
    expect(messages(after.body)).toEqual(['Your session has ended (expired, signed out or account disabled): sign in again']);
  });

  it('ends the sessions of a disabled account at once', async () => {
    const admin = await api.createAccount(Role.ADMIN, null);
    const viewer = await api.createAccount(Role.VIEWER, '766');
    const adminCookie = await api.signIn(admin.username, admin.password);
    const viewerCookie = await api.signIn(viewer.username, viewer.password);
    expect((await api.post(KPIS('766'), {}, viewerCookie)).body.errors).toBeUndefined();
    const disabled = await api.post(`mutation { disableAccount(username: "${viewer.username}") { username disabled } }`, {}, adminCookie);
    expect(disabled.body).toEqual({ data: { disableAccount: { username: viewer.username, disabled: true } } });
    expect(codes((await api.post(KPIS('766'), {}, viewerCookie)).body)).toEqual(['UNAUTHENTICATED']);
    const again = await api.post('mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { username } }', {
      u: viewer.username,
      p: viewer.password,
    });
    expect(messages(again.body)).toEqual(['This account is disabled: ask an administrator']);
  });

  it('stores an argon2id hash and the SHA-256 of the session token, never the password or the token', async () => {
    const leader = await api.createAccount(Role.LEADER, '79');
    const cookie = await api.signIn(leader.username, leader.password);
    const token = cookie.split('=')[1];
    const { rows } = await api.pool.query<{ password_hash: string; digest: string }>(
      'select a.password_hash, s.digest from account a join account_session s on s.account_id = a.id where a.username = $1',
      [leader.username],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    expect(rows[0].password_hash).not.toContain(leader.password);
    expect(rows[0].digest).toBe(createHash('sha256').update(token).digest('hex'));
  });

  it('keeps an audit log of account changes and sign-ins that names who and what, never a password', async () => {
    const admin = await api.createAccount(Role.ADMIN, null);
    const cookie = await api.signIn(admin.username, admin.password);
    const username = `audited-${RUN}`;
    await api.post(
      `mutation { createAccount(input: { username: "${username}", password: "secret audit pw 42", role: ORGANISER, unitCode: "766" }) { id } }`,
      {},
      cookie,
    );
    await api.post(`mutation { disableAccount(username: "${username}") { id } }`, {}, cookie);
    await api.post(`mutation { signIn(username: "${username}", password: "secret audit pw 43") { username } }`);
    const log = await api.post<{ auditLog: { actor: string; action: string; subject: string; detail: string }[] }>(
      `{ auditLog(first: 10, subject: "account:${username}") { actor action subject detail } }`,
      {},
      cookie,
    );
    expect(log.body.data!.auditLog).toEqual([
      { actor: 'anonymous', action: 'SIGN_IN_REFUSED', subject: `account:${username}`, detail: '{}' },
      { actor: admin.username, action: 'ACCOUNT_DISABLED', subject: `account:${username}`, detail: '{}' },
      {
        actor: admin.username,
        action: 'ACCOUNT_CREATED',
        subject: `account:${username}`,
        detail: '{"role":"ORGANISER","unit":"766","displayName":null}',
      },
    ]);
    const { rows } = await api.pool.query<{ n: number }>(
      `select count(*)::int as n from audit_entry where detail::text like '%secret audit pw%' or subject like '%secret audit pw%'`,
    );
    expect(rows[0].n).toBe(0);
  });

  it('refuses a weak password and a taken username, naming the problem without echoing the password', async () => {
    const admin = await api.createAccount(Role.ADMIN, null);
    const cookie = await api.signIn(admin.username, admin.password);
    const weak = await api.post(
      `mutation { createAccount(input: { username: "weak-${RUN}", password: "short1", role: VIEWER, unitCode: "766" }) { id } }`,
      {},
      cookie,
    );
    expect(messages(weak.body)).toEqual(['password must have at least 12 characters, it has 6']);
    const taken = await api.post(
      `mutation { createAccount(input: { username: "${admin.username}", password: "long enough password 9", role: ADMIN }) { id } }`,
      {},
      cookie,
    );
    expect(messages(taken.body)).toEqual([`username ${admin.username} is taken`]);
    const noUnit = await api.post(
      `mutation { createAccount(input: { username: "nounit-${RUN}", password: "long enough password 9", role: LEADER }) { id } }`,
      {},
      cookie,
    );
    expect(messages(noUnit.body)).toEqual(['unitCode is required for the role LEADER']);
  });
});

describe('the demo (embedded database)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi({ demo: true });
  });
  afterAll(() => api.close());

  it('reads everything without a session as the read-only demo leader, and says so', async () => {
    const me = await api.post('{ me { username displayName role demo reachesAllUnits permissions units { code } } }');
    expect(me.body).toEqual({
      data: {
        me: {
          username: null,
          displayName: 'Demo',
          role: 'LEADER',
          demo: true,
          reachesAllUnits: true,
          permissions: ['READ'],
          units: [{ code: '79' }, { code: '01' }],
        },
      },
    });
    for (const code of ['766', '005', '269']) expect((await api.post(KPIS(code))).body.errors).toBeUndefined();
    const write = await api.post(
      'mutation { createAccount(input: { username: "from-demo", password: "long enough password 1", role: ADMIN }) { id } }',
    );
    expect(messages(write.body)).toEqual(['The demo is read-only: sign in with an account that may manage accounts or read the audit log']);
  });

  it('lets an account sign in over the demo, and returns to the demo after signing out', async () => {
    const viewer = await api.createAccount(Role.VIEWER, '005');
    const cookie = await api.signIn(viewer.username, viewer.password);
    expect(codes((await api.post(KPIS('766'), {}, cookie)).body)).toEqual(['FORBIDDEN']);
    await api.post('mutation { signOut }', {}, cookie);
    expect((await api.post('{ me { demo } }', {}, cookie)).body).toEqual({ data: { me: { demo: true } } });
  });
});
