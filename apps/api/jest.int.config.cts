/* Integration suites: the real AppModule against real PostgreSQL (one fresh database per suite). */
const { esmAwareTransform } = require('../../tools/jest/esm-packages.cjs');

module.exports = {
  displayName: 'api-integration',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/test/global-setup.mjs',
  globalTeardown: '<rootDir>/test/global-teardown.mjs',
  ...esmAwareTransform('<rootDir>/tsconfig.spec.json'),
  moduleFileExtensions: ['ts', 'js', 'html'],
  testTimeout: 30000,
  maxWorkers: 2,
};
