import { Injectable } from '@nestjs/common';
import { type RawRow, sqlRow } from '@suunta/api-core';
import type { DashboardLineageNode, DashboardStrategyOption, StrategyStatus } from '@suunta/shared-domain';
import { DataSource } from 'typeorm';

/** A focus area as other domains list it. */
export interface FocusAreaOutline {
  id: string;
  code: string | null;
  title: string;
  sortOrder: number;
  strategyId: string;
}

/** One node of a focus area's lineage (itself at distance 0, its predecessors at −1, −2 …). */
export interface LineageOutline extends DashboardLineageNode {
  /** The focus area whose lineage this node belongs to. */
  rootId: string;
}

/**
 * The strategy domain's outline for other domains' read paths (the board): the organization's
 * strategies, a strategy's focus areas and their lineage (upward, through `focus_area_lineage`),
 * and criterion titles. Reads only the strategy domain's own tables; every query is bounded to one
 * organization and is served by its primary keys and `(organization_id, …)` indexes.
 */
@Injectable()
export class StrategyOutlineService {
  constructor(private readonly dataSource: DataSource) {}

  /** Every strategy of the organization, newest validity first. */
  async strategies(organizationId: string): Promise<DashboardStrategyOption[]> {
    const rows: RawRow[] = await this.dataSource.query(
      `SELECT id, code, title, status, valid_from::text AS valid_from, valid_to::text AS valid_to
         FROM strategy WHERE organization_id = $1
        ORDER BY valid_from DESC NULLS LAST, title, id`,
      [organizationId],
    );
    return rows.map(sqlRow).map((r) => ({
      id: r.string('id'),
      code: r.stringOrNull('code'),
      title: r.string('title'),
      status: r.oneOf<StrategyStatus>('status'),
      validFrom: r.stringOrNull('valid_from'),
      validTo: r.stringOrNull('valid_to'),
    }));
  }

  /**
   * The focus areas of a strategy, in their order, and each one's lineage upward (itself first at
   * distance 0, then −1, −2 …; `focus_area_lineage(…, 'up')`, never sideways to siblings that merely
   * share a successor) — one query.
   */
  async focusAreasWithLineage(organizationId: string, strategyId: string): Promise<{ focusAreas: FocusAreaOutline[]; lineage: LineageOutline[] }> {
    const rows: RawRow[] = await this.dataSource.query(
      `SELECT l.root_id, l.distance, fa.id, fa.code, fa.title, fa.sort_order, fa.strategy_id, s.code AS strategy_code
         FROM focus_area_lineage($1, ARRAY(SELECT id FROM focus_area WHERE organization_id = $1 AND strategy_id = $2), 'up') l
         JOIN focus_area fa ON fa.id = l.focus_area_id
         JOIN strategy s ON s.id = fa.strategy_id
         JOIN focus_area root ON root.id = l.root_id
        ORDER BY root.sort_order, root.code, root.id, l.distance DESC, fa.sort_order, fa.id`,
      [organizationId, strategyId],
    );
    const lineage = rows.map(sqlRow).map((r) => ({
      rootId: r.string('root_id'),
      focusAreaId: r.string('id'),
      code: r.stringOrNull('code'),
      title: r.string('title'),
      strategyId: r.string('strategy_id'),
      strategyCode: r.stringOrNull('strategy_code'),
      distance: r.number('distance'),
    }));
    // the roots (distance 0), in the strategy's order (the rows are sorted by their root)
    const focusAreas = rows.filter((raw) => sqlRow(raw).number('distance') === 0).map(toFocusArea);
    return { focusAreas, lineage };
  }

  /** One focus area of the organization, or null. */
  async focusArea(organizationId: string, focusAreaId: string): Promise<FocusAreaOutline | null> {
    const [row]: RawRow[] = await this.dataSource.query(
      `SELECT id, code, title, sort_order, strategy_id FROM focus_area WHERE id = $1 AND organization_id = $2`,
      [focusAreaId, organizationId],
    );
    return row ? toFocusArea(row) : null;
  }

  /** The titles of the organization's criteria given, by id (unknown ids are left out). */
  async criterionTitles(organizationId: string, criterionIds: string[]): Promise<Map<string, string>> {
    if (!criterionIds.length) return new Map();
    const rows: RawRow[] = await this.dataSource.query(`SELECT id, title FROM evaluation_criterion WHERE organization_id = $1 AND id = ANY($2::uuid[])`, [
      organizationId,
      [...new Set(criterionIds)],
    ]);
    return new Map(rows.map(sqlRow).map((r) => [r.string('id'), r.string('title')]));
  }
}

function toFocusArea(raw: RawRow): FocusAreaOutline {
  const r = sqlRow(raw);
  return { id: r.string('id'), code: r.stringOrNull('code'), title: r.string('title'), sortOrder: r.number('sort_order'), strategyId: r.string('strategy_id') };
}
