import { Injectable } from '@nestjs/common';
import { DomainSeeder, SeedContext, seededOrganizationId, seededRegionIds, Seeder } from '@suunta/api-core';
import { StrategyLookupService } from '@suunta/api-strategy';

interface SteeringGroupFile {
  region: string;
  name: string;
  validOn: string;
  members: {
    personKey: string | null;
    name: string;
    title: string | null;
    organization: string | null;
    membership: 'member' | 'deputy';
    deputyOf: string | null;
    chair: boolean;
  }[];
  presenters: { personKey: string | null; name: string; title: string | null; organization: string | null }[];
}

export const STEERING_GROUP_FILES = ['steering-group-kp-2020.json'];

/**
 * The regional steering groups from tools/seed-data (today: Keski-Pohjanmaa 2020, 13 members and
 * 10 deputies, with the two presenters). Members are valid through the year of `validOn`.
 * Re-runnable: a group with the same code is left as it is.
 */
@Injectable()
@DomainSeeder({ order: 45, name: 'steering groups' })
export class SteeringGroupSeeder implements Seeder {
  constructor(private readonly strategy: StrategyLookupService) {}

  async seed(ctx: SeedContext): Promise<void> {
    const m = ctx.manager;
    const organizationId = await seededOrganizationId(ctx);
    if (!organizationId) return;
    const regionIdOf = await seededRegionIds(ctx, organizationId);
    for (const fileName of STEERING_GROUP_FILES) {
      const file = await ctx.readJson<SteeringGroupFile>(fileName);
      const code = `steering-group-${file.region.toLowerCase()}`;
      const regionId = regionIdOf(fileName, file.region);
      const [existing] = await m.query(`SELECT id FROM steering_group WHERE organization_id = $1 AND code = $2`, [organizationId, code]);
      if (existing) {
        ctx.log(`Steering group ${code} already seeded`);
        continue;
      }
      const [{ id: groupId }]: { id: string }[] = await m.query(
        `INSERT INTO steering_group (organization_id, region_id, code, name) VALUES ($1, $2, $3, $4) RETURNING id`,
        [organizationId, regionId, code, file.name],
      );
      const year = file.validOn.slice(0, 4);
      const idByKey = new Map<string, string>();
      const rows = [
        ...file.members.map((x) => ({ ...x })),
        ...file.presenters.map((x) => ({ ...x, membership: 'presenter' as const, deputyOf: null, chair: false })),
      ];
      for (const [index, row] of rows.entries()) {
        const person = row.personKey ? await this.strategy.personByKey(organizationId, row.personKey, m) : null;
        const deputyOfId = row.deputyOf ? idByKey.get(row.deputyOf) : null;
        if (row.deputyOf && !deputyOfId) throw new Error(`${fileName}: ${row.name} is a deputy of ${row.deputyOf}, listed after them or missing`);
        const [{ id }]: { id: string }[] = await m.query(
          `INSERT INTO steering_group_member
             (organization_id, group_id, person_id, name, title, employer, membership, deputy_of_id, chair, valid_from, valid_to, sort_order)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
          [organizationId, groupId, person?.id ?? null, row.name, row.title, row.organization, row.membership, deputyOfId ?? null, row.chair, `${year}-01-01`, `${year}-12-31`, index + 1],
        );
        if (row.personKey) idByKey.set(row.personKey, id);
      }
      ctx.log(`Steering group ${code}: ${rows.length} rows`);
    }
  }
}
