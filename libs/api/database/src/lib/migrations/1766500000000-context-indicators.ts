import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * THL Sotkanet context indicators (api-indicators): the official welfare indicators an
 * organization chose, each linked to a focus area, and their values per region as fetched from
 * Sotkanet's REST API (or uploaded from a Sotkanet CSV export).
 *
 * - `indicator_region`: how an organization's region is found in Sotkanet: a region category and
 *   code (maakunta 14 = Etelä-Pohjanmaa…) and, once resolved from Sotkanet's region list or typed
 *   in, Sotkanet's own region id.
 * - `indicator_choice`: a chosen Sotkanet indicator (its numeric id), the focus area it gives
 *   context to (SET NULL when the focus area is deleted), THL's metadata as last fetched (title,
 *   description, interpretation, source, unit, decimals, year range) and the last fetch's outcome.
 *   `fetch_status` is `not_fetched` until a sync or an upload stores values.
 * - `indicator_value`: one value of a chosen indicator for a region, year and gender, with where
 *   it came from (`sotkanet_api` or `csv_upload`) and when. Never typed in by hand.
 */
export class ContextIndicators1766500000000 implements MigrationInterface {
  name = 'ContextIndicators1766500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE indicator_region (
        organization_id uuid NOT NULL,
        region_id uuid NOT NULL,
        sotkanet_category text NOT NULL DEFAULT 'MAAKUNTA',
        sotkanet_code text,
        sotkanet_region_id integer,
        sotkanet_title text,
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_indicator_region PRIMARY KEY (region_id),
        CONSTRAINT fk_indicator_region_region FOREIGN KEY (region_id, organization_id) REFERENCES region(id, organization_id) ON DELETE CASCADE,
        CONSTRAINT ck_indicator_region_target CHECK (sotkanet_code IS NOT NULL OR sotkanet_region_id IS NOT NULL),
        CONSTRAINT ck_indicator_region_category CHECK (sotkanet_category ~ '^[A-Z_]{1,40}$')
      )`);
    await q.query(`CREATE INDEX ix_indicator_region_org ON indicator_region (organization_id)`);
    await q.query(`
      CREATE TABLE indicator_choice (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        sotkanet_id integer NOT NULL,
        focus_area_id uuid,
        title_fi text,
        title_sv text,
        title_en text,
        description jsonb,
        interpretation jsonb,
        source jsonb,
        unit text,
        decimals integer,
        range_start integer,
        range_end integer,
        metadata_fetched_at timestamptz,
        fetch_status text NOT NULL DEFAULT 'not_fetched',
        fetch_error text,
        last_attempt_at timestamptz,
        values_fetched_at timestamptz,
        values_source text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT fk_indicator_choice_organization FOREIGN KEY (organization_id) REFERENCES organization(id) ON DELETE RESTRICT,
        CONSTRAINT fk_indicator_choice_focus_area FOREIGN KEY (focus_area_id, organization_id) REFERENCES focus_area(id, organization_id) ON DELETE SET NULL (focus_area_id),
        CONSTRAINT uq_indicator_choice_id_org UNIQUE (id, organization_id),
        CONSTRAINT uq_indicator_choice_sotkanet UNIQUE (organization_id, sotkanet_id),
        CONSTRAINT ck_indicator_choice_sotkanet_id CHECK (sotkanet_id > 0),
        CONSTRAINT ck_indicator_choice_status CHECK (fetch_status IN ('not_fetched', 'ok', 'failed')),
        CONSTRAINT ck_indicator_choice_values_source CHECK (values_source IS NULL OR values_source IN ('sotkanet_api', 'csv_upload'))
      )`);
    await q.query(`CREATE INDEX ix_indicator_choice_focus_area ON indicator_choice (focus_area_id)`);
    await q.query(`
      CREATE TABLE indicator_value (
        organization_id uuid NOT NULL,
        choice_id uuid NOT NULL,
        region_id uuid NOT NULL,
        year integer NOT NULL,
        gender text NOT NULL DEFAULT 'total',
        value numeric NOT NULL,
        abs_value numeric,
        source text NOT NULL,
        fetched_at timestamptz NOT NULL,
        CONSTRAINT pk_indicator_value PRIMARY KEY (choice_id, region_id, year, gender),
        CONSTRAINT fk_indicator_value_choice FOREIGN KEY (choice_id, organization_id) REFERENCES indicator_choice(id, organization_id) ON DELETE CASCADE,
        CONSTRAINT fk_indicator_value_region FOREIGN KEY (region_id, organization_id) REFERENCES region(id, organization_id) ON DELETE CASCADE,
        CONSTRAINT ck_indicator_value_year CHECK (year BETWEEN 1900 AND 2200),
        CONSTRAINT ck_indicator_value_gender CHECK (gender IN ('total', 'male', 'female')),
        CONSTRAINT ck_indicator_value_source CHECK (source IN ('sotkanet_api', 'csv_upload'))
      )`);
    await q.query(`CREATE INDEX ix_indicator_value_region ON indicator_value (region_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE indicator_value`);
    await q.query(`DROP TABLE indicator_choice`);
    await q.query(`DROP TABLE indicator_region`);
  }
}
