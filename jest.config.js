/** Unit specs sit beside the code; database suites live in test/ and share one seeded database. */
// ts-jest transpiles each file alone (tsconfig isolatedModules) without type-checking: `npm run check:types` does that once for all.
const ts = ['ts-jest', { diagnostics: false }];

/** @type {import('jest').Config} */
module.exports = {
  // Database suites share one PostgreSQL (PGlite runs one query at a time): run files one by one.
  maxWorkers: 1,
  testTimeout: 120_000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform: { '^.+\\.tsx?$': ts },
      testMatch: ['<rootDir>/server/src/**/*.spec.ts', '<rootDir>/seeds/**/*.spec.ts', '<rootDir>/scripts/**/*.spec.ts'],
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      transform: { '^.+\\.tsx?$': ts },
      testMatch: ['<rootDir>/test/integration/**/*.spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
    {
      // Pure client code (formats, URL state, periods, chart shaping): no DOM, no bundler.
      displayName: 'client',
      testEnvironment: 'node',
      transform: {
        '^.+\\.tsx?$': [
          'ts-jest',
          {
            diagnostics: false,
            tsconfig: { module: 'commonjs', target: 'ES2022', jsx: 'react-jsx', esModuleInterop: true, isolatedModules: true },
          },
        ],
      },
      // The browser build of csv-stringify is ESM only; its CommonJS twin has the same API.
      moduleNameMapper: { '^csv-stringify/browser/esm/sync$': 'csv-stringify/sync' },
      testMatch: ['<rootDir>/client/src/**/*.spec.ts'],
    },
    {
      // The dashboard in a real browser (Chromium at /usr/bin/chromium) against `npm start`; skipped without it.
      displayName: 'e2e',
      testEnvironment: 'node',
      transform: { '^.+\\.tsx?$': ts },
      testMatch: ['<rootDir>/test/e2e/**/*.e2e.spec.ts'],
      globalSetup: '<rootDir>/test/e2e/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/e2e/support/global-teardown.ts',
    },
  ],
};
