import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the plans domain offers other domains to read in SQL (documented in
 * libs/api/plans/README.md, "For other domains").
 */
export class PlansReadModel1764200001000 implements MigrationInterface {
  name = 'PlansReadModel1764200001000';

  async up(q: QueryRunner): Promise<void> {
    // "A plan in force" = approved or closed; a draft is not yet anyone's plan.
    await q.query(`
      CREATE VIEW action_plan_in_force AS
        SELECT id, organization_id, strategy_id, region_id, code, title, start_year, status, approved_on, created_at
          FROM action_plan WHERE status IN ('approved', 'closed')`);
    // An entry's focus area: its action's theme's focus area, else (criterion-only entries) the
    // focus area its criterion sits under.
    await q.query(`
      CREATE VIEW progress_entry_focus_area AS
        SELECT e.id AS progress_entry_id, e.organization_id, coalesce(t.focus_area_id, cf.focus_area_id) AS focus_area_id
          FROM progress_entry e
          LEFT JOIN plan_action a ON a.id = e.action_id
          LEFT JOIN action_plan_theme t ON t.id = a.theme_id
          LEFT JOIN criterion_focus_area cf ON cf.criterion_id = e.criterion_id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW progress_entry_focus_area`);
    await q.query(`DROP VIEW action_plan_in_force`);
  }
}
