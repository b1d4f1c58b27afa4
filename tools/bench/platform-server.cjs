// One platform's minimal Nest app for tools/bench/frameworks.mjs (PLATFORM=express|fastify,
// BODY_FILE=the JSON the /dashboard route answers). Plain CommonJS: the decorators are applied
// as functions, so no compiler is needed.
const { Controller, Get, Module } = require('@nestjs/common');
const { NestFactory } = require('@nestjs/core');
const { readFileSync } = require('node:fs');
const body = JSON.parse(readFileSync(process.env.BODY_FILE, 'utf8'));
const LIVE = { status: 'ok', info: {}, error: {}, details: {} };
class Routes { live() { return LIVE; } dashboard() { return body; } }
for (const [name, path] of [['live', 'health/live'], ['dashboard', 'dashboard']]) {
  const d = Object.getOwnPropertyDescriptor(Routes.prototype, name);
  Get(path)(Routes.prototype, name, d);
}
Controller()(Routes);
class AppModule {}
Module({ controllers: [Routes] })(AppModule);
(async () => {
  const platform = process.env.PLATFORM;
  const adapter = platform === 'fastify'
    ? new (require('@nestjs/platform-fastify').FastifyAdapter)()
    : new (require('@nestjs/platform-express').ExpressAdapter)();
  const app = await NestFactory.create(AppModule, adapter, { logger: false });
  await app.listen(0, '127.0.0.1');
  process.send({ port: app.getHttpServer().address().port });
})();
