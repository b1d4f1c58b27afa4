/**
 * The one jest set-up of every project: a project's `jest.config.cjs` is a single call naming its
 * kind. The project's name (the `displayName`) comes from its `project.json`, the preset and the
 * coverage folder from where the project sits, so a new lib needs no copy of this.
 */
const { join, relative, resolve } = require('node:path');
const { esmAwareTransform } = require('./esm-packages.cjs');

const ROOT = resolve(__dirname, '../..');

function common(dir) {
  const up = relative(dir, ROOT);
  return {
    displayName: require(join(dir, 'project.json')).name,
    preset: `${up}/jest.preset.js`,
    coverageDirectory: `${up}/coverage/${relative(ROOT, dir)}`,
  };
}

/**
 * A Node project (API libs, shared libs). `esm`: its code reaches packages published only as ES
 * modules (pg-boss, openid-client), which are then compiled to CommonJS for jest (esm-packages.cjs).
 */
function nodeProject(dir, { esm = false } = {}) {
  return {
    ...common(dir),
    testEnvironment: 'node',
    ...(esm ? esmAwareTransform('<rootDir>/tsconfig.spec.json') : { transform: { '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] } }),
    moduleFileExtensions: ['ts', 'js', 'html'],
  };
}

/** An Angular project (the web app and its libs): jest-preset-angular with the project's test set-up. */
function angularProject(dir) {
  return {
    ...common(dir),
    setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
    transform: {
      '^.+\\.(ts|mjs|js|html)$': ['jest-preset-angular', { tsconfig: '<rootDir>/tsconfig.spec.json', stringifyContentPathRegex: '\\.(html|svg)$' }],
    },
    transformIgnorePatterns: ['node_modules/(?!.*\\.mjs$|@jsverse/)'],
    snapshotSerializers: [
      'jest-preset-angular/build/serializers/no-ng-attributes',
      'jest-preset-angular/build/serializers/ng-snapshot',
      'jest-preset-angular/build/serializers/html-comment',
    ],
  };
}

module.exports = { nodeProject, angularProject };
