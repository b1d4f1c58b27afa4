/* Integration suites: the real AppModule against real PostgreSQL (one fresh database per suite). */
const { join } = require('node:path');
const { esmAwareTransform } = require('../../tools/jest/esm-packages.cjs');
const { SWAGGER_PLUGIN_OPTIONS } = require('../../tools/jest/swagger-plugin.cjs');

// The OpenAPI document the suites read must be the built API's: compile with the @nestjs/swagger
// plugin, which needs the whole program (tsconfig.int.json: not file by file); type errors are
// tsc's and lint's job, not the suites'.
const transform = esmAwareTransform('<rootDir>/tsconfig.int.json');
transform.transform['^.+\\.[tj]s$'][1] = {
  ...transform.transform['^.+\\.[tj]s$'][1],
  diagnostics: false,
  astTransformers: { before: [{ path: join(__dirname, '../../tools/jest/swagger-plugin.cjs'), options: SWAGGER_PLUGIN_OPTIONS }] },
};

module.exports = {
  displayName: 'api-integration',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/test/global-setup.mjs',
  globalTeardown: '<rootDir>/test/global-teardown.mjs',
  ...transform,
  moduleFileExtensions: ['ts', 'js', 'html'],
  testTimeout: 30000,
  maxWorkers: 2,
};
