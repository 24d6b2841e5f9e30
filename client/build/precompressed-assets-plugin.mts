// Vite plugin: every text asset of the build gets a gzip twin (<file>.gz). The server sends the twin to browsers
// that accept gzip (server/src/http/app.ts), so no request pays for compression and the sizes that
// client/scripts/route-sizes.mjs reports are the bytes on the wire. Files of 20-500 kB (the entry, the shared
// chunk, Recharts, the pages) are compressed with Zopfli, which writes standard gzip about 3 % smaller than
// zlib's best level (7 kB on a chart route; more iterations gain under 0.1 kB) but takes a quarter of a second
// or more per file; the small files and the XLSX writer (900 kB, fetched on a click) get zlib's best level.
import { gzipAsync } from '@gfx/zopfli';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Plugin, ResolvedConfig } from 'vite';

const TEXT = /\.(js|css|html|svg|json)$/;
const zlibGzip = promisify(gzip);
const compress = (raw: Buffer) =>
  raw.length >= 20_000 && raw.length <= 500_000 ? gzipAsync(raw, { numiterations: 1 }) : zlibGzip(raw, { level: 9 });

export function precompressedAssets(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'precompressed-assets',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async writeBundle() {
      const outDir = join(config.root, config.build.outDir);
      const files = (await readdir(outDir, { recursive: true })).filter((f) => TEXT.test(f) && !f.startsWith('.vite'));
      await Promise.all(
        files.map(async (file) => {
          const raw = await readFile(join(outDir, file));
          await writeFile(join(outDir, `${file}.gz`), await compress(raw));
        }),
      );
    },
  };
}
