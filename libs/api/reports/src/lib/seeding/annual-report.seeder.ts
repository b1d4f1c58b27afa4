import { Injectable } from '@nestjs/common';
import { DomainSeeder, SeedContext, seededOrganizationId, seededRegionIds, Seeder } from '@suunta/api-core';
import { AuditService } from '@suunta/api-accounts';
import { SteeringGroupService } from '@suunta/api-governance';
import { PlanReadService } from '@suunta/api-plans';
import { StrategyLookupService, StrategyReadService } from '@suunta/api-strategy';
import { snapshotDay } from '../reports/annual-report.service';
import { ReportSourcesService } from '../reports/report-sources.service';

export interface AnnualReportSeedFile {
  region: string;
  year: number;
  title: string;
  author: { personKey: string | null; name: string; title: string | null };
  date: string;
  source: string;
  introduction: string;
  sections: { focusAreaKey: string; number: number; heading: string; body: string }[];
}

export const ANNUAL_REPORT_FILES = ['annual-report-kp-2020.json'];

/**
 * The annual reports in tools/seed-data (today: Keski-Pohjanmaa 2020, all seven sections), linked
 * to the 2020 focus areas, the region's survey of the year and its steering group as it stood at
 * the end of the year. Seeded as approved: it is the published document. Runs after the strategy
 * (10–12), surveys (40) and steering groups (45). Re-runnable: an existing report is left as it is.
 */
@Injectable()
@DomainSeeder({ order: 50, name: 'annual reports' })
export class AnnualReportSeeder implements Seeder {
  constructor(
    private readonly sources: ReportSourcesService,
    private readonly steeringGroups: SteeringGroupService,
    private readonly audit: AuditService,
    private readonly plans: PlanReadService,
    private readonly strategies: StrategyReadService,
    private readonly strategyLookup: StrategyLookupService,
  ) {}

  async seed(ctx: SeedContext): Promise<void> {
    const m = ctx.manager;
    const organizationId = await seededOrganizationId(ctx);
    if (!organizationId) return;
    const regionIdOf = await seededRegionIds(ctx, organizationId);
    for (const fileName of ANNUAL_REPORT_FILES) {
      const file = await ctx.readJson<AnnualReportSeedFile>(fileName);
      const regionId = regionIdOf(fileName, file.region);
      const [existing] = await m.query(`SELECT id FROM annual_report WHERE organization_id = $1 AND region_id = $2 AND year = $3`, [organizationId, regionId, file.year]);
      if (existing) {
        ctx.log(`Annual report ${file.region} ${file.year} already seeded`);
        continue;
      }
      const keys = file.sections.map((s) => s.focusAreaKey);
      const areas = await this.strategies.focusAreaRefsByKeys(organizationId, keys, m);
      const missing = keys.filter((k) => !areas.some((a) => a.code === k));
      if (missing.length) throw new Error(`${fileName}: focus areas ${missing.join(', ')} are not seeded`);
      const author = file.author.personKey ? await this.strategyLookup.personByKey(organizationId, file.author.personKey, m) : null;
      const surveyId = await this.sources.surveyIdFor(m, organizationId, regionId, file.year);
      const planId = await this.plans.latestPlanOfRegion(m, organizationId, regionId, file.year);
      const group = await this.steeringGroups.groupOfRegion(m, organizationId, regionId);
      const on = snapshotDay(file.year, file.date);
      const snapshot = group ? await this.steeringGroups.snapshot(m, group.id, on) : [];

      const [{ id: reportId }]: { id: string }[] = await m.query(
        `INSERT INTO annual_report (organization_id, region_id, year, title, author_person_id, author_name, author_title, report_date,
                                    introduction, strategy_id, plan_id, survey_id, steering_group_id, steering_group_name,
                                    steering_group_on, steering_group_snapshot, source)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) RETURNING id`,
        [organizationId, regionId, file.year, file.title, author?.id ?? null, file.author.name, file.author.title, file.date, file.introduction,
          areas[0].strategyId, planId, surveyId, group?.id ?? null, group?.name ?? null, group ? on : null, JSON.stringify(snapshot), file.source],
      );
      for (const s of file.sections) {
        await m.query(
          `INSERT INTO annual_report_section (organization_id, report_id, focus_area_id, number, heading, body, updated_by_name)
           VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [organizationId, reportId, areas.find((a) => a.code === s.focusAreaKey)?.id, s.number, s.heading, s.body, file.author.name],
        );
      }
      // sections first: an approved report refuses section writes
      await m.query(`UPDATE annual_report SET status = 'approved', submitted_at = $2::date, approved_at = $2::date WHERE id = $1`, [reportId, file.date]);
      await this.audit.record(m, { system: 'seed', organizationId }, {
        entityType: 'annual_report',
        entityId: reportId,
        action: 'create',
        after: { region: file.region, year: file.year, sections: file.sections.length, source: file.source },
      });
      ctx.log(`Annual report ${file.region} ${file.year}: ${file.sections.length} sections, survey ${surveyId ? 'linked' : 'not found'}, steering group ${snapshot.length} rows`);
    }
  }
}
