import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { codegenDocuments } from './build/codegen-documents-plugin.mts';
import { precompiledMessages } from './build/precompiled-messages-plugin.mts';
import { precompressedAssets } from './build/precompressed-assets-plugin.mts';
import { rechartsScales } from './build/recharts-scales-plugin.mts';

// `npm run dev`: the API runs on API_PORT (scripts/dev.mjs sets it); Vite serves the dashboard with hot reload
// and forwards the API's paths to it, so the browser sees one origin as in production.
const api = `http://127.0.0.1:${process.env.API_PORT ?? process.env.PORT ?? '4000'}`;

export default defineConfig({
  root: import.meta.dirname,
  // Each GraphQL document in the chunk that uses it; UI messages parsed at build time; Recharts with only the
  // d3 scales it uses here; a gzip twin of every file for the server to send (see each plugin).
  plugins: [codegenDocuments(), precompiledMessages(), rechartsScales(), react(), precompressedAssets()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // client/scripts/route-sizes.mjs reads the manifest to total each route's JavaScript.
    manifest: true,
    target: 'es2022',
    // exceljs is loaded only when a user asks for an XLSX file; its chunk is large by nature.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // The shared components and helpers that several pages use, in one chunk with the libraries they
            // bring, instead of a dozen chunks of under 1 kB (each compressed alone): 2-5 kB gzip less per
            // route. The chart drawings, the tooltip and the CSV writer stay lazy chunks of their own.
            {
              name: 'common',
              minShareCount: 2,
              test: (id: string) =>
                /[\\/]src[\\/](components|shared)[\\/]/.test(id) && !/(-drawing|chart-tooltip|[\\/]csv|(trend|bar)-chart)\.tsx?$/.test(id),
            },
          ],
        },
      },
    },
  },
  server: {
    port: Number(process.env.VITE_PORT ?? 5173),
    strictPort: false,
    proxy: { '/graphql': api, '/health': api },
  },
});
