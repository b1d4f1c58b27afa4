// Generates the benchmark data set directly in PostgreSQL, set-based (INSERT … SELECT over
// generate_series), so 1M progress entries take a minute or two instead of hours through the API.
//
// Deterministic: every id is md5(seed, kind, key) as a v4-shaped uuid and every "random" choice is
// hashtextextended(key, seed) — a pure function of the row's key, independent of the order in
// which PostgreSQL produces rows (setseed()/random() would depend on the plan).
//
// Shape per organization (BENCH_SCALE scales only the entry count):
//   3 regions; two strategy versions (2016–2020, 2021–2025; the second's focus areas, CSFs and
//   criteria point at the first's as predecessors, so the lineage walks are real); 4 focus areas ×
//   3 CSFs × 5 criteria = 60 criteria and 60 strategy actions per strategy; 5 two-year
//   organization-wide plans (2016, 2018 … 2024) with 4 themes and 150 actions each (75 per year,
//   each linked to one criterion of its theme's focus area and to 1–3 regions); 100,000 progress
//   entries over the 10 years (80 % against an action of the year's plan, 20 % against a
//   criterion; half with a value; 1 % retracted); one survey per region and year (4 themes × 3
//   Likert questions + 1 open question, scale 1–5); one admin user.

export const FIRST_YEAR = 2016;
export const YEARS = 10;
export const ORGS = 10;
export const ENTRIES_PER_ORG = 100_000;

/**
 * @param {import('pg').Client} db a connection to the (migrated) bench database
 * @param {{ seed: number, scale: number, passwordHash: string, log?: (m: string) => void }} options
 * @returns {Promise<{ orgs: { id: string, code: string, email: string }[], entries: number }>}
 */
export async function generate(db, { seed, scale, passwordHash, log = () => undefined }) {
  const entriesPerOrg = Math.max(1000, Math.round(ENTRIES_PER_ORG * scale));
  const step = async (label, sql, params = []) => {
    const t0 = performance.now();
    const { rowCount } = await db.query(sql, params);
    log(`  ${label}: ${rowCount ?? 0} rows in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  };
  await db.query('DROP SCHEMA IF EXISTS bench_gen CASCADE');
  await db.query('CREATE SCHEMA bench_gen');
  // id(kind, key) and rnd(kind, key) ∈ [0, 1): pure functions of the seed and the row's key.
  // Version-4 / RFC variant bits set, so the ids pass the API's @IsUUID() like gen_random_uuid()'s.
  await db.query(`CREATE FUNCTION bench_gen.id(kind text, key text) RETURNS uuid IMMUTABLE LANGUAGE sql
    AS $$ SELECT (substr(h, 1, 12) || '4' || substr(h, 14, 3) || '8' || substr(h, 18))::uuid FROM md5('${seed}:' || kind || ':' || key) h $$`);
  await db.query(`CREATE FUNCTION bench_gen.rnd(kind text, key text) RETURNS float8 IMMUTABLE LANGUAGE sql
    AS $$ SELECT (hashtextextended(kind || ':' || key, ${seed}) & 9007199254740991)::float8 / 9007199254740992 $$`);
  await db.query(`CREATE TABLE bench_gen.o AS
    SELECT g AS o, bench_gen.id('org', g::text) AS org_id, 'B' || lpad(g::text, 2, '0') AS code FROM generate_series(1, ${ORGS}) g`);

  await db.query('BEGIN');
  await step('organizations', `INSERT INTO organization (id, code, name, full_name)
    SELECT org_id, code, 'Bench ' || code, 'Benchmark competence centre ' || code FROM bench_gen.o`);
  await step('regions', `INSERT INTO region (id, organization_id, code, name, sort_order)
    SELECT bench_gen.id('region', o || ':' || r), org_id, code || '-R' || r,
           jsonb_build_object('fi', 'Alue ' || r, 'sv', 'Region ' || r, 'en', 'Region ' || r), r
      FROM bench_gen.o, generate_series(1, 3) r`);
  await step('admins', `INSERT INTO user_account (organization_id, email, display_name, password_hash, roles, status)
    SELECT org_id, 'admin@' || lower(code) || '.bench.local', 'Bench admin ' || code, $1, '{admin}', 'active' FROM bench_gen.o`, [passwordHash]);
  // Strategy s = 1 (2016–2020, archived) and s = 2 (2021–2025, approved, predecessor s = 1).
  await step('strategies', `INSERT INTO strategy (id, organization_id, code, title, valid_from, valid_to, status, predecessor_id)
    SELECT bench_gen.id('strategy', o || ':' || s), org_id, 'S' || s, 'Strategia ' || (${FIRST_YEAR} + (s - 1) * 5) || '–' || (${FIRST_YEAR} + s * 5 - 1),
           make_date(${FIRST_YEAR} + (s - 1) * 5, 1, 1), make_date(${FIRST_YEAR} + s * 5 - 1, 12, 31),
           CASE s WHEN 1 THEN 'archived' ELSE 'approved' END,
           CASE s WHEN 2 THEN bench_gen.id('strategy', o || ':1') END
      FROM bench_gen.o, generate_series(1, 2) s ORDER BY s`);
  await step('focus areas', `INSERT INTO focus_area (id, organization_id, strategy_id, code, title, sort_order, predecessor_id)
    SELECT bench_gen.id('fa', o || ':' || s || ':' || f), org_id, bench_gen.id('strategy', o || ':' || s), 'S' || s || '-P' || f,
           'Painopiste ' || f, f, CASE s WHEN 2 THEN bench_gen.id('fa', o || ':1:' || f) END
      FROM bench_gen.o, generate_series(1, 2) s, generate_series(1, 4) f ORDER BY s`);
  await step('CSFs', `INSERT INTO critical_success_factor (id, organization_id, focus_area_id, title, sort_order, predecessor_id)
    SELECT bench_gen.id('csf', o || ':' || s || ':' || f || ':' || c), org_id, bench_gen.id('fa', o || ':' || s || ':' || f),
           'Kriittinen menestystekijä ' || f || '.' || c, c, CASE s WHEN 2 THEN bench_gen.id('csf', o || ':1:' || f || ':' || c) END
      FROM bench_gen.o, generate_series(1, 2) s, generate_series(1, 4) f, generate_series(1, 3) c ORDER BY s`);
  // Criterion k (1..60) of strategy s sits under focus area ceil(k/15), CSF ((k-1) % 15) / 5 + 1.
  await db.query(`CREATE TABLE bench_gen.k AS
    SELECT k, (k - 1) / 15 + 1 AS f, ((k - 1) % 15) / 5 + 1 AS c FROM generate_series(1, 60) k`);
  await step('criteria', `INSERT INTO evaluation_criterion (id, organization_id, csf_id, title, measurement_kind, unit, yearly_target, sort_order, predecessor_id)
    SELECT bench_gen.id('crit', o || ':' || s || ':' || k), org_id, bench_gen.id('csf', o || ':' || s || ':' || f || ':' || c),
           'Arviointikriteeri ' || k, CASE WHEN k % 4 = 0 THEN 'milestone' ELSE 'count' END,
           CASE WHEN k % 4 = 0 THEN NULL ELSE 'kpl' END, CASE WHEN k % 4 = 0 THEN NULL ELSE 10 + k END, k,
           CASE s WHEN 2 THEN bench_gen.id('crit', o || ':1:' || k) END
      FROM bench_gen.o, generate_series(1, 2) s, bench_gen.k ORDER BY s`);
  await step('strategy actions', `INSERT INTO strategy_action (id, organization_id, csf_id, criterion_id, text, sort_order)
    SELECT bench_gen.id('sact', o || ':' || s || ':' || k), org_id, bench_gen.id('csf', o || ':' || s || ':' || f || ':' || c),
           bench_gen.id('crit', o || ':' || s || ':' || k), 'Strateginen toimenpide ' || k, k
      FROM bench_gen.o, generate_series(1, 2) s, bench_gen.k`);
  // Plan p (0..4) starts in FIRST_YEAR + 2p; plans starting before the second strategy follow the first.
  await db.query(`CREATE TABLE bench_gen.p AS
    SELECT p, ${FIRST_YEAR} + 2 * p AS start_year, CASE WHEN ${FIRST_YEAR} + 2 * p < ${FIRST_YEAR + 5} THEN 1 ELSE 2 END AS s
      FROM generate_series(0, ${YEARS / 2 - 1}) p`);
  await step('plans', `INSERT INTO action_plan (id, organization_id, strategy_id, code, title, start_year, status, approved_on, predecessor_id)
    SELECT bench_gen.id('plan', o || ':' || p), org_id, bench_gen.id('strategy', o || ':' || s), 'TS-' || start_year,
           'Toimintasuunnitelma ' || start_year || '–' || (start_year + 1), start_year,
           CASE WHEN p = ${YEARS / 2 - 1} THEN 'approved' ELSE 'closed' END, make_date(start_year - 1, 12, 1),
           CASE WHEN p > 0 THEN bench_gen.id('plan', o || ':' || (p - 1)) END
      FROM bench_gen.o, bench_gen.p ORDER BY p`);
  await step('plan themes', `INSERT INTO action_plan_theme (id, organization_id, plan_id, focus_area_id, title, sort_order)
    SELECT bench_gen.id('theme', o || ':' || p || ':' || f), org_id, bench_gen.id('plan', o || ':' || p),
           bench_gen.id('fa', o || ':' || s || ':' || f), 'Painopiste ' || f, f
      FROM bench_gen.o, bench_gen.p, generate_series(1, 4) f`);
  // Action a (0..149) of plan p: theme a % 4 + 1, year start + a % 2, criterion of that focus area.
  await step('plan actions', `INSERT INTO plan_action (id, organization_id, plan_id, plan_start_year, theme_id, code, year, title, status, target_value, target_unit, sort_order)
    SELECT bench_gen.id('act', o || ':' || p || ':' || a), org_id, bench_gen.id('plan', o || ':' || p), start_year,
           bench_gen.id('theme', o || ':' || p || ':' || (a % 4 + 1)), 'T' || a, start_year + a % 2, 'Toimenpide ' || a,
           (ARRAY['planned', 'in_progress', 'done', 'done', 'postponed', 'cancelled'])[1 + floor(bench_gen.rnd('act-status', o || ':' || p || ':' || a) * 6)::int],
           CASE WHEN a % 3 = 0 THEN 5 + a % 20 END, CASE WHEN a % 3 = 0 THEN 'kpl' END, a
      FROM bench_gen.o, bench_gen.p, generate_series(0, 149) a`);
  await step('plan action regions', `INSERT INTO plan_action_region (action_id, region_id, organization_id, sort_order)
    SELECT bench_gen.id('act', o || ':' || p || ':' || a), bench_gen.id('region', o || ':' || r), org_id, r
      FROM bench_gen.o, bench_gen.p, generate_series(0, 149) a, generate_series(1, 3) r
     WHERE a % 3 = 0 OR r = 1 + a % 3`);
  await step('plan action criteria', `INSERT INTO plan_action_criterion (action_id, criterion_id, organization_id, sort_order)
    SELECT bench_gen.id('act', o || ':' || p || ':' || a), bench_gen.id('crit', o || ':' || s || ':' || ((a % 4) * 15 + 1 + (a / 4) % 15)), org_id, 0
      FROM bench_gen.o, bench_gen.p, generate_series(0, 149) a`);
  await step('surveys', `INSERT INTO survey (id, organization_id, region_id, year, strategy_id, title, ran_from, ran_to, invited_count, respondent_count, source_format, source_text, content_hash)
    SELECT bench_gen.id('survey', o || ':' || r || ':' || y), org_id, bench_gen.id('region', o || ':' || r), y,
           bench_gen.id('strategy', o || ':' || CASE WHEN y < ${FIRST_YEAR + 5} THEN 1 ELSE 2 END),
           'Arviointikysely ' || y || ' alue ' || r, make_date(y, 10, 1), make_date(y, 10, 31), 200, 120,
           'webropol-csv', 'generated by npm run bench', md5('${seed}:survey:' || o || ':' || r || ':' || y)
      FROM bench_gen.o, generate_series(1, 3) r, generate_series(${FIRST_YEAR}, ${FIRST_YEAR + YEARS - 1}) y`);
  await step('survey scale', `INSERT INTO survey_scale_point (survey_id, value, label)
    SELECT s.id, v, (ARRAY['Täysin eri mieltä', 'Jokseenkin eri mieltä', 'Ei samaa eikä eri mieltä', 'Jokseenkin samaa mieltä', 'Täysin samaa mieltä'])[v]
      FROM survey s, generate_series(1, 5) v WHERE s.organization_id IN (SELECT org_id FROM bench_gen.o)`);
  await step('survey themes', `INSERT INTO survey_theme (id, organization_id, survey_id, sort_order, title, focus_area_id)
    SELECT bench_gen.id('stheme', o || ':' || r || ':' || y || ':' || f), org_id, bench_gen.id('survey', o || ':' || r || ':' || y), f,
           'Painopiste ' || f, bench_gen.id('fa', o || ':' || CASE WHEN y < ${FIRST_YEAR + 5} THEN 1 ELSE 2 END || ':' || f)
      FROM bench_gen.o, generate_series(1, 3) r, generate_series(${FIRST_YEAR}, ${FIRST_YEAR + YEARS - 1}) y, generate_series(1, 4) f`);
  // n(q, v) = 1 + floor(rnd * 30): respondent_count is their sum, as the import checks.
  const n = (q, v) => `(1 + floor(bench_gen.rnd('n', ${q} || ':' || ${v}) * 30)::int)`;
  await step('survey questions', `INSERT INTO survey_question (id, organization_id, survey_id, theme_id, number, text, kind, respondent_count)
    SELECT bench_gen.id('q', key), org_id, bench_gen.id('survey', o || ':' || r || ':' || y),
           CASE WHEN qn <= 12 THEN bench_gen.id('stheme', o || ':' || r || ':' || y || ':' || ((qn - 1) / 3 + 1)) END, qn,
           CASE WHEN qn <= 12 THEN 'Väittämä ' || qn ELSE 'Vapaa palaute' END, CASE WHEN qn <= 12 THEN 'likert' ELSE 'open' END,
           CASE WHEN qn <= 12 THEN (SELECT sum(${n('key', 'v')}) FROM generate_series(1, 5) v) ELSE 3 END
      FROM bench_gen.o, generate_series(1, 3) r, generate_series(${FIRST_YEAR}, ${FIRST_YEAR + YEARS - 1}) y, generate_series(1, 13) qn,
           LATERAL (SELECT o || ':' || r || ':' || y || ':' || qn AS key) k`);
  await step('survey counts', `INSERT INTO survey_likert_count (question_id, survey_id, value, n)
    SELECT bench_gen.id('q', key), bench_gen.id('survey', o || ':' || r || ':' || y), v, ${n('key', 'v')}
      FROM bench_gen.o, generate_series(1, 3) r, generate_series(${FIRST_YEAR}, ${FIRST_YEAR + YEARS - 1}) y, generate_series(1, 12) qn,
           generate_series(1, 5) v, LATERAL (SELECT o || ':' || r || ':' || y || ':' || qn AS key) k`);
  await step('survey open answers', `INSERT INTO survey_open_answer (question_id, survey_id, sort_order, text)
    SELECT bench_gen.id('q', o || ':' || r || ':' || y || ':13'), bench_gen.id('survey', o || ':' || r || ':' || y), i, 'Avoin vastaus ' || i
      FROM bench_gen.o, generate_series(1, 3) r, generate_series(${FIRST_YEAR}, ${FIRST_YEAR + YEARS - 1}) y, generate_series(1, 3) i`);
  await db.query('COMMIT');

  // Entries in one statement per organization (each its own transaction, so progress shows and a
  // failure leaves a whole organization or none).
  for (const o of Array.from({ length: ORGS }, (_, i) => i + 1)) {
    await step(`progress entries B${String(o).padStart(2, '0')}`, `INSERT INTO progress_entry
        (id, organization_id, region_id, year, entry_date, criterion_id, action_id, value, unit, narrative, author_name,
         retracted_at, retracted_reason, source, created_at, updated_at)
      SELECT bench_gen.id('entry', key), org_id, bench_gen.id('region', o || ':' || (1 + floor(bench_gen.rnd('er', key) * 3)::int)), y,
             make_date(y, 1, 1) + floor(bench_gen.rnd('ed', key) * 365)::int,
             CASE WHEN NOT on_action THEN bench_gen.id('crit', o || ':' || CASE WHEN y < ${FIRST_YEAR + 5} THEN 1 ELSE 2 END || ':' || (1 + floor(bench_gen.rnd('ec', key) * 60)::int)) END,
             CASE WHEN on_action THEN bench_gen.id('act', o || ':' || ((y - ${FIRST_YEAR}) / 2) || ':' || (2 * floor(bench_gen.rnd('ea', key) * 75)::int + (y - ${FIRST_YEAR}) % 2)) END,
             CASE WHEN with_value THEN 1 + floor(bench_gen.rnd('ev', key) * 20) END, CASE WHEN with_value THEN 'kpl' END,
             'Edistymiskirjaus ' || n, 'Bench-kirjaaja ' || (1 + n % 7),
             CASE WHEN retracted THEN make_date(y, 12, 31)::timestamptz END, CASE WHEN retracted THEN 'Kirjattu virheellisesti' END,
             'bench', make_date(y, 1, 1) + floor(bench_gen.rnd('ed', key) * 365)::int, make_date(y, 1, 1) + floor(bench_gen.rnd('ed', key) * 365)::int
        FROM bench_gen.o, generate_series(0, $1 - 1) n,
             LATERAL (SELECT o || ':' || n AS key, ${FIRST_YEAR} + n % ${YEARS} AS y) k,
             LATERAL (SELECT bench_gen.rnd('ek', key) < 0.8 AS on_action, bench_gen.rnd('evv', key) < 0.5 AS with_value,
                             bench_gen.rnd('ex', key) < 0.01 AS retracted) c
       WHERE o = ${o}`, [entriesPerOrg]);
  }
  const { rows: orgs } = await db.query(`SELECT org_id AS id, code, 'admin@' || lower(code) || '.bench.local' AS email FROM bench_gen.o ORDER BY o`);
  await db.query('DROP SCHEMA bench_gen CASCADE');
  const t0 = performance.now();
  await db.query('VACUUM ANALYZE');
  log(`  VACUUM ANALYZE in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return { orgs, entries: entriesPerOrg * ORGS };
}
