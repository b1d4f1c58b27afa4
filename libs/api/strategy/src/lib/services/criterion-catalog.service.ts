import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** A criterion as a list of "what must be kept up to date" shows it. */
export interface CriterionCatalogEntry {
  id: string;
  title: string;
  focusAreaId: string;
  focusAreaTitle: string;
  strategyId: string;
}

/**
 * The criteria of one strategy in the tree's order (api-reminders: duties and the missing-owner
 * monitor), or of given ids. One query per call; ids of another organization give nothing.
 */
@Injectable()
export class CriterionCatalogService {
  constructor(private readonly dataSource: DataSource) {}

  async criteriaOfStrategy(organizationId: string, strategyId: string, manager: EntityManager = this.dataSource.manager): Promise<CriterionCatalogEntry[]> {
    return this.select(manager, `fa.strategy_id = $2`, [organizationId, strategyId]);
  }

  async criteriaByIds(organizationId: string, ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<CriterionCatalogEntry[]> {
    if (ids.length === 0) return [];
    return this.select(manager, `c.id = ANY($2::uuid[])`, [organizationId, ids]);
  }

  private async select(manager: EntityManager, where: string, params: unknown[]): Promise<CriterionCatalogEntry[]> {
    const rows: { id: string; title: string; focus_area_id: string; focus_area_title: string; strategy_id: string }[] = await manager.query(
      `SELECT c.id, c.title, fa.id AS focus_area_id, fa.title AS focus_area_title, fa.strategy_id
         FROM evaluation_criterion c JOIN critical_success_factor f ON f.id = c.csf_id JOIN focus_area fa ON fa.id = f.focus_area_id
        WHERE c.organization_id = $1 AND ${where}
        ORDER BY fa.sort_order, f.sort_order, c.sort_order, c.id`,
      params,
    );
    return rows.map((r) => ({ id: r.id, title: r.title, focusAreaId: r.focus_area_id, focusAreaTitle: r.focus_area_title, strategyId: r.strategy_id }));
  }
}
