import type { SeedContext } from '@suunta/api-core';
import { FocusAreaMappingSeeder, ResponsibleRoleSeeder, StrategyLookupService, StrategySeeder } from '@suunta/api-strategy';
import { createTestApp, ensureOrganization, signIn, SignedInAgent, TestApp } from '@suunta/api-testing';
import type { FocusAreaLineageDto, StrategySummaryDto, StrategyTreeDto } from '@suunta/shared-domain';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { AppModule } from '../src/app/app.module';

/**
 * Runs this domain's seed steps (after the organization, created as its seeder would) in one
 * transaction, as the SeedRunner does, but without the other domains' steps: their data is
 * theirs to test.
 */
async function seedStrategyDomain(t: TestApp): Promise<void> {
  await ensureOrganization(t);
  const dir = t.env.SEED_DATA_DIR;
  await t.dataSource.transaction(async (manager) => {
    const ctx: SeedContext = {
      manager,
      path: (file) => resolve(dir, file),
      readJson: async (file) => JSON.parse(await readFile(resolve(dir, file), 'utf8')),
      log: () => undefined,
    };
    for (const seeder of [ResponsibleRoleSeeder, StrategySeeder, FocusAreaMappingSeeder]) {
      await t.app.get(seeder).seed(ctx);
    }
  });
}

/**
 * The SONet BOTNIA strategy as seeded from tools/seed-data, checked against the source document
 * (seeds/004_3c5c719546fc2d92.txt, "SONet BOTNIAn strategia 2015") as read by hand, and against
 * the 2018 priorities (003) and the 2020 themes (001, 000).
 */
describe('strategy: the seeded SONet BOTNIA strategies', () => {
  let t: TestApp;
  let viewer: SignedInAgent;
  let strategies: StrategySummaryDto[];
  let tree2015: StrategyTreeDto;

  beforeAll(async () => {
    t = await createTestApp((env) => AppModule.register(env));
    await seedStrategyDomain(t);
    viewer = await signIn(t, { role: 'viewer' });
    strategies = (await viewer.get('/api/strategies').expect(200)).body;
    const id2015 = strategies.find((s) => s.code === '2015')?.id;
    tree2015 = (await viewer.get(`/api/strategies/${id2015}/tree`).expect(200)).body;
  });
  afterAll(() => t.close());

  const all = <T>(pick: (tree: StrategyTreeDto) => T[]) => pick(tree2015);
  const csfs = () => all((tr) => tr.focusAreas.flatMap((fa) => fa.csfs));
  const criteria = () => csfs().flatMap((c) => c.criteria);
  const actions = () => [...csfs().flatMap((c) => c.actions), ...criteria().flatMap((c) => c.actions)];

  it('lists the three versions oldest first: 2015 strategy, 2018 priorities, 2020 themes', () => {
    expect(strategies.map((s) => [s.code, s.focusAreaCount])).toEqual([
      ['2015', 6],
      ['2018', 11],
      ['2020', 7],
    ]);
  });

  it('has the 2015 basics: five legal tasks, the Nordic special task, vision, mission with six means, slogan', () => {
    const s = tree2015.strategy;
    expect(s.title).toBe('SONet BOTNIAn strategia 2015');
    expect(s.legalTasks).toHaveLength(5);
    expect(s.legalTasks[0]).toBe('sosiaalialalla tarvittavan asiantuntemuksen kehittyminen ja välittyminen');
    expect(s.legalTasks[3]).toMatch(/^sosiaalialan tutkimus-, kokeilu- ja kehittämistoiminnan toteutuminen/);
    expect(s.specialTask).toMatch(/pohjoismaisen yhteistyön kehittäminen valtakunnallisen osaamiskeskusverkoston käyttöön/);
    expect(s.vision).toMatch(/^SONet BOTNIA on Pohjanmaan maakuntien alueen sosiaalisen ja hyvinvoinnin kestävän kehittämisen kantava rakenne\./);
    expect(s.mission).toMatch(/^SONet BOTNIA on sosiaalisen ja hyvinvoinnin asiantuntija ja kehittäjä\./);
    expect(s.missionMeans).toHaveLength(6);
    expect(s.missionMeans[2]).toBe('Kehittämällä sosiaalialan palvelujärjestelmää ja osaamista');
    expect(s.slogan).toBe('SONet BOTNIA Networks – ketterä moniosaaja');
  });

  it('has all six values with their text, in the order of the document, with the PDF breaks mended', () => {
    const values = tree2015.strategy.values;
    expect(values.map((v) => v.name)).toEqual(['Avoimuus', 'Asiakaslähtöisyys', 'Luotettavuus', 'Asiantuntijuus', 'Edistyksellisyys', 'Tasa-arvoisuus']);
    expect(values[0].text).toContain('Välitämme ja jaamme avoimesti osaamistamme.');
    expect(values[2].text).toContain('Olemme toiminnassamme johdonmukaisia ja noudatamme tasapuolisuutta.');
    expect(values.every((v) => !/[‐]|\s-\s*$/.test(v.text))).toBe(true);
  });

  it('has the six focus-area tables with 2, 5, 2, 4, 2 and 1 critical success factors', () => {
    expect(tree2015.focusAreas.map((fa) => fa.code)).toEqual(['2015-1', '2015-2', '2015-3', '2015-4', '2015-5', '2015-6']);
    expect(tree2015.focusAreas.map((fa) => fa.csfs.length)).toEqual([2, 5, 2, 4, 2, 1]);
    expect(tree2015.focusAreas[0].title).toBe('Edistää toiminta-alueensa ihmisten hyvinvointia ja sosiaalisten oikeuksien toteutumista');
    expect(tree2015.focusAreas[1].csfs.map((c) => c.title)).toEqual([
      'Vahva talous ja toiminnan rahoituksen vahvistaminen',
      'Yhteinen tahtotila ja sitoutuminen',
      'Motivoitunut henkilöstö',
      'Kestävän kehittämisen rakenne ja toimintatapa',
      'Toimiva ohjausjärjestelmä',
    ]);
    // the third table has two focus statements; the second one is kept in the description
    expect(tree2015.focusAreas[2].description).toContain('verkoston muodostumista');
  });

  it('has 24 evaluation criteria and 41 goals/actions, every criterion with a measurement kind', () => {
    expect(criteria()).toHaveLength(24);
    expect(actions()).toHaveLength(41);
    expect(new Set(criteria().map((c) => c.measurementKind))).toEqual(new Set(['count', 'survey', 'self_assessment', 'milestone', 'qualitative']));
  });

  it('reads the measurement of sampled criteria as the document states it', () => {
    const commitment = criteria().find((c) => c.title.startsWith('Johtoryhmän, ohjausryhmien ja yhteistyökumppaneiden sitoutumisen vahvistuminen'));
    expect(commitment?.measurementKind).toBe('self_assessment');
    expect(commitment?.frequency).toMatch(/1 krt/);
    const advisoryBoard = criteria().find((c) => c.title === 'Neuvottelukunta on käynnistänyt toimintansa');
    expect(advisoryBoard?.measurementKind).toBe('milestone');
    expect(advisoryBoard?.yearlyTarget).toBeNull();
  });

  it('names the roles after each action\'s "/" as role chips, in the written order', () => {
    const names = (text: string) => actions().find((a) => a.text.startsWith(text))?.roles.map((r) => r.name.fi);
    expect(names('Työn tekemisen reunaehtojen arviointi ja kannustemekanismien kehittäminen')).toEqual(['kehitysjohtaja', 'tiimi', 'johtoryhmä']);
    expect(names('Perustetaan SONet BOTNIAn laajapohjainen neuvottelukunta')).toEqual(['kehitysjohtaja', 'johtoryhmä']);
    expect(names('Osallistutaan KASTE- ym. kehittämishankkeiden suunnitteluun')).toEqual(['kehittämissuunnittelija']);
    expect(names('Perustetaan tukiryhmä')).toEqual(['johtoryhmä']);
  });

  it('has the 11 priorities approved by the management group on 13.6.2018', async () => {
    const s2018 = strategies.find((s) => s.code === '2018') as StrategySummaryDto;
    const tree: StrategyTreeDto = (await viewer.get(`/api/strategies/${s2018.id}/tree`).expect(200)).body;
    expect(tree.strategy.approvedOn).toBe('2018-06-13');
    expect(tree.approvedByRole?.name.fi).toBe('johtoryhmä');
    expect(tree.focusAreas).toHaveLength(11);
    expect(tree.focusAreas[7].title).toBe('Pohjoismainen erityistehtävä');
    expect(tree.focusAreas[9].title).toBe('Järjestöjen ja julkisen sektorin kumppanuus');
    expect(tree.focusAreas[10].title).toMatch(/^Osaamiskeskuksen rahoituksen turvaaminen lähivuosiksi ja pysyviin rakenteisiin/);
  });

  it('has the seven 2020 themes keyed 2020-1 … 2020-7', async () => {
    const s2020 = strategies.find((s) => s.code === '2020') as StrategySummaryDto;
    const tree: StrategyTreeDto = (await viewer.get(`/api/strategies/${s2020.id}/tree`).expect(200)).body;
    expect(tree.focusAreas.map((fa) => fa.code)).toEqual(['2020-1', '2020-2', '2020-3', '2020-4', '2020-5', '2020-6', '2020-7']);
    expect(tree.focusAreas[1].title).toBe('Sosiaalisen vahvistaminen');
    expect(tree.focusAreas[6].title).toBe('Järjestöjen ja julkisen kumppanuuden vahvistaminen');
  });

  it('gives each 2020 theme one CSF with criteria derived from the KP action plan 2019–2020, not from a strategy document', async () => {
    const s2020 = strategies.find((s) => s.code === '2020') as StrategySummaryDto;
    const tree: StrategyTreeDto = (await viewer.get(`/api/strategies/${s2020.id}/tree`).expect(200)).body;
    // hand-counted from tools/seed-data/strategy-2020.json: 7 CSFs, 2 + 3 + 4 + 1 + 2 + 2 + 2 = 16 criteria
    expect(tree.focusAreas.map((fa) => fa.csfs.length)).toEqual([1, 1, 1, 1, 1, 1, 1]);
    expect(tree.focusAreas.map((fa) => fa.csfs[0].criteria.length)).toEqual([2, 3, 4, 1, 2, 2, 2]);
    const all2020 = tree.focusAreas.flatMap((fa) => fa.csfs[0].criteria);
    expect(all2020.every((c) => /ei strategia-asiakirjan kriteeri/.test(c.description ?? ''))).toBe(true);
    const kinds = all2020.reduce<Record<string, number>>((acc, c) => ({ ...acc, [c.measurementKind]: (acc[c.measurementKind] ?? 0) + 1 }), {});
    expect(kinds).toEqual({ count: 6, milestone: 3, qualitative: 7 });
    // the only yearly target is the one the plan states: the recording-coach network, 2 a year
    expect(all2020.filter((c) => c.yearlyTarget !== null).map((c) => [c.title, c.unit, c.yearlyTarget])).toEqual([
      ['Maakunnallisen kirjaamisvalmentajien verkoston kokoontumiset', 'kokoontumista', 2],
    ]);
    expect(tree.focusAreas[1].csfs[0].criteria.map((c) => [c.measurementKind, c.unit, c.deadline])).toEqual([
      ['count', 'kokousta', null],
      ['milestone', null, '2020-03-31'],
      ['qualitative', null, null],
    ]);
  });

  it('seeds the roles the documents name and the Keski-Pohjanmaa people with their roles and region', async () => {
    const roles: { code: string; kind: string }[] = (await viewer.get('/api/responsible-roles').expect(200)).body;
    const byCode = new Map(roles.map((r) => [r.code, r.kind]));
    for (const [code, kind] of [
      ['development_director', 'person'],
      ['development_planner', 'person'],
      ['researcher_planner', 'person'],
      ['development_consultant', 'person'],
      ['management_group', 'body'],
      ['team', 'body'],
      ['regional_steering_group', 'body'],
      ['advisory_board', 'body'],
    ]) {
      expect([code, byCode.get(code)]).toEqual([code, kind]);
    }
    const people: { name: string; title: string; organization: string; roleIds: string[]; regionIds: string[] }[] = (
      await viewer.get('/api/people').expect(200)
    ).body;
    const kaiponen = people.find((p) => p.name === 'Jyrki Kaiponen');
    expect(kaiponen).toMatchObject({ title: 'maakuntajohtaja', organization: 'Keski-Pohjanmaan liitto' });
    const [{ id: kp }] = await t.dataSource.query(`SELECT id FROM region WHERE code = 'KP'`);
    expect(kaiponen?.regionIds).toEqual([kp]);
    const planner = people.find((p) => p.name === 'Iiris Jurvansuu');
    const plannerRole = roles.find((r) => r.code === 'development_planner') as unknown as { id: string };
    expect(planner?.roleIds).toContain(plannerRole.id);
  });

  it('follows a 2020 theme back through the 2018 priorities to the 2015 focus areas', async () => {
    const lookup = t.app.get(StrategyLookupService);
    const [{ id: orgId }] = await t.dataSource.query(`SELECT id FROM organization WHERE code = 'sonet-botnia'`);
    const theme3 = await lookup.focusAreaByKey(orgId, '2020-3');
    const lineage: FocusAreaLineageDto = (await viewer.get(`/api/focus-areas/${theme3?.id}/lineage`).expect(200)).body;
    const byCode = new Map(lineage.nodes.map((n) => [n.code, n.distance]));
    // 2020-3 "alueellisen ja tutkimuspohjaisen tietotuotannon tukeminen" continues 2018-5 (tiedontuotanto),
    // which continues 2015-4 "Kehittää ja systematisoi alueellista tietotuotantoa"
    expect(byCode.get('2020-3')).toBe(0);
    expect(byCode.get('2018-5')).toBe(-1);
    expect(byCode.get('2015-4')).toBe(-2);
    expect(lineage.nodes.every((n) => n.distance <= 0)).toBe(true);
    expect(lineage.links.some((l) => l.kind === 'mapping' && l.toFocusAreaId === theme3?.id)).toBe(true);
  });

  it('finds focus areas and roles by key for other domains, and a second seed run adds nothing', async () => {
    const count = async () =>
      (
        await t.dataSource.query(
          `SELECT (SELECT count(*) FROM strategy)::int AS s, (SELECT count(*) FROM focus_area)::int AS fa,
                  (SELECT count(*) FROM strategy_action)::int AS a, (SELECT count(*) FROM responsible_role)::int AS r,
                  (SELECT count(*) FROM person)::int AS p, (SELECT count(*) FROM focus_area_mapping)::int AS m`,
        )
      )[0];
    const before = await count();
    await seedStrategyDomain(t);
    expect(await count()).toEqual(before);
    const lookup = t.app.get(StrategyLookupService);
    const [{ id: orgId }] = await t.dataSource.query(`SELECT id FROM organization WHERE code = 'sonet-botnia'`);
    expect((await lookup.roleByCode(orgId, 'management_group'))?.name.fi).toBe('johtoryhmä');
    expect((await lookup.focusAreaByKey(orgId, '2018-8'))?.title).toBe('Pohjoismainen erityistehtävä');
    expect(await lookup.focusAreaByKey(orgId, 'no-such-key')).toBeNull();
  });
});
