import { BackupCliModule, OrganizationsCliModule } from '@suunta/api-operations';
import { EnvironmentError, validateEnvironment } from '@suunta/api-core';
import { CommandFactory } from 'nest-commander';

/**
 * The operator's command line, built next to main.js (dist/apps/api/cli.js) and run through
 * tools/scripts/cli.mjs, which finds the database:
 *   npm run db:backup [-- file]        npm run db:restore -- <file> [--force]
 *   npm run org -- create|list|add-region|create-admin …
 */
async function main(): Promise<void> {
  const env = validateEnvironment(process.env);
  const command = process.argv[2];
  const root = command === 'backup' || command === 'restore' ? BackupCliModule.register(env) : OrganizationsCliModule.register(env);
  await CommandFactory.run(root, { logger: ['error', 'warn'] });
}

main().catch((error: unknown) => {
  console.error(error instanceof EnvironmentError ? error.message : error);
  process.exit(1);
});
