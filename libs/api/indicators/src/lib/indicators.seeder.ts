import { Injectable } from '@nestjs/common';
import { DomainSeeder, SeedContext, seededOrganizationId, seededRegionIds, Seeder } from '@suunta/api-core';
import { StrategyReadService } from '@suunta/api-strategy';
import type { ThlText } from '@suunta/shared-domain';

/** `tools/seed-data/indicators.json` (format `suunta.indicators/1`). */
export interface IndicatorsFile {
  format: 'suunta.indicators/1';
  regions: { region: string; sotkanetCategory: string; sotkanetCode: string }[];
  indicators: { sotkanetId: number; focusArea: string | null; title: ThlText }[];
}

export const INDICATORS_FILE = 'indicators.json';

/**
 * The demo's chosen Sotkanet indicators and how its regions are found in Sotkanet. Never values:
 * those come only from Sotkanet or a Sotkanet CSV export, so the demo shows "not fetched yet".
 * Re-runnable: a chosen indicator or a mapped region already there is left as it is.
 */
@Injectable()
@DomainSeeder({ order: 65, name: 'context indicators' })
export class IndicatorsSeeder implements Seeder {
  constructor(private readonly strategy: StrategyReadService) {}

  async seed(ctx: SeedContext): Promise<void> {
    const m = ctx.manager;
    const organizationId = await seededOrganizationId(ctx);
    if (!organizationId) return;
    const file = await ctx.readJson<IndicatorsFile>(INDICATORS_FILE);
    if (file.format !== 'suunta.indicators/1') throw new Error(`${INDICATORS_FILE}: unknown format ${file.format}`);
    const regionId = await seededRegionIds(ctx, organizationId);
    for (const r of file.regions) {
      await m.query(
        `INSERT INTO indicator_region (organization_id, region_id, sotkanet_category, sotkanet_code) VALUES ($1, $2, $3, $4) ON CONFLICT (region_id) DO NOTHING`,
        [organizationId, regionId(INDICATORS_FILE, r.region), r.sotkanetCategory, r.sotkanetCode],
      );
    }
    const keys = file.indicators.map((i) => i.focusArea).filter((k): k is string => !!k);
    const refs = await this.strategy.focusAreaRefsByKeys(organizationId, keys, m);
    let added = 0;
    for (const i of file.indicators) {
      const focusAreaId = i.focusArea ? refs.find((r) => r.code === i.focusArea)?.id : null;
      if (focusAreaId === undefined) throw new Error(`${INDICATORS_FILE}: indicator ${i.sotkanetId}: focus area ${i.focusArea} is not seeded`);
      const rows = await m.query(
        `INSERT INTO indicator_choice (organization_id, sotkanet_id, focus_area_id, title_fi, title_sv, title_en) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (organization_id, sotkanet_id) DO NOTHING RETURNING id`,
        [organizationId, i.sotkanetId, focusAreaId, i.title.fi, i.title.sv, i.title.en],
      );
      added += rows.length;
    }
    ctx.log(`Context indicators: ${added} of ${file.indicators.length} chosen (no values: not fetched yet)`);
  }
}
