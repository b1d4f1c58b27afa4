import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FirstAdminService } from '@suunta/api-accounts';
import { configureApp, createSuuntaAdapter, EnvironmentError, installGracefulShutdown, SeedRunner, validateEnvironment } from '@suunta/api-core';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app/app.module';

/**
 * `node main.js`          migrate, seed (when SEED_DATA/SEED_DEMO_USERS ask for it), serve.
 * `node main.js migrate`  migrate and exit.
 * `node main.js seed`     migrate, seed and exit.
 */
async function main(): Promise<void> {
  const command = process.argv[2] ?? 'serve';
  const env = validateEnvironment(process.env);
  const app = await NestFactory.create(AppModule.register(env), createSuuntaAdapter(env), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  const logger = app.get(Logger);
  configureApp(app, env);
  if (command === 'migrate') {
    await app.close();
    return;
  }
  if (command === 'seed' || env.SEED_DATA || env.SEED_DEMO_USERS) {
    const ran = await app.get(SeedRunner).run({ demo: env.SEED_DEMO_USERS, data: command === 'seed' || env.SEED_DATA });
    logger.log(`Seed steps run: ${ran.join(', ') || 'none'}`);
  }
  if (command === 'seed') {
    await app.close();
    return;
  }
  // A database without an admin gets one (ADMIN_EMAIL/ADMIN_PASSWORD, or a one-time printed password).
  await app.get(FirstAdminService).ensureAdmin();
  try {
    await listenOnAllInterfaces(app, env.PORT);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      logger.error(`Port ${env.PORT} is already in use: is Suunta already running? Stop it or set PORT.`);
      await app.close();
      process.exit(1);
    }
    throw error;
  }
  installGracefulShutdown(app, env.SHUTDOWN_GRACE_SECONDS * 1000, (message) => logger.log(message));
  logger.log(`Suunta is up at http://localhost:${env.PORT} (API /api, docs /api/docs)`);
}

/**
 * Every interface, as Node's listen(port) does (Fastify's own default is localhost only): IPv6 and
 * IPv4 on '::', IPv4 alone where the host has no IPv6.
 */
async function listenOnAllInterfaces(app: INestApplication, port: number): Promise<void> {
  try {
    await app.listen(port, '::');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EAFNOSUPPORT' && code !== 'EADDRNOTAVAIL') throw error;
    await app.listen(port, '0.0.0.0');
  }
}

main().catch((error: unknown) => {
  if (error instanceof EnvironmentError) {
    console.error(error.message);
  } else {
    console.error('Suunta could not start:', error);
  }
  process.exit(1);
});
