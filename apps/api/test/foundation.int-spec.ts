import { createTestApp, TestApp } from '@suunta/api-testing';
import { SeedRunner } from '@suunta/api-core';
import { AppModule } from '../src/app/app.module';

describe('foundation: the API on real PostgreSQL', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp((env) => AppModule.register(env));
  });
  afterAll(() => t.close());

  it('never lets TypeORM synchronize the schema; migrations make it', async () => {
    expect(t.dataSource.options.synchronize).toBe(false);
    const applied = await t.dataSource.query('SELECT name FROM schema_migration ORDER BY id');
    expect(applied.map((r: { name: string }) => r.name)).toContain('OrganizationsAndRegions1763900000000');
    expect(await t.dataSource.showMigrations()).toBe(false);
  });

  it('reports the database as up on /api/health without a session', async () => {
    const res = await t.agent().get('/api/health').expect(200);
    expect(res.body.info.database.status).toBe('up');
  });

  it('serves the OpenAPI document', async () => {
    const res = await t.agent().get('/api/docs-json').expect(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(Object.keys(res.body.paths)).toContain('/api/health');
  });

  it('seeds the organization and its regions, and a second run adds nothing', async () => {
    const runner = t.app.get(SeedRunner);
    await runner.run({ data: true, demo: false });
    await runner.run({ data: true, demo: false });
    const orgs = await t.dataSource.query(`SELECT code, name FROM organization`);
    expect(orgs).toEqual([{ code: 'sonet-botnia', name: 'SONet BOTNIA' }]);
    const regions = await t.dataSource.query(`SELECT code, name->>'fi' AS fi FROM region ORDER BY sort_order`);
    expect(regions).toEqual([
      { code: 'EP', fi: 'Etelä-Pohjanmaa' },
      { code: 'KP', fi: 'Keski-Pohjanmaa' },
      { code: 'PO', fi: 'Pohjanmaa' },
    ]);
  });

  it('answers unknown API routes with the common error shape, not the web app', async () => {
    const res = await t.agent().get('/api/no-such-thing').expect(404);
    expect(res.body).toEqual({ statusCode: 404, code: 'not_found', error: 'Not Found', message: 'Cannot GET /api/no-such-thing' });
  });

  it('refuses an oversized body with 413 and no stack trace', async () => {
    const res = await t.agent().post('/api/health').set('content-type', 'application/json').send(`{"a":"${'x'.repeat(3 * 1024 * 1024)}"}`);
    expect(res.status).toBe(413);
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.js:\d+/);
  });
});
