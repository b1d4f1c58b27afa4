import { Injectable } from '@nestjs/common';
import { notFound } from '@suunta/api-core';
import type {
  ActionRollupDto,
  CriterionRollupDto,
  GroupRollupDto,
  PlanActionStatus,
  PlanRollupDto,
  RollupStatus,
  SessionUser,
  UnitTotal,
} from '@suunta/shared-domain';
import { DataSource } from 'typeorm';
import { ACTION_ROLLUP_SQL, CRITERION_ROLLUP_SQL, FOCUS_AREA_ROLLUP_SQL, REGION_ROLLUP_SQL } from './rollup.sql';

type Row = Record<string, unknown>;

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const date = (v: unknown): string | null => (v === null || v === undefined ? null : typeof v === 'string' ? v.slice(0, 10) : (v as Date).toISOString().slice(0, 10));
const totals = (v: unknown): UnitTotal[] => ((v as { unit: string; sum: string | number; entries: number }[] | null) ?? []).map((t) => ({ unit: t.unit, sum: Number(t.sum), entries: Number(t.entries) }));

/** Today's date in UTC as YYYY-MM-DD (the API runs with TZ=UTC). */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * The plan's roll-ups: four queries, one per figure family, whatever the plan's size.
 * The rules live in the SQL (rollup.sql.ts) and are described in the library README.
 */
@Injectable()
export class RollupService {
  constructor(private readonly dataSource: DataSource) {}

  async planRollup(user: SessionUser, planId: string, options: { regionId?: string; asOf?: string }): Promise<PlanRollupDto> {
    const [plan] = await this.dataSource.query(`SELECT id FROM action_plan WHERE id = $1 AND organization_id = $2`, [planId, user.organizationId]);
    if (!plan) {
      throw notFound('plan_not_found', `Action plan ${planId} not found`, { id: planId });
    }
    if (options.regionId) {
      const [region] = await this.dataSource.query(`SELECT id FROM region WHERE id = $1 AND organization_id = $2`, [options.regionId, user.organizationId]);
      if (!region) throw notFound('region_not_found', `Region ${options.regionId} not found`, { id: options.regionId });
    }
    const asOf = options.asOf ?? todayIso();
    const params = [user.organizationId, planId, options.regionId ?? null, asOf];
    const [actions, criteria, focusAreas, regions] = await Promise.all([
      this.dataSource.query(ACTION_ROLLUP_SQL, params) as Promise<Row[]>,
      this.dataSource.query(CRITERION_ROLLUP_SQL, params) as Promise<Row[]>,
      this.dataSource.query(FOCUS_AREA_ROLLUP_SQL, params) as Promise<Row[]>,
      this.dataSource.query(REGION_ROLLUP_SQL, params) as Promise<Row[]>,
    ]);
    return {
      planId,
      regionId: options.regionId ?? null,
      asOf,
      actions: actions.map(
        (r): ActionRollupDto => ({
          actionId: String(r['action_id']),
          themeId: String(r['theme_id']),
          focusAreaId: String(r['focus_area_id']),
          year: Number(r['year']),
          title: String(r['title']),
          actionStatus: r['action_status'] as PlanActionStatus,
          entries: Number(r['entries']),
          lastEntryDate: date(r['last_entry_date']),
          targetValue: num(r['target_value']),
          targetUnit: (r['target_unit'] as string | null) ?? null,
          targetDate: date(r['target_date']),
          actual: num(r['actual']),
          latest: num(r['latest']),
          totals: totals(r['totals']),
          status: r['status'] as RollupStatus,
          overdue: Boolean(r['overdue']),
        }),
      ),
      criteria: criteria.map(
        (r): CriterionRollupDto => ({
          criterionId: String(r['criterion_id']),
          title: String(r['title']),
          focusAreaId: String(r['focus_area_id']),
          year: Number(r['year']),
          measurementKind: r['measurement_kind'] as CriterionRollupDto['measurementKind'],
          unit: (r['unit'] as string | null) ?? null,
          yearlyTarget: num(r['yearly_target']),
          entries: Number(r['entries']),
          lastEntryDate: date(r['last_entry_date']),
          actual: num(r['actual']),
          latest: num(r['latest']),
          status: r['status'] as RollupStatus,
          overdue: Boolean(r['overdue']),
        }),
      ),
      focusAreas: focusAreas.map((r) => ({ ...group(r), id: String(r['focus_area_id']), themeId: String(r['theme_id']), title: String(r['title']) })),
      regions: regions.map((r) => ({ ...group(r), id: String(r['region_id']) })),
    };
  }
}

function group(r: Row): GroupRollupDto {
  const actions = Number(r['actions']);
  const done = Number(r['actions_done']);
  const cancelled = Number(r['actions_cancelled']);
  return {
    id: '',
    year: Number(r['year']),
    actions,
    actionsDone: done,
    actionsCancelled: cancelled,
    // Share of actions done leaves cancelled ones out of the denominator; no actions → no share.
    shareDone: actions - cancelled > 0 ? done / (actions - cancelled) : null,
    onTrack: Number(r['on_track']),
    atRisk: Number(r['at_risk']),
    offTrack: Number(r['off_track']),
    noData: Number(r['no_data']),
    overdue: Number(r['overdue']),
    entries: Number(r['entries']),
    totals: totals(r['totals']),
    status: r['status'] as RollupStatus,
  };
}
