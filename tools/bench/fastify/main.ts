/**
 * Throw-away entry for `npm run bench` (BENCH_FASTIFY=1): boots the real AppModule on Express
 * (`BENCH_PLATFORM=express`, through the app's own configureApp) or on Fastify
 * (`BENCH_PLATFORM=fastify`, with the Fastify equivalents of the same HTTP set-up: helmet with the
 * same CSP, cookie parsing, Permissions-Policy and no-store headers, the /api prefix, the global
 * pipes and filter). Enough to serve the read routes the bench measures; it is not a second
 * bootstrap of the product (no static files, no multipart, no graceful shutdown, no seeding).
 * Run by tools/bench/fastify.mjs with ts-node (transpile-only) and tsconfig-paths.
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  AllExceptionsFilter,
  API_PREFIX,
  configureApp,
  createValidationPipe,
  PERMISSIONS_POLICY,
  RequestSanityPipe,
  validateEnvironment,
} from '@suunta/api-core';
import { Logger } from 'nestjs-pino';
import { AppModule } from '../../../apps/api/src/app/app.module';

async function main(): Promise<void> {
  const env = validateEnvironment(process.env);
  if (process.env.BENCH_PLATFORM === 'fastify') {
    const app = await NestFactory.create<NestFastifyApplication>(AppModule.register(env), new FastifyAdapter({ bodyLimit: 2 * 1024 * 1024 }), {
      bufferLogs: true,
    });
    app.useLogger(app.get(Logger));
    /* eslint-disable @typescript-eslint/no-require-imports */
    await app.register(require('@fastify/helmet'), {
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          'default-src': ["'self'"],
          'object-src': ["'none'"],
          'base-uri': ["'none'"],
          'frame-ancestors': ["'none'"],
          'script-src': ["'self'"],
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
          'font-src': ["'self'", 'data:'],
          'form-action': ["'self'"],
          'upgrade-insecure-requests': null,
        },
      },
      crossOriginEmbedderPolicy: false,
    });
    await app.register(require('@fastify/cookie'));
    /* eslint-enable @typescript-eslint/no-require-imports */
    app
      .getHttpAdapter()
      .getInstance()
      .addHook('onRequest', async (req, reply) => {
        reply.header('Permissions-Policy', PERMISSIONS_POLICY);
        if (req.url === `/${API_PREFIX}` || req.url.startsWith(`/${API_PREFIX}/`)) reply.header('Cache-Control', 'no-store');
      });
    app.setGlobalPrefix(API_PREFIX);
    app.useGlobalPipes(new RequestSanityPipe(), createValidationPipe());
    app.useGlobalFilters(new AllExceptionsFilter());
    await app.listen(env.PORT, '127.0.0.1');
  } else {
    const app = await NestFactory.create(AppModule.register(env), { bufferLogs: true });
    app.useLogger(app.get(Logger));
    configureApp(app, env);
    await app.listen(env.PORT, '127.0.0.1');
  }
  console.log(`bench-platform-ready ${process.env.BENCH_PLATFORM}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
