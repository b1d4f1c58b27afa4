/**
 * The dashboard's own SQL: only the organization's regions (reference data every domain may read).
 * Everything else comes from the owning domains' exported read services: strategies, focus areas
 * and lineage (`StrategyOutlineService`, api-strategy), plans in force, years, entries and roll-ups
 * (`PlanProgressReadService`, `RollupService`, api-plans), survey scores (`SurveyScoresReadService`,
 * api-surveys).
 */

/** $1 organization. */
export const REGIONS_SQL = `SELECT id, code, name FROM region WHERE organization_id = $1 ORDER BY sort_order, code`;
