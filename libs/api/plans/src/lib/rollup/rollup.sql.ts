/**
 * The roll-up queries: one parameterised query per figure family (actions, criteria, focus areas,
 * regions), all built on the same CTEs so the families agree. Nothing is interpolated from the
 * request: the only variable parts are the fixed `slices` fragments below.
 *
 * Parameters: $1 organization id, $2 plan id, $3 region id or NULL (all regions in the plan's
 * scope), $4 the as-of date. Each action's status is the one it had as of $4 (capped at its year's
 * end), from the status history through `plan_action_status_as_of` — never today's status for a
 * past year. The rules are documented in ../../../README.md and mirrored by the
 * straightforward TypeScript recomputation in the property test. The group status of a focus area
 * or region is decided in TypeScript from the counts these queries return (`groupStatus`).
 */

/**
 * The live entries in scope up to as-of, from the pre-aggregated log (`progress_summary`, through
 * the plans domain's `progress_action_cells` / `progress_criterion_cells`): a group of entries (same
 * subject, region, year, unit, with or without an action) whose latest entry is on or before as-of
 * comes as one row (`n` entries, `value_sum`, its latest entry's date, time, id and
 * value); the entries up to as-of of any other group come one by one (n = 1). `recent` (an entry in the
 * 90 days up to as-of) needs only each row's latest date. Bounded to the plan's actions,
 * the criteria it serves or that sit under its themes' focus areas, its two years and its regions.
 */
const ENTRY_SOURCE = {
  actions: `
    SELECT * FROM progress_action_cells($1, ARRAY(SELECT id FROM acts), (SELECT start_year FROM p), (SELECT start_year + 1 FROM p),
                                        ARRAY(SELECT region_id FROM scope_regions), $4::date)`,
  criteria: `
    SELECT * FROM progress_criterion_cells($1, ARRAY(SELECT criterion_id FROM plan_crit UNION SELECT criterion_id FROM theme_crit),
                                           (SELECT start_year FROM p), (SELECT start_year + 1 FROM p), ARRAY(SELECT region_id FROM scope_regions), $4::date)`,
};

/**
 * The plan, its two years, the regions in scope, its actions and criteria, and the live entries
 * in scope up to as-of — bounded to the plan: entries of the plan's actions and of the criteria it
 * serves (or that sit under its themes' focus areas), in the plan's two years only — never the
 * organization's whole history. The entry rows come from `ENTRY_SOURCE`: one row per entry, or per
 * group of entries (`n` entries, `value_sum`, and the latest one's date, time, id and value), so the
 * figures below are written with sum(n) and sum(value_sum) and do not care which.
 */
const BASE = `
  p AS (
    SELECT id, organization_id, region_id, start_year FROM action_plan WHERE id = $2 AND organization_id = $1
  ),
  yrs AS (SELECT generate_series(p.start_year, p.start_year + 1) AS year FROM p),
  scope_regions AS (
    SELECT r.id AS region_id FROM region r JOIN p ON r.organization_id = p.organization_id
    WHERE (p.region_id IS NULL OR r.id = p.region_id) AND ($3::uuid IS NULL OR r.id = $3::uuid)
  ),
  acts AS (
    SELECT a.id, a.theme_id, t.focus_area_id, a.year, a.title, st.status, a.target_value, a.target_unit, a.target_date, a.sort_order
    FROM plan_action a JOIN action_plan_theme t ON t.id = a.theme_id
    JOIN plan_action_status_as_of($1, ARRAY(SELECT x.id FROM plan_action x WHERE x.plan_id = $2 AND x.organization_id = $1), $4::date) st
      ON st.action_id = a.id
    WHERE a.plan_id = $2 AND a.organization_id = $1
  ),
  plan_crit AS (SELECT DISTINCT pc.criterion_id FROM plan_action_criterion pc JOIN acts a ON a.id = pc.action_id),
  theme_crit AS (
    SELECT t.id AS theme_id, cf.criterion_id FROM action_plan_theme t
      JOIN criterion_focus_area cf ON cf.focus_area_id = t.focus_area_id AND cf.organization_id = $1
     WHERE t.plan_id = $2
  ),
  act_ent AS MATERIALIZED (${ENTRY_SOURCE.actions}),
  crit_ent AS MATERIALIZED (${ENTRY_SOURCE.criteria})`;

/** One slice per action, all regions in scope together (only actions done in $3 when it is set). */
const SLICES_BY_ACTION = `
  slices AS (
    SELECT a.id AS action_id, NULL::uuid AS region_id FROM acts a
    WHERE $3::uuid IS NULL OR EXISTS (SELECT 1 FROM plan_action_region ar WHERE ar.action_id = a.id AND ar.region_id = $3::uuid)
  )`;

/** One slice per (action, region) for each region in scope the action is done in. */
const SLICES_BY_REGION = `
  slices AS (
    SELECT ar.action_id, ar.region_id FROM plan_action_region ar JOIN acts a ON a.id = ar.action_id
    WHERE ar.region_id IN (SELECT region_id FROM scope_regions)
  )`;

/**
 * Ratio rule, exact in numeric: on track when actual ≥ target × elapsed share of the year,
 * at risk when actual ≥ half of that, else off track. Cross-multiplied by the year's length so no
 * rounding decides a borderline case.
 */
const ratioStatus = (actual: string, target: string, year: string) => `
  CASE
    WHEN ${actual} * (make_date(${year} + 1, 1, 1) - make_date(${year}, 1, 1))
         >= ${target} * GREATEST(0, LEAST($4::date - make_date(${year}, 1, 1) + 1, make_date(${year} + 1, 1, 1) - make_date(${year}, 1, 1))) THEN 'on_track'
    WHEN 2 * ${actual} * (make_date(${year} + 1, 1, 1) - make_date(${year}, 1, 1))
         >= ${target} * GREATEST(0, LEAST($4::date - make_date(${year}, 1, 1) + 1, make_date(${year} + 1, 1, 1) - make_date(${year}, 1, 1))) THEN 'at_risk'
    ELSE 'off_track'
  END`;

/** Per slice: the entries against the action (in the slice's region), and the action's status. */
const FIG = `
  slice_ent AS (
    SELECT s.action_id, s.region_id AS slice_region_id, a.target_unit, e.*
      FROM slices s JOIN acts a ON a.id = s.action_id
      JOIN act_ent e ON e.subject_id = s.action_id AND e.year = a.year
     WHERE s.region_id IS NULL OR e.region_id = s.region_id
  ),
  slice_agg AS (
    SELECT action_id, slice_region_id,
           sum(n)::int AS entries,
           max(entry_date) AS last_entry_date,
           sum(value_sum) FILTER (WHERE unit = target_unit) AS actual,
           (array_agg(value ORDER BY entry_date DESC, created_at DESC, id DESC) FILTER (WHERE unit = target_unit))[1] AS latest,
           coalesce(bool_or(entry_date > $4::date - 90), false) AS recent
      FROM slice_ent GROUP BY action_id, slice_region_id
  ),
  slice_totals AS (
    SELECT action_id, slice_region_id,
           json_agg(json_build_object('unit', unit, 'sum', total, 'entries', n) ORDER BY unit) AS totals
      FROM (SELECT action_id, slice_region_id, unit, sum(value_sum) AS total, sum(n)::int AS n
              FROM slice_ent WHERE unit IS NOT NULL GROUP BY action_id, slice_region_id, unit) u
     GROUP BY action_id, slice_region_id
  ),
  fig0 AS (
    SELECT s.action_id, s.region_id AS slice_region_id, a.theme_id, a.focus_area_id, a.year, a.title, a.status AS action_status,
           a.target_value, a.target_unit, a.target_date, a.sort_order,
           coalesce(agg.entries, 0) AS entries, agg.last_entry_date, agg.actual, agg.latest, coalesce(agg.recent, false) AS recent,
           coalesce(tot.totals, '[]'::json) AS totals
    FROM slices s JOIN acts a ON a.id = s.action_id
    LEFT JOIN slice_agg agg ON agg.action_id = s.action_id AND agg.slice_region_id IS NOT DISTINCT FROM s.region_id
    LEFT JOIN slice_totals tot ON tot.action_id = s.action_id AND tot.slice_region_id IS NOT DISTINCT FROM s.region_id
  ),
  fig AS (
    SELECT f.*,
      CASE
        WHEN f.action_status = 'done' THEN 'on_track'
        WHEN f.action_status = 'cancelled' THEN 'off_track'
        WHEN f.action_status = 'postponed' THEN 'at_risk'
        WHEN f.target_date IS NOT NULL AND $4::date > f.target_date THEN 'off_track'
        WHEN f.entries = 0 THEN 'no_data'
        WHEN f.target_value IS NOT NULL AND f.actual IS NULL THEN 'no_data'
        WHEN f.target_value IS NOT NULL THEN ${ratioStatus('f.actual', 'f.target_value', 'f.year')}
        ELSE 'on_track'
      END AS status,
      (f.action_status IN ('planned', 'in_progress') AND $4::date >= make_date(f.year, 1, 1) + 90 AND NOT f.recent) AS overdue
    FROM fig0 f
  )`;

/**
 * A group's counts of its actions' statuses (cancelled actions left out: dropping one is a decision).
 * The group status itself is decided from these counts by `groupStatus` (group-status.ts), once.
 */
const GROUP_COLUMNS = `
  count(f.action_id)::int AS actions,
  count(*) FILTER (WHERE f.action_status = 'done')::int AS actions_done,
  count(*) FILTER (WHERE f.action_status = 'cancelled')::int AS actions_cancelled,
  count(*) FILTER (WHERE f.action_status <> 'cancelled' AND f.status = 'on_track')::int AS on_track,
  count(*) FILTER (WHERE f.action_status <> 'cancelled' AND f.status = 'at_risk')::int AS at_risk,
  count(*) FILTER (WHERE f.action_status <> 'cancelled' AND f.status = 'off_track')::int AS off_track,
  count(*) FILTER (WHERE f.action_status <> 'cancelled' AND f.status = 'no_data')::int AS no_data,
  count(*) FILTER (WHERE f.overdue)::int AS overdue`;

const TOTALS = (source: string) => `
  (SELECT coalesce(json_agg(json_build_object('unit', u.unit, 'sum', u.total, 'entries', u.n) ORDER BY u.unit), '[]'::json)
     FROM (SELECT x.unit, sum(x.value_sum) AS total, sum(x.n)::int AS n FROM ${source} x WHERE x.unit IS NOT NULL GROUP BY x.unit) u)`;

export const ACTION_ROLLUP_SQL = `
  WITH ${BASE}, ${SLICES_BY_ACTION}, ${FIG}
  SELECT f.action_id, f.theme_id, f.focus_area_id, f.year, f.title, f.action_status, f.entries, f.last_entry_date::text AS last_entry_date,
         f.target_value, f.target_unit, f.target_date::text AS target_date, f.actual, f.latest, f.totals, f.status, f.overdue
  FROM fig f
  ORDER BY f.year, f.sort_order, f.title, f.action_id`;

export const CRITERION_ROLLUP_SQL = `
  WITH ${BASE},
  crit AS (
    SELECT DISTINCT c.id, c.title, c.focus_area_id, c.measurement_kind, c.unit, coalesce(c.unit, 'kpl') AS value_unit,
           c.yearly_target, c.deadline
    FROM plan_action_criterion pc
    JOIN acts a ON a.id = pc.action_id
    JOIN criterion_outline c ON c.id = pc.criterion_id
  ),
  crit_agg AS (
    SELECT e.subject_id AS criterion_id, e.year,
           sum(e.n)::int AS entries,
           max(e.entry_date) AS last_entry_date,
           sum(e.value_sum) FILTER (WHERE e.unit = c.value_unit) AS actual,
           (array_agg(e.value ORDER BY e.entry_date DESC, e.created_at DESC, e.id DESC) FILTER (WHERE e.unit = c.value_unit))[1] AS latest,
           coalesce(bool_or(e.entry_date > $4::date - 90), false) AS recent
      FROM crit c JOIN crit_ent e ON e.subject_id = c.id
     GROUP BY e.subject_id, e.year
  ),
  cf AS (
    SELECT c.*, y.year, coalesce(agg.entries, 0) AS entries, agg.last_entry_date, agg.actual, agg.latest, coalesce(agg.recent, false) AS recent
    FROM crit c CROSS JOIN yrs y
    LEFT JOIN crit_agg agg ON agg.criterion_id = c.id AND agg.year = y.year
  )
  SELECT cf.id AS criterion_id, cf.title, cf.focus_area_id, cf.year, cf.measurement_kind, cf.unit, cf.yearly_target,
         cf.entries, cf.last_entry_date::text AS last_entry_date, cf.actual, cf.latest,
         CASE
           WHEN cf.measurement_kind = 'milestone' THEN
             CASE WHEN cf.entries > 0 THEN 'on_track' WHEN cf.deadline IS NOT NULL AND $4::date > cf.deadline THEN 'off_track' ELSE 'no_data' END
           WHEN cf.measurement_kind = 'count' AND cf.yearly_target IS NOT NULL THEN
             CASE WHEN cf.actual IS NULL THEN 'no_data' ELSE ${ratioStatus('cf.actual', 'cf.yearly_target', 'cf.year')} END
           WHEN cf.entries > 0 THEN 'on_track'
           ELSE 'no_data'
         END AS status,
         ($4::date >= make_date(cf.year, 1, 1) + 90 AND $4::date <= make_date(cf.year, 12, 31) AND NOT cf.recent) AS overdue
  FROM cf
  ORDER BY cf.year, cf.title, cf.id`;

export const FOCUS_AREA_ROLLUP_SQL = `
  WITH ${BASE}, ${SLICES_BY_ACTION}, ${FIG},
  themes AS (SELECT t.id, t.focus_area_id, t.title, t.sort_order FROM action_plan_theme t WHERE t.plan_id = $2),
  theme_ent AS (
    SELECT f.theme_id, e.year, e.unit, e.n, e.value_sum
      FROM (SELECT DISTINCT action_id, theme_id FROM fig) f JOIN act_ent e ON e.subject_id = f.action_id
    UNION ALL
    SELECT tc.theme_id, e.year, e.unit, e.n, e.value_sum
      FROM theme_crit tc JOIN crit_ent e ON e.subject_id = tc.criterion_id AND NOT e.with_action
  ),
  g AS (
    SELECT t.id AS theme_id, t.focus_area_id, t.title, t.sort_order, y.year, ${GROUP_COLUMNS}
    FROM themes t CROSS JOIN yrs y
    LEFT JOIN fig f ON f.theme_id = t.id AND f.year = y.year
    GROUP BY t.id, t.focus_area_id, t.title, t.sort_order, y.year
  )
  SELECT g.*,
         (SELECT coalesce(sum(te.n), 0)::int FROM theme_ent te WHERE te.theme_id = g.theme_id AND te.year = g.year) AS entries,
         ${TOTALS('(SELECT te.unit, te.n, te.value_sum FROM theme_ent te WHERE te.theme_id = g.theme_id AND te.year = g.year)')} AS totals
  FROM g
  ORDER BY g.year, g.sort_order, g.title, g.theme_id`;

export const REGION_ROLLUP_SQL = `
  WITH ${BASE}, ${SLICES_BY_REGION}, ${FIG},
  region_ent AS (
    SELECT e.region_id, e.year, e.unit, e.n, e.value_sum FROM act_ent e
    UNION ALL
    SELECT e.region_id, e.year, e.unit, e.n, e.value_sum
      FROM plan_crit pc JOIN crit_ent e ON e.subject_id = pc.criterion_id AND NOT e.with_action
  ),
  g AS (
    SELECT sr.region_id, y.year, ${GROUP_COLUMNS}
    FROM scope_regions sr CROSS JOIN yrs y
    LEFT JOIN fig f ON f.slice_region_id = sr.region_id AND f.year = y.year
    GROUP BY sr.region_id, y.year
  )
  SELECT g.*,
         (SELECT coalesce(sum(re.n), 0)::int FROM region_ent re WHERE re.region_id = g.region_id AND re.year = g.year) AS entries,
         ${TOTALS('(SELECT re.unit, re.n, re.value_sum FROM region_ent re WHERE re.region_id = g.region_id AND re.year = g.year)')} AS totals
  FROM g JOIN region r ON r.id = g.region_id
  ORDER BY g.year, r.sort_order, r.code`;
