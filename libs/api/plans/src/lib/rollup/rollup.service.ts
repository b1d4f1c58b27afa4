import { Injectable } from '@nestjs/common';
import { notFound, type PreparedJson } from '@suunta/api-core';
import { DataRevisionService, StampedAnswers } from '@suunta/api-organization';
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
import { helsinkiDay } from '@suunta/shared-domain';
import { type RawRow, sqlRow } from '@suunta/api-core';
import { DataSource } from 'typeorm';
import { groupStatus } from './group-status';
import { ACTION_ROLLUP_SQL, CRITERION_ROLLUP_SQL, FOCUS_AREA_ROLLUP_SQL, REGION_ROLLUP_SQL } from './rollup.sql';

const totals = (v: unknown): UnitTotal[] => ((v as { unit: string; sum: string | number; entries: number }[] | null) ?? []).map((t) => ({ unit: t.unit, sum: Number(t.sum), entries: Number(t.entries) }));

/** Roll-ups kept per process: each plan in force per region and as-of day a board or a map shows. */
const ROLLUP_CACHE_ENTRIES = 128;

/**
 * The plan's roll-ups: four queries, one per figure family, whatever the plan's size.
 * The rules live in the SQL (rollup.sql.ts) and are described in the library README.
 */
@Injectable()
export class RollupService {
  /** Roll-ups computed since the organization's data last changed: the plan page, the board and the map share them. */
  private readonly answers: StampedAnswers<PlanRollupDto>;

  constructor(
    private readonly dataSource: DataSource,
    dataRevision: DataRevisionService,
  ) {
    this.answers = new StampedAnswers<PlanRollupDto>(dataRevision, ROLLUP_CACHE_ENTRIES);
  }

  /**
   * A plan's roll-up (for one region, or the plan's whole scope) as of a day. Computed once per
   * data stamp of the organization and request, and reused until the next write to its data.
   */
  async planRollup(user: SessionUser, planId: string, options: { regionId?: string; asOf?: string }): Promise<PlanRollupDto> {
    return (await this.planRollupAnswer(user, planId, options)).value;
  }

  /** `planRollup` with its serialised bytes, as the controller sends it. */
  planRollupAnswer(user: SessionUser, planId: string, options: { regionId?: string; asOf?: string }): Promise<PreparedJson<PlanRollupDto>> {
    const request = { planId, regionId: options.regionId, asOf: options.asOf ?? helsinkiDay() };
    return this.answers.answer(user, request, () => this.computeRollup(user, planId, request));
  }

  private async computeRollup(user: SessionUser, planId: string, options: { regionId?: string; asOf: string }): Promise<PlanRollupDto> {
    const [plan] = await this.dataSource.query(`SELECT id FROM action_plan WHERE id = $1 AND organization_id = $2`, [planId, user.organizationId]);
    if (!plan) {
      throw notFound('plan_not_found', `Action plan ${planId} not found`, { id: planId });
    }
    if (options.regionId) {
      const [region] = await this.dataSource.query(`SELECT id FROM region WHERE id = $1 AND organization_id = $2`, [options.regionId, user.organizationId]);
      if (!region) throw notFound('region_not_found', `Region ${options.regionId} not found`, { id: options.regionId });
    }
    const asOf = options.asOf;
    const params = [user.organizationId, planId, options.regionId ?? null, asOf];
    const [actions, criteria, focusAreas, regions] = await Promise.all([
      this.dataSource.query(ACTION_ROLLUP_SQL, params) as Promise<RawRow[]>,
      this.dataSource.query(CRITERION_ROLLUP_SQL, params) as Promise<RawRow[]>,
      this.dataSource.query(FOCUS_AREA_ROLLUP_SQL, params) as Promise<RawRow[]>,
      this.dataSource.query(REGION_ROLLUP_SQL, params) as Promise<RawRow[]>,
    ]);
    return {
      planId,
      regionId: options.regionId ?? null,
      asOf,
      actions: actions.map((raw): ActionRollupDto => {
        const r = sqlRow(raw);
        return {
          actionId: r.string('action_id'),
          themeId: r.string('theme_id'),
          focusAreaId: r.string('focus_area_id'),
          year: r.number('year'),
          title: r.string('title'),
          actionStatus: r.oneOf<PlanActionStatus>('action_status'),
          entries: r.number('entries'),
          lastEntryDate: r.dateOrNull('last_entry_date'),
          targetValue: r.numberOrNull('target_value'),
          targetUnit: r.stringOrNull('target_unit'),
          targetDate: r.dateOrNull('target_date'),
          actual: r.numberOrNull('actual'),
          latest: r.numberOrNull('latest'),
          totals: totals(raw['totals']),
          status: r.oneOf<RollupStatus>('status'),
          overdue: r.boolean('overdue'),
        };
      }),
      criteria: criteria.map((raw): CriterionRollupDto => {
        const r = sqlRow(raw);
        return {
          criterionId: r.string('criterion_id'),
          title: r.string('title'),
          focusAreaId: r.string('focus_area_id'),
          year: r.number('year'),
          measurementKind: r.oneOf<CriterionRollupDto['measurementKind']>('measurement_kind'),
          unit: r.stringOrNull('unit'),
          yearlyTarget: r.numberOrNull('yearly_target'),
          entries: r.number('entries'),
          lastEntryDate: r.dateOrNull('last_entry_date'),
          actual: r.numberOrNull('actual'),
          latest: r.numberOrNull('latest'),
          status: r.oneOf<RollupStatus>('status'),
          overdue: r.boolean('overdue'),
        };
      }),
      focusAreas: focusAreas.map((raw) => {
        const r = sqlRow(raw);
        return { ...group(raw), id: r.string('focus_area_id'), themeId: r.string('theme_id'), title: r.string('title') };
      }),
      regions: regions.map((raw) => ({ ...group(raw), id: sqlRow(raw).string('region_id') })),
    };
  }
}

function group(raw: RawRow): GroupRollupDto {
  const r = sqlRow(raw);
  const actions = r.number('actions');
  const done = r.number('actions_done');
  const cancelled = r.number('actions_cancelled');
  const counts = { onTrack: r.number('on_track'), atRisk: r.number('at_risk'), offTrack: r.number('off_track'), overdue: r.number('overdue') };
  return {
    id: '',
    year: r.number('year'),
    actions,
    actionsDone: done,
    actionsCancelled: cancelled,
    // Share of actions done leaves cancelled ones out of the denominator; no actions → no share.
    shareDone: actions - cancelled > 0 ? done / (actions - cancelled) : null,
    ...counts,
    noData: r.number('no_data'),
    entries: r.number('entries'),
    totals: totals(raw['totals']),
    status: groupStatus(counts),
  };
}
