import { binaryBody, createTestApp, TestApp } from '@suunta/api-testing';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { SESSION_COOKIE_NAME } from '@suunta/shared-domain';
import { AppModule } from '../src/app/app.module';

/**
 * The HTTP edge of the production server that no domain suite exercises: the built web app's files
 * and the client-side-route fallback (WEB_DIST), the liveness answer, and Secure cookies behind a
 * TLS proxy (TRUST_PROXY). Written when the API moved from Express to Fastify (issue 16), to hold
 * what Express did.
 */
describe('web app files, fallback, liveness and proxy cookies', () => {
  let t: TestApp;
  let dist: string;
  const bigModule = Array.from({ length: 200 }, (_, i) => `export const value${i} = ${i} * 2;`).join('\n');

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'suunta-web-dist-'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><html><head><script src="main-ABC.js" type="module"></script></head><body><app-root></app-root></body></html>');
    writeFileSync(join(dist, 'main-ABC.js'), 'import"./chunk-DEF.js";console.log("main");');
    writeFileSync(join(dist, 'chunk-DEF.js'), 'export const x=1;');
    writeFileSync(join(dist, 'styles-GHI.css'), 'body{margin:0}');
    // as Angular names its output: by an 8-character hash of the content
    writeFileSync(join(dist, 'chunk-6XJXQN2Z.js'), 'export const y=2;');
    writeFileSync(join(dist, 'favicon.ico'), 'icon');
    // a module big enough to be worth compressing, compressed as the build does it (start.mjs, Dockerfile)
    writeFileSync(join(dist, 'chunk-ZIPPED12.js'), bigModule);
    execFileSync(process.execPath, [resolve(__dirname, '../../../tools/scripts/precompress.mjs'), dist]);
    t = await createTestApp((env) => AppModule.register(env), { WEB_DIST: dist, TRUST_PROXY: 'true' });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('serves the build files with an hour of caching and the security headers', async () => {
    const js = await t.agent().get('/main-ABC.js').expect(200);
    expect(js.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(js.headers['cache-control']).toBe('public, max-age=3600');
    expect(js.headers['content-security-policy']).toContain("object-src 'none'");
    expect(js.headers['permissions-policy']).toContain('camera=()');
    const css = await t.agent().get('/styles-GHI.css').expect(200);
    expect(css.text).toBe('body{margin:0}');
  });

  it('keeps files named by their content for a year, unasked; others an hour', async () => {
    const hashed = await t.agent().get('/chunk-6XJXQN2Z.js').expect(200);
    expect(hashed.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const icon = await t.agent().get('/favicon.ico').expect(200);
    expect(icon.headers['cache-control']).toBe('public, max-age=3600');
    const index = await t.agent().get('/index.html');
    expect(index.headers['cache-control']).toBe('no-cache');
  });

  it('sends the Brotli or gzip copy the build made to a browser that accepts it, the file itself to one that does not', async () => {
    expect(existsSync(join(dist, 'chunk-ZIPPED12.js.br')) && existsSync(join(dist, 'chunk-ZIPPED12.js.gz'))).toBe(true);
    // too small to gain anything: left alone
    expect(existsSync(join(dist, 'chunk-DEF.js.br'))).toBe(false);
    // supertest, like a browser, decodes what it is sent: the headers tell what came over the wire
    const get = (acceptEncoding: string) => t.agent().get('/chunk-ZIPPED12.js').set('Accept-Encoding', acceptEncoding).buffer(true).parse(binaryBody).expect(200);
    const onDisk = (ext: string) => readFileSync(join(dist, `chunk-ZIPPED12.js${ext}`));
    expect(brotliDecompressSync(onDisk('.br')).toString()).toBe(bigModule);
    expect(gunzipSync(onDisk('.gz')).toString()).toBe(bigModule);
    expect(onDisk('.br').length).toBeLessThan(bigModule.length / 3);

    const br = await get('gzip, deflate, br, zstd');
    expect(br.headers['content-encoding']).toBe('br');
    expect(Number(br.headers['content-length'])).toBe(onDisk('.br').length);
    expect(br.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(br.headers['vary']).toMatch(/accept-encoding/i);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((br.body as Buffer).toString()).toBe(bigModule);

    const gz = await get('gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(Number(gz.headers['content-length'])).toBe(onDisk('.gz').length);
    expect((gz.body as Buffer).toString()).toBe(bigModule);

    const plain = await get('identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(Number(plain.headers['content-length'])).toBe(Buffer.byteLength(bigModule));
    expect(plain.headers['vary']).toMatch(/accept-encoding/i);
    expect((plain.body as Buffer).toString()).toBe(bigModule);
  });

  it('answers every other GET outside /api with index.html, uncached, its modules preloaded', async () => {
    for (const path of ['/', '/board/2024', '/login?sso=no_provider']) {
      const res = await t.agent().get(path).expect(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['cache-control']).toBe('private, no-cache');
      expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(res.text).toContain('<app-root>');
      expect(res.text).toMatch(/<link rel="modulepreload" href="chunk-DEF\.js"/);
    }
  });

  it("names the page's first API requests in its HTML: the session check on every page, the board's figures with a session", async () => {
    /** The addresses of the page's `<link rel="preload" as="fetch">`, as the browser reads them. */
    const preloads = (html: string) =>
      [...html.matchAll(/<link rel="preload" as="fetch" crossorigin="anonymous" href="([^"]*)">/g)].map((m) => m[1].replace(/&amp;/g, '&'));
    const cookie = `${SESSION_COOKIE_NAME}=any`;
    const anonymous = await t.agent().get('/board?year=2024').expect(200);
    expect(preloads(anonymous.text)).toEqual(['/api/auth/me']);
    expect(anonymous.text).toMatch(/^<!doctype html><html><head><link rel="preload"/);

    // the board's filters in the order and encoding the page asks with; a hostile value stays inside its attribute
    const board = await t.agent().get('/board?regionId=x%20y&year=2024&strategyId=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E&utm=z').set('Cookie', cookie).expect(200);
    expect(preloads(board.text)).toEqual(['/api/auth/me', '/api/dashboard?strategyId=%22%3E%3Cscript%3Ealert%281%29%3C%2Fscript%3E&year=2024&regionId=x+y']);
    expect(board.text).not.toContain('<script>alert');
    expect(board.headers['vary']).toMatch(/cookie/i);
    expect(board.headers['cache-control']).toBe('private, no-cache');
    // a malformed year or day is left to the API's default, as the page leaves it
    const defaults = await t.agent().get('/board/?year=20x4&asOf=2024-02-30').set('Cookie', cookie).expect(200);
    expect(preloads(defaults.text)).toEqual(['/api/auth/me', '/api/dashboard']);

    for (const path of ['/', '/plans', '/board/focus-areas/1?year=2024']) {
      expect(preloads((await t.agent().get(path).set('Cookie', cookie).expect(200)).text)).toEqual(['/api/auth/me']);
    }
  });

  it('keeps API paths and other methods out of the fallback: the common 404 body', async () => {
    const api = await t.agent().get('/api/no-such-thing').expect(404);
    expect(api.body).toEqual({ statusCode: 404, code: 'not_found', error: 'Not Found', message: 'Cannot GET /api/no-such-thing' });
    expect(api.headers['cache-control']).toBe('no-store');
    const post = await t.agent().post('/board').set('X-XSRF-TOKEN', 'x').expect(404);
    expect(post.body).toMatchObject({ statusCode: 404, code: 'not_found' });
  });

  it('answers a URL with broken percent-encoding with the common 400 body', async () => {
    const res = await t.agent().get('/api/meetings/%E0%A4%A').expect(400);
    expect(res.body).toMatchObject({ statusCode: 400, code: 'bad_request', error: 'Bad Request' });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('answers liveness without a query, a cookie or a session', async () => {
    const res = await t.agent().get('/api/health/live').expect(200);
    expect(res.body).toEqual({ status: 'ok', info: {}, error: {}, details: {} });
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('marks cookies Secure when the trusted proxy says the request came over HTTPS, and only then', async () => {
    const viaTls = await t.agent().get('/api/health').set('X-Forwarded-Proto', 'https').expect(200);
    const plain = await t.agent().get('/api/health').expect(200);
    // the attributes of the XSRF-TOKEN cookie, in any order
    const xsrf = (res: { headers: Record<string, unknown> }) =>
      ([] as string[])
        .concat(res.headers['set-cookie'] as string[])
        .find((c) => c.startsWith('XSRF-TOKEN='))
        ?.split(';')
        .slice(1)
        .map((a) => a.trim())
        .sort();
    expect(xsrf(viaTls)).toEqual(['Path=/', 'SameSite=Lax', 'Secure']);
    expect(xsrf(plain)).toEqual(['Path=/', 'SameSite=Lax']);
  });
});
