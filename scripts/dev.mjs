// `npm run dev`: the API with reload on change (tsx watch) and the dashboard with hot reload (Vite's dev
// server, which forwards /graphql and /health to the API). Open the dashboard at Vite's address.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const ROOT = join(import.meta.dirname, '..');
const apiPort = process.env.PORT ?? '4000';
const vitePort = process.env.VITE_PORT ?? '5173';

const run = (name, args, env) => {
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  child.on('exit', (code, signal) => {
    console.log(`${name} stopped (${signal ?? code}); stopping the other process too.`);
    stop();
    process.exitCode = code ?? 1;
  });
  return child;
};

const children = [
  run('API', [require.resolve('tsx/cli'), 'watch', '--clear-screen=false', 'server/src/main.ts', ...process.argv.slice(2)], {
    PORT: apiPort,
  }),
  run(
    'Vite',
    [join(require.resolve('vite/package.json'), '..', 'bin', 'vite.js'), '--config', 'client/vite.config.mts', '--port', vitePort],
    { API_PORT: apiPort },
  ),
];
console.log(`Dashboard with hot reload: http://localhost:${vitePort}  (API: http://localhost:${apiPort}/graphql)`);

let stopping = false;
function stop(signal = 'SIGTERM') {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill(signal);
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stop(signal));
