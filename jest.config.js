// Three projects: unit tests beside the code, integration tests through a function's entry on
// SQLite (*.int.test.ts), and end-to-end tests in headless Chromium on the H5 build (*.e2e.test.ts).
const swc = [
  '@swc/jest',
  { jsc: { target: 'es2022', parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } } },
]
const common = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/src/$1' },
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/.data/'],
  setupFiles: ['<rootDir>/tests/setup-env.js'],
}

/** @type {import('jest').Config} */
module.exports = {
  // A ceiling, not a speed check: on a busy 2-core machine a 300-row race can outlast jest's 5 s.
  // Global only: jest-circus ignores a testTimeout set inside a project.
  testTimeout: 30_000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/{server,types,src,scripts}/**/*.test.ts?(x)'],
      testPathIgnorePatterns: [...common.testPathIgnorePatterns, '\\.int\\.test\\.', '\\.e2e\\.test\\.'],
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/{server,cloudfunctions,tests}/**/*.int.test.ts'],
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/tests/e2e/**/*.e2e.test.ts'],
      globalSetup: '<rootDir>/tests/e2e/support/global-setup.ts',
    },
  ],
}
