import { Injectable } from '@nestjs/common';
import { DomainSeeder, Seeder, SeedContext } from '@suunta/api-core';
import { OrganizationEntity, RegionEntity } from './organization.entity';
import { type RegionSeed, regionRows } from './organization-seed.util';

interface OrganizationSeed {
  code: string;
  name: string;
  fullName?: string;
  regions: RegionSeed[];
}

@Injectable()
@DomainSeeder({ order: 0, name: 'organization and regions' })
export class OrganizationSeeder implements Seeder {
  async seed(ctx: SeedContext): Promise<void> {
    const data = await ctx.readJson<OrganizationSeed>('organization.json');
    const rows = regionRows(data.regions);
    const orgs = ctx.manager.getRepository(OrganizationEntity);
    let org = await orgs.findOneBy({ code: data.code });
    if (!org) {
      org = await orgs.save(orgs.create({ code: data.code, name: data.name, fullName: data.fullName ?? null }));
    }
    const regions = ctx.manager.getRepository(RegionEntity);
    for (const row of rows) {
      const existing = await regions.findOneBy({ organizationId: org.id, code: row.code });
      if (!existing) {
        await regions.save(regions.create({ organizationId: org.id, ...row }));
      }
    }
  }
}
