import { MetricsService } from '@suunta/api-operations';
import { createTestApp, signIn } from '@suunta/api-testing';
import type { TestApp } from '@suunta/api-testing';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app/app.module';

const TOKEN = 'metrics-token-for-the-test-0123456789';

describe('health probes', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp((env) => AppModule.register(env));
  });
  afterAll(() => t.close());

  it('answers liveness without a single database query', async () => {
    // every statement, TypeORM's and the prepared ones (preparedQuery), goes through the logger
    const queries = jest.spyOn(t.dataSource.logger, 'logQuery');
    const before = queries.mock.calls.length;
    const res = await t.agent().get('/api/health/live').expect(200);
    expect(res.body.status).toBe('ok');
    expect(queries.mock.calls.length).toBe(before);
    queries.mockRestore();
  });

  it('answers readiness with one database ping, reused for a second', async () => {
    const queries = jest.spyOn(t.app.get(DataSource), 'query');
    const [a, b, c] = await Promise.all([0, 1, 2].map(() => t.agent().get('/api/health/ready')));
    expect([a.status, b.status, c.status]).toEqual([200, 200, 200]);
    expect(a.body.info.database.status).toBe('up');
    expect(queries).toHaveBeenCalledTimes(1);
    await new Promise((r) => setTimeout(r, 1100));
    await t.agent().get('/api/health/ready').expect(200);
    expect(queries).toHaveBeenCalledTimes(2);
    queries.mockRestore();
  });

  it('keeps /api/health for existing callers', async () => {
    const res = await t.agent().get('/api/health').expect(200);
    expect(res.body.info.database.status).toBe('up');
  });

  it('has no /api/metrics while METRICS_TOKEN is not set, even for an admin', async () => {
    await t.agent().get('/api/metrics').expect(404);
    await t.agent().get('/api/metrics').set('Authorization', `Bearer ${TOKEN}`).expect(404);
    const admin = await signIn(t, { role: 'admin' });
    await admin.get('/api/metrics').expect(404);
  });
});

describe('Prometheus metrics with METRICS_TOKEN', () => {
  let t: TestApp;
  let backupDir: string;

  beforeAll(async () => {
    backupDir = mkdtempSync(join(tmpdir(), 'suunta-metrics-'));
    t = await createTestApp((env) => AppModule.register(env), { METRICS_TOKEN: TOKEN, BACKUP_DIR: backupDir });
  });
  afterAll(async () => {
    await t.close();
    rmSync(backupDir, { recursive: true, force: true });
  });

  it('refuses a request without the token (401) and with a wrong one (403)', async () => {
    await t.agent().get('/api/metrics').expect(401);
    await t.agent().get('/api/metrics').set('Authorization', 'Bearer not-the-token').expect(403);
    await t.agent().get('/api/metrics').set('Authorization', `Basic ${Buffer.from(`x:${TOKEN}`).toString('base64')}`).expect(401);
  });

  it('exposes request durations by route template, the database pool, the last backup and the job queue', async () => {
    // No backup yet: the age is +Inf, so an alert on it fires rather than staying silent.
    const before = await t.agent().get('/api/metrics').set('Authorization', `Bearer ${TOKEN}`).expect(200);
    expect(before.text).toMatch(/^suunta_backup_last_age_seconds \+Inf$/m);
    expect(before.text).toMatch(/^suunta_backup_last_size_bytes 0$/m);
    // The shared job queue (pg-boss) reports its mail queue on its own.
    expect(before.text).toMatch(/^suunta_job_queue_depth\{queue="mail-send"\} \d+$/m);

    const viewer = await signIn(t, { role: 'viewer' });
    // A route with a parameter: the metric must name the template, not this id.
    const id = '5f0c7a52-8a3e-4c1e-9a55-1c2d3e4f5a6b';
    await viewer.get(`/api/plans/${id}`);
    await viewer.get('/api/regions').expect(200);
    // A backup taken two hours ago (the age comes from the time in its name).
    const takenAt = new Date(Date.now() - 2 * 60 * 60 * 1000);
    writeFileSync(join(backupDir, `suunta-${takenAt.toISOString().replace(/[:.]/g, '-')}.backup`), Buffer.alloc(1234));
    t.app.get(MetricsService).setJobQueueDepthSource(() => ({ mail: 3 }));

    const res = await t.agent().get('/api/metrics').set('Authorization', `Bearer ${TOKEN}`).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain;.*version=0\.0\.4/);
    const text = res.text;
    expect(text).toMatch(/suunta_http_request_duration_seconds_count\{method="GET",route="\/api\/regions",status="200"\} 1/);
    expect(text).toMatch(/suunta_http_request_duration_seconds_count\{method="GET",route="\/api\/plans\/:id",status="\d{3}"\} 1/);
    expect(text).not.toContain(id);
    // The requests above used the pool a moment ago: it holds connections (pg closes idle ones after 10 s).
    expect(Number(/^suunta_db_pool_size (\d+)$/m.exec(text)?.[1])).toBeGreaterThanOrEqual(1);
    expect(Number(/^suunta_db_pool_idle (\d+)$/m.exec(text)?.[1])).toBeGreaterThanOrEqual(1);
    expect(text).toMatch(/^suunta_db_pool_waiting 0$/m);
    const age = Number(/^suunta_backup_last_age_seconds ([\d.]+)$/m.exec(text)?.[1]);
    expect(age).toBeGreaterThanOrEqual(7200);
    expect(age).toBeLessThan(7200 + 60);
    expect(text).toMatch(/^suunta_backup_last_size_bytes 1234$/m);
    expect(text).toMatch(/^suunta_job_queue_depth\{queue="mail"\} 3$/m);
  });
});
