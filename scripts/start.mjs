// `npm start`: builds the dashboard when client/dist is missing or older than its sources (a quick walk
// of modification times), then runs the server from TypeScript through tsx (esbuild: no type-check at
// run time). Arguments after `--` (e.g. --demo) reach the server.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const ROOT = join(import.meta.dirname, '..');
const BUILT = join(ROOT, 'client', 'dist', 'index.html');
const SOURCES = [
  'client/src',
  'client/build',
  'client/index.html',
  'client/vite.config.mts',
  'schema/schema.graphql',
  'package-lock.json',
].map((p) => join(ROOT, p));

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(join(path, name))), stat.mtimeMs);
}

function buildClientIfStale() {
  const built = existsSync(BUILT) ? statSync(BUILT).mtimeMs : 0;
  if (built && built >= Math.max(...SOURCES.map(newest))) return;
  let vite;
  try {
    vite = join(require.resolve('vite/package.json'), '..', 'bin', 'vite.js');
  } catch {
    console.warn(
      built
        ? 'client/dist is older than its sources, and Vite is not installed to rebuild it: serving it as it is.'
        : 'The dashboard is not built and Vite is not installed (npm install): starting the API only.',
    );
    return;
  }
  console.log(built ? 'Rebuilding the dashboard (sources changed since the last build)…' : 'Building the dashboard (first start)…');
  const started = Date.now();
  const result = spawnSync(process.execPath, [vite, 'build', '--config', 'client/vite.config.mts', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
    // Vite keeps a NODE_ENV it finds (Jest's `test`, a shell's `development`), and React's development
    // build then ships: 70 kB more per route and slower pages. What `npm start` serves is production.
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status === 0) console.log(`Dashboard built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  else console.warn('The dashboard build failed (see above): starting the API; / serves the previous build, if any.');
}

buildClientIfStale();
const tsx = require.resolve('tsx/cli');
const child = spawn(process.execPath, [tsx, 'server/src/main.ts', ...process.argv.slice(2)], { cwd: ROOT, stdio: 'inherit' });
// Ctrl-C reaches the whole process group; the server handles it and exits on its own.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
