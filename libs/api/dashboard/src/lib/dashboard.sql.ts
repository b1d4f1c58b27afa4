/**
 * The dashboard's own queries: one per figure family, none per focus area. The action and
 * criterion figures and the focus-area status come from the plans library's roll-ups
 * (`RollupService`); what is here reads the tables the other domains own for the figures they
 * do not compute for a whole strategy at once: survey scores with lineage, the year's options,
 * the plans in scope, "last updated", and the drill-down rows.
 *
 * Lineage (the strategy domain's `focus_area_lineage`) runs backwards only here: a 2020 theme pools
 * its own survey answers with those of the 2018 priority and the 2015 focus area it came from,
 * but never those of siblings that merely share a successor with one of them.
 */

/**
 * `lineage(root, id, distance)`: every focus area of strategy $2 (root) with itself (0) and each
 * predecessor (−1, −2 …), from the strategy domain's `focus_area_lineage` (upward only).
 * Parameters: $1 organization, $2 strategy.
 */
const LINEAGE_CTE = `
  lineage(root, id, distance) AS (
    SELECT root_id, focus_area_id, distance
      FROM focus_area_lineage($1, ARRAY(SELECT id FROM focus_area WHERE organization_id = $1 AND strategy_id = $2), 'up')
  )`;

/** $1 organization. */
export const STRATEGIES_SQL = `
  SELECT id, code, title, status, valid_from::text AS valid_from, valid_to::text AS valid_to
    FROM strategy WHERE organization_id = $1
   ORDER BY valid_from DESC NULLS LAST, title, id`;

/** $1 organization. */
export const REGIONS_SQL = `SELECT id, code, name FROM region WHERE organization_id = $1 ORDER BY sort_order, code`;

/** $1 organization, $2 strategy. */
export const FOCUS_AREAS_SQL = `
  SELECT id, code, title, sort_order FROM focus_area WHERE organization_id = $1 AND strategy_id = $2 ORDER BY sort_order, code, id`;

/**
 * Years of strategy $2: both years of its plans in force (approved or closed), the years of
 * progress entries against its focus areas, and the years of surveys that measured a focus area of
 * it or a predecessor. $1 organization. `has_data`: the year has entries or survey results, not
 * only a plan (a freshly started plan's years would otherwise open the page on a year of "no data").
 */
export const YEARS_SQL = `
  WITH ${LINEAGE_CTE}
  SELECT year, bool_or(has_data) AS has_data FROM (
    SELECT generate_series(p.start_year, p.start_year + 1) AS year, false AS has_data
      FROM action_plan_in_force p WHERE p.organization_id = $1 AND p.strategy_id = $2
    UNION
    SELECT e.year, true FROM progress_entry e JOIN progress_entry_focus_area efa ON efa.progress_entry_id = e.id
     WHERE e.organization_id = $1 AND e.retracted_at IS NULL
       AND efa.focus_area_id IN (SELECT root FROM lineage)
    UNION
    SELECT s.year, true FROM survey s JOIN survey_theme t ON t.survey_id = s.id
     WHERE s.organization_id = $1 AND t.focus_area_id IN (SELECT id FROM lineage)
  ) y GROUP BY year ORDER BY year`;

/** The plans the board sees: in force (approved or closed, not drafts). $1 organization, $2 strategy, $3 year, $4 region or NULL. Organization-wide plans first. */
export const PLANS_IN_SCOPE_SQL = `
  SELECT id, code, title, region_id, start_year
    FROM action_plan_in_force
   WHERE organization_id = $1 AND strategy_id = $2 AND $3::int BETWEEN start_year AND start_year + 1
     AND ($4::uuid IS NULL OR region_id IS NULL OR region_id = $4::uuid)
   ORDER BY region_id NULLS FIRST, start_year, code, id`;

/** $1 organization, $2 strategy. Each focus area's lineage, itself first. */
export const LINEAGE_SQL = `
  WITH ${LINEAGE_CTE}
  SELECT l.root, l.distance, fa.id, fa.code, fa.title, fa.strategy_id, s.code AS strategy_code
    FROM lineage l JOIN focus_area fa ON fa.id = l.id JOIN strategy s ON s.id = fa.strategy_id
   ORDER BY l.root, l.distance DESC, fa.sort_order, fa.id`;

/**
 * Survey scores of every focus area of strategy $2 (lineage pooled), per year and region and per
 * year for all regions together (GROUPING SETS). The average divides by those who answered the
 * question (Σ n), never by all respondents of the survey; rounded half away from zero to two
 * decimals like the surveys library. $1 organization.
 */
export const SURVEY_SCORES_SQL = `
  WITH ${LINEAGE_CTE},
  measured AS (
    SELECT l.root AS focus_area_id, s.id AS survey_id, s.year, s.region_id, t.focus_area_id AS source_focus_area_id,
           c.value, c.n, s.updated_at
      FROM lineage l
      JOIN survey_theme t ON t.focus_area_id = l.id
      JOIN survey s ON s.id = t.survey_id
      JOIN survey_question q ON q.theme_id = t.id AND q.kind = 'likert'
      JOIN survey_likert_count c ON c.question_id = q.id
     WHERE s.organization_id = $1
  )
  SELECT focus_area_id, year, region_id, GROUPING(region_id) = 1 AS pooled,
         sum(n)::int AS respondent_count,
         round(sum(value * n)::numeric / nullif(sum(n), 0), 2)::float8 AS average,
         array_agg(DISTINCT survey_id) AS survey_ids,
         array_agg(DISTINCT source_focus_area_id) AS source_focus_area_ids,
         max(updated_at) AS updated_at
    FROM measured
   GROUP BY GROUPING SETS ((focus_area_id, year, region_id), (focus_area_id, year))
   ORDER BY focus_area_id, year, region_id NULLS FIRST`;

/**
 * Entries behind a focus area: live progress entries of the year and scope, whose action is in one
 * of the plans in scope or whose criterion (with no action) is under the focus area. The focus area
 * of an entry is the plans domain's `progress_entry_focus_area`.
 */
const SCOPED_ENTRIES = `
  SELECT e.*, efa.focus_area_id, a.title AS action_title, a.status AS action_status, c.title AS criterion_title
    FROM progress_entry e
    JOIN progress_entry_focus_area efa ON efa.progress_entry_id = e.id
    LEFT JOIN plan_action a ON a.id = e.action_id
    LEFT JOIN evaluation_criterion c ON c.id = e.criterion_id
   WHERE e.organization_id = $1 AND e.retracted_at IS NULL AND e.year = $3
     AND ($4::uuid IS NULL OR e.region_id = $4::uuid) AND e.entry_date <= $5::date
     AND (e.action_id IS NULL OR a.plan_id = ANY($6::uuid[]))`;

/**
 * The latest change behind each focus area of strategy $2: its year's actions in the plans in
 * scope and the live entries. $1 organization, $3 year, $4 region, $5 as-of, $6 plan ids.
 * (Survey changes are added from the survey query.)
 */
export const LAST_UPDATED_SQL = `
  WITH src AS (
    SELECT t.focus_area_id, a.updated_at
      FROM plan_action a JOIN action_plan_theme t ON t.id = a.theme_id
     WHERE a.plan_id = ANY($6::uuid[]) AND a.year = $3
       AND ($4::uuid IS NULL OR EXISTS (SELECT 1 FROM plan_action_region ar WHERE ar.action_id = a.id AND ar.region_id = $4::uuid))
    UNION ALL
    SELECT x.focus_area_id, x.updated_at FROM (${SCOPED_ENTRIES}) x
  )
  SELECT focus_area_id, max(updated_at) AS last_updated
    FROM src WHERE focus_area_id IN (SELECT id FROM focus_area WHERE organization_id = $1 AND strategy_id = $2)
   GROUP BY focus_area_id`;

/** Drill-down: the entries behind focus area $2. Same parameters as LAST_UPDATED_SQL. */
export const FOCUS_AREA_ENTRIES_SQL = `
  SELECT x.id, x.entry_date::text AS entry_date, x.year, x.region_id, r.code AS region_code, x.action_id, x.action_title,
         x.action_status, x.criterion_id, x.criterion_title, x.value, x.unit, x.narrative, x.evidence_url, x.author_name
    FROM (${SCOPED_ENTRIES}) x JOIN region r ON r.id = x.region_id
   WHERE x.focus_area_id = $2
   ORDER BY x.entry_date DESC, x.created_at DESC, x.id`;

/**
 * Drill-down: each survey theme that measured focus area $2 or a predecessor in year $3 (region $4),
 * with its own average and answer count. $1 organization.
 */
export const FOCUS_AREA_SURVEYS_SQL = `
  WITH up AS (SELECT focus_area_id AS id FROM focus_area_lineage($1, ARRAY[$2::uuid], 'up'))
  SELECT s.id AS survey_id, s.title, s.year, s.region_id, r.code AS region_code, t.focus_area_id, t.title AS theme_title,
         coalesce(sum(c.n), 0)::int AS respondent_count,
         round(sum(c.value * c.n)::numeric / nullif(sum(c.n), 0), 2)::float8 AS average
    FROM survey_theme t
    JOIN survey s ON s.id = t.survey_id
    JOIN region r ON r.id = s.region_id
    LEFT JOIN survey_question q ON q.theme_id = t.id AND q.kind = 'likert'
    LEFT JOIN survey_likert_count c ON c.question_id = q.id
   WHERE s.organization_id = $1 AND t.focus_area_id IN (SELECT id FROM up) AND s.year = $3
     AND ($4::uuid IS NULL OR s.region_id = $4::uuid)
   GROUP BY s.id, s.title, s.year, s.region_id, r.code, r.sort_order, t.id, t.focus_area_id, t.title
   ORDER BY r.sort_order, s.title, t.title`;
