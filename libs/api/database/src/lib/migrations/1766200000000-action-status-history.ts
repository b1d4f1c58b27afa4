import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * History that stays true (issue 17, item 5): the execution status of a yearly action, with the
 * day each status took effect, so a past year's roll-up uses the status the action *had* then.
 *
 * `plan_action_status_change` (owned by api-plans): one row per status an action has had — its
 * first status when it is created, then one row per change — with the day it took effect
 * (`effective_on`), who changed it (`changed_by`), when it was recorded (`recorded_at`) and what
 * wrote it (`source`). Append-only in practice: written only by the trigger below.
 *
 * **One writer, in the writing transaction:** an `AFTER INSERT OR UPDATE OF status` trigger on
 * `plan_action` records every status an action gets, whatever writes it (create, PATCH, the status
 * route, "start the next plan", a steering group's decision, the seeders, SQL fixtures). The API
 * passes who and the chosen effective day in transaction-local settings (`suunta.actor_id`,
 * `suunta.status_effective_on`); without them a change is effective on the day it is made (UTC),
 * but never before the plan's period start nor before the action's previous change. A new action's
 * first status is effective from its plan's period start (1 January of `plan_start_year`).
 *
 * **One reader:** `plan_action_status_as_of(organization, action_ids, as_of)` — the status of each
 * yearly action as of a day: the latest change effective on or before that day, and once the
 * action's year is over, on or before the year's end (31.12.): a yearly action is judged for its
 * year by the status it ended the year with, so a change made later (unless the writer dates it
 * back into the year) never rewrites the year's figures. Before its first row, its first status.
 *
 * **Backfill:** today's status of every existing action becomes its first row, effective from its
 * plan's period start (not from `created_at`: the seeded and imported plans were created when the
 * data was loaded, years after they began, so a creation date would leave their past years with no
 * status at all). `changed_by` is NULL and `source` is 'backfill'.
 */
export class ActionStatusHistory1766200000000 implements MigrationInterface {
  name = 'ActionStatusHistory1766200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE plan_action_status_change (
        -- identity: a later row was recorded later (ties of effective_on are broken by it)
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        organization_id uuid NOT NULL,
        action_id uuid NOT NULL,
        status text NOT NULL,
        previous_status text,
        effective_on date NOT NULL,
        changed_by uuid,
        recorded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        source text NOT NULL,
        CONSTRAINT fk_plan_action_status_change_action FOREIGN KEY (action_id, organization_id)
          REFERENCES plan_action(id, organization_id) ON DELETE CASCADE,
        CONSTRAINT fk_plan_action_status_change_user FOREIGN KEY (changed_by) REFERENCES user_account(id) ON DELETE SET NULL,
        CONSTRAINT ck_plan_action_status_change_status CHECK (status IN ('planned', 'in_progress', 'done', 'postponed', 'cancelled')),
        CONSTRAINT ck_plan_action_status_change_source CHECK (source IN ('create', 'change', 'backfill'))
      )`);
    await q.query(`CREATE INDEX ix_plan_action_status_change_action ON plan_action_status_change (action_id, effective_on, id) INCLUDE (status)`);
    await q.query(`CREATE INDEX ix_plan_action_status_change_user ON plan_action_status_change (changed_by) WHERE changed_by IS NOT NULL`);

    await q.query(`
      CREATE FUNCTION plan_action_status_record() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        chosen date := nullif(current_setting('suunta.status_effective_on', true), '')::date;
        actor uuid := nullif(current_setting('suunta.actor_id', true), '')::uuid;
        period_start date := make_date(NEW.plan_start_year, 1, 1);
        last_effective date;
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO plan_action_status_change (organization_id, action_id, status, previous_status, effective_on, changed_by, source)
          VALUES (NEW.organization_id, NEW.id, NEW.status, NULL, period_start, actor, 'create');
        ELSE
          SELECT max(effective_on) INTO last_effective FROM plan_action_status_change WHERE action_id = NEW.id;
          INSERT INTO plan_action_status_change (organization_id, action_id, status, previous_status, effective_on, changed_by, source)
          VALUES (NEW.organization_id, NEW.id, NEW.status, OLD.status,
                  coalesce(chosen, GREATEST((now() AT TIME ZONE 'UTC')::date, period_start, last_effective)), actor, 'change');
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER tr_plan_action_status_insert AFTER INSERT ON plan_action
                   FOR EACH ROW EXECUTE FUNCTION plan_action_status_record()`);
    await q.query(`CREATE TRIGGER tr_plan_action_status_update AFTER UPDATE OF status ON plan_action
                   FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION plan_action_status_record()`);

    await q.query(`
      CREATE FUNCTION plan_action_status_as_of(organization uuid, action_ids uuid[], as_of date)
      RETURNS TABLE (action_id uuid, status text)
      LANGUAGE sql STABLE AS $$
        SELECT a.id, coalesce(h.status, f.status, a.status)
          FROM plan_action a
          LEFT JOIN LATERAL (
            SELECT c.status FROM plan_action_status_change c
             WHERE c.action_id = a.id AND c.effective_on <= LEAST(as_of, make_date(a.year, 12, 31))
             ORDER BY c.effective_on DESC, c.id DESC LIMIT 1) h ON true
          LEFT JOIN LATERAL (
            SELECT c.status FROM plan_action_status_change c
             WHERE c.action_id = a.id
             ORDER BY c.effective_on, c.id LIMIT 1) f ON true
         WHERE a.id = ANY(action_ids) AND a.organization_id = organization
      $$`);

    await q.query(`
      INSERT INTO plan_action_status_change (organization_id, action_id, status, previous_status, effective_on, changed_by, recorded_at, source)
      SELECT organization_id, id, status, NULL, make_date(plan_start_year, 1, 1), NULL, now(), 'backfill'
        FROM plan_action
       ORDER BY plan_id, year, sort_order, id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION plan_action_status_as_of(uuid, uuid[], date)`);
    await q.query(`DROP TRIGGER tr_plan_action_status_update ON plan_action`);
    await q.query(`DROP TRIGGER tr_plan_action_status_insert ON plan_action`);
    await q.query(`DROP FUNCTION plan_action_status_record()`);
    await q.query(`DROP TABLE plan_action_status_change`);
  }
}
