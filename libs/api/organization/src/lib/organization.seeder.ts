import { Injectable } from '@nestjs/common';
import { DomainSeeder, Seeder, SeedContext } from '@suunta/api-core';
import type { LocalizedText } from '@suunta/shared-domain';
import { OrganizationEntity, RegionEntity } from './organization.entity';

interface OrganizationSeed {
  code: string;
  name: string;
  fullName?: string;
  regions: { code: string; name: LocalizedText }[];
}

@Injectable()
@DomainSeeder({ order: 0, name: 'organization and regions' })
export class OrganizationSeeder implements Seeder {
  async seed(ctx: SeedContext): Promise<void> {
    const data = await ctx.readJson<OrganizationSeed>('organization.json');
    const orgs = ctx.manager.getRepository(OrganizationEntity);
    let org = await orgs.findOneBy({ code: data.code });
    if (!org) {
      org = await orgs.save(orgs.create({ code: data.code, name: data.name, fullName: data.fullName ?? null }));
    }
    const regions = ctx.manager.getRepository(RegionEntity);
    for (const [index, region] of data.regions.entries()) {
      const existing = await regions.findOneBy({ organizationId: org.id, code: region.code });
      if (!existing) {
        await regions.save(regions.create({ organizationId: org.id, code: region.code, name: region.name, sortOrder: index + 1 }));
      }
    }
  }
}
