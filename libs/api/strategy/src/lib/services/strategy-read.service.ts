import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** A focus area as other domains show it: with its strategy's id and title. */
export interface FocusAreaRef {
  id: string;
  code: string | null;
  title: string;
  /** Its place among its strategy's focus areas. */
  sortOrder: number;
  strategyId: string;
  strategyTitle: string;
}

/** A focus area offered for linking in a given year (the survey importer's choices). */
export interface FocusAreaOption extends FocusAreaRef {
  /** Its strategy is valid at some point of the year asked for (false when no year was given). */
  validInYear: boolean;
  /** The strategy's first day, YYYY-MM-DD. */
  validFrom: string | null;
}

/**
 * The order of focus areas of several strategies: newest strategy first (pickers), or oldest first
 * (a lineage read as a timeline). Within a strategy, its own order.
 */
export type FocusAreaRefOrder = 'newest_strategy_first' | 'oldest_strategy_first';

const REF_COLUMNS = `fa.id, fa.code, fa.title, fa.sort_order, st.id AS strategy_id, st.title AS strategy_title`;
const REF_ORDER: Record<FocusAreaRefOrder, string> = {
  newest_strategy_first: 'st.valid_from DESC NULLS LAST, st.title, fa.sort_order',
  oldest_strategy_first: 'st.valid_from NULLS FIRST, fa.sort_order',
};

interface RefRow {
  id: string;
  code: string | null;
  title: string;
  sort_order: number;
  strategy_id: string;
  strategy_title: string;
}

function toRef(r: RefRow): FocusAreaRef {
  return { id: r.id, code: r.code, title: r.title, sortOrder: r.sort_order, strategyId: r.strategy_id, strategyTitle: r.strategy_title };
}

/**
 * What other domains (surveys, reports, plans) read of the strategy tables in bulk: focus areas
 * with their strategy, criterion titles, the strategy in force in a year. A fixed number of
 * queries per call, whatever the number of ids; ids of another organization give nothing.
 * Pass a transaction's `manager` to see its own rows.
 */
@Injectable()
export class StrategyReadService {
  constructor(private readonly dataSource: DataSource) {}

  /** Whether the strategy exists in the organization. */
  async strategyExists(organizationId: string, strategyId: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const rows = await manager.query(`SELECT 1 FROM strategy WHERE id = $1 AND organization_id = $2`, [strategyId, organizationId]);
    return rows.length > 0;
  }

  /**
   * The strategy in force in a year: approved or archived (never a draft), its validity touching
   * the year (an open end counts as valid), the one that starts latest (then the newest).
   */
  async strategyInForce(organizationId: string, year: number, manager: EntityManager = this.dataSource.manager): Promise<string | null> {
    const [row]: { id: string }[] = await manager.query(
      `SELECT s.id FROM strategy s
        WHERE s.organization_id = $1 AND s.status <> 'draft'
          AND (s.valid_from IS NULL OR extract(year FROM s.valid_from) <= $2)
          AND (s.valid_to IS NULL OR extract(year FROM s.valid_to) >= $2)
        ORDER BY s.valid_from DESC NULLS LAST, s.created_at DESC LIMIT 1`,
      [organizationId, year],
    );
    return row?.id ?? null;
  }

  /** The focus areas with these ids (unknown or foreign ids left out), in the order asked for. */
  async focusAreaRefs(
    organizationId: string,
    ids: readonly string[],
    order: FocusAreaRefOrder = 'newest_strategy_first',
    manager: EntityManager = this.dataSource.manager,
  ): Promise<FocusAreaRef[]> {
    if (ids.length === 0) return [];
    const rows: RefRow[] = await manager.query(
      `SELECT ${REF_COLUMNS} FROM focus_area fa JOIN strategy st ON st.id = fa.strategy_id
        WHERE fa.organization_id = $1 AND fa.id = ANY($2::uuid[])
        ORDER BY ${REF_ORDER[order]}`,
      [organizationId, ids],
    );
    return rows.map(toRef);
  }

  /** The focus areas with these keys (`2020-3`: the seed files' codes), unknown keys left out, newest strategy first. */
  async focusAreaRefsByKeys(organizationId: string, keys: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<FocusAreaRef[]> {
    if (keys.length === 0) return [];
    const rows: RefRow[] = await manager.query(
      `SELECT ${REF_COLUMNS} FROM focus_area fa JOIN strategy st ON st.id = fa.strategy_id
        WHERE fa.organization_id = $1 AND fa.code = ANY($2::text[])
        ORDER BY ${REF_ORDER.newest_strategy_first}`,
      [organizationId, keys],
    );
    return rows.map(toRef);
  }

  /** Every focus area of the organization, those of strategies valid in `year` first, then newest strategy first. */
  async focusAreaOptions(organizationId: string, year: number | null, manager: EntityManager = this.dataSource.manager): Promise<FocusAreaOption[]> {
    const rows: (RefRow & { valid_in_year: boolean; valid_from: string | null })[] = await manager.query(
      `SELECT ${REF_COLUMNS}, to_char(st.valid_from, 'YYYY-MM-DD') AS valid_from,
              ($2::int IS NOT NULL
                 AND (st.valid_from IS NULL OR st.valid_from <= make_date($2::int, 12, 31))
                 AND (st.valid_to IS NULL OR st.valid_to >= make_date($2::int, 1, 1))) AS valid_in_year
         FROM focus_area fa JOIN strategy st ON st.id = fa.strategy_id
        WHERE fa.organization_id = $1
        ORDER BY valid_in_year DESC, st.valid_from DESC NULLS LAST, st.title, fa.sort_order`,
      [organizationId, year],
    );
    return rows.map((r) => ({ ...toRef(r), validInYear: r.valid_in_year, validFrom: r.valid_from }));
  }

  /** Code → id of the organization's people that have a code (the seed files' person keys). */
  async personIdsByCode(organizationId: string, manager: EntityManager = this.dataSource.manager): Promise<Map<string, string>> {
    const rows: { code: string; id: string }[] = await manager.query(`SELECT code, id FROM person WHERE organization_id = $1 AND code IS NOT NULL`, [organizationId]);
    return new Map(rows.map((r) => [r.code, r.id]));
  }

  /** Key (`2020-3`) → id of every focus area of the organization that has a key. */
  async focusAreaIdsByKey(organizationId: string, manager: EntityManager = this.dataSource.manager): Promise<Map<string, string>> {
    const rows: { code: string; id: string }[] = await manager.query(`SELECT code, id FROM focus_area WHERE organization_id = $1 AND code IS NOT NULL`, [organizationId]);
    return new Map(rows.map((r) => [r.code, r.id]));
  }

  /**
   * A strategy's criteria by their seed key: criteria have no code column, so `2020-2.1.3` is
   * focus area `2020-2`, its 1st CSF, that CSF's 3rd criterion (the strategy seed keeps the file's
   * order as sort_order). With the criterion's measurement kind and unit (`kpl` when it has none).
   */
  async criteriaByKey(organizationId: string, strategyId: string, manager: EntityManager = this.dataSource.manager): Promise<Map<string, { id: string; kind: string; unit: string }>> {
    const rows: { id: string; code: string; kind: string; unit: string }[] = await manager.query(
      `SELECT c.id, fa.code || '.' || f.sort_order || '.' || c.sort_order AS code, c.measurement_kind AS kind, coalesce(c.unit, 'kpl') AS unit
       FROM evaluation_criterion c JOIN critical_success_factor f ON f.id = c.csf_id JOIN focus_area fa ON fa.id = f.focus_area_id
       WHERE c.organization_id = $1 AND fa.strategy_id = $2 AND fa.code IS NOT NULL`,
      [organizationId, strategyId],
    );
    return new Map(rows.map((r) => [r.code, { id: r.id, kind: r.kind, unit: r.unit }]));
  }

  /** Criterion id → title, for the ids of the organization among these. */
  async criterionTitles(organizationId: string, ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; title: string }[] = await manager.query(
      `SELECT id, title FROM evaluation_criterion WHERE organization_id = $1 AND id = ANY($2::uuid[])`,
      [organizationId, ids],
    );
    return new Map(rows.map((r) => [r.id, r.title]));
  }
}
