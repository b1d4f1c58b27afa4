import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Meetings of governing bodies (e.g. a regional steering group) with their minute items
 * (§ number, title, proposal *esitys*, discussion *käsittely*, decision *päätös*), and the register
 * of networks the organization coordinates. Both link to focus areas, so the board can see what was
 * decided, and which networks work, per focus area.
 *
 * Tenancy as in the strategy model: composite keys `(parent_id, organization_id)`; links to
 * `focus_area` are ON DELETE RESTRICT (a focus area that minutes refer to cannot vanish).
 * `code` is the seed file's stable key, so seeding is re-runnable.
 */
export class MeetingsAndNetworks1764000000000 implements MigrationInterface {
  name = 'MeetingsAndNetworks1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE meeting (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        -- NULL: an organization-level body
        region_id uuid,
        code text,
        -- the kind of body, e.g. regional_steering_group
        body text NOT NULL,
        body_name text,
        -- NULL when the minutes carry no date (e.g. EP 2014); then the estimate and why, if known
        date date,
        date_earliest date,
        date_latest date,
        date_note text,
        place text,
        chair text,
        secretary text,
        notes text,
        source text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT fk_meeting_organization FOREIGN KEY (organization_id) REFERENCES organization(id) ON DELETE RESTRICT,
        CONSTRAINT fk_meeting_region FOREIGN KEY (region_id) REFERENCES region(id) ON DELETE RESTRICT,
        CONSTRAINT uq_meeting_org_code UNIQUE (organization_id, code),
        CONSTRAINT uq_meeting_id_org UNIQUE (id, organization_id),
        CONSTRAINT ck_meeting_body CHECK (length(btrim(body)) > 0),
        CONSTRAINT ck_meeting_date_estimate CHECK (date_latest IS NULL OR date_earliest IS NULL OR date_latest >= date_earliest)
      )`);
    await q.query(`CREATE INDEX ix_meeting_org_date ON meeting (organization_id, date)`);
    await q.query(`CREATE INDEX ix_meeting_region ON meeting (region_id)`);

    await q.query(`
      CREATE TABLE meeting_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        meeting_id uuid NOT NULL,
        -- the § number
        number integer NOT NULL,
        title text NOT NULL,
        proposal text,
        discussion text,
        decision text,
        note text,
        sort_order integer NOT NULL DEFAULT 0,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT fk_meeting_item_meeting FOREIGN KEY (meeting_id, organization_id) REFERENCES meeting(id, organization_id) ON DELETE CASCADE,
        CONSTRAINT uq_meeting_item_number UNIQUE (meeting_id, number),
        CONSTRAINT uq_meeting_item_id_org UNIQUE (id, organization_id),
        CONSTRAINT ck_meeting_item_number CHECK (number > 0),
        CONSTRAINT ck_meeting_item_title CHECK (length(btrim(title)) > 0)
      )`);

    await q.query(`
      CREATE TABLE meeting_item_focus_area (
        organization_id uuid NOT NULL,
        item_id uuid NOT NULL,
        focus_area_id uuid NOT NULL,
        PRIMARY KEY (item_id, focus_area_id),
        CONSTRAINT fk_meeting_item_focus_area_item FOREIGN KEY (item_id, organization_id) REFERENCES meeting_item(id, organization_id) ON DELETE CASCADE,
        CONSTRAINT fk_meeting_item_focus_area_focus_area FOREIGN KEY (focus_area_id, organization_id) REFERENCES focus_area(id, organization_id) ON DELETE RESTRICT
      )`);
    await q.query(`CREATE INDEX ix_meeting_item_focus_area_focus_area ON meeting_item_focus_area (focus_area_id)`);

    await q.query(`
      CREATE TABLE network (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        region_id uuid,
        code text,
        name text NOT NULL,
        coordinator text,
        since_year integer,
        -- a single number when the source gives one; min/max when it gives a range ("3–4 × vuodessa")
        meetings_per_year integer,
        meetings_per_year_min integer,
        meetings_per_year_max integer,
        meetings_per_year_text text,
        status text NOT NULL DEFAULT 'active',
        notes text,
        source text,
        sort_order integer NOT NULL DEFAULT 0,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT fk_network_organization FOREIGN KEY (organization_id) REFERENCES organization(id) ON DELETE RESTRICT,
        CONSTRAINT fk_network_region FOREIGN KEY (region_id) REFERENCES region(id) ON DELETE RESTRICT,
        CONSTRAINT uq_network_org_code UNIQUE (organization_id, code),
        CONSTRAINT uq_network_id_org UNIQUE (id, organization_id),
        CONSTRAINT ck_network_name CHECK (length(btrim(name)) > 0),
        CONSTRAINT ck_network_since_year CHECK (since_year IS NULL OR since_year BETWEEN 1900 AND 2100),
        CONSTRAINT ck_network_meetings CHECK (
          (meetings_per_year IS NULL OR meetings_per_year >= 0)
          AND (meetings_per_year_min IS NULL OR meetings_per_year_min >= 0)
          AND (meetings_per_year_max IS NULL OR meetings_per_year_min IS NULL OR meetings_per_year_max >= meetings_per_year_min)),
        CONSTRAINT ck_network_status CHECK (status IN ('active', 'planned', 'under_consideration', 'ended'))
      )`);
    await q.query(`CREATE INDEX ix_network_region ON network (region_id, sort_order)`);

    await q.query(`
      CREATE TABLE network_focus_area (
        organization_id uuid NOT NULL,
        network_id uuid NOT NULL,
        focus_area_id uuid NOT NULL,
        PRIMARY KEY (network_id, focus_area_id),
        CONSTRAINT fk_network_focus_area_network FOREIGN KEY (network_id, organization_id) REFERENCES network(id, organization_id) ON DELETE CASCADE,
        CONSTRAINT fk_network_focus_area_focus_area FOREIGN KEY (focus_area_id, organization_id) REFERENCES focus_area(id, organization_id) ON DELETE RESTRICT
      )`);
    await q.query(`CREATE INDEX ix_network_focus_area_focus_area ON network_focus_area (focus_area_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE network_focus_area`);
    await q.query(`DROP TABLE network`);
    await q.query(`DROP TABLE meeting_item_focus_area`);
    await q.query(`DROP TABLE meeting_item`);
    await q.query(`DROP TABLE meeting`);
  }
}
