import { Injectable } from '@nestjs/common';
import { DomainSeeder, SeedContext, seededRegionIds, Seeder } from '@suunta/api-core';
import { AuditService } from '../audit/audit.service';
import type { AppRole } from '@suunta/shared-domain';
import { PasswordHasher } from '../password/password-hasher';

interface DemoUsersSeed {
  password: string;
  users: { email: string; displayName: string; roles: AppRole[]; regions: string[] }[];
}

/**
 * One demo account per role (a planner of Keski-Pohjanmaa only among them), from
 * `demo-users.json`. Runs only when SEED_DEMO_USERS=true — the embedded `npm start` default;
 * a start against an external database creates none unless asked. Re-runnable: existing e-mails are skipped.
 */
@Injectable()
@DomainSeeder({ kind: 'demo', order: 100, name: 'demo users' })
export class DemoUsersSeeder implements Seeder {
  constructor(
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
  ) {}

  async seed(ctx: SeedContext): Promise<void> {
    const data = await ctx.readJson<DemoUsersSeed>('demo-users.json');
    const [org]: { id: string }[] = await ctx.manager.query(`SELECT id FROM organization ORDER BY created_at, code LIMIT 1`);
    if (!org) {
      ctx.log('No organization yet (seed the data first, SEED_DATA=true): no demo users created');
      return;
    }
    const regionId = await seededRegionIds(ctx, org.id);
    const hash = await this.hasher.hash(data.password);
    let created = 0;
    for (const user of data.users) {
      const email = user.email.toLowerCase();
      const exists = await ctx.manager.query(`SELECT 1 FROM user_account WHERE email = $1`, [email]);
      if (exists.length > 0) continue;
      const [{ id }] = await ctx.manager.query(
        `INSERT INTO user_account (organization_id, email, display_name, password_hash, roles, status, password_changed_at)
         VALUES ($1, $2, $3, $4, $5, 'active', now()) RETURNING id`,
        [org.id, email, user.displayName, hash, user.roles],
      );
      const regionIds = user.regions.map((code) => regionId(`demo-users.json: ${email}`, code));
      if (regionIds.length > 0) {
        await ctx.manager.query(`INSERT INTO user_region (user_id, region_id, organization_id) SELECT u.id, unnest($2::uuid[]), u.organization_id FROM user_account u WHERE u.id = $1`, [id, regionIds]);
      }
      await this.audit.record(ctx.manager, { system: 'demo seed', organizationId: org.id }, {
        entityType: 'user',
        entityId: id,
        action: 'create',
        after: { email, displayName: user.displayName, roles: user.roles, regions: user.regions },
      });
      created++;
    }
    ctx.log(`Demo users: ${created} created, ${data.users.length - created} already there`);
  }
}
