import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { testDatabases } from '../../support/test-databases';

const ROOT = join(__dirname, '..', '..', '..');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

describe('graceful shutdown', () => {
  let child: ChildProcess | undefined;
  afterAll(() => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
  });

  it('on SIGTERM finishes the request in flight, refuses new connections, closes the pools and exits 0', async () => {
    const port = await freePort();
    child = spawn(process.execPath, [require.resolve('tsx/cli'), 'server/src/main.ts'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, DATABASE_URL: testDatabases().mainUrl, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info' },
    });
    let log = '';
    child.stdout!.on('data', (c: Buffer) => (log += c.toString()));
    child.stderr!.on('data', (c: Buffer) => (log += c.toString()));
    const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
    for (const started = Date.now(); !log.includes('"message":"ready"');) {
      if (Date.now() - started > 60_000 || child.exitCode !== null) throw new Error(`server did not start:\n${log}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(log).toContain('"message":"access","mode":"sign-in required"');

    // A request whose body is still arriving when the signal comes: it is in flight.
    const body = JSON.stringify({ query: 'mutation { signIn(username: "nobody", password: "not a password 1") { username } }' });
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path: '/graphql',
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          let text = '';
          res.on('data', (c: Buffer) => (text += c.toString()));
          res.on('end', () => resolve({ status: res.statusCode!, text }));
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, 20));
      setTimeout(() => {
        child!.kill('SIGTERM');
        setTimeout(() => {
          // New connections are refused while the old request finishes.
          const probe = request({ host: '127.0.0.1', port, path: '/health' });
          probe.on('error', (e: NodeJS.ErrnoException) => (log += `\nprobe:${e.code}`));
          probe.on('response', () => (log += '\nprobe:served'));
          probe.end();
          setTimeout(() => req.end(body.slice(20)), 300);
        }, 500);
      }, 200);
    });
    const { status, text } = await answer;
    expect(status).toBe(200);
    expect(JSON.parse(text).errors[0].message).toBe('Wrong username or password');
    expect(await exited).toBe(0);
    expect(log).toContain('probe:ECONNREFUSED');
    expect(log).toMatch(/"message":"stopping","signal":"SIGTERM"[\s\S]*"message":"stopped"/);
  }, 90_000);
});
