/**
 * The @nestjs/swagger compiler plugin as a ts-jest AST transformer, so that the integration
 * suites see the same OpenAPI schemas as the webpack build (apps/api/webpack.config.js). The
 * plugin needs the whole TypeScript program (types of DTO properties): the configs that use it
 * compile with a language service, not file by file (`isolatedModules: false`).
 */
const plugin = require('@nestjs/swagger/plugin');

/** One set of options for the build and the tests. */
// controllerFileNameSuffix []: responses stay as the controllers declare them (the plugin would add a 200 to every 204 route)
const SWAGGER_PLUGIN_OPTIONS = { classValidatorShim: false, introspectComments: false, controllerFileNameSuffix: [] };

module.exports = {
  name: 'nestjs-swagger-transformer',
  version: 1,
  SWAGGER_PLUGIN_OPTIONS,
  // options come from the jest config ({ path, options }), so that ts-jest's cache key sees them
  factory: (cs, options = SWAGGER_PLUGIN_OPTIONS) => plugin.before(options, cs.program),
};
