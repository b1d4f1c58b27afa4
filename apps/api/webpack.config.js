const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('path');
// one set of plugin options for the build and the integration suites (a build config, not app code)
// eslint-disable-next-line @nx/enforce-module-boundaries
const { SWAGGER_PLUGIN_OPTIONS } = require('../../tools/jest/swagger-plugin.cjs');

module.exports = {
  output: {
    path: join(__dirname, '../../dist/apps/api'),
    clean: true,
    ...(process.env.NODE_ENV !== 'production' && {
      devtoolModuleFilenameTemplate: '[absolute-resource-path]',
    }),
  },
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      // The operator's command line (backup, restore, organizations): see src/cli.ts.
      additionalEntryPoints: [{ entryName: 'cli', entryPath: './src/cli.ts' }],
      tsConfig: './tsconfig.app.json',
      // DTO shapes in the OpenAPI document come from the TypeScript types (the same options as the integration suites)
      transformers: [{ name: '@nestjs/swagger/plugin', options: SWAGGER_PLUGIN_OPTIONS }],
      assets: [
        "./src/assets",
        // Roboto for every PDF the API writes (pdfFonts() in api-core looks for assets/fonts beside the bundle).
        { input: "libs/api/core/src/assets/fonts", glob: "*.ttf", output: "assets/fonts" },
      ],
      optimization: false,
      outputHashing: 'none',
      generatePackageJson: true,
      sourceMap: true,
    })
  ],
};
