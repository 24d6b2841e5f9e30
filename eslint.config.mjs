import js from '@eslint/js';
import importPlugin from 'eslint-plugin-import';
import tseslint from 'typescript-eslint';

const FACT_MODULES = ['units', 'procedures', 'dossiers', 'ratings', 'meetings', 'campaigns', 'reports', 'targets'];

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
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { URL: 'readonly', require: 'readonly', module: 'writable', process: 'readonly', console: 'readonly', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
