import { Injectable, Logger, SetMetadata } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { DataSource, EntityManager } from 'typeorm';
import { Environment } from '../config/environment';

export const SEEDER_METADATA = 'suunta:seeder';

export interface SeederOptions {
  /** Seeders run in ascending order; later ones may read what earlier ones wrote. */
  order: number;
  name: string;
  /** `data`: the organization's own data (strategy, plans…); `demo`: demo accounts (embedded default only). */
  kind?: 'data' | 'demo';
}

export interface SeedContext {
  manager: EntityManager;
  /** Reads `<SEED_DATA_DIR>/<file>` as JSON. */
  readJson<T>(file: string): Promise<T>;
  /** Absolute path of a seed file, for seeders that read text (e.g. the survey importer). */
  path(file: string): string;
  log(message: string): void;
}

/** The id of the organization `organization.json` describes (by its code), or null while it is not stored. */
export async function seededOrganizationId(ctx: SeedContext): Promise<string | null> {
  const { code } = await ctx.readJson<{ code: string }>('organization.json');
  const [org]: { id: string }[] = await ctx.manager.query(`SELECT id FROM organization WHERE code = $1`, [code]);
  return org?.id ?? null;
}

/** Finds a seeded region's id by its code; `where` (a file, an entry) starts the error when the code is unknown. */
export interface SeededRegionIds {
  (where: string, code: string): string;
  (where: string, code: string | null): string | null;
}

/**
 * The organization's regions by code, read once, for seed files that name regions: an unknown
 * code stops the seed with `<where>: region <code> is not seeded`; no code gives null.
 */
export async function seededRegionIds(ctx: SeedContext, organizationId: string): Promise<SeededRegionIds> {
  const rows: { id: string; code: string }[] = await ctx.manager.query(`SELECT id, code FROM region WHERE organization_id = $1`, [organizationId]);
  const byCode = new Map(rows.map((r) => [r.code, r.id]));
  return ((where: string, code: string | null): string | null => {
    if (code === null) return null;
    const id = byCode.get(code);
    if (!id) throw new Error(`${where}: region ${code} is not seeded`);
    return id;
  }) as SeededRegionIds;
}

/** A domain's seed step. Must be re-runnable: check before insert, never duplicate. */
export interface Seeder {
  seed(ctx: SeedContext): Promise<void>;
}

/** Marks a provider as a seed step; {@link SeedRunner} finds it through Nest's discovery. */
export const DomainSeeder = (options: SeederOptions) => SetMetadata(SEEDER_METADATA, options);

@Injectable()
export class SeedRunner {
  private readonly logger = new Logger('Seed');

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
    private readonly dataSource: DataSource,
    private readonly env: Environment,
  ) {}

  /** Runs every discovered seeder in one transaction: a failed seed leaves the database as it was. */
  async run(options: { data: boolean; demo: boolean }): Promise<string[]> {
    const seeders = this.discovery
      .getProviders()
      .map((wrapper) => ({ wrapper, meta: wrapper.metatype ? this.reflector.get<SeederOptions>(SEEDER_METADATA, wrapper.metatype) : undefined }))
      .filter((x): x is { wrapper: typeof x.wrapper; meta: SeederOptions } => !!x.meta && !!x.wrapper.instance)
      .filter((x) => ((x.meta.kind ?? 'data') === 'demo' ? options.demo : options.data))
      .sort((a, b) => a.meta.order - b.meta.order);
    const dir = resolve(this.env.SEED_DATA_DIR);
    await this.dataSource.transaction(async (manager) => {
      const ctx: SeedContext = {
        manager,
        path: (file) => resolve(dir, file),
        readJson: async <T>(file: string) => JSON.parse(await readFile(resolve(dir, file), 'utf8')) as T,
        log: (message) => this.logger.log(message),
      };
      for (const { wrapper, meta } of seeders) {
        this.logger.log(`Seeding ${meta.name}`);
        await (wrapper.instance as Seeder).seed(ctx);
      }
    });
    return seeders.map((s) => s.meta.name);
  }
}
