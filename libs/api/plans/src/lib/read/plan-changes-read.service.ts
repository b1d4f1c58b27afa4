import { Injectable } from '@nestjs/common';
import { pickCamel } from '@suunta/api-core';
import type { DigestEntryChange, DigestEntryLine, DigestStatusLine, PlanActionStatus } from '@suunta/shared-domain';
import { DataSource, EntityManager } from 'typeorm';

/** A yearly action that is late on a day: its year is over and it is not done, or it is postponed. */
export interface LateActionRef {
  actionId: string;
  planId: string;
  title: string;
  year: number;
  status: PlanActionStatus;
  /** The region it concerns when it is one region's (else null: several, or every region). */
  regionId: string | null;
}

/**
 * The regions an action concerns: its own list, else its plan's region; an empty list (an
 * organization-wide plan's action with no list) concerns every region. `$2` is the scope: null =
 * every region, else the actions that concern one of these regions (or every region).
 */
const ACTION_IN_SCOPE = `(
  $2::uuid[] IS NULL
  OR EXISTS (SELECT 1 FROM plan_action_region x WHERE x.action_id = a.id AND x.region_id = ANY($2::uuid[]))
  OR (NOT EXISTS (SELECT 1 FROM plan_action_region x WHERE x.action_id = a.id) AND (p.region_id IS NULL OR p.region_id = ANY($2::uuid[])))
)`;

const HELSINKI_DAY = (column: string) => `(${column} AT TIME ZONE 'Europe/Helsinki')::date`;

/**
 * What changed in the plans and the progress log between two days — read by the meeting digest
 * (api-digest): entries logged, corrected or retracted; yearly-action status changes (from
 * `plan_action_status_change`) and late actions (status through `plan_action_status_as_of`).
 * Days are calendar days in Finland; `from` and `to` are both inclusive. A fixed number of
 * queries per call.
 */
@Injectable()
export class PlanChangesReadService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Entries whose log changed in the period, one line each: retracted in the period, else
   * logged (new), else corrected (a revision in the period; the latest reason). `regionIds` null = every region.
   */
  async entryChanges(organizationId: string, regionIds: readonly string[] | null, from: string, to: string, manager: EntityManager = this.dataSource.manager): Promise<DigestEntryLine[]> {
    const rows: {
      id: string;
      change: DigestEntryChange;
      changed_on: string;
      entry_date: string;
      year: number;
      region_id: string;
      criterion_id: string | null;
      action_id: string | null;
      plan_id: string | null;
      subject_title: string;
      focus_area_title: string | null;
      value: string | null;
      unit: string | null;
      narrative: string;
      author_name: string;
      reason: string | null;
    }[] = await manager.query(
      `WITH rev AS (
         SELECT DISTINCT ON (v.entry_id) v.entry_id, ${HELSINKI_DAY('v.replaced_at')}::text AS day, v.reason
           FROM progress_entry_revision v
          WHERE v.organization_id = $1 AND ${HELSINKI_DAY('v.replaced_at')} BETWEEN $3::date AND $4::date
          ORDER BY v.entry_id, v.replaced_at DESC, v.id DESC
       ), changed AS (
         SELECT e.id,
                CASE WHEN e.retracted_at IS NOT NULL AND ${HELSINKI_DAY('e.retracted_at')} BETWEEN $3::date AND $4::date THEN 'retracted'
                     WHEN ${HELSINKI_DAY('e.created_at')} BETWEEN $3::date AND $4::date THEN 'new'
                     WHEN rev.entry_id IS NOT NULL THEN 'corrected' END AS change,
                CASE WHEN e.retracted_at IS NOT NULL AND ${HELSINKI_DAY('e.retracted_at')} BETWEEN $3::date AND $4::date THEN ${HELSINKI_DAY('e.retracted_at')}::text
                     WHEN ${HELSINKI_DAY('e.created_at')} BETWEEN $3::date AND $4::date THEN ${HELSINKI_DAY('e.created_at')}::text
                     ELSE rev.day END AS changed_on,
                CASE WHEN e.retracted_at IS NOT NULL AND ${HELSINKI_DAY('e.retracted_at')} BETWEEN $3::date AND $4::date THEN e.retracted_reason
                     WHEN ${HELSINKI_DAY('e.created_at')} BETWEEN $3::date AND $4::date THEN NULL
                     ELSE rev.reason END AS reason
           FROM progress_entry e LEFT JOIN rev ON rev.entry_id = e.id
          WHERE e.organization_id = $1 AND ($2::uuid[] IS NULL OR e.region_id = ANY($2::uuid[]))
       )
       SELECT e.id, ch.change, ch.changed_on, e.entry_date::text AS entry_date, e.year, e.region_id, e.criterion_id, e.action_id, a.plan_id,
              coalesce(a.title, c.title) AS subject_title, fa.title AS focus_area_title,
              e.value, e.unit, e.narrative, e.author_name, ch.reason
         FROM changed ch
         JOIN progress_entry e ON e.id = ch.id
         LEFT JOIN progress_entry_focus_area efa ON efa.progress_entry_id = e.id
         LEFT JOIN focus_area_outline fa ON fa.id = efa.focus_area_id
         LEFT JOIN plan_action a ON a.id = e.action_id
         LEFT JOIN criterion_outline c ON c.id = e.criterion_id
        WHERE ch.change IS NOT NULL
        ORDER BY ch.changed_on, e.entry_date, e.created_at, e.id`,
      [organizationId, regionIds, from, to],
    );
    return rows.map((r) => ({
      entryId: r.id,
      ...pickCamel(r, ['change', 'changed_on', 'entry_date', 'year', 'region_id', 'criterion_id', 'action_id', 'plan_id', 'subject_title', 'focus_area_title']),
      value: r.value === null ? null : Number(r.value),
      ...pickCamel(r, ['unit', 'narrative', 'author_name', 'reason']),
    }));
  }

  /**
   * Status changes recorded in the period (not an action's first status), oldest first, each
   * with the newest live entry on the action dated on or before `to` (in the scope's regions).
   */
  async statusChanges(organizationId: string, regionIds: readonly string[] | null, from: string, to: string, manager: EntityManager = this.dataSource.manager): Promise<DigestStatusLine[]> {
    const rows: {
      action_id: string;
      plan_id: string;
      title: string;
      year: number;
      previous_status: PlanActionStatus | null;
      status: PlanActionStatus;
      effective_on: string;
      changed_on: string;
      entry_id: string | null;
      entry_date: string | null;
      narrative: string | null;
    }[] = await manager.query(
      `SELECT a.id AS action_id, a.plan_id, a.title, a.year, s.previous_status, s.status, s.effective_on::text AS effective_on,
              ${HELSINKI_DAY('s.recorded_at')}::text AS changed_on, le.id AS entry_id, le.entry_date::text AS entry_date, le.narrative
         FROM plan_action_status_change s
         JOIN plan_action a ON a.id = s.action_id
         JOIN action_plan p ON p.id = a.plan_id
         LEFT JOIN LATERAL (
           SELECT e.id, e.entry_date, e.narrative FROM progress_entry e
            WHERE e.action_id = a.id AND e.retracted_at IS NULL AND e.entry_date <= $4::date
              AND ($2::uuid[] IS NULL OR e.region_id = ANY($2::uuid[]))
            ORDER BY e.entry_date DESC, e.created_at DESC, e.id DESC LIMIT 1) le ON true
        WHERE s.organization_id = $1 AND s.source = 'change'
          AND ${HELSINKI_DAY('s.recorded_at')} BETWEEN $3::date AND $4::date
          AND ${ACTION_IN_SCOPE}
        ORDER BY s.recorded_at, s.id`,
      [organizationId, regionIds, from, to],
    );
    return rows.map((r) => ({
      ...pickCamel(r, ['action_id', 'plan_id', 'title', 'year']),
      from: r.previous_status,
      to: r.status,
      ...pickCamel(r, ['effective_on', 'changed_on']),
      latestEntry: r.entry_id ? { entryId: r.entry_id, entryDate: r.entry_date as string, narrative: r.narrative as string } : null,
    }));
  }

  /**
   * Yearly actions late on `asOf`, by their status on that day (`plan_action_status_as_of`):
   * last year's actions that ended the year neither done nor cancelled, and this year's that are
   * postponed. Actions of the plans in force (approved or closed) only.
   */
  async lateActions(organizationId: string, regionIds: readonly string[] | null, asOf: string, manager: EntityManager = this.dataSource.manager): Promise<LateActionRef[]> {
    const year = Number(asOf.slice(0, 4));
    const rows: { id: string; plan_id: string; title: string; year: number; status: PlanActionStatus; region_id: string | null }[] = await manager.query(
      `WITH candidates AS (
         SELECT a.id FROM plan_action a JOIN action_plan p ON p.id = a.plan_id
          WHERE a.organization_id = $1 AND a.year IN ($4::int - 1, $4::int)
            AND EXISTS (SELECT 1 FROM action_plan_in_force f WHERE f.id = a.plan_id)
            AND ${ACTION_IN_SCOPE}
       )
       SELECT a.id, a.plan_id, a.title, a.year, s.status,
              CASE WHEN (SELECT count(*) FROM plan_action_region x WHERE x.action_id = a.id) = 1
                   THEN (SELECT x.region_id FROM plan_action_region x WHERE x.action_id = a.id)
                   WHEN NOT EXISTS (SELECT 1 FROM plan_action_region x WHERE x.action_id = a.id) THEN p.region_id END AS region_id
         FROM plan_action_status_as_of($1, ARRAY(SELECT id FROM candidates), $3::date) s
         JOIN plan_action a ON a.id = s.action_id
         JOIN action_plan p ON p.id = a.plan_id
        WHERE (a.year < $4::int AND s.status NOT IN ('done', 'cancelled')) OR (a.year = $4::int AND s.status = 'postponed')
        ORDER BY a.year, p.start_year, p.title, a.sort_order, a.title, a.id`,
      [organizationId, regionIds, asOf, year],
    );
    return rows.map((r) => ({ actionId: r.id, planId: r.plan_id, title: r.title, year: r.year, status: r.status, regionId: r.region_id }));
  }

  /**
   * The first day of the plan period in force on `day` for a region (its own plan before the
   * organization-wide one; null region: the organization-wide plan), or null when none is in force.
   */
  async planPeriodStart(organizationId: string, regionId: string | null, day: string, manager: EntityManager = this.dataSource.manager): Promise<string | null> {
    const [row]: { start_year: number }[] = await manager.query(
      `SELECT f.start_year FROM action_plan_in_force f
        WHERE f.organization_id = $1 AND f.start_year <= $3::int AND f.start_year + 1 >= $3::int
          AND (f.region_id IS NULL OR f.region_id = $2::uuid)
        ORDER BY (f.region_id IS NULL), f.start_year DESC LIMIT 1`,
      [organizationId, regionId, Number(day.slice(0, 4))],
    );
    return row ? `${row.start_year}-01-01` : null;
  }
}
