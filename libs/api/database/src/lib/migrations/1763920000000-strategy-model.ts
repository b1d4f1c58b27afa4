import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The strategy tree (strategy → focus area → critical success factor → evaluation criterion →
 * action), the responsible roles and the people who hold them, and focus-area mappings across
 * strategy versions.
 *
 * Tenancy is enforced by the database too: every row carries `organization_id`, and each child
 * points at its parent through a composite key `(parent_id, organization_id)`, so a row can never
 * hang under another organization's parent.
 *
 * Deleting: the tree's own children go with their parent (CASCADE); roles in use and rows other
 * domains point at are protected (RESTRICT), so a delete that would lose logged work fails.
 * Other domains should reference `focus_area`, `evaluation_criterion` and `strategy_action`
 * with ON DELETE RESTRICT.
 */
export class StrategyModel1763920000000 implements MigrationInterface {
  name = 'StrategyModel1763920000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE responsible_role (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        code text NOT NULL,
        kind text NOT NULL,
        scope text NOT NULL DEFAULT 'organization',
        name jsonb NOT NULL,
        sort_order integer NOT NULL DEFAULT 0,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT fk_responsible_role_organization FOREIGN KEY (organization_id) REFERENCES organization(id) ON DELETE RESTRICT,
        CONSTRAINT uq_responsible_role_org_code UNIQUE (organization_id, code),
        CONSTRAINT uq_responsible_role_id_org UNIQUE (id, organization_id),
        CONSTRAINT ck_responsible_role_kind CHECK (kind IN ('person', 'body')),
        CONSTRAINT ck_responsible_role_scope CHECK (scope IN ('organization', 'region')),
        CONSTRAINT ck_responsible_role_name_fi CHECK (jsonb_typeof(name -> 'fi') = 'string')
      )`);

    await q.query(`
      CREATE TABLE person (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        code text,
        name text NOT NULL,
        title text,
        employer text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT fk_person_organization FOREIGN KEY (organization_id) REFERENCES organization(id) ON DELETE RESTRICT,
        CONSTRAINT uq_person_org_code UNIQUE (organization_id, code),
        CONSTRAINT uq_person_id_org UNIQUE (id, organization_id)
      )`);
    await q.query(`
      CREATE TABLE person_role (
        person_id uuid NOT NULL,
        role_id uuid NOT NULL,
        organization_id uuid NOT NULL,
        CONSTRAINT pk_person_role PRIMARY KEY (person_id, role_id),
        CONSTRAINT fk_person_role_person FOREIGN KEY (person_id, organization_id) REFERENCES person(id, organization_id) ON DELETE CASCADE,
        CONSTRAINT fk_person_role_role FOREIGN KEY (role_id, organization_id) REFERENCES responsible_role(id, organization_id) ON DELETE RESTRICT
      )`);
    await q.query(`CREATE INDEX ix_person_role_role ON person_role (role_id)`);
    await q.query(`
      CREATE TABLE person_region (
        person_id uuid NOT NULL,
        region_id uuid NOT NULL,
        organization_id uuid NOT NULL,
        CONSTRAINT pk_person_region PRIMARY KEY (person_id, region_id),
        CONSTRAINT fk_person_region_person FOREIGN KEY (person_id, organization_id) REFERENCES person(id, organization_id) ON DELETE CASCADE,
        CONSTRAINT fk_person_region_region FOREIGN KEY (region_id) REFERENCES region(id) ON DELETE RESTRICT
      )`);
    await q.query(`CREATE INDEX ix_person_region_region ON person_region (region_id)`);

    await q.query(`
      CREATE TABLE strategy (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        code text,
        title text NOT NULL,
        valid_from date,
        valid_to date,
        status text NOT NULL DEFAULT 'draft',
        approved_by_role_id uuid,
        approved_on date,
        background text,
        legal_tasks_intro text,
        legal_tasks jsonb NOT NULL DEFAULT '[]',
        additional_legal_task text,
        special_task text,
        vision text,
        mission text,
        mission_means jsonb NOT NULL DEFAULT '[]',
        core_values jsonb NOT NULL DEFAULT '[]',
        slogan text,
        predecessor_id uuid,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT fk_strategy_organization FOREIGN KEY (organization_id) REFERENCES organization(id) ON DELETE RESTRICT,
        CONSTRAINT uq_strategy_org_code UNIQUE (organization_id, code),
        CONSTRAINT uq_strategy_id_org UNIQUE (id, organization_id),
        CONSTRAINT ck_strategy_status CHECK (status IN ('draft', 'approved', 'archived')),
        CONSTRAINT ck_strategy_valid_range CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from),
        CONSTRAINT ck_strategy_lists CHECK (jsonb_typeof(legal_tasks) = 'array' AND jsonb_typeof(mission_means) = 'array' AND jsonb_typeof(core_values) = 'array'),
        CONSTRAINT fk_strategy_approved_by FOREIGN KEY (approved_by_role_id, organization_id) REFERENCES responsible_role(id, organization_id) ON DELETE RESTRICT,
        CONSTRAINT fk_strategy_predecessor FOREIGN KEY (predecessor_id, organization_id) REFERENCES strategy(id, organization_id) ON DELETE SET NULL (predecessor_id)
      )`);
    await q.query(`CREATE INDEX ix_strategy_organization ON strategy (organization_id)`);
    await q.query(`CREATE INDEX ix_strategy_predecessor ON strategy (predecessor_id)`);
    await q.query(`CREATE INDEX ix_strategy_approved_by ON strategy (approved_by_role_id)`);

    await q.query(`
      CREATE TABLE focus_area (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        strategy_id uuid NOT NULL,
        code text,
        title text NOT NULL,
        description text,
        sort_order integer NOT NULL DEFAULT 0,
        predecessor_id uuid,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_focus_area_org_code UNIQUE (organization_id, code),
        CONSTRAINT uq_focus_area_id_org UNIQUE (id, organization_id),
        CONSTRAINT fk_focus_area_strategy FOREIGN KEY (strategy_id, organization_id) REFERENCES strategy(id, organization_id) ON DELETE CASCADE,
        CONSTRAINT fk_focus_area_predecessor FOREIGN KEY (predecessor_id, organization_id) REFERENCES focus_area(id, organization_id) ON DELETE SET NULL (predecessor_id)
      )`);
    await q.query(`CREATE INDEX ix_focus_area_strategy ON focus_area (strategy_id, sort_order)`);
    await q.query(`CREATE INDEX ix_focus_area_predecessor ON focus_area (predecessor_id)`);

    await q.query(`
      CREATE TABLE critical_success_factor (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        focus_area_id uuid NOT NULL,
        title text NOT NULL,
        description text,
        sort_order integer NOT NULL DEFAULT 0,
        predecessor_id uuid,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_critical_success_factor_id_org UNIQUE (id, organization_id),
        CONSTRAINT fk_critical_success_factor_focus_area FOREIGN KEY (focus_area_id, organization_id) REFERENCES focus_area(id, organization_id) ON DELETE CASCADE,
        CONSTRAINT fk_critical_success_factor_predecessor FOREIGN KEY (predecessor_id, organization_id) REFERENCES critical_success_factor(id, organization_id) ON DELETE SET NULL (predecessor_id)
      )`);
    await q.query(`CREATE INDEX ix_critical_success_factor_focus_area ON critical_success_factor (focus_area_id, sort_order)`);
    await q.query(`CREATE INDEX ix_critical_success_factor_predecessor ON critical_success_factor (predecessor_id)`);

    await q.query(`
      CREATE TABLE evaluation_criterion (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        csf_id uuid NOT NULL,
        title text NOT NULL,
        description text,
        measurement_kind text NOT NULL,
        unit text,
        yearly_target numeric(14, 2),
        deadline date,
        frequency text,
        method text,
        measures jsonb NOT NULL DEFAULT '[]',
        sort_order integer NOT NULL DEFAULT 0,
        predecessor_id uuid,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_evaluation_criterion_id_org UNIQUE (id, organization_id),
        CONSTRAINT uq_evaluation_criterion_id_csf UNIQUE (id, csf_id),
        CONSTRAINT fk_evaluation_criterion_csf FOREIGN KEY (csf_id, organization_id) REFERENCES critical_success_factor(id, organization_id) ON DELETE CASCADE,
        CONSTRAINT fk_evaluation_criterion_predecessor FOREIGN KEY (predecessor_id, organization_id) REFERENCES evaluation_criterion(id, organization_id) ON DELETE SET NULL (predecessor_id),
        CONSTRAINT ck_evaluation_criterion_kind CHECK (measurement_kind IN ('count', 'survey', 'self_assessment', 'milestone', 'qualitative')),
        CONSTRAINT ck_evaluation_criterion_target CHECK (yearly_target IS NULL OR (yearly_target >= 0 AND measurement_kind IN ('count', 'survey', 'self_assessment'))),
        CONSTRAINT ck_evaluation_criterion_measures CHECK (jsonb_typeof(measures) = 'array')
      )`);
    await q.query(`CREATE INDEX ix_evaluation_criterion_csf ON evaluation_criterion (csf_id, sort_order)`);
    await q.query(`CREATE INDEX ix_evaluation_criterion_predecessor ON evaluation_criterion (predecessor_id)`);
    await q.query(`
      CREATE TABLE evaluation_criterion_role (
        criterion_id uuid NOT NULL,
        role_id uuid NOT NULL,
        organization_id uuid NOT NULL,
        sort_order integer NOT NULL DEFAULT 0,
        CONSTRAINT pk_evaluation_criterion_role PRIMARY KEY (criterion_id, role_id),
        CONSTRAINT fk_evaluation_criterion_role_criterion FOREIGN KEY (criterion_id, organization_id) REFERENCES evaluation_criterion(id, organization_id) ON DELETE CASCADE,
        CONSTRAINT fk_evaluation_criterion_role_role FOREIGN KEY (role_id, organization_id) REFERENCES responsible_role(id, organization_id) ON DELETE RESTRICT
      )`);
    await q.query(`CREATE INDEX ix_evaluation_criterion_role_role ON evaluation_criterion_role (role_id)`);

    await q.query(`
      CREATE TABLE strategy_action (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        csf_id uuid NOT NULL,
        criterion_id uuid,
        text text NOT NULL,
        goal text,
        role_note text,
        note text,
        measures jsonb NOT NULL DEFAULT '[]',
        sort_order integer NOT NULL DEFAULT 0,
        predecessor_id uuid,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_strategy_action_id_org UNIQUE (id, organization_id),
        CONSTRAINT fk_strategy_action_csf FOREIGN KEY (csf_id, organization_id) REFERENCES critical_success_factor(id, organization_id) ON DELETE CASCADE,
        -- the criterion must belong to the same CSF as the action
        CONSTRAINT fk_strategy_action_criterion FOREIGN KEY (criterion_id, csf_id) REFERENCES evaluation_criterion(id, csf_id) ON DELETE CASCADE,
        CONSTRAINT fk_strategy_action_predecessor FOREIGN KEY (predecessor_id, organization_id) REFERENCES strategy_action(id, organization_id) ON DELETE SET NULL (predecessor_id),
        CONSTRAINT ck_strategy_action_measures CHECK (jsonb_typeof(measures) = 'array')
      )`);
    await q.query(`CREATE INDEX ix_strategy_action_csf ON strategy_action (csf_id, sort_order)`);
    await q.query(`CREATE INDEX ix_strategy_action_criterion ON strategy_action (criterion_id, sort_order)`);
    await q.query(`CREATE INDEX ix_strategy_action_predecessor ON strategy_action (predecessor_id)`);
    await q.query(`
      CREATE TABLE strategy_action_role (
        action_id uuid NOT NULL,
        role_id uuid NOT NULL,
        organization_id uuid NOT NULL,
        sort_order integer NOT NULL DEFAULT 0,
        CONSTRAINT pk_strategy_action_role PRIMARY KEY (action_id, role_id),
        CONSTRAINT fk_strategy_action_role_action FOREIGN KEY (action_id, organization_id) REFERENCES strategy_action(id, organization_id) ON DELETE CASCADE,
        CONSTRAINT fk_strategy_action_role_role FOREIGN KEY (role_id, organization_id) REFERENCES responsible_role(id, organization_id) ON DELETE RESTRICT
      )`);
    await q.query(`CREATE INDEX ix_strategy_action_role_role ON strategy_action_role (role_id)`);

    await q.query(`
      CREATE TABLE focus_area_mapping (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        from_focus_area_id uuid NOT NULL,
        to_focus_area_id uuid NOT NULL,
        strength text NOT NULL DEFAULT 'strong',
        note text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_focus_area_mapping_pair UNIQUE (from_focus_area_id, to_focus_area_id),
        CONSTRAINT ck_focus_area_mapping_distinct CHECK (from_focus_area_id <> to_focus_area_id),
        CONSTRAINT ck_focus_area_mapping_strength CHECK (strength IN ('strong', 'partial')),
        CONSTRAINT fk_focus_area_mapping_from FOREIGN KEY (from_focus_area_id, organization_id) REFERENCES focus_area(id, organization_id) ON DELETE CASCADE,
        CONSTRAINT fk_focus_area_mapping_to FOREIGN KEY (to_focus_area_id, organization_id) REFERENCES focus_area(id, organization_id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX ix_focus_area_mapping_organization ON focus_area_mapping (organization_id)`);
    await q.query(`CREATE INDEX ix_focus_area_mapping_to ON focus_area_mapping (to_focus_area_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'focus_area_mapping',
      'strategy_action_role',
      'strategy_action',
      'evaluation_criterion_role',
      'evaluation_criterion',
      'critical_success_factor',
      'focus_area',
      'strategy',
      'person_region',
      'person_role',
      'person',
      'responsible_role',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
