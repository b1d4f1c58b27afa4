import { Injectable } from '@nestjs/common';
import { DomainSeeder, SeedContext, seededOrganizationId, seededRegionIds, Seeder } from '@suunta/api-core';
import type { FundingDocumentInput, FundingEarmarkInput, FundingPayer, FundingSource } from '@suunta/shared-domain';
import { toCents } from './funding-figures.util';

/** `tools/seed-data/funding.json` (format `suunta.funding/1`). */
export interface FundingFile {
  format: 'suunta.funding/1';
  entries: {
    key: string;
    year: number;
    source: FundingSource;
    payer?: FundingPayer | null;
    /** Region code, or null for the whole organization. */
    region?: string | null;
    description?: string | null;
    amount: string;
    pool?: { amount: string; description: string } | null;
    earmarks?: FundingEarmarkInput[];
    documents?: FundingDocumentInput[];
    sourceText?: string;
    sourceRef?: string | null;
    note?: string;
  }[];
}

export const FUNDING_FILE = 'funding.json';

/**
 * Funding figures from tools/seed-data (today: 2019 from the management group's strategy
 * document). Re-runnable: an entry whose key (`code`) is already there is left as it is, so edits
 * made in the app survive a restart. Earmarks above an amount stop the seed.
 */
@Injectable()
@DomainSeeder({ order: 60, name: 'funding' })
export class FundingSeeder implements Seeder {
  async seed(ctx: SeedContext): Promise<void> {
    const m = ctx.manager;
    const organizationId = await seededOrganizationId(ctx);
    if (!organizationId) return;
    const file = await ctx.readJson<FundingFile>(FUNDING_FILE);
    if (file.format !== 'suunta.funding/1') throw new Error(`${FUNDING_FILE}: unknown format ${file.format}`);
    const regionIdOf = await seededRegionIds(ctx, organizationId);
    let added = 0;
    for (const e of file.entries) {
      const [existing] = await m.query(`SELECT 1 FROM funding_entry WHERE organization_id = $1 AND code = $2`, [organizationId, e.key]);
      if (existing) continue;
      const earmarked = (e.earmarks ?? []).reduce((acc, x) => acc + toCents(x.amount), 0n);
      if (earmarked > toCents(e.amount)) throw new Error(`${FUNDING_FILE}: ${e.key}: earmarks exceed the amount`);
      const regionId = regionIdOf(`${FUNDING_FILE}: ${e.key}`, e.region ?? null);
      const [{ id }]: { id: string }[] = await m.query(
        `INSERT INTO funding_entry (organization_id, code, year, source, payer, region_id, description, amount, pool_amount, pool_description, source_ref)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
        [organizationId, e.key, e.year, e.source, e.payer ?? null, regionId, e.description ?? null, e.amount, e.pool?.amount ?? null, e.pool?.description ?? null, e.sourceRef ?? null],
      );
      for (const [i, x] of (e.earmarks ?? []).entries()) {
        await m.query(`INSERT INTO funding_earmark (organization_id, entry_id, kind, label, amount, sort_order) VALUES ($1, $2, $3, $4, $5, $6)`, [
          organizationId, id, x.kind, x.label ?? null, x.amount, i + 1,
        ]);
      }
      for (const [i, d] of (e.documents ?? []).entries()) {
        await m.query(`INSERT INTO funding_document (organization_id, entry_id, title, url, file_ref, sort_order) VALUES ($1, $2, $3, $4, $5, $6)`, [
          organizationId, id, d.title, d.url ?? null, d.fileRef ?? null, i + 1,
        ]);
      }
      added++;
    }
    ctx.log(`Funding: ${added} of ${file.entries.length} entries added`);
  }
}
