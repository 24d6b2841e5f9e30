// Per-route JavaScript after `vite build`, gzip as the server sends it (the build's .gz twins):
// - initial: what a route loads before it is interactive (the entry, the page's chunk with their static imports,
//   and the text of the shell and the page in one language);
// - deferred: what it loads right after (the chart drawings; campaign management for accounts that manage);
// - total, for a Vietnamese and an English reader;
// - on demand, listed apart: fetched only when someone asks (a CSV or XLSX download, a chart's tooltip on
//   pointing at it, the dossier list behind a figure, the new-campaign form).
// `--check` exits 1 when a route's total passes the budget in either language.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = join(import.meta.dirname, '..', 'dist');
const BUDGET_KB = 250;
const ON_DEMAND = [
  /exceljs/,
  /form06-xlsx/,
  /src\/shared\/csv\.ts$/,
  /src\/components\/chart-tooltip\.ts$/,
  /overview-drill\.tsx$/,
  /new-campaign-form\.tsx$/,
];
const PAGE = /^src\/features\/[^/]+\/components\/[^/]+-page\.tsx$/;
const manifest = JSON.parse(readFileSync(join(DIST, '.vite', 'manifest.json'), 'utf8'));
const gz = new Map();
const sizeOf = (key) => {
  const file = manifest[key].file;
  const path = join(DIST, file);
  if (!gz.has(file))
    gz.set(
      file,
      !file.endsWith('.js')
        ? 0
        : existsSync(`${path}.gz`)
          ? readFileSync(`${path}.gz`).length
          : gzipSync(readFileSync(path), { level: 9 }).length,
    );
  return gz.get(file);
};
/** The keys and their static imports; with `dynamic`, their lazy imports too. */
const closure = (keys, seen = new Set(), dynamic = false) => {
  for (const key of keys) {
    if (seen.has(key)) continue;
    seen.add(key);
    closure([...(manifest[key].imports ?? []), ...(dynamic ? (manifest[key].dynamicImports ?? []) : [])], seen, dynamic);
  }
  return seen;
};
const lazyOf = (keys) => [...keys].flatMap((k) => manifest[k].dynamicImports ?? []);
const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(6);
const sum = (keys) => [...keys].reduce((s, k) => s + sizeOf(k), 0);

const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
// In navigation order (pages.ts, in the entry chunk, names them in that order).
const pages = [...new Set([...(manifest[entry].dynamicImports ?? []), ...Object.keys(manifest)])].filter((k) => PAGE.test(k));
// Text chunks, one per language: the shell's and each page's. A route loads its own in the reader's language.
const TEXT = /^src\/(app\/i18n\/(vi|en)|features\/[^/]+\/messages-(vi|en))\.ts$/;
const shellText = (locale) => `src/app/i18n/${locale}.ts`;
const pageText = (page, locale) => page.replace(/components\/[^/]+-page\.tsx$/, `messages-${locale}.ts`);
const loadedWithPages = (k) => PAGE.test(k) || TEXT.test(k);

let over = false;
console.log(`route JavaScript, gzip kB (budget ${BUDGET_KB} per route)`);
console.log('  initial  deferred  total vi  total en  on demand   route');
for (const page of pages) {
  const totals = {};
  let initialVi, deferredSize, onDemandSize;
  for (const locale of ['vi', 'en']) {
    const initial = closure([entry, page, shellText(locale), pageText(page, locale)]);
    const lazy = lazyOf(initial).filter((k) => !loadedWithPages(k));
    const deferred = closure(lazy.filter((k) => !ON_DEMAND.some((re) => re.test(k))));
    for (const k of initial) deferred.delete(k);
    const onDemand = closure(
      [...lazy, ...lazyOf(deferred)].filter((k) => ON_DEMAND.some((re) => re.test(k))),
      new Set([...initial, ...deferred]),
      true,
    );
    for (const k of [...initial, ...deferred]) onDemand.delete(k);
    totals[locale] = sum(initial) + sum(deferred);
    if (locale === 'vi') [initialVi, deferredSize, onDemandSize] = [sum(initial), sum(deferred), sum(onDemand)];
  }
  const worst = Math.max(totals.vi, totals.en);
  if (worst / 1024 > BUDGET_KB) over = true;
  const route = page.replace(/^src\/features\/([^/]+)\/.*$/, '/$1').replace('/overview', '/');
  console.log(
    `  ${kb(initialVi)}    ${kb(deferredSize)}    ${kb(totals.vi)}    ${kb(totals.en)}     ${kb(onDemandSize)}   ${route}${worst / 1024 > BUDGET_KB ? '   over budget' : ''}`,
  );
}
if (over && process.argv.includes('--check')) process.exit(1);
