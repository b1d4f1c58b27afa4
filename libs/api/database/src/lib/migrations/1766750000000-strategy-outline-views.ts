import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The strategy domain's read interface in SQL for the other domains (issue 13: "other domains
 * read them only through what that domain exports: … SQL views that its own migrations create
 * and its own README documents"). The plans' queries joined strategy, focus_area,
 * critical_success_factor, evaluation_criterion, responsible_role and person directly; they now
 * join these views, so a renamed strategy column is fixed here, once, and the boundary check
 * (table-owners.spec.ts) fails on any new direct read.
 *
 * The joins inside the views are LEFT JOINs on primary keys along NOT NULL foreign keys: the same
 * rows as inner joins, and PostgreSQL drops a join whose columns a query does not use, so a query
 * that needs only a criterion's unit pays for no focus-area or strategy lookup.
 */
export class StrategyOutlineViews1766750000000 implements MigrationInterface {
  name = 'StrategyOutlineViews1766750000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE VIEW strategy_outline AS
        SELECT s.id, s.organization_id, s.code, s.title, s.status, s.valid_from, s.valid_to
          FROM strategy s`);
    await q.query(`
      CREATE VIEW focus_area_outline AS
        SELECT fa.id, fa.organization_id, fa.strategy_id, fa.code, fa.title, fa.sort_order
          FROM focus_area fa`);
    await q.query(`
      CREATE VIEW criterion_outline AS
        SELECT c.id, c.organization_id, c.title, c.measurement_kind, c.unit, c.yearly_target, c.deadline,
               csf.focus_area_id, fa.title AS focus_area_title, fa.strategy_id,
               s.status AS strategy_status, s.valid_from AS strategy_valid_from,
               fa.sort_order AS focus_area_sort_order, csf.sort_order AS csf_sort_order, c.sort_order
          FROM evaluation_criterion c
          LEFT JOIN critical_success_factor csf ON csf.id = c.csf_id
          LEFT JOIN focus_area fa ON fa.id = csf.focus_area_id
          LEFT JOIN strategy s ON s.id = fa.strategy_id`);
    await q.query(`
      CREATE VIEW responsible_role_outline AS
        SELECT r.id, r.organization_id, r.code, r.name, r.retired_at IS NOT NULL AS retired, r.sort_order
          FROM responsible_role r`);
    await q.query(`
      CREATE VIEW person_outline AS
        SELECT p.id, p.organization_id, p.code, p.name, p.retired_at IS NOT NULL AS retired, p.sort_order
          FROM person p`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const view of ['person_outline', 'responsible_role_outline', 'criterion_outline', 'focus_area_outline', 'strategy_outline']) {
      await q.query(`DROP VIEW ${view}`);
    }
  }
}
