/* Browser tests: playwright-core driving Debian's chromium against a running Suunta (E2E_BASE_URL). */
module.exports = {
  displayName: 'web-e2e',
  rootDir: __dirname,
  // Node's, and on a failure each open page's address, accessibility snapshot and screenshot
  testEnvironment: '<rootDir>/test-environment.cjs',
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  testTimeout: 60000,
};
