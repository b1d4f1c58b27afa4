import { Controller, Get, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import fastify from 'fastify';
import request from 'supertest';
import { gunzipSync } from 'node:zlib';
import { PreparedJson, sendPreparedJson, SuuntaFastifyAdapter } from './prepared-json';

const value = { title: 'Hyvinvointi ja terveys – ääkköset', figures: [1, 2.5, null], nested: { ok: true } };
const expectedJson = '{"title":"Hyvinvointi ja terveys – ääkköset","figures":[1,2.5,null],"nested":{"ok":true}}';

describe('PreparedJson', () => {
  it('holds the bytes JSON.stringify gives, their gzip, and a weak ETag of the bytes', () => {
    const answer = new PreparedJson(value);
    expect(answer.json.toString('utf8')).toBe(expectedJson);
    expect(answer.json.length).toBe(Buffer.byteLength(expectedJson)); // bytes, not characters (ä is two)
    expect(gunzipSync(answer.gzip).toString('utf8')).toBe(expectedJson);
    expect(answer.etag).toMatch(/^W\/"[0-9a-f]+-[A-Za-z0-9+/]{27}"$/);
    expect(answer.etag.startsWith(`W/"${Buffer.byteLength(expectedJson).toString(16)}-`)).toBe(true);
    expect(new PreparedJson({ ...value }).etag).toBe(answer.etag);
    expect(new PreparedJson({ ...value, title: 'toinen' }).etag).not.toBe(answer.etag);
    expect(JSON.stringify({ wrapped: answer })).toBe(`{"wrapped":${expectedJson}}`);
  });
});

describe('sendPreparedJson', () => {
  const answer = new PreparedJson(value);
  // a board-sized answer: 300 focus-area rows
  const large = new PreparedJson({ rows: Array.from({ length: 300 }, (_, i) => ({ id: i, title: `Painopistealue ${i}`, status: i % 3 ? 'on_track' : 'at_risk' })) });
  // Fastify answers HEAD from the GET route (exposeHeadRoutes)
  const fastifyApp = fastify();
  fastifyApp.get('/answer', (_req, reply) => sendPreparedJson(reply, answer));
  fastifyApp.get('/large', (_req, reply) => sendPreparedJson(reply, large));
  const app = fastifyApp.server;
  beforeAll(() => fastifyApp.ready());
  afterAll(() => fastifyApp.close());

  it('sends gzip to a client that accepts it, with the length of the gzipped bytes', async () => {
    const res = await request(app).get('/large').set('Accept-Encoding', 'gzip, deflate, br').buffer(true).parse((r, done) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => done(null, Buffer.concat(chunks)));
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['vary']).toBe('Accept-Encoding');
    expect(res.headers['etag']).toBe(large.etag);
    expect(res.headers['content-length']).toBe(String(large.gzip.length));
    expect(large.gzip.length).toBeLessThan(large.json.length / 5);
    // superagent unzips on the way in: what the client reads is the JSON itself
    expect((res.body as Buffer).toString('utf8')).toBe(JSON.stringify(large.value));
  });

  it('sends an answer under 1 kB as it is, even to a client that accepts gzip (gzip would make it bigger)', async () => {
    const res = await request(app).get('/answer').set('Accept-Encoding', 'gzip, deflate, br');
    expect(answer.json.length).toBeLessThan(1024);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['vary']).toBe('Accept-Encoding');
    expect(res.text).toBe(expectedJson);
  });

  it('sends the plain bytes to a client that does not accept gzip', async () => {
    const res = await request(app).get('/answer').set('Accept-Encoding', 'identity');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['content-length']).toBe(String(Buffer.byteLength(expectedJson)));
    expect(res.text).toBe(expectedJson);
    expect(res.body).toEqual(value);
  });

  it("answers 304 without a body when the client's copy is current, and 200 when it is not", async () => {
    const current = await request(app).get('/answer').set('If-None-Match', answer.etag);
    expect(current.status).toBe(304);
    expect(current.text).toBe('');
    // a list of validators, one of them current (strong or weak, the comparison is weak)
    const listed = await request(app).get('/answer').set('If-None-Match', `"abc", ${answer.etag.slice(2)}`);
    expect(listed.status).toBe(304);
    // a client that asks for a fresh copy gets one
    const reload = await request(app).get('/answer').set('If-None-Match', answer.etag).set('Cache-Control', 'no-cache');
    expect(reload.status).toBe(200);
    const stale = await request(app).get('/answer').set('If-None-Match', 'W/"1-abc"');
    expect(stale.status).toBe(200);
    expect(stale.body).toEqual(value);
  });

  it('answers HEAD with the headers and no body', async () => {
    const res = await request(app).head('/answer').set('Accept-Encoding', 'identity');
    expect(res.status).toBe(200);
    expect(res.headers['content-length']).toBe(String(Buffer.byteLength(expectedJson)));
    expect(res.text).toBeUndefined();
  });
});

describe('SuuntaFastifyAdapter', () => {
  @Controller()
  class AnswersController {
    @Get('prepared')
    prepared(): PreparedJson<typeof value> {
      return new PreparedJson(value);
    }

    @Get('plain')
    plain(): typeof value {
      return value;
    }
  }
  @Module({ controllers: [AnswersController] })
  class AnswersModule {}

  it("sends a handler's PreparedJson as its bytes, and any other answer as Nest would", async () => {
    const moduleRef = await Test.createTestingModule({ imports: [AnswersModule] }).compile();
    const app = moduleRef.createNestApplication(new SuuntaFastifyAdapter(), { logger: false });
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    try {
      const prepared = await request(app.getHttpServer()).get('/prepared').set('Accept-Encoding', 'identity');
      const plain = await request(app.getHttpServer()).get('/plain').set('Accept-Encoding', 'identity');
      expect(prepared.text).toBe(expectedJson);
      expect(plain.text).toBe(expectedJson);
      expect(prepared.headers['etag']).toBe(new PreparedJson(value).etag);
      expect(prepared.headers['vary']).toBe('Accept-Encoding');
      expect(plain.headers['vary']).toBeUndefined();
    } finally {
      await app.close();
    }
  });

  it('answers the liveness path itself, before Fastify, and passes every other request on', async () => {
    const moduleRef = await Test.createTestingModule({ imports: [AnswersModule] }).compile();
    const app = moduleRef.createNestApplication(new SuuntaFastifyAdapter({ livenessPath: '/live' }), { logger: false });
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    try {
      const live = await request(app.getHttpServer()).get('/live');
      expect(live.status).toBe(200);
      expect(live.body).toEqual({ status: 'ok', info: {}, error: {}, details: {} });
      expect(live.headers['cache-control']).toBe('no-store');
      expect((await request(app.getHttpServer()).get('/live?x=1')).status).toBe(404);
      expect((await request(app.getHttpServer()).post('/live')).status).toBe(404);
      expect((await request(app.getHttpServer()).get('/plain')).status).toBe(200);
    } finally {
      await app.close();
    }
  });
});
