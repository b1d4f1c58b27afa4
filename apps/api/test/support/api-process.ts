// One Suunta API process for the multi-process test: the real AppModule, the production
// bootstrap, its own port. Run with ts-node (transpile only) + tsconfig-paths; configured by env.
// Prints one JSON line {"port": …} when it listens; SIGTERM closes it gracefully.
import { NestFactory } from '@nestjs/core';
import { configureApp, createSuuntaAdapter, validateEnvironment } from '@suunta/api-core';
import { AppModule } from '../../src/app/app.module';

async function main(): Promise<void> {
  const env = validateEnvironment(process.env);
  const app = await NestFactory.create(AppModule.register(env), createSuuntaAdapter(env), { logger: ['log', 'warn', 'error'] });
  configureApp(app, env);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  process.stdout.write(`${JSON.stringify({ port: address.port })}\n`);
  process.on('SIGTERM', () => {
    app.close().then(() => process.exit(0), () => process.exit(1));
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
