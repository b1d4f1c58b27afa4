import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Evaluation surveys (Webropol): survey → scale points, themes (each linked to a focus area),
 * questions (Likert or open) → counts per scale value, open answers.
 *
 * Only raw figures are stored: the count of each scale value and the respondent count the report
 * states. Averages, percentages and distributions are computed from the counts when read; the one
 * typed-in number, `survey_theme.claimed_average`, is another document's claim, shown beside the
 * computed figure and never used to compute anything.
 *
 * Tenancy as in the strategy model: composite keys `(parent_id, organization_id)`; the counts'
 * scale value must be one of its survey's scale points. A survey goes with all its children
 * (CASCADE); a focus area that a survey theme points at cannot be deleted (RESTRICT).
 */
export class EvaluationSurveys1763950000000 implements MigrationInterface {
  name = 'EvaluationSurveys1763950000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE survey (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        region_id uuid NOT NULL,
        year integer NOT NULL,
        strategy_id uuid,
        title text NOT NULL,
        ran_from date,
        ran_to date,
        ran_note text,
        invited_count integer,
        respondent_count integer,
        source_format text NOT NULL,
        source_text text NOT NULL,
        content_hash text NOT NULL,
        imported_by uuid,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT fk_survey_organization FOREIGN KEY (organization_id) REFERENCES organization(id) ON DELETE RESTRICT,
        CONSTRAINT fk_survey_region FOREIGN KEY (region_id) REFERENCES region(id) ON DELETE RESTRICT,
        CONSTRAINT fk_survey_strategy FOREIGN KEY (strategy_id, organization_id) REFERENCES strategy(id, organization_id) ON DELETE SET NULL (strategy_id),
        CONSTRAINT fk_survey_imported_by FOREIGN KEY (imported_by) REFERENCES user_account(id) ON DELETE SET NULL,
        CONSTRAINT uq_survey_id_org UNIQUE (id, organization_id),
        -- the same report imported twice is refused, not duplicated
        CONSTRAINT uq_survey_org_content_hash UNIQUE (organization_id, content_hash),
        CONSTRAINT ck_survey_year CHECK (year BETWEEN 1990 AND 2100),
        CONSTRAINT ck_survey_title CHECK (length(btrim(title)) > 0),
        CONSTRAINT ck_survey_counts CHECK (
          (invited_count IS NULL OR invited_count >= 0) AND (respondent_count IS NULL OR respondent_count >= 0)
          AND (invited_count IS NULL OR respondent_count IS NULL OR respondent_count <= invited_count)),
        CONSTRAINT ck_survey_ran CHECK (ran_to IS NULL OR ran_from IS NULL OR ran_to >= ran_from),
        CONSTRAINT ck_survey_source_format CHECK (source_format IN ('webropol-report', 'webropol-csv'))
      )`);
    await q.query(`CREATE INDEX ix_survey_org_year_region ON survey (organization_id, year, region_id)`);
    await q.query(`CREATE INDEX ix_survey_region ON survey (region_id)`);
    await q.query(`CREATE INDEX ix_survey_strategy ON survey (strategy_id)`);
    await q.query(`CREATE INDEX ix_survey_imported_by ON survey (imported_by)`);

    await q.query(`
      CREATE TABLE survey_scale_point (
        survey_id uuid NOT NULL,
        value integer NOT NULL,
        label text NOT NULL,
        CONSTRAINT pk_survey_scale_point PRIMARY KEY (survey_id, value),
        CONSTRAINT fk_survey_scale_point_survey FOREIGN KEY (survey_id) REFERENCES survey(id) ON DELETE CASCADE
      )`);

    await q.query(`
      CREATE TABLE survey_theme (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        survey_id uuid NOT NULL,
        sort_order integer NOT NULL,
        title text NOT NULL,
        focus_area_id uuid,
        claimed_average numeric,
        claimed_source text,
        CONSTRAINT uq_survey_theme_order UNIQUE (survey_id, sort_order),
        CONSTRAINT uq_survey_theme_id_survey UNIQUE (id, survey_id),
        CONSTRAINT fk_survey_theme_survey FOREIGN KEY (survey_id, organization_id) REFERENCES survey(id, organization_id) ON DELETE CASCADE,
        CONSTRAINT fk_survey_theme_focus_area FOREIGN KEY (focus_area_id, organization_id) REFERENCES focus_area(id, organization_id) ON DELETE RESTRICT,
        CONSTRAINT ck_survey_theme_claimed CHECK (claimed_average IS NULL OR (claimed_average >= 0 AND claimed_average <= 100))
      )`);
    await q.query(`CREATE INDEX ix_survey_theme_focus_area ON survey_theme (focus_area_id)`);

    await q.query(`
      CREATE TABLE survey_question (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        survey_id uuid NOT NULL,
        theme_id uuid,
        number integer NOT NULL,
        text text NOT NULL,
        kind text NOT NULL,
        -- as the report states it ("Vastaajien määrä"); for a Likert question the import checks it
        -- equals the sum of its counts, which is what averages divide by
        respondent_count integer NOT NULL,
        reported_average numeric,
        source_line integer,
        source_column text,
        CONSTRAINT uq_survey_question_number UNIQUE (survey_id, number),
        CONSTRAINT uq_survey_question_id_survey UNIQUE (id, survey_id),
        CONSTRAINT fk_survey_question_survey FOREIGN KEY (survey_id, organization_id) REFERENCES survey(id, organization_id) ON DELETE CASCADE,
        CONSTRAINT fk_survey_question_theme FOREIGN KEY (theme_id, survey_id) REFERENCES survey_theme(id, survey_id) ON DELETE CASCADE,
        CONSTRAINT ck_survey_question_kind CHECK (kind IN ('likert', 'open')),
        CONSTRAINT ck_survey_question_respondents CHECK (respondent_count >= 0)
      )`);
    await q.query(`CREATE INDEX ix_survey_question_theme ON survey_question (theme_id)`);

    await q.query(`
      CREATE TABLE survey_likert_count (
        question_id uuid NOT NULL,
        survey_id uuid NOT NULL,
        value integer NOT NULL,
        n integer NOT NULL,
        reported_percent numeric,
        CONSTRAINT pk_survey_likert_count PRIMARY KEY (question_id, value),
        CONSTRAINT fk_survey_likert_count_question FOREIGN KEY (question_id, survey_id) REFERENCES survey_question(id, survey_id) ON DELETE CASCADE,
        CONSTRAINT fk_survey_likert_count_scale FOREIGN KEY (survey_id, value) REFERENCES survey_scale_point(survey_id, value) ON DELETE CASCADE,
        CONSTRAINT ck_survey_likert_count_n CHECK (n >= 0)
      )`);
    await q.query(`CREATE INDEX ix_survey_likert_count_survey ON survey_likert_count (survey_id, value)`);

    await q.query(`
      CREATE TABLE survey_open_answer (
        question_id uuid NOT NULL,
        survey_id uuid NOT NULL,
        sort_order integer NOT NULL,
        text text NOT NULL,
        CONSTRAINT pk_survey_open_answer PRIMARY KEY (question_id, sort_order),
        CONSTRAINT fk_survey_open_answer_question FOREIGN KEY (question_id, survey_id) REFERENCES survey_question(id, survey_id) ON DELETE CASCADE
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['survey_open_answer', 'survey_likert_count', 'survey_question', 'survey_theme', 'survey_scale_point', 'survey']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
