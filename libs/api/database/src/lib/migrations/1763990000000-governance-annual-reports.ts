import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Governance (regional steering groups with members and deputies over time) and annual reports
 * (*toimintakertomus*): report → one section per theme/focus area, with the steering group's
 * composition copied into the report so a later change of the group does not rewrite history.
 *
 * Tenancy as in the strategy model: composite keys `(parent_id, organization_id)`.
 *
 * A section keeps the planner's text (`body`) apart from the machine-made `draft`, so drafting
 * again can never overwrite what someone wrote. An approved report is locked by the database
 * too: a trigger refuses any change to its sections until the report is reopened.
 */
export class GovernanceAnnualReports1763990000000 implements MigrationInterface {
  name = 'GovernanceAnnualReports1763990000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE steering_group (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        -- NULL: an organization-level body (e.g. the advisory board)
        region_id uuid,
        code text,
        name text NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT fk_steering_group_organization FOREIGN KEY (organization_id) REFERENCES organization(id) ON DELETE RESTRICT,
        CONSTRAINT fk_steering_group_region FOREIGN KEY (region_id) REFERENCES region(id) ON DELETE RESTRICT,
        CONSTRAINT uq_steering_group_org_code UNIQUE (organization_id, code),
        CONSTRAINT uq_steering_group_id_org UNIQUE (id, organization_id),
        CONSTRAINT ck_steering_group_name CHECK (length(btrim(name)) > 0)
      )`);
    await q.query(`CREATE INDEX ix_steering_group_region ON steering_group (region_id)`);

    await q.query(`
      CREATE TABLE steering_group_member (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        group_id uuid NOT NULL,
        person_id uuid,
        -- kept on the row: the title and employer are those of the membership period
        name text NOT NULL,
        title text,
        employer text,
        membership text NOT NULL,
        deputy_of_id uuid,
        chair boolean NOT NULL DEFAULT false,
        valid_from date,
        valid_to date,
        sort_order integer NOT NULL DEFAULT 0,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT fk_steering_group_member_group FOREIGN KEY (group_id, organization_id) REFERENCES steering_group(id, organization_id) ON DELETE CASCADE,
        CONSTRAINT fk_steering_group_member_person FOREIGN KEY (person_id, organization_id) REFERENCES person(id, organization_id) ON DELETE RESTRICT,
        CONSTRAINT uq_steering_group_member_id_group UNIQUE (id, group_id),
        -- a deputy stands in for a member of the same group
        CONSTRAINT fk_steering_group_member_deputy_of FOREIGN KEY (deputy_of_id, group_id) REFERENCES steering_group_member(id, group_id) ON DELETE SET NULL (deputy_of_id),
        CONSTRAINT ck_steering_group_member_membership CHECK (membership IN ('member', 'deputy', 'presenter')),
        CONSTRAINT ck_steering_group_member_deputy CHECK (deputy_of_id IS NULL OR membership = 'deputy'),
        CONSTRAINT ck_steering_group_member_valid_range CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from),
        CONSTRAINT ck_steering_group_member_name CHECK (length(btrim(name)) > 0)
      )`);
    await q.query(`CREATE INDEX ix_steering_group_member_group ON steering_group_member (group_id, sort_order)`);
    await q.query(`CREATE INDEX ix_steering_group_member_person ON steering_group_member (person_id)`);
    await q.query(`CREATE INDEX ix_steering_group_member_deputy_of ON steering_group_member (deputy_of_id)`);

    await q.query(`
      CREATE TABLE annual_report (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        -- NULL: the whole organization's report, combining the regions
        region_id uuid,
        year integer NOT NULL,
        title text NOT NULL,
        status text NOT NULL DEFAULT 'draft',
        author_person_id uuid,
        author_name text,
        author_title text,
        report_date date,
        introduction text NOT NULL DEFAULT '',
        strategy_id uuid,
        plan_id uuid,
        survey_id uuid,
        steering_group_id uuid,
        steering_group_name text,
        steering_group_on date,
        -- the composition on steering_group_on, copied: [{name, title, employer, membership, deputyOfName, chair}]
        steering_group_snapshot jsonb NOT NULL DEFAULT '[]',
        source text,
        created_by uuid,
        submitted_at timestamptz,
        approved_at timestamptz,
        approved_by uuid,
        approved_by_name text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT fk_annual_report_organization FOREIGN KEY (organization_id) REFERENCES organization(id) ON DELETE RESTRICT,
        CONSTRAINT fk_annual_report_region FOREIGN KEY (region_id) REFERENCES region(id) ON DELETE RESTRICT,
        CONSTRAINT fk_annual_report_author FOREIGN KEY (author_person_id, organization_id) REFERENCES person(id, organization_id) ON DELETE SET NULL (author_person_id),
        CONSTRAINT fk_annual_report_strategy FOREIGN KEY (strategy_id, organization_id) REFERENCES strategy(id, organization_id) ON DELETE RESTRICT,
        CONSTRAINT fk_annual_report_plan FOREIGN KEY (plan_id, organization_id) REFERENCES action_plan(id, organization_id) ON DELETE SET NULL (plan_id),
        CONSTRAINT fk_annual_report_survey FOREIGN KEY (survey_id, organization_id) REFERENCES survey(id, organization_id) ON DELETE SET NULL (survey_id),
        CONSTRAINT fk_annual_report_steering_group FOREIGN KEY (steering_group_id, organization_id) REFERENCES steering_group(id, organization_id) ON DELETE SET NULL (steering_group_id),
        CONSTRAINT fk_annual_report_created_by FOREIGN KEY (created_by) REFERENCES user_account(id) ON DELETE SET NULL,
        CONSTRAINT fk_annual_report_approved_by FOREIGN KEY (approved_by) REFERENCES user_account(id) ON DELETE SET NULL,
        CONSTRAINT uq_annual_report_id_org UNIQUE (id, organization_id),
        -- one report per region and year, and one for the whole organization (NULL region) per year
        CONSTRAINT uq_annual_report_scope UNIQUE NULLS NOT DISTINCT (organization_id, region_id, year),
        CONSTRAINT ck_annual_report_status CHECK (status IN ('draft', 'in_review', 'approved')),
        CONSTRAINT ck_annual_report_year CHECK (year BETWEEN 2000 AND 2100),
        CONSTRAINT ck_annual_report_title CHECK (length(btrim(title)) > 0),
        CONSTRAINT ck_annual_report_snapshot CHECK (jsonb_typeof(steering_group_snapshot) = 'array'),
        CONSTRAINT ck_annual_report_approved CHECK ((status = 'approved') = (approved_at IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX ix_annual_report_org_year ON annual_report (organization_id, year)`);
    for (const column of ['region_id', 'author_person_id', 'strategy_id', 'plan_id', 'survey_id', 'steering_group_id', 'created_by', 'approved_by']) {
      await q.query(`CREATE INDEX ix_annual_report_${column.replace(/_id$/, '')} ON annual_report (${column})`);
    }

    await q.query(`
      CREATE TABLE annual_report_section (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        report_id uuid NOT NULL,
        focus_area_id uuid,
        number integer NOT NULL,
        heading text NOT NULL,
        -- the planner's text (a safe Markdown subset; never HTML); drafting never writes here
        body text NOT NULL DEFAULT '',
        -- made from the progress log and the year's actions; replaced on each redraft
        draft text,
        drafted_at timestamptz,
        updated_by uuid,
        updated_by_name text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT fk_annual_report_section_report FOREIGN KEY (report_id, organization_id) REFERENCES annual_report(id, organization_id) ON DELETE CASCADE,
        CONSTRAINT fk_annual_report_section_focus_area FOREIGN KEY (focus_area_id, organization_id) REFERENCES focus_area(id, organization_id) ON DELETE RESTRICT,
        CONSTRAINT fk_annual_report_section_updated_by FOREIGN KEY (updated_by) REFERENCES user_account(id) ON DELETE SET NULL,
        CONSTRAINT uq_annual_report_section_number UNIQUE (report_id, number),
        CONSTRAINT uq_annual_report_section_focus_area UNIQUE (report_id, focus_area_id),
        CONSTRAINT ck_annual_report_section_heading CHECK (length(btrim(heading)) > 0),
        CONSTRAINT ck_annual_report_section_number CHECK (number > 0)
      )`);
    await q.query(`CREATE INDEX ix_annual_report_section_focus_area ON annual_report_section (focus_area_id)`);
    await q.query(`CREATE INDEX ix_annual_report_section_updated_by ON annual_report_section (updated_by)`);

    // The lock of an approved report, also against writes that bypass the service.
    await q.query(`
      CREATE FUNCTION annual_report_section_locked() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        report_status text;
      BEGIN
        SELECT status INTO report_status FROM annual_report WHERE id = COALESCE(NEW.report_id, OLD.report_id);
        IF report_status = 'approved' THEN
          RAISE EXCEPTION 'annual report % is approved: reopen it before changing its sections', COALESCE(NEW.report_id, OLD.report_id)
            USING ERRCODE = 'check_violation';
        END IF;
        RETURN COALESCE(NEW, OLD);
      END
      $$`);
    await q.query(`
      CREATE TRIGGER tr_annual_report_section_locked BEFORE INSERT OR UPDATE OR DELETE ON annual_report_section
      FOR EACH ROW EXECUTE FUNCTION annual_report_section_locked()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE annual_report_section`);
    await q.query(`DROP FUNCTION annual_report_section_locked()`);
    await q.query(`DROP TABLE annual_report`);
    await q.query(`DROP TABLE steering_group_member`);
    await q.query(`DROP TABLE steering_group`);
  }
}
