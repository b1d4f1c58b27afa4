import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import { INestApplication, Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { existsSync } from 'node:fs';
import { parse as parseQueryString } from 'node:querystring';
import { join, resolve } from 'node:path';
import { pageStartRequests, SESSION_COOKIE_NAME } from '@suunta/shared-domain';
import { Environment } from '../config/environment';
import { AllExceptionsFilter } from '../errors/all-exceptions.filter';
import { createValidationPipe, RequestSanityPipe } from '../errors/validation';
import { BodyParseError, BodyTooDeepError, BodyTooLargeError, jsonDepthExceeds, MAX_JSON_DEPTH } from '../http/json-guard';
import { SuuntaFastifyAdapter } from '../http/prepared-json';
import { webAppIndex, withPageStartRequests } from '../http/web-app-index';
import { conditionalGet, securityHeaders } from '../http/security-headers';
import { configureHttpServer } from '../http/server-lifecycle';

export const API_PREFIX = 'api';
/** Request bodies above this are refused with 413 (survey and strategy imports fit well within it). */
export const BODY_LIMIT = '2mb';
export const BODY_LIMIT_BYTES = 2 * 1024 * 1024;

/**
 * The adapter every Suunta application is created with (`main.ts`, the test apps): Fastify with
 * the body limit, trust proxy and the liveness answer set at construction (Fastify takes them
 * only there).
 */
export function createSuuntaAdapter(env: Pick<Environment, 'TRUST_PROXY'>): SuuntaFastifyAdapter {
  return new SuuntaFastifyAdapter({ trustProxy: env.TRUST_PROXY, bodyLimit: BODY_LIMIT_BYTES, livenessPath: `/${API_PREFIX}/health/live` });
}

/**
 * The one place where the HTTP behaviour of the API is set up. `main.ts` and every integration
 * suite call it, so tests exercise exactly what production runs. The application is created with
 * `createSuuntaAdapter(env)` (Nest's Fastify adapter that also sends `PreparedJson` answers).
 */
export function configureApp(app: INestApplication, env: Environment): void {
  const adapter = app.getHttpAdapter();
  if (!(adapter instanceof SuuntaFastifyAdapter)) {
    throw new Error('Create the application with createSuuntaAdapter(env), so that prepared answers are sent as they are');
  }
  if (!!adapter.suuntaOptions.trustProxy !== !!env.TRUST_PROXY) {
    throw new Error('The adapter was created for another TRUST_PROXY: create it with createSuuntaAdapter(env)');
  }
  const fastifyApp = app as NestFastifyApplication;
  const instance = fastifyApp.getHttpAdapter().getInstance() as FastifyInstance;
  configureHttpServer(fastifyApp.getHttpServer());
  registerBodyParsers(fastifyApp, instance);
  // Answers carry helmet's headers even when a hook or the router refuses the request early.
  fastifyApp.register(fastifyHelmet, {
    global: true,
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
  });
  instance.addHook('onRequest', securityHeaders(API_PREFIX));
  // What Express did for every answer: a weak ETag of the bytes and 304 when the client's copy is current.
  instance.addHook('onSend', conditionalGet);
  fastifyApp.register(fastifyCookie);
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
    serveWebApp(fastifyApp, instance, resolve(env.WEB_DIST));
  }
}

/**
 * JSON (its depth checked on the raw bytes before JSON.parse, so nothing ever recurses over a deep
 * body; strict: an object or an array; empty is `{}`), urlencoded forms, plain text and CSV, each
 * at most BODY_LIMIT. Any other content type is read (within the limit) and ignored, as Express
 * ignored it, so the DTOs answer with their field errors instead of a 415.
 */
function registerBodyParsers(app: NestFastifyApplication, instance: FastifyInstance): void {
  app.useBodyParser('application/json', { bodyLimit: BODY_LIMIT_BYTES }, (req, body, done) => {
    const charset = charsetOf(req.headers['content-type']);
    if (charset && charset !== 'utf-8' && charset !== 'utf8') {
      done(new BodyParseError('The request body has an unsupported character set', 415, 'charset.unsupported'), undefined);
      return;
    }
    const buf = body as Buffer;
    if (buf.length === 0) {
      done(null, {});
      return;
    }
    if (jsonDepthExceeds(buf)) {
      done(new BodyTooDeepError(MAX_JSON_DEPTH), undefined);
      return;
    }
    const first = /\S/.exec(buf.toString('utf8', 0, Math.min(buf.length, 64)))?.[0];
    if (first !== '{' && first !== '[') {
      done(new BodyParseError('The request body is not valid JSON'), undefined);
      return;
    }
    try {
      done(null, JSON.parse(buf.toString('utf8')));
    } catch {
      done(new BodyParseError('The request body is not valid JSON'), undefined);
    }
  });
  app.useBodyParser('application/x-www-form-urlencoded', { bodyLimit: BODY_LIMIT_BYTES }, (_req, body, done) => {
    // extended: false, as Express had it: repeated keys become arrays, no nesting.
    done(null, parseQueryString((body as Buffer).toString('utf8')));
  });
  instance.addContentTypeParser(['text/plain', 'text/csv'], { parseAs: 'string', bodyLimit: BODY_LIMIT_BYTES }, (_req, body, done) => done(null, body));
  instance.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: BODY_LIMIT_BYTES }, (_req, _body, done) => done(null, undefined));
  // A declared length over the limit is refused on every path, matched or not (Express's body
  // parsers ran before routing, so POST to an unknown path answered 413 too).
  instance.addHook('onRequest', (req, _reply, done) => {
    const length = Number(req.headers['content-length']);
    done(length > BODY_LIMIT_BYTES ? new BodyTooLargeError() : undefined);
  });
}

function charsetOf(contentType: string | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return match?.[1].toLowerCase();
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
function serveWebApp(app: NestFastifyApplication, instance: FastifyInstance, dir: string): void {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) {
    new Logger('Web').warn(`WEB_DIST=${dir} has no index.html; the web app is not served`);
    return;
  }
  // every module the app starts with is preloaded at once (Angular's index.html lists ten at most),
  // and so is the code of the page asked for
  const indexFor = webAppIndex(dir);
  // One route per file of the build (it does not change while the API runs); the rest is the fallback below.
  // Files compressed at build time (tools/scripts/precompress.mjs: `x.js.br`, `x.js.gz`) are sent
  // to browsers that accept them, with `Vary: Accept-Encoding`; they are not routes of their own.
  app.register(fastifyStatic, {
    root: dir,
    wildcard: false,
    index: false,
    maxAge: 3_600_000,
    preCompressed: true,
    globIgnore: ['**/*.br', '**/*.gz'],
    setHeaders: cachingByName,
  });
  const prefix = `/${API_PREFIX}`;
  instance.get('/*', (req: FastifyRequest, reply: FastifyReply) => {
    const path = req.url.split('?')[0];
    if (path === prefix || path.startsWith(`${prefix}/`)) {
      reply.callNotFound();
      return reply;
    }
    // the page's first API requests go out with it (the board's figures only with a session cookie)
    const query = new URLSearchParams(req.url.slice(path.length + 1));
    const signedIn = Boolean(req.cookies?.[SESSION_COOKIE_NAME]);
    const html = withPageStartRequests(indexFor(path), pageStartRequests(path, query, signedIn));
    // the answer now differs by the session cookie: no shared cache may keep one for another reader
    return reply.header('Cache-Control', 'private, no-cache').header('Vary', 'Cookie').type('text/html; charset=utf-8').send(html);
  });
}

/** A file the build names by its content (`main-VVKZNETL.js`, `media/roboto-…-LOX3CHMS.woff2`): a new build gives new names. */
const CONTENT_HASHED = /-[A-Z0-9]{8}\.(?:js|mjs|css|woff2?|ttf|svg|png|jpe?g|webp)$/;

/**
 * index.html is never cached (it names the current build's files). Files named by their content
 * are kept for a year without asking again (`immutable`): a returning user's browser then has the
 * app's code, compiled, without a round trip (issue 16: the board drawn in 0.5–0.8 s on a return
 * visit against 1.4–2.3 s on a first one). Anything else (texts under /i18n, the icon) an hour.
 */
function cachingByName(reply: FastifyReply, sentPath: string): void {
  const path = sentPath.replace(/\.(?:br|gz)$/, ''); // a compressed copy is cached as its original
  if (path.endsWith('.html')) {
    reply.header('Cache-Control', 'no-cache');
  } else if (CONTENT_HASHED.test(path)) {
    reply.header('Cache-Control', 'public, max-age=31536000, immutable');
  }
}
