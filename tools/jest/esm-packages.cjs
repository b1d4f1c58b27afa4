/**
 * Packages published only as ES modules that API code loads (directly or through a dependency):
 * pg-boss, openid-client, @fastify/static's content-disposition 3, @fastify/cookie (it loads cookie 1
 * with import()) and their ESM dependencies. jest's CommonJS runtime cannot load them, so
 * they are compiled to CommonJS like our code. (Node ≥ 20.19 itself loads them with require(); the
 * built API needs no transform.) Used by every API jest config whose code reaches them.
 */
const { join } = require('node:path');

const ESM_PACKAGES = ['pg-boss', 'rrule-temporal', 'serialize-error', 'non-error', 'temporal-spec', 'openid-client', 'oauth4webapi', 'jose', 'content-disposition', '@fastify/cookie', 'cookie'];

/** `transform` and `transformIgnorePatterns` for a node jest config; `tsconfig` is the project's spec tsconfig. */
function esmAwareTransform(tsconfig) {
  return {
    transform: {
      // a tsconfig file, not inline options: @nx/jest/plugin reads `tsconfig` as a path
      '^.+/node_modules/.+\\.js$': ['ts-jest', { tsconfig: join(__dirname, 'tsconfig.esm-packages.json') }],
      '^.+\\.[tj]s$': ['ts-jest', { tsconfig }],
    },
    // also where npm nested one (node_modules/@fastify/static/node_modules/content-disposition)
    transformIgnorePatterns: [`^(?!.*node_modules/(${ESM_PACKAGES.join('|')})/).*node_modules/`],
  };
}

module.exports = { ESM_PACKAGES, esmAwareTransform };
