import { INestApplication, Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import express from 'express';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Environment } from '../config/environment';
import { AllExceptionsFilter } from '../errors/all-exceptions.filter';
import { createValidationPipe, RequestSanityPipe } from '../errors/validation';
import { verifyJsonDepth } from '../http/json-guard';
import { SuuntaExpressAdapter } from '../http/prepared-json';
import { webAppIndex } from '../http/web-app-index';
import { securityHeaders } from '../http/security-headers';
import { configureHttpServer } from '../http/server-lifecycle';

export const API_PREFIX = 'api';
/** Request bodies above this are refused with 413 (survey and strategy imports fit well within it). */
export const BODY_LIMIT = '2mb';

/**
 * The one place where the HTTP behaviour of the API is set up. `main.ts` and every integration
 * suite call it, so tests exercise exactly what production runs. The application is created with
 * `SuuntaExpressAdapter` (Nest's Express adapter that also sends `PreparedJson` answers).
 */
export function configureApp(app: INestApplication, env: Environment): void {
  if (!(app.getHttpAdapter() instanceof SuuntaExpressAdapter)) {
    throw new Error('Create the application with new SuuntaExpressAdapter(), so that prepared answers are sent as they are');
  }
  const expressApp = app as NestExpressApplication;
  if (env.TRUST_PROXY) {
    expressApp.set('trust proxy', 1);
  }
  expressApp.disable('x-powered-by');
  answerLivenessFirst(expressApp);
  configureHttpServer(expressApp.getHttpServer());
  // The depth check reads the raw bytes before JSON.parse, so nothing ever recurses over a deep body.
  expressApp.useBodyParser('json', { limit: BODY_LIMIT, verify: verifyJsonDepth });
  expressApp.useBodyParser('urlencoded', { limit: BODY_LIMIT, extended: false });
  expressApp.useBodyParser('text', { limit: BODY_LIMIT, type: ['text/plain', 'text/csv'] });
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          'default-src': ["'self'"],
          'object-src': ["'none'"],
          'base-uri': ["'none'"],
          'frame-ancestors': ["'none'"],
          'script-src': ["'self'"],
          // Angular and Angular Material add component styles as <style> elements.
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
          'font-src': ["'self'", 'data:'],
          'form-action': ["'self'"],
          'upgrade-insecure-requests': null,
        },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use(securityHeaders(API_PREFIX));
  app.use(cookieParser());
  const origins = (env.CORS_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean);
  if (origins.length > 0) {
    app.enableCors({ origin: origins, credentials: true });
  }
  app.setGlobalPrefix(API_PREFIX);
  // NUL characters and prototype keys are refused before the DTOs see the value.
  app.useGlobalPipes(new RequestSanityPipe(), createValidationPipe());
  app.useGlobalFilters(new AllExceptionsFilter());
  // Shutdown is not Nest's enableShutdownHooks (it closes the database before the HTTP server):
  // main.ts installs installGracefulShutdown, which drains requests first.
  setUpOpenApi(app);
  if (env.WEB_DIST) {
    serveWebApp(expressApp, resolve(env.WEB_DIST));
  }
}

function setUpOpenApi(app: INestApplication): void {
  const config = new DocumentBuilder()
    .setTitle('Suunta API')
    .setDescription(
      'Strategy and KPI tracking for regional social-welfare competence centres. ' +
        'Errors share one shape: `{ statusCode, code, error, message, params?, errors?: [{ field, message, code }] }`; ' +
        '`code` is stable (see API_ERROR_CODES). While the database is unreachable every route answers 503 with Retry-After. ' +
        'Updates carry the `version` the client read; a stale version is refused with 409.',
    )
    .setVersion('1')
    .addCookieAuth('suunta_session')
    .build();
  const document = SwaggerModule.createDocument(app, config);
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, document, { jsonDocumentUrl: `${API_PREFIX}/docs-json` });
}

/** Serves the built Angular app; any non-API GET falls back to index.html (client-side routes). */
function serveWebApp(app: NestExpressApplication, dir: string): void {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) {
    new Logger('Web').warn(`WEB_DIST=${dir} has no index.html; the web app is not served`);
    return;
  }
  // every module the app starts with is preloaded at once (Angular's index.html lists ten at most),
  // and so is the code of the page asked for
  const indexFor = webAppIndex(dir);
  app.use(express.static(dir, { index: false, maxAge: '1h', setHeaders: noCacheForHtml }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path === `/${API_PREFIX}` || req.path.startsWith(`/${API_PREFIX}/`)) {
      return next();
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html').send(indexFor(req.path));
  });
}

function noCacheForHtml(res: Response, path: string): void {
  if (path.endsWith('.html')) {
    res.setHeader('Cache-Control', 'no-cache');
  }
}

/** What `GET /api/health/live` answers: terminus's shape for a check with no indicators. */
const LIVE_BODY = JSON.stringify({ status: 'ok', info: {}, error: {}, details: {} });

/**
 * Liveness ("does the process answer?") is registered on Express before anything else, so a probe
 * skips the body parsers, helmet, request logging, the session guard and Nest's routing (issue 16:
 * liveness at ≥ 5,000 req/s). It queries nothing and reveals nothing; the controller's route of the
 * same path stays for the OpenAPI document.
 */
function answerLivenessFirst(app: NestExpressApplication): void {
  const headers = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };
  app.getHttpAdapter().getInstance().get(`/${API_PREFIX}/health/live`, (_req: Request, res: Response) => {
    res.writeHead(200, headers).end(LIVE_BODY);
  });
}
