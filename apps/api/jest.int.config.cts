/** Packages published only as ES modules that the integration suites load (directly or through a dependency). */
const ESM_PACKAGES = ['pg-boss', 'rrule-temporal', 'serialize-error', 'non-error', 'temporal-spec', 'openid-client', 'oauth4webapi', 'jose'];

/* Integration suites: the real AppModule against real PostgreSQL (one fresh database per suite). */
module.exports = {
  displayName: 'api-integration',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/test/global-setup.mjs',
  globalTeardown: '<rootDir>/test/global-teardown.mjs',
  transform: {
    // ES-module-only packages (pg-boss, openid-client, oidc-provider and their ESM dependencies):
    // jest's CommonJS runtime cannot load them, so they are compiled to CommonJS like our code.
    // (Node ≥ 20.19 itself loads them with require(); the built API needs no transform.)
    '^.+/node_modules/.+\\.js$': ['ts-jest', { tsconfig: { allowJs: true, module: 'commonjs', target: 'es2022', esModuleInterop: true, isolatedModules: true } }],
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  transformIgnorePatterns: [`node_modules/(?!(${ESM_PACKAGES.join('|')})/)`],
  moduleFileExtensions: ['ts', 'js', 'html'],
  testTimeout: 30000,
  maxWorkers: 2,
};
