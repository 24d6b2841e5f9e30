import type { CodegenConfig } from '@graphql-codegen/cli';

// Client types from the committed contract (schema/schema.graphql) and the operations the components own.
// Run from the repository root: npm run codegen.
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['client/src/**/*.{ts,tsx}', '!client/src/__generated__/**'],
  ignoreNoDocuments: false,
  hooks: { afterAllFileWrite: ['node client/scripts/codegen-header.mjs'] },
  generates: {
    'client/src/__generated__/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { Date: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
        avoidOptionals: { field: true, inputValue: false },
      },
    },
  },
};

export default config;
