// Per-route JavaScript after `vite build`, gzip: what a route loads before it is interactive (the entry
// and the page's chunk with their static imports), what it loads right after (lazy chart drawings), and
// the total. Exports fetched only on a click (CSV writer, exceljs) are listed apart.
// `--check` exits 1 when a route's total passes the budget.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = join(import.meta.dirname, '..', 'dist');
const BUDGET_KB = 250;
const ON_CLICK = [/exceljs/, /form06-xlsx/, /src\/shared\/csv\.ts$/];
const manifest = JSON.parse(readFileSync(join(DIST, '.vite', 'manifest.json'), 'utf8'));
const gz = new Map();
const sizeOf = (key) => {
  const file = manifest[key].file;
  if (!gz.has(file)) gz.set(file, file.endsWith('.js') ? gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length : 0);
  return gz.get(file);
};
const closure = (keys, seen = new Set(), dynamic = false) => {
  for (const key of keys) {
    if (seen.has(key)) continue;
    seen.add(key);
    closure([...(manifest[key].imports ?? []), ...(dynamic ? (manifest[key].dynamicImports ?? []) : [])], seen, dynamic);
  }
  return seen;
};
const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(6);
const sum = (keys) => [...keys].reduce((s, k) => s + sizeOf(k), 0);

const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
const pages = manifest[entry].dynamicImports ?? [];
let over = false;
console.log(`route JavaScript, gzip kB (budget ${BUDGET_KB} per route)\n  initial  deferred     total   on click   route`);
for (const page of pages) {
  const initial = closure([entry, page]);
  const lazy = [...initial].flatMap((k) => manifest[k].dynamicImports ?? []).filter((k) => !pages.includes(k));
  const deferred = closure(lazy.filter((k) => !ON_CLICK.some((re) => re.test(k))));
  const onClick = closure(
    lazy.filter((k) => ON_CLICK.some((re) => re.test(k))),
    new Set(initial),
    true,
  );
  for (const k of initial) {
    deferred.delete(k);
    onClick.delete(k);
  }
  const total = sum(initial) + sum(deferred);
  if (total / 1024 > BUDGET_KB) over = true;
  const route = page.replace(/^src\/features\/([^/]+)\/.*$/, '/$1').replace('/overview', '/');
  console.log(
    `  ${kb(sum(initial))}    ${kb(sum(deferred))}    ${kb(total)}     ${kb(sum(onClick))}   ${route}${total / 1024 > BUDGET_KB ? '   over budget' : ''}`,
  );
}
if (over && process.argv.includes('--check')) process.exit(1);
