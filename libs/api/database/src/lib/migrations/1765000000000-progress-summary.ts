import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The plans domain's pre-aggregated progress log (issue 16, item 1): roll-ups that do not grow with
 * history. One row per group of live entries — (subject: an action or a criterion, region, year,
 * with/without an action, unit) — holding the count, the sum, and the latest entry (date, time, id,
 * value). Kept in step with `progress_entry` in the same transaction by one owner function,
 * `progress_summary_refresh`, which statement-level triggers call for every insert, correction
 * (update), retraction (update) and delete, whatever writes them (the services, the seeders, SQL
 * fixtures, the bench generator). The migration backfills it with the same function.
 *
 * The roll-ups read it through `progress_action_cells` / `progress_criterion_cells` (rules in
 * libs/api/plans/README.md): a group whose latest entry is on or before the as-of date is read as
 * one row; a group with an entry after as-of is read entry by entry (only those up to as-of), so
 * every as-of date gives exactly the figures of the raw log. (Whether a group has an entry in the
 * 90 days before as-of follows from its latest entry's date, which the row keeps.)
 */
export class ProgressSummary1765000000000 implements MigrationInterface {
  name = 'ProgressSummary1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE progress_summary (
        organization_id uuid NOT NULL,
        -- 'action': entries against the action (subject_id = action_id; plan_id its plan);
        -- 'criterion': entries against the criterion, with or without an action (plan_id NULL)
        kind text NOT NULL,
        subject_id uuid NOT NULL,
        plan_id uuid,
        region_id uuid NOT NULL,
        year integer NOT NULL,
        with_action boolean NOT NULL,
        -- '' for entries without a value (value and unit are NULL together on progress_entry)
        unit text NOT NULL,
        n integer NOT NULL,
        value_sum numeric,
        max_entry_date date NOT NULL,
        latest_created_at timestamptz NOT NULL,
        latest_id uuid NOT NULL,
        latest_value numeric,
        CONSTRAINT pk_progress_summary PRIMARY KEY (kind, subject_id, year, region_id, with_action, unit),
        CONSTRAINT ck_progress_summary_kind CHECK (kind IN ('action', 'criterion')),
        CONSTRAINT ck_progress_summary_n CHECK (n > 0)
      )`);
    await q.query(`CREATE INDEX ix_progress_summary_plan ON progress_summary (plan_id, year) WHERE plan_id IS NOT NULL`);
    await q.query(`CREATE INDEX ix_progress_summary_org_year ON progress_summary (organization_id, year)`);

    // The raw reads behind a group not yet settled: index-only over the live entries.
    await q.query(`CREATE INDEX ix_progress_entry_action_live ON progress_entry (action_id, year, region_id, entry_date)
                   INCLUDE (unit, value, created_at, id, criterion_id) WHERE retracted_at IS NULL`);
    await q.query(`CREATE INDEX ix_progress_entry_criterion_live ON progress_entry (criterion_id, year, region_id, entry_date)
                   INCLUDE (unit, value, created_at, id, action_id) WHERE retracted_at IS NULL`);

    // The one owner of the summary: recomputes the groups (kind, subject, region, year) given, from
    // the live entries. Writers of one organization-year are serialised by an advisory lock, taken
    // before the recomputation reads, so two concurrent transactions never overwrite each other's
    // groups (READ COMMITTED: each statement below sees what committed before the lock was granted).
    await q.query(`
      CREATE FUNCTION progress_summary_refresh(orgs uuid[], kinds text[], subjects uuid[], regions uuid[], years integer[])
      RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtextextended('progress_summary:' || l.org || ':' || l.year, 0))
           FROM (SELECT DISTINCT o AS org, y AS year FROM unnest(orgs, years) AS u(o, y) ORDER BY 1, 2) l;
        DELETE FROM progress_summary s
         USING (SELECT DISTINCT * FROM unnest(kinds, subjects, regions, years) AS k(kind, subject_id, region_id, year)) k
         WHERE s.kind = k.kind AND s.subject_id = k.subject_id AND s.region_id = k.region_id AND s.year = k.year;
        INSERT INTO progress_summary (organization_id, kind, subject_id, plan_id, region_id, year, with_action, unit, n, value_sum,
                                      max_entry_date, latest_created_at, latest_id, latest_value)
        SELECT e.organization_id, e.kind, e.subject_id, a.plan_id, e.region_id, e.year, e.with_action, e.unit_key,
               count(*)::int, sum(e.value), max(e.entry_date),
               (array_agg(e.created_at ORDER BY e.entry_date DESC, e.created_at DESC, e.id DESC))[1],
               (array_agg(e.id ORDER BY e.entry_date DESC, e.created_at DESC, e.id DESC))[1],
               (array_agg(e.value ORDER BY e.entry_date DESC, e.created_at DESC, e.id DESC))[1]
          FROM (
            SELECT k.kind, k.subject_id, x.organization_id, x.region_id, x.year, x.action_id IS NOT NULL AS with_action,
                   coalesce(x.unit, '') AS unit_key, x.value, x.entry_date, x.created_at, x.id
              FROM (SELECT DISTINCT * FROM unnest(kinds, subjects, regions, years) AS k(kind, subject_id, region_id, year)) k
              JOIN progress_entry x ON x.action_id = k.subject_id AND x.year = k.year AND x.region_id = k.region_id
             WHERE k.kind = 'action' AND x.retracted_at IS NULL
            UNION ALL
            SELECT k.kind, k.subject_id, x.organization_id, x.region_id, x.year, x.action_id IS NOT NULL,
                   coalesce(x.unit, ''), x.value, x.entry_date, x.created_at, x.id
              FROM (SELECT DISTINCT * FROM unnest(kinds, subjects, regions, years) AS k(kind, subject_id, region_id, year)) k
              JOIN progress_entry x ON x.criterion_id = k.subject_id AND x.year = k.year AND x.region_id = k.region_id
             WHERE k.kind = 'criterion' AND x.retracted_at IS NULL
          ) e
          LEFT JOIN plan_action a ON e.kind = 'action' AND a.id = e.subject_id
         GROUP BY e.organization_id, e.kind, e.subject_id, a.plan_id, e.region_id, e.year, e.with_action, e.unit_key;
      END $$`);

    // The groups an entry belongs to: its action's and its criterion's.
    await q.query(`
      CREATE FUNCTION progress_summary_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        o uuid[]; k text[]; s uuid[]; r uuid[]; y integer[];
      BEGIN
        IF TG_OP = 'INSERT' THEN
          SELECT array_agg(g.organization_id), array_agg(g.kind), array_agg(g.subject_id), array_agg(g.region_id), array_agg(g.year)
            INTO o, k, s, r, y
            FROM (SELECT DISTINCT e.organization_id, v.kind, v.subject_id, e.region_id, e.year
                    FROM new_rows e CROSS JOIN LATERAL (VALUES ('action', e.action_id), ('criterion', e.criterion_id)) v(kind, subject_id)
                   WHERE v.subject_id IS NOT NULL) g;
        ELSIF TG_OP = 'DELETE' THEN
          SELECT array_agg(g.organization_id), array_agg(g.kind), array_agg(g.subject_id), array_agg(g.region_id), array_agg(g.year)
            INTO o, k, s, r, y
            FROM (SELECT DISTINCT e.organization_id, v.kind, v.subject_id, e.region_id, e.year
                    FROM old_rows e CROSS JOIN LATERAL (VALUES ('action', e.action_id), ('criterion', e.criterion_id)) v(kind, subject_id)
                   WHERE v.subject_id IS NOT NULL) g;
        ELSE
          SELECT array_agg(g.organization_id), array_agg(g.kind), array_agg(g.subject_id), array_agg(g.region_id), array_agg(g.year)
            INTO o, k, s, r, y
            FROM (SELECT DISTINCT e.organization_id, v.kind, v.subject_id, e.region_id, e.year
                    FROM (SELECT * FROM old_rows UNION ALL SELECT * FROM new_rows) e
                    CROSS JOIN LATERAL (VALUES ('action', e.action_id), ('criterion', e.criterion_id)) v(kind, subject_id)
                   WHERE v.subject_id IS NOT NULL) g;
        END IF;
        IF k IS NOT NULL THEN
          PERFORM progress_summary_refresh(o, k, s, r, y);
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER tr_progress_summary_insert AFTER INSERT ON progress_entry
                   REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION progress_summary_sync()`);
    await q.query(`CREATE TRIGGER tr_progress_summary_update AFTER UPDATE ON progress_entry
                   REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION progress_summary_sync()`);
    await q.query(`CREATE TRIGGER tr_progress_summary_delete AFTER DELETE ON progress_entry
                   REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION progress_summary_sync()`);

    // The entry rows a roll-up reads: a settled group (latest entry on or before as-of)
    // as one row (n entries, value_sum, its latest entry's date/time/id/value), every other group's
    // live entries up to as-of one by one (n = 1). Same columns either way.
    for (const [fn, kind, column] of [
      ['progress_action_cells', 'action', 'action_id'],
      ['progress_criterion_cells', 'criterion', 'criterion_id'],
    ] as const) {
      await q.query(`
        CREATE FUNCTION ${fn}(organization uuid, subjects uuid[], first_year integer, last_year integer, regions uuid[], as_of date)
        RETURNS TABLE (subject_id uuid, region_id uuid, year integer, with_action boolean, unit text, n integer, value_sum numeric,
                       entry_date date, created_at timestamptz, id uuid, value numeric)
        LANGUAGE sql STABLE AS $$
          SELECT s.subject_id, s.region_id, s.year, s.with_action, nullif(s.unit, ''), s.n, s.value_sum,
                 s.max_entry_date, s.latest_created_at, s.latest_id, s.latest_value
            FROM progress_summary s
           WHERE s.kind = '${kind}' AND s.subject_id = ANY(subjects) AND s.year BETWEEN first_year AND last_year
             AND s.region_id = ANY(regions) AND s.organization_id = organization AND s.max_entry_date <= as_of
          UNION ALL
          SELECT x.${column}, x.region_id, x.year, x.action_id IS NOT NULL, x.unit, 1, x.value, x.entry_date, x.created_at, x.id, x.value
            FROM progress_summary s
            JOIN progress_entry x ON x.${column} = s.subject_id AND x.year = s.year AND x.region_id = s.region_id
                 AND (x.action_id IS NOT NULL) = s.with_action AND coalesce(x.unit, '') = s.unit AND x.retracted_at IS NULL
           WHERE s.kind = '${kind}' AND s.subject_id = ANY(subjects) AND s.year BETWEEN first_year AND last_year
             AND s.region_id = ANY(regions) AND s.organization_id = organization AND s.max_entry_date > as_of
             AND x.entry_date <= as_of
        $$`);
    }

    await q.query(`
      SELECT progress_summary_refresh(array_agg(g.organization_id), array_agg(g.kind), array_agg(g.subject_id), array_agg(g.region_id), array_agg(g.year))
        FROM (SELECT DISTINCT e.organization_id, v.kind, v.subject_id, e.region_id, e.year
                FROM progress_entry e CROSS JOIN LATERAL (VALUES ('action', e.action_id), ('criterion', e.criterion_id)) v(kind, subject_id)
               WHERE v.subject_id IS NOT NULL) g
      HAVING count(*) > 0`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION progress_criterion_cells(uuid, uuid[], integer, integer, uuid[], date)`);
    await q.query(`DROP FUNCTION progress_action_cells(uuid, uuid[], integer, integer, uuid[], date)`);
    await q.query(`DROP TRIGGER tr_progress_summary_delete ON progress_entry`);
    await q.query(`DROP TRIGGER tr_progress_summary_update ON progress_entry`);
    await q.query(`DROP TRIGGER tr_progress_summary_insert ON progress_entry`);
    await q.query(`DROP FUNCTION progress_summary_sync()`);
    await q.query(`DROP FUNCTION progress_summary_refresh(uuid[], text[], uuid[], uuid[], integer[])`);
    await q.query(`DROP INDEX ix_progress_entry_criterion_live`);
    await q.query(`DROP INDEX ix_progress_entry_action_live`);
    await q.query(`DROP TABLE progress_summary`);
  }
}
