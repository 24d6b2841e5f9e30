// `npm start`: runs the server from TypeScript through tsx (esbuild: no type-check at run time);
// arguments after `--` (e.g. --demo) reach the server.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const tsx = require.resolve('tsx/cli');
const child = spawn(process.execPath, [tsx, 'server/src/main.ts', ...process.argv.slice(2)], { stdio: 'inherit' });
// Ctrl-C reaches the whole process group; the server handles it and exits on its own.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
