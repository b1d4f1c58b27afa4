import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two-year action plans (themes → yearly actions) and the progress log against criteria and
 * actions, with the revision history that keeps corrections.
 *
 * Tenancy as in the strategy model: every row carries `organization_id` and points at its parent
 * through `(parent_id, organization_id)`. Strategy rows that plans and entries point at are
 * protected (ON DELETE RESTRICT) so no logged work is lost by a delete upstream.
 *
 * "A year inside the plan" is enforced by the database: each action keeps a copy of its plan's
 * start year, bound to the plan by a composite FK (ON UPDATE CASCADE), and a CHECK compares.
 */
export class ActionPlansProgress1763960000000 implements MigrationInterface {
  name = 'ActionPlansProgress1763960000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE action_plan (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        strategy_id uuid NOT NULL,
        code text,
        title text NOT NULL,
        -- NULL: organization-wide
        region_id uuid,
        start_year integer NOT NULL,
        status text NOT NULL DEFAULT 'draft',
        approved_on date,
        approved_by_id uuid,
        closed_at timestamptz,
        predecessor_id uuid,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT fk_action_plan_organization FOREIGN KEY (organization_id) REFERENCES organization(id) ON DELETE RESTRICT,
        CONSTRAINT fk_action_plan_strategy FOREIGN KEY (strategy_id, organization_id) REFERENCES strategy(id, organization_id) ON DELETE RESTRICT,
        CONSTRAINT fk_action_plan_region FOREIGN KEY (region_id) REFERENCES region(id) ON DELETE RESTRICT,
        CONSTRAINT fk_action_plan_predecessor FOREIGN KEY (predecessor_id, organization_id) REFERENCES action_plan(id, organization_id) ON DELETE SET NULL (predecessor_id),
        CONSTRAINT uq_action_plan_org_code UNIQUE (organization_id, code),
        CONSTRAINT uq_action_plan_id_org UNIQUE (id, organization_id),
        CONSTRAINT uq_action_plan_id_start_year UNIQUE (id, start_year),
        CONSTRAINT ck_action_plan_status CHECK (status IN ('draft', 'approved', 'closed')),
        CONSTRAINT ck_action_plan_start_year CHECK (start_year BETWEEN 2000 AND 2099),
        CONSTRAINT ck_action_plan_title CHECK (length(btrim(title)) > 0)
      )`);
    await q.query(`CREATE INDEX ix_action_plan_organization ON action_plan (organization_id, start_year)`);
    await q.query(`CREATE INDEX ix_action_plan_strategy ON action_plan (strategy_id)`);
    await q.query(`CREATE INDEX ix_action_plan_region ON action_plan (region_id)`);
    // One successor per plan: "start the next plan from this one" cannot run twice by accident.
    await q.query(`CREATE UNIQUE INDEX uq_action_plan_predecessor ON action_plan (predecessor_id) WHERE predecessor_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE action_plan_theme (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        plan_id uuid NOT NULL,
        focus_area_id uuid NOT NULL,
        title text NOT NULL,
        sort_order integer NOT NULL DEFAULT 0,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT fk_action_plan_theme_plan FOREIGN KEY (plan_id, organization_id) REFERENCES action_plan(id, organization_id) ON DELETE CASCADE,
        CONSTRAINT fk_action_plan_theme_focus_area FOREIGN KEY (focus_area_id, organization_id) REFERENCES focus_area(id, organization_id) ON DELETE RESTRICT,
        CONSTRAINT uq_action_plan_theme_focus_area UNIQUE (plan_id, focus_area_id),
        CONSTRAINT uq_action_plan_theme_id_plan UNIQUE (id, plan_id)
      )`);
    await q.query(`CREATE INDEX ix_action_plan_theme_focus_area ON action_plan_theme (focus_area_id)`);

    await q.query(`
      CREATE TABLE plan_action (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        plan_id uuid NOT NULL,
        plan_start_year integer NOT NULL,
        theme_id uuid NOT NULL,
        code text,
        year integer NOT NULL,
        title text NOT NULL,
        description text,
        status text NOT NULL DEFAULT 'planned',
        target_value numeric(14, 2),
        target_unit text,
        target_date date,
        copied_from_id uuid,
        sort_order integer NOT NULL DEFAULT 0,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT fk_plan_action_plan FOREIGN KEY (plan_id, organization_id) REFERENCES action_plan(id, organization_id) ON DELETE CASCADE,
        CONSTRAINT fk_plan_action_plan_year FOREIGN KEY (plan_id, plan_start_year) REFERENCES action_plan(id, start_year) ON DELETE CASCADE ON UPDATE CASCADE,
        -- the theme must be one of the same plan's themes
        CONSTRAINT fk_plan_action_theme FOREIGN KEY (theme_id, plan_id) REFERENCES action_plan_theme(id, plan_id) ON DELETE RESTRICT,
        CONSTRAINT fk_plan_action_copied_from FOREIGN KEY (copied_from_id, organization_id) REFERENCES plan_action(id, organization_id) ON DELETE SET NULL (copied_from_id),
        CONSTRAINT uq_plan_action_id_org UNIQUE (id, organization_id),
        CONSTRAINT uq_plan_action_plan_code UNIQUE (plan_id, code),
        CONSTRAINT ck_plan_action_year CHECK (year IN (plan_start_year, plan_start_year + 1)),
        CONSTRAINT ck_plan_action_status CHECK (status IN ('planned', 'in_progress', 'done', 'postponed', 'cancelled')),
        CONSTRAINT ck_plan_action_target CHECK ((target_value IS NULL) = (target_unit IS NULL) AND (target_value IS NULL OR target_value >= 0)),
        CONSTRAINT ck_plan_action_title CHECK (length(btrim(title)) > 0)
      )`);
    await q.query(`CREATE INDEX ix_plan_action_plan ON plan_action (plan_id, theme_id, year, sort_order)`);
    await q.query(`CREATE INDEX ix_plan_action_theme ON plan_action (theme_id)`);
    await q.query(`CREATE INDEX ix_plan_action_copied_from ON plan_action (copied_from_id)`);

    for (const [table, column, ref, refTable, onDelete] of [
      ['plan_action_region', 'region_id', 'region', 'region', 'RESTRICT'],
      ['plan_action_role', 'role_id', 'role', 'responsible_role', 'RESTRICT'],
      ['plan_action_person', 'person_id', 'person', 'person', 'RESTRICT'],
      ['plan_action_criterion', 'criterion_id', 'criterion', 'evaluation_criterion', 'RESTRICT'],
    ] as const) {
      // Regions are not tenant-keyed by a composite key in their own table; the service checks them.
      const refFk =
        refTable === 'region'
          ? `FOREIGN KEY (${column}) REFERENCES region(id) ON DELETE ${onDelete}`
          : `FOREIGN KEY (${column}, organization_id) REFERENCES ${refTable}(id, organization_id) ON DELETE ${onDelete}`;
      await q.query(`
        CREATE TABLE ${table} (
          action_id uuid NOT NULL,
          ${column} uuid NOT NULL,
          organization_id uuid NOT NULL,
          sort_order integer NOT NULL DEFAULT 0,
          CONSTRAINT pk_${table} PRIMARY KEY (action_id, ${column}),
          CONSTRAINT fk_${table}_action FOREIGN KEY (action_id, organization_id) REFERENCES plan_action(id, organization_id) ON DELETE CASCADE,
          CONSTRAINT fk_${table}_${ref} ${refFk}
        )`);
      await q.query(`CREATE INDEX ix_${table}_${ref} ON ${table} (${column})`);
    }

    await q.query(`
      CREATE TABLE progress_entry (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        region_id uuid NOT NULL,
        year integer NOT NULL,
        entry_date date NOT NULL,
        criterion_id uuid,
        action_id uuid,
        value numeric(14, 2),
        unit text,
        narrative text NOT NULL,
        evidence_url text,
        -- NULL for seeded entries; the name is kept as it was when written
        author_id uuid,
        author_name text NOT NULL,
        closed_year_reason text,
        source text,
        retracted_at timestamptz,
        retracted_reason text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT fk_progress_entry_organization FOREIGN KEY (organization_id) REFERENCES organization(id) ON DELETE RESTRICT,
        CONSTRAINT fk_progress_entry_region FOREIGN KEY (region_id) REFERENCES region(id) ON DELETE RESTRICT,
        CONSTRAINT fk_progress_entry_criterion FOREIGN KEY (criterion_id, organization_id) REFERENCES evaluation_criterion(id, organization_id) ON DELETE RESTRICT,
        CONSTRAINT fk_progress_entry_action FOREIGN KEY (action_id, organization_id) REFERENCES plan_action(id, organization_id) ON DELETE RESTRICT,
        CONSTRAINT fk_progress_entry_author FOREIGN KEY (author_id) REFERENCES user_account(id) ON DELETE SET NULL,
        CONSTRAINT uq_progress_entry_id_org UNIQUE (id, organization_id),
        CONSTRAINT ck_progress_entry_subject CHECK (criterion_id IS NOT NULL OR action_id IS NOT NULL),
        CONSTRAINT ck_progress_entry_year CHECK (year BETWEEN 2000 AND 2100),
        CONSTRAINT ck_progress_entry_value_unit CHECK ((value IS NULL) = (unit IS NULL) AND (value IS NULL OR value >= 0)),
        CONSTRAINT ck_progress_entry_narrative CHECK (length(btrim(narrative)) > 0),
        CONSTRAINT ck_progress_entry_retracted CHECK ((retracted_at IS NULL) = (retracted_reason IS NULL))
      )`);
    await q.query(`CREATE INDEX ix_progress_entry_org_year_region ON progress_entry (organization_id, year, region_id)`);
    await q.query(`CREATE INDEX ix_progress_entry_action ON progress_entry (action_id, year, entry_date)`);
    await q.query(`CREATE INDEX ix_progress_entry_criterion ON progress_entry (criterion_id, year, entry_date)`);
    await q.query(`CREATE INDEX ix_progress_entry_author ON progress_entry (author_id)`);
    await q.query(`CREATE INDEX ix_progress_entry_region ON progress_entry (region_id)`);

    // Each correction moves the replaced text here: history is append-only like the audit trail.
    await q.query(`
      CREATE TABLE progress_entry_revision (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        entry_id uuid NOT NULL,
        organization_id uuid NOT NULL,
        revision integer NOT NULL,
        region_id uuid NOT NULL,
        year integer NOT NULL,
        entry_date date NOT NULL,
        criterion_id uuid,
        action_id uuid,
        value numeric(14, 2),
        unit text,
        narrative text NOT NULL,
        evidence_url text,
        closed_year_reason text,
        replaced_by_id uuid,
        replaced_by_name text,
        replaced_at timestamptz NOT NULL DEFAULT now(),
        reason text,
        CONSTRAINT fk_progress_entry_revision_entry FOREIGN KEY (entry_id, organization_id) REFERENCES progress_entry(id, organization_id) ON DELETE RESTRICT,
        CONSTRAINT uq_progress_entry_revision UNIQUE (entry_id, revision)
      )`);
    await q.query(`
      CREATE FUNCTION progress_entry_revision_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'progress_entry_revision is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await q.query(`
      CREATE TRIGGER tr_progress_entry_revision_append_only BEFORE UPDATE OR DELETE ON progress_entry_revision
      FOR EACH ROW EXECUTE FUNCTION progress_entry_revision_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE progress_entry_revision`);
    await q.query(`DROP FUNCTION progress_entry_revision_append_only()`);
    for (const table of ['progress_entry', 'plan_action_criterion', 'plan_action_person', 'plan_action_role', 'plan_action_region', 'plan_action', 'action_plan_theme', 'action_plan']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
