import js from '@eslint/js';
import { readdirSync } from 'node:fs';
import importPlugin from 'eslint-plugin-import';
import tseslint from 'typescript-eslint';

const FACT_MODULES = ['units', 'procedures', 'dossiers', 'ratings', 'meetings', 'campaigns', 'reports', 'targets'];
// Every folder of client/src/features is a feature; a new one is covered without editing this file.
const CLIENT_FEATURES = readdirSync(new URL('./client/src/features', import.meta.url), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const BROWSER_GLOBALS = Object.fromEntries(
  ['window', 'document', 'navigator', 'localStorage', 'performance', 'fetch', 'URL', 'URLSearchParams', 'Blob', 'console', 'setTimeout', 'clearTimeout', 'Intl'].map((name) => [name, 'readonly']),
);

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'client/dist', 'client/src/__generated__', 'coverage', '.data'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { import: importPlugin },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'import/no-cycle': ['error', { ignoreExternal: true }],
      // One-way imports: fact modules never read the analytics core; nothing reads the HTTP layer.
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            ...FACT_MODULES.map((m) => ({ target: `./server/src/modules/${m}`, from: './server/src/modules/kpi', message: 'fact modules never import kpi' })),
            { target: './server/src/modules', from: './server/src/http', message: 'nothing imports http' },
            { target: './server/src/graphql', from: './server/src/http', message: 'nothing imports http' },
            { target: './server/src/db', from: './server/src/http', message: 'nothing imports http' },
            { target: './seeds', from: './server/src/http', message: 'nothing imports http' },
          ],
        },
      ],
    },
    settings: { 'import/ignore': ['node_modules'], 'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } } },
  },
  {
    // The dashboard: shared code (components, shared) flows into features, features into the app; never sideways or back.
    files: ['client/**/*.ts', 'client/**/*.tsx', 'client/**/*.mts'],
    languageOptions: { globals: BROWSER_GLOBALS },
    rules: {
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            ...CLIENT_FEATURES.map((f) => ({ target: `./client/src/features/${f}`, from: './client/src/features', except: [`./${f}`], message: 'features never import each other' })),
            { target: './client/src/features', from: './client/src/app', message: 'features never import the app' },
            { target: './client/src/components', from: './client/src/features', message: 'shared components never import features' },
            { target: './client/src/components', from: './client/src/app', message: 'shared components never import the app' },
            { target: './client/src/shared', from: './client/src/features', message: 'shared code never imports features' },
            { target: './client/src/shared', from: './client/src/app', message: 'shared code never imports the app' },
            { target: './client/src/shared', from: './client/src/components', message: 'shared helpers never import components' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { URL: 'readonly', require: 'readonly', module: 'writable', process: 'readonly', console: 'readonly', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
