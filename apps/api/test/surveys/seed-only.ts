import { DiscoveryService, Reflector } from '@nestjs/core';
import { Seeder, SEEDER_METADATA, SeederOptions } from '@suunta/api-core';
import type { TestApp } from '@suunta/api-testing';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';

/** What the survey suites need: the organization, the strategies with their mappings, the surveys. */
export const SURVEY_SEEDERS = ['organization and regions', 'responsible roles and people', 'strategies', 'focus-area mappings', 'surveys'];

/**
 * Runs only the named seed steps, in their order, in one transaction: exactly what SeedRunner
 * does, without depending on the other domains' seed steps.
 */
export async function seedOnly(t: TestApp, names: readonly string[] = SURVEY_SEEDERS): Promise<string[]> {
  const discovery = t.app.get(DiscoveryService);
  const reflector = t.app.get(Reflector);
  const seeders = discovery
    .getProviders()
    .map((wrapper) => ({ wrapper, meta: wrapper.metatype ? reflector.get<SeederOptions>(SEEDER_METADATA, wrapper.metatype) : undefined }))
    .filter((x): x is { wrapper: typeof x.wrapper; meta: SeederOptions } => !!x.meta && !!x.wrapper.instance && names.includes(x.meta.name))
    .sort((a, b) => a.meta.order - b.meta.order);
  const dir = resolve(t.env.SEED_DATA_DIR);
  await t.app.get(DataSource).transaction(async (manager) => {
    for (const { wrapper } of seeders) {
      await (wrapper.instance as Seeder).seed({
        manager,
        path: (file) => resolve(dir, file),
        readJson: async <T>(file: string) => JSON.parse(await readFile(resolve(dir, file), 'utf8')) as T,
        log: () => undefined,
      });
    }
  });
  return seeders.map((s) => s.meta.name);
}
