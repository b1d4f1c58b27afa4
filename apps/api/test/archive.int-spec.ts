import { SeedRunner } from '@suunta/api-core';
import { schemaErrors } from '@suunta/api-archive';
import { createTestApp, createTestUser, loginAs, signIn } from '@suunta/api-testing';
import type { SignedInAgent, TestApp } from '@suunta/api-testing';
import type { ArchivePreviewDto, SuuntaArchive } from '@suunta/shared-domain';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { AppModule } from '../src/app/app.module';

/**
 * The archive format (#18.4): a whole strategy out of one organization and into another, equal
 * when exported again; the preview; refusals that name the field and leave nothing behind; and
 * the StratML export of the 2015 strategy checked against the StratML Part 1 schema.
 */

const SEEDS = resolve(__dirname, '../../../tools/seed-data');
const seed = <T>(file: string): T => JSON.parse(readFileSync(resolve(SEEDS, file), 'utf8')) as T;
const XSD = process.env['STRATML_XSD'] ?? resolve(__dirname, '../../../libs/api/archive/src/stratml/stratml-part1.xsd');

/** Sets (or, with `undefined`, deletes) the value at a dotted path of a parsed JSON value. */
function setPath(root: unknown, path: string, value: unknown): void {
  const keys = path.split('.');
  const last = keys.pop() as string;
  const parent = keys.reduce<Record<string, unknown>>((node, key) => node[key] as Record<string, unknown>, root as Record<string, unknown>);
  if (value === undefined) delete parent[last];
  else parent[last] = value;
}

/** An archive without what differs between two exports of the same content (when, from where). */
const content = (a: SuuntaArchive) => ({ ...a, exportedAt: undefined, source: undefined });

describe('archive: a whole strategy as one JSON archive, and as StratML', () => {
  let t: TestApp;
  let adminA: SignedInAgent;
  let managementA: SignedInAgent;
  let orgA: string;
  let strategy2015: string;
  let strategy2020: string;
  let archive2015: SuuntaArchive;
  let archive2020: SuuntaArchive;

  const orgId = async (code: string) => (await t.dataSource.query(`SELECT id FROM organization WHERE code = $1`, [code]))[0].id as string;
  const countIn = async (organizationId: string, table: string) =>
    Number((await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE organization_id = $1`, [organizationId]))[0].n);

  const importsAudited = async (organizationId: string) =>
    Number((await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE organization_id = $1 AND action = 'archive_import'`, [organizationId]))[0].n);

  beforeAll(async () => {
    t = await createTestApp((env) => AppModule.register(env));
    await t.app.get(SeedRunner).run({ data: true, demo: false });
    orgA = await orgId('sonet-botnia');
    adminA = await signIn(t, { role: 'admin' });
    managementA = await signIn(t, { role: 'management' });
    const strategies: { id: string; code: string }[] = await t.dataSource.query(`SELECT id, code FROM strategy WHERE organization_id = $1`, [orgA]);
    strategy2015 = strategies.find((s) => s.code === '2015')?.id as string;
    strategy2020 = strategies.find((s) => s.code === '2020')?.id as string;
    archive2015 = (await managementA.get(`/api/archive/strategies/${strategy2015}`).expect(200)).body;
    archive2020 = (await managementA.get(`/api/archive/strategies/${strategy2020}`).expect(200)).body;
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  it('exports a download that its own JSON Schema accepts, with the schema served at /api/archive/schema', async () => {
    const res = await managementA.get(`/api/archive/strategies/${strategy2020}`).expect(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="suunta-2020.json"');
    expect(schemaErrors(archive2020)).toEqual([]);
    expect(schemaErrors(archive2015)).toEqual([]);
    const schema = await t.agent().get('/api/archive/schema').expect(200);
    expect(schema.headers['content-type']).toMatch(/^application\/schema\+json/);
    expect(schema.body.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(archive2020).toMatchObject({ format: 'suunta-archive', version: 1, source: { organization: { code: 'sonet-botnia' } } });
  });

  it('previews an import into another organization with counts from the seed documents, writing nothing', async () => {
    const adminB = await signIn(t, { role: 'admin', organizationCode: 'archive-preview' });
    const orgB = await orgId('archive-preview');
    const preview: ArchivePreviewDto = (await adminB.post('/api/archive/import/preview').send(archive2020).expect(200)).body;

    // worked out from the seed documents, not from the export
    const strategy = seed<{ approvedBy?: string; focusAreas: { csfs: { criteria: { roles?: string[]; actions?: { roles?: string[] }[] }[]; actions?: { roles?: string[] }[] }[] }[] }>('strategy-2020.json');
    const plan = seed<{ actions: { roles: string[]; people: string[] }[]; progressEntries: unknown[] }>('action-plan-kp-2019-2020.json');
    const report = seed<{ author: { personKey: string }; sections: unknown[] }>('annual-report-kp-2020.json');
    const roleCodes = new Set<string>([
      ...(strategy.approvedBy ? [strategy.approvedBy] : []),
      ...strategy.focusAreas.flatMap((fa) => fa.csfs.flatMap((c) => [...c.criteria.flatMap((k) => [...(k.roles ?? []), ...(k.actions ?? []).flatMap((a) => a.roles ?? [])]), ...(c.actions ?? []).flatMap((a) => a.roles ?? [])])),
      ...plan.actions.flatMap((a) => a.roles ?? []),
    ]);
    const people = new Set([...plan.actions.flatMap((a) => a.people ?? []), report.author.personKey]);
    expect(preview).toMatchObject({
      canImport: true,
      conflicts: [],
      missingRegions: [],
      errors: [],
      strategy: { key: '2020' },
      counts: {
        focusAreas: 7, // the seven themes of 2020 (001, l. 27–41)
        csfs: 7,
        criteria: 16,
        roles: roleCodes.size,
        people: people.size,
        plans: 1,
        planActions: plan.actions.length,
        progressEntries: plan.progressEntries.length,
        surveys: 1,
        surveyQuestions: 15, // the Webropol report of 2020 (000): 7 theme questions, each followed by one for open answers (2–14), and 15 "Mitä muuta haluan todeta" (l. 298)
        reports: 1,
        reportSections: report.sections.length,
        meetings: 0,
      },
    });
    // the dry run was rolled back
    expect(await countIn(orgB, 'strategy')).toBe(0);
    expect(await countIn(orgB, 'responsible_role')).toBe(0);
    expect(await importsAudited(orgB)).toBe(0);
  });

  it('round-trips: exported from A, imported into B, exported from B — equal but for when and where', async () => {
    const adminB = await signIn(t, { role: 'admin', organizationCode: 'archive-b' });
    const orgB = await orgId('archive-b');
    const imported2015 = await adminB.post('/api/archive/import').send(archive2015).expect(201);
    const imported2020 = await adminB.post('/api/archive/import').send(archive2020).expect(201);
    expect(imported2020.body.counts).toMatchObject({ plans: 1, surveys: 1, reports: 1 });

    const again2015: SuuntaArchive = (await adminB.get(`/api/archive/strategies/${imported2015.body.strategyId}`).expect(200)).body;
    const again2020: SuuntaArchive = (await adminB.get(`/api/archive/strategies/${imported2020.body.strategyId}`).expect(200)).body;
    expect(content(again2015)).toEqual(content(archive2015));
    expect(content(again2020)).toEqual(content(archive2020));
    expect(again2020.source.organization.code).toBe('archive-b');
    // the 2015 archive carries the 2014 minutes of Etelä-Pohjanmaa (12 items, meetings-ep-2014.json)
    expect(again2015.minutes).toHaveLength(1);
    expect(again2015.minutes[0].items).toHaveLength(12);

    // the rows are B's own, and the import is in B's audit trail
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE organization_id = $1 AND action = 'archive_import' AND entity_id = $2`,
      [orgB, imported2020.body.strategyId],
    );
    expect(n).toBe(1);
    expect(await countIn(orgB, 'progress_entry')).toBe(archive2020.progress.length + archive2015.progress.length);

    // a second import of the same archive: the preview lists the conflicts, the import refuses
    const preview: ArchivePreviewDto = (await adminB.post('/api/archive/import/preview').send(archive2020).expect(200)).body;
    expect(preview.canImport).toBe(false);
    expect(preview.conflicts.map((c) => c.kind)).toEqual(
      expect.arrayContaining(['strategy_key_taken', 'strategy_title_period', 'focus_area_keys_taken', 'plan_code_taken', 'survey_already_imported', 'report_exists']),
    );
    const refused = await adminB.post('/api/archive/import').send(archive2020).expect(409);
    expect(refused.body.code).toBe('archive_conflict');
  });

  it('refuses an archive that breaks its schema, naming the JSON path of each bad field (preview 200, import 400)', async () => {
    const adminC = await signIn(t, { role: 'admin', organizationCode: 'archive-schema' });
    const bad = structuredClone(archive2020);
    setPath(bad, 'plans.0.actions.1.year', 'kaksituhatta');
    setPath(bad, 'strategy.focusAreas.2.title', undefined);
    setPath(bad, 'surveys.0.extra', true);
    const preview: ArchivePreviewDto = (await adminC.post('/api/archive/import/preview').send(bad).expect(200)).body;
    expect(preview.canImport).toBe(false);
    expect(preview.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'plans.0.actions.1.year', code: 'wrong_type' }),
        expect.objectContaining({ field: 'strategy.focusAreas.2.title', code: 'required' }),
        expect.objectContaining({ field: 'surveys.0.extra', code: 'not_allowed' }),
      ]),
    );
    const res = await adminC.post('/api/archive/import').send(bad).expect(400);
    expect(res.body.code).toBe('validation_failed');
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['plans.0.actions.1.year', 'strategy.focusAreas.2.title', 'surveys.0.extra']));

    await adminC.post('/api/archive/import').send({ format: 'something-else' }).expect(400);
    await adminC.post('/api/archive/import').send([1, 2, 3]).expect(400);
  });

  it('refuses an archive naming a region the organization lacks (422 naming it), writes nothing, and matches a region by name', async () => {
    const { email, password } = await createTestUser(t, { role: 'admin', organizationCode: 'archive-no-kp' });
    const orgD = await orgId('archive-no-kp');
    await t.dataSource.query(`DELETE FROM region WHERE organization_id = $1 AND code = 'KP'`, [orgD]);
    const adminD = await loginAs(t, email, password);
    const preview: ArchivePreviewDto = (await adminD.post('/api/archive/import/preview').send(archive2020).expect(200)).body;
    expect(preview.missingRegions).toEqual(['KP']);
    expect(preview.canImport).toBe(false);
    const res = await adminD.post('/api/archive/import').send(archive2020).expect(422);
    expect(res.body.code).toBe('unknown_region');
    const kp = archive2020.regions.findIndex((r) => r.code === 'KP');
    expect(res.body.errors).toEqual([expect.objectContaining({ field: `regions.${kp}.code` })]);
    expect(await countIn(orgD, 'strategy')).toBe(0);

    // a region of the same name under another code is the same region
    await t.dataSource.query(`INSERT INTO region (organization_id, code, name, sort_order) VALUES ($1, 'KESKI', $2, 9)`, [orgD, JSON.stringify({ fi: 'Keski-Pohjanmaa' })]);
    const matched: ArchivePreviewDto = (await adminD.post('/api/archive/import/preview').send(archive2020).expect(200)).body;
    expect(matched).toMatchObject({ missingRegions: [], canImport: true });
  });

  it('is all or nothing: a bad reference late in the archive leaves no strategy, role, person or plan behind', async () => {
    const adminE = await signIn(t, { role: 'admin', organizationCode: 'archive-atomic' });
    const orgE = await orgId('archive-atomic');
    const bad = structuredClone(archive2020);
    // valid by the schema (the key has the right shape) but no such criterion: found only after the strategy, roles and plans are written
    bad.progress[bad.progress.length - 1].criterion = 'F9.9.9';
    const res = await adminE.post('/api/archive/import').send(bad).expect(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: `progress.${bad.progress.length - 1}.criterion` })]);
    for (const table of ['strategy', 'focus_area', 'responsible_role', 'person', 'action_plan', 'progress_entry', 'survey', 'annual_report']) {
      expect([table, await countIn(orgE, table)]).toEqual([table, 0]);
    }
    expect(await importsAudited(orgE)).toBe(0);
    // the preview finds the same refusal by its dry run
    const preview: ArchivePreviewDto = (await adminE.post('/api/archive/import/preview').send(bad).expect(200)).body;
    expect(preview.canImport).toBe(false);
    expect(preview.errors).toEqual([expect.objectContaining({ field: `progress.${bad.progress.length - 1}.criterion` })]);
  });

  it('bounds the upload (413 above the request limit) and lets only admins import, admins and management export', async () => {
    const big = { ...archive2020, strategy: { ...archive2020.strategy, background: 'x'.repeat(2_200_000) } };
    const tooLarge = await adminA.post('/api/archive/import/preview').send(big);
    expect(tooLarge.status).toBe(413);
    await managementA.post('/api/archive/import').send(archive2020).expect(403);
    await managementA.post('/api/archive/import/preview').send(archive2020).expect(403);
    const planner = await signIn(t, { role: 'planner', regionCodes: ['KP'] });
    await planner.get(`/api/archive/strategies/${strategy2020}`).expect(403);
    await planner.get(`/api/archive/strategies/${strategy2020}/stratml`).expect(403);
    await adminA.get(`/api/archive/strategies/${strategy2020}`).expect(200);
  });

  it('exports the 2015 strategy as StratML that validates against the StratML Part 1 schema, its focus areas as Goals', async () => {
    const res = await managementA.get(`/api/archive/strategies/${strategy2015}/stratml`).expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/xml/);
    const xml = res.text;
    const result = await validateXML({ xml: [{ fileName: 'strategy-2015.xml', contents: xml }], schema: [{ fileName: 'stratml-part1.xsd', contents: readFileSync(XSD, 'utf8') }] });
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);

    const goals = [...xml.matchAll(/<Goal>\s*<Name>([^<]*)<\/Name>/g)].map((m) => m[1]);
    // "Painopiste" headings of SONet BOTNIAn strategia 2015 (seeds/004_3c5c719546fc2d92.txt): six focus areas
    expect(goals).toHaveLength(6);
    // written on one line in the source document: l. 319, 528, 599
    expect(goals[1]).toBe('Vahvistaa sosiaalialan ammatillista osaamista ja identiteettiä');
    expect(goals[2]).toBe('Muodostaa strategisia yhteyksiä ja kumppanuuksia');
    expect(goals[3]).toBe('Kehittää ja systematisoi alueellista tietotuotantoa');
    expect(xml).toContain('<StrategicPlan xmlns="urn:ISO:std:iso:17469:tech:xsd:stratml_core">');
    expect(xml).toContain('<Name>SONet BOTNIAn strategia 2015</Name>');

    // a document the schema refuses is refused: the check is not a formality
    const broken = xml.replace(/<Goal>\s*<Name>[^<]*<\/Name>/, '<Goal>');
    const refused = await validateXML({ xml: [{ fileName: 'broken.xml', contents: broken }], schema: [{ fileName: 'stratml-part1.xsd', contents: readFileSync(XSD, 'utf8') }] });
    expect(refused.valid).toBe(false);

    // a draft with no focus area yet: its archive is fine, StratML (at least one Goal) is refused with a reason
    const draft = (await managementA.post('/api/strategies').send({ title: 'Luonnos ilman painopisteitä' }).expect(201)).body as { id: string };
    const empty: SuuntaArchive = (await managementA.get(`/api/archive/strategies/${draft.id}`).expect(200)).body;
    expect(schemaErrors(empty)).toEqual([]);
    expect((await managementA.get(`/api/archive/strategies/${draft.id}/stratml`).expect(422)).body.code).toBe('unprocessable');
  });
});
