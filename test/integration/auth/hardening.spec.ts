import { randomBytes } from 'node:crypto';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Role } from '../../../server/src/modules/accounts/role';
import { createLogger } from '../../../server/src/shared/logger';
import { startApi, type ExecutionResult, type TestApi } from '../../support/api';
import { testDatabases } from '../../support/test-databases';

/** Unique per run: the database may be kept between runs. */
const RUN = randomBytes(4).toString('hex');

const ROOT = join(__dirname, '..', '..', '..');
const messages = (r: ExecutionResult<unknown>) => (r.errors ?? []).map((e) => e.message);
const METRICS = '{ metrics { key } }';

describe('hardening over HTTP, signed in', () => {
  let api: TestApi;
  let cookie: string;
  beforeAll(async () => {
    api = await startApi({ demo: false });
    const viewer = await api.createAccount(Role.VIEWER, '766');
    cookie = await api.signIn(viewer.username, viewer.password);
  });
  afterAll(() => api.close());

  it('refuses a 10 MB body with 413 naming the limit, without reading it into a query, and serves the next request', async () => {
    const body = JSON.stringify({ query: METRICS, variables: { pad: 'x'.repeat(10 * 1024 * 1024) } });
    const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [
        {
          message: `Request body is ${Buffer.byteLength(body)} bytes; the limit is 1048576 bytes (BODY_MAX_BYTES)`,
          extensions: { code: 'PAYLOAD_TOO_LARGE' },
        },
      ],
    });
    expect((await api.post(METRICS, {}, cookie)).status).toBe(200);
  });

  it('refuses a query nested 50 deep and a page of 10⁶ rows with clear messages, then serves the next request', async () => {
    const deep = await api.post(`{ units(search: "Tân Bình") { ${'children { '.repeat(48)}code${' }'.repeat(48)} } }`, {}, cookie);
    expect(deep.status).toBe(400);
    expect(messages(deep.body)).toEqual(['query is nested 50 levels deep; the limit is 12']);
    const rows = await api.post(
      '{ dossiers(scope: { unitCodes: ["766"] }, filter: { period: { from: "2021-11-01", to: "2021-11-30" }, figure: RECEIVED }, first: 1000000) { totalCount } }',
      {},
      cookie,
    );
    expect(messages(rows.body)).toEqual(['first may be at most 500, got 1000000']);
    const next = await api.post<{ metrics: unknown[] }>(METRICS, {}, cookie);
    expect(next.status).toBe(200);
    expect(next.body.data!.metrics.length).toBeGreaterThan(10);
  });

  it('answers a body that is not JSON with 400 and a sentence, never a stack trace or the body', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: '{"query": "password=hunter2',
    });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ errors: [{ message: 'Request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
    expect(text).not.toMatch(/hunter2|at .*\.(js|ts):\d+/);
  });

  it('reports a failing database as an internal error, without its SQL or a stack trace', async () => {
    const failing = { query: () => Promise.reject(new Error('syntax error at or near "select secret_column from dossier"')) };
    const result = await api.app.apollo.executeOperation(
      { query: '{ kpis(scope: { unitCodes: ["766"] }, period: { from: "2021-11-01", to: "2021-11-30" }) { received } }' },
      { contextValue: { ...api.app.context(), sql: failing } },
    );
    const body = result.body.kind === 'single' ? result.body.singleResult : null;
    expect(body!.errors).toEqual([
      { message: 'Internal error: the request could not be completed', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    ]);
    expect(JSON.stringify(body)).not.toMatch(/secret_column|stacktrace/);
  });

  it('sends security headers: a CSP for the dashboard’s own files, no sniffing, no framing, no referrer, no X-Powered-By', async () => {
    for (const response of [
      await fetch(`${api.url}/`),
      await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: METRICS }),
      }),
    ]) {
      expect(response.headers.get('content-security-policy')).toBe(
        "default-src 'self';script-src 'self';style-src 'self';font-src 'self' data:;img-src 'self' data: blob:;connect-src 'self';object-src 'none';base-uri 'self';form-action 'self';frame-ancestors 'none'",
      );
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
      expect(response.headers.get('x-powered-by')).toBeNull();
    }
  });
});

describe('rate limit', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi({ demo: true });
  });
  afterAll(() => api.close());

  it('answers a burst of 1,000 requests from one account with 900 results and 100 refusals (429), and keeps serving others', async () => {
    const viewer = await api.createAccount(Role.VIEWER, '766');
    const cookie = await api.signIn(viewer.username, viewer.password);
    const started = Date.now();
    const statuses: number[] = [];
    let refusal: { status: number; retryAfter: string | null; body: unknown } | undefined;
    // 1,000 requests in flight 100 at a time: a burst well within the minute's window.
    for (let batch = 0; batch < 10; batch++) {
      const answers = await Promise.all(
        Array.from({ length: 100 }, () =>
          fetch(`${api.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', cookie },
            body: JSON.stringify({ query: METRICS }),
          }),
        ),
      );
      for (const a of answers) {
        statuses.push(a.status);
        if (a.status === 429 && !refusal) refusal = { status: a.status, retryAfter: a.headers.get('retry-after'), body: await a.json() };
        else await a.arrayBuffer();
      }
    }
    expect(Date.now() - started).toBeLessThan(50_000);
    expect(statuses.filter((s) => s === 200)).toHaveLength(900);
    expect(statuses.filter((s) => s === 429)).toHaveLength(100);
    const seconds = Number(refusal!.retryAfter);
    expect(seconds).toBeGreaterThan(0);
    expect(refusal!.body).toEqual({
      errors: [
        {
          message: `Too many requests: at most 900 a minute per account; try again in ${seconds} s`,
          extensions: { code: 'RATE_LIMITED', retryAfterSeconds: seconds },
        },
      ],
    });
    // Others are served meanwhile: another account, the demo, the health check.
    const other = await api.createAccount(Role.VIEWER, '005');
    expect((await api.post(METRICS, {}, await api.signIn(other.username, other.password))).status).toBe(200);
    expect((await api.post(METRICS)).status).toBe(200);
    expect((await fetch(`${api.url}/health`)).status).toBe(200);
  }, 60_000);
});

describe('passwords in logs', () => {
  it('never writes a password to the logs: sign-ins, account changes, refusals, the command line', async () => {
    const lines: string[] = [];
    const capture = (stream: NodeJS.WriteStream) =>
      jest.spyOn(stream, 'write').mockImplementation(((chunk: string | Uint8Array) => {
        lines.push(String(chunk));
        return true;
      }) as never);
    const out = capture(process.stdout);
    const err = capture(process.stderr);
    const secrets = ['first Password 1', 'wrong Password 2', 'third Password 3', 'tiny4', 'cli Password 5'];
    try {
      // Debug level: every request is logged, with its actor.
      const api = await startApi({ demo: false, logger: createLogger('debug') });
      try {
        const admin = await api.createAccount(Role.ADMIN, null);
        const adminCookie = await api.signIn(admin.username, admin.password);
        secrets.push(admin.password);
        const name = `logged-${RUN}`;
        const create = (password: string) =>
          api.post(
            'mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }',
            { i: { username: name, password, role: 'LEADER', unitCode: '766' } },
            adminCookie,
          );
        expect(messages((await create(secrets[3])).body)).toEqual(['password must have at least 12 characters, it has 5']);
        expect((await create(secrets[0])).body.errors).toBeUndefined();
        await api.post('mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { username } }', {
          u: name,
          p: secrets[1],
        });
        // A password typed as the username is not logged either.
        await api.post('mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { username } }', {
          u: secrets[1],
          p: secrets[1],
        });
        const cookie = await api.signIn(name, secrets[0]);
        await api.post(
          'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }',
          { c: secrets[0], n: secrets[2] },
          cookie,
        );
        await api.post('{ metrics { key } }', {}, cookie);
      } finally {
        await api.close();
      }
    } finally {
      out.mockRestore();
      err.mockRestore();
    }
    // The command line, with the password on standard input as a secrets manager would give it.
    const piped = await promisify(execFile)(
      '/bin/sh',
      [
        '-c',
        `printf '%s\\n' "$PW" | "${process.execPath}" "${require.resolve('tsx/cli')}" scripts/user-add.ts --username cli-${RUN} --role viewer --unit 005 --password-stdin`,
      ],
      { cwd: ROOT, env: { ...process.env, PW: secrets[4], DATABASE_URL: testDatabases().mainUrl } },
    );
    expect(piped.stdout).toContain(`created viewer cli-${RUN} of Quận Cầu Giấy (005)`);
    const logged = lines.join('') + piped.stdout + piped.stderr;
    expect(logged).toMatch(/"message":"request".*"actor":"logged-/); // the requests were logged
    for (const secret of secrets)
      expect({ secret, found: logged.toLowerCase().includes(secret.toLowerCase()) }).toEqual({ secret, found: false });
  }, 60_000);
});
