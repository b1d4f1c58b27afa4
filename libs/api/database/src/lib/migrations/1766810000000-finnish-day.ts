import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `helsinki_day([at])`: the day in Finland at an instant (now by default), the SQL twin of `helsinkiDay()` (shared-domain). A status
 * change without a chosen day took effect on the server's UTC day, which lags Finland's by two or
 * three hours: a change made between midnight and 02:00 Finnish time was dated the day before (on
 * New Year's night, the year before), and the API, which checks chosen days against Finland's day,
 * disagreed with it. The trigger now dates such changes by Finland's day.
 */
export class FinnishDay1766810000000 implements MigrationInterface {
  name = 'FinnishDay1766810000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION helsinki_day(at timestamptz DEFAULT now()) RETURNS date LANGUAGE sql STABLE PARALLEL SAFE AS $$
        SELECT (at AT TIME ZONE 'Europe/Helsinki')::date
      $$`);
    await q.query(statusRecordFunction('helsinki_day()'));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(statusRecordFunction(`(now() AT TIME ZONE 'UTC')::date`));
    await q.query(`DROP FUNCTION helsinki_day(timestamptz)`);
  }
}

/** The status-history trigger function of 1766200000000, with `today` as the day a change takes effect by default. */
function statusRecordFunction(today: string): string {
  return `
    CREATE OR REPLACE FUNCTION plan_action_status_record() RETURNS trigger LANGUAGE plpgsql AS $$
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
                coalesce(chosen, GREATEST(${today}, period_start, last_effective)), actor, 'change');
      END IF;
      RETURN NULL;
    END $$`;
}
