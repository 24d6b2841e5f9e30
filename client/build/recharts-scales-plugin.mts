// Vite plugin: Recharts gets only the d3 scales this dashboard's charts use. Recharts imports d3-scale whole
// (`import * as d3Scales`, looked up by name), which brings every scale with d3-time and d3-time-format: about
// 8 kB gzip on each chart route. With `scale="auto"` (the default, and all this app sets) Recharts asks for
// linear, band or point only. A chart that names another scale would silently get a point scale, so a `scale=`
// prop anywhere in the client stops the build instead; add that scale to SCALES if it is ever needed.
import { join, sep } from 'node:path';
import type { Plugin } from 'vite';

const SRC = join(import.meta.dirname, '..', 'src') + sep;
const SCALES = ['scaleLinear', 'scaleBand', 'scalePoint'];
const MODULE = '\0recharts-scales';

export function rechartsScales(): Plugin {
  return {
    name: 'recharts-scales',
    enforce: 'pre',
    resolveId: {
      filter: { id: /^victory-vendor\/d3-scale$/ },
      handler: () => MODULE,
    },
    load: {
      filter: { id: /^\0recharts-scales$/ },
      handler: () => `export { ${SCALES.join(', ')} } from 'd3-scale';`,
    },
    transform: {
      filter: { id: /\.tsx$/, code: /\bscale=/ },
      handler(code, id) {
        if (!id.startsWith(SRC)) return;
        const line = code.slice(0, code.search(/\bscale=/)).split('\n').length;
        this.error(
          `recharts-scales: ${id.slice(SRC.length)}:${line} sets a chart scale; only ${SCALES.join(', ')} are bundled (build/recharts-scales-plugin.mts)`,
        );
      },
    },
  };
}
