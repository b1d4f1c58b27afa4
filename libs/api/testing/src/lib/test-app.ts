import { DynamicModule, INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { configureApp, createSuuntaAdapter, Environment, validateEnvironment } from '@suunta/api-core';
import { resolve } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createTestDatabase } from './test-database';

export interface TestApp {
  app: INestApplication;
  env: Environment;
  dataSource: DataSource;
  /** A supertest agent that keeps cookies between requests (a browser session). */
  agent(): ReturnType<typeof request.agent>;
  /** Stops the app and drops the suite's database. */
  close(): Promise<void>;
}

/**
 * Boots the real application module (migrations included) against a fresh database on the
 * embedded test server, configured by the same `configureApp` as production.
 * With `DATABASE_URL` in `overrides` it boots against that database instead (e.g. a second app
 * on the database of another, to test a restart); `close()` then leaves the database in place.
 */
export async function createTestApp(
  register: (env: Environment) => DynamicModule,
  overrides: Record<string, string> = {},
): Promise<TestApp> {
  const db = overrides['DATABASE_URL'] ? { url: overrides['DATABASE_URL'], drop: async () => undefined } : await createTestDatabase();
  const env = validateEnvironment({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: db.url,
    SEED_DATA_DIR: resolve(__dirname, '../../../../../tools/seed-data'),
    ...overrides,
  });
  const moduleRef = await Test.createTestingModule({ imports: [register(env)] }).compile();
  const app = moduleRef.createNestApplication(createSuuntaAdapter(env), { logger: false });
  configureApp(app, env);
  await app.init();
  // Fastify builds its routes and plugins on ready(); after it, app.getHttpServer() answers as in
  // production, so supertest (and raw sockets) can use it without listen().
  await (app.getHttpAdapter().getInstance() as { ready(): PromiseLike<unknown> }).ready();
  return {
    app,
    env,
    dataSource: app.get(DataSource),
    agent: () => request.agent(app.getHttpServer()),
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}
