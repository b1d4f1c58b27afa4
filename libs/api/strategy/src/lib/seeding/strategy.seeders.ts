import { Injectable } from '@nestjs/common';
import { DomainSeeder, flattenValidationErrors, SeedContext, seededRegionIds, Seeder } from '@suunta/api-core';
import { OrganizationEntity } from '@suunta/api-organization';
import type { StrategyDocument } from '@suunta/shared-domain';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { readdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { StrategyDocumentDto } from '../dto/document.dto';
import { FocusAreaMappingEntity, PersonEntity, PersonRegionEntity, PersonRoleEntity, ResponsibleRoleEntity, StrategyEntity } from '../entities';
import { StrategyDocumentService } from '../services/strategy-document.service';
import { StrategyLookupService } from '../services/strategy-lookup.service';
import { FocusAreaMappingSeed, OrganizationSeedFile, seedToDocument, StrategySeedFile } from './seed-files';

const SYSTEM = 'seed';

async function seededOrganization(ctx: SeedContext): Promise<{ file: OrganizationSeedFile; org: OrganizationEntity }> {
  const file = await ctx.readJson<OrganizationSeedFile>('organization.json');
  const org = await ctx.manager.findOneBy(OrganizationEntity, { code: file.code });
  if (!org) throw new Error(`Seed: organization "${file.code}" is missing; the organization seeder runs first`);
  return { file, org };
}

/** Roles named in the documents and the people who hold them (organization.json). */
@Injectable()
@DomainSeeder({ order: 10, name: 'responsible roles and people' })
export class ResponsibleRoleSeeder implements Seeder {
  async seed(ctx: SeedContext): Promise<void> {
    const { file, org } = await seededOrganization(ctx);
    const m = ctx.manager;
    const existing = new Map((await m.findBy(ResponsibleRoleEntity, { organizationId: org.id })).map((r) => [r.code, r]));
    let added = 0;
    for (const [index, role] of (file.roles ?? []).entries()) {
      if (existing.has(role.code)) continue;
      const saved = await m.save(
        m.create(ResponsibleRoleEntity, {
          organizationId: org.id,
          code: role.code,
          kind: role.kind,
          scope: role.scope ?? 'organization',
          name: role.name,
          sortOrder: index + 1,
        }),
      );
      existing.set(saved.code, saved);
      added++;
    }
    const regionIdOf = await seededRegionIds(ctx, org.id);
    let people = 0;
    for (const person of file.people ?? []) {
      if (await m.existsBy(PersonEntity, { organizationId: org.id, code: person.key })) continue;
      const saved = await m.save(
        m.create(PersonEntity, {
          organizationId: org.id,
          code: person.key,
          name: person.name,
          title: person.title ?? null,
          employer: person.organization ?? null,
        }),
      );
      const roleIds = (person.roles ?? []).map((code) => requireValue(existing.get(code)?.id, `person ${person.key}: unknown role "${code}"`));
      const regionIds = (person.regions ?? []).map((code) => regionIdOf(`person ${person.key}`, code));
      if (roleIds.length) await m.insert(PersonRoleEntity, roleIds.map((roleId) => ({ personId: saved.id, roleId, organizationId: org.id })));
      if (regionIds.length) await m.insert(PersonRegionEntity, regionIds.map((regionId) => ({ personId: saved.id, regionId, organizationId: org.id })));
      people++;
    }
    ctx.log(`responsible roles: ${added} added; people: ${people} added`);
  }
}

/** Every `strategy-*.json` of the seed folder, through the same import path as the API. */
@Injectable()
@DomainSeeder({ order: 11, name: 'strategies' })
export class StrategySeeder implements Seeder {
  constructor(private readonly documents: StrategyDocumentService) {}

  async seed(ctx: SeedContext): Promise<void> {
    const { org } = await seededOrganization(ctx);
    const files = (await readdir(dirname(ctx.path('organization.json')))).filter((f) => /^strategy-.+\.json$/.test(f)).sort();
    const keyToId = new Map<string, string>();
    const basedOn: [string, string][] = [];
    for (const name of files) {
      const file = await ctx.readJson<StrategySeedFile>(name);
      if (file.basedOnStrategy) basedOn.push([file.key, file.basedOnStrategy]);
      const existing = await ctx.manager.findOneBy(StrategyEntity, { organizationId: org.id, code: file.key });
      if (existing) {
        keyToId.set(file.key, existing.id);
        continue;
      }
      const document = await validDocument(name, seedToDocument(file));
      const result = await this.documents.import({ system: SYSTEM, organizationId: org.id }, document, ctx.manager);
      keyToId.set(file.key, result.strategy.id);
      ctx.log(`strategy ${file.key}: ${result.counts.focusAreas} focus areas, ${result.counts.csfs} CSFs, ${result.counts.criteria} criteria, ${result.counts.actions} actions`);
    }
    // a later version remembers the strategy it builds on (set only where still empty)
    for (const [key, predecessorKey] of basedOn) {
      const id = keyToId.get(key);
      const predecessorId = keyToId.get(predecessorKey);
      if (id && predecessorId) {
        await ctx.manager.query(`UPDATE strategy SET predecessor_id = $1 WHERE id = $2 AND predecessor_id IS NULL`, [predecessorId, id]);
      }
    }
  }
}

/** focus-area-mappings.json: which focus areas of a later version continue which earlier ones. */
@Injectable()
@DomainSeeder({ order: 12, name: 'focus-area mappings' })
export class FocusAreaMappingSeeder implements Seeder {
  constructor(private readonly lookup: StrategyLookupService) {}

  async seed(ctx: SeedContext): Promise<void> {
    const { org } = await seededOrganization(ctx);
    const mappings = await readOptionalJson<FocusAreaMappingSeed[]>(ctx, 'focus-area-mappings.json');
    let added = 0;
    for (const mapping of mappings ?? []) {
      const from = await this.lookup.focusAreaByKey(org.id, mapping.from, ctx.manager);
      const to = await this.lookup.focusAreaByKey(org.id, mapping.to, ctx.manager);
      if (!from || !to) throw new Error(`Seed: focus-area mapping ${mapping.from} → ${mapping.to} names an unknown focus area`);
      if (await ctx.manager.existsBy(FocusAreaMappingEntity, { fromFocusAreaId: from.id, toFocusAreaId: to.id })) continue;
      await ctx.manager.insert(FocusAreaMappingEntity, {
        organizationId: org.id,
        fromFocusAreaId: from.id,
        toFocusAreaId: to.id,
        strength: mapping.strength ?? 'strong',
        note: mapping.note ?? null,
      });
      added++;
    }
    ctx.log(`focus-area mappings: ${added} added`);
  }
}

/** Seed files are checked by the same rules as an API import, so a typo stops the seed with its path. */
async function validDocument(file: string, document: StrategyDocument): Promise<StrategyDocument> {
  const dto = plainToInstance(StrategyDocumentDto, document);
  const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length) {
    const lines = flattenValidationErrors(errors).map((e) => `  ${e.field}: ${e.message}`);
    throw new Error(`Seed file ${file} is not a valid strategy:\n${lines.join('\n')}`);
  }
  return dto;
}

async function readOptionalJson<T>(ctx: SeedContext, file: string): Promise<T | null> {
  try {
    return await ctx.readJson<T>(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function requireValue<T>(value: T | undefined, message: string): T {
  if (value === undefined) throw new Error(`Seed: ${message}`);
  return value;
}

