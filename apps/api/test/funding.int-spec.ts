import { SeedRunner } from '@suunta/api-core';
import { createTestApp, ensureOrganization, signIn } from '@suunta/api-testing';
import type { SignedInAgent, TestApp, TestOrganization } from '@suunta/api-testing';
import type { FundingEntryDto, FundingOverviewDto } from '@suunta/shared-domain';
import { AppModule } from '../src/app/app.module';

/**
 * Funding per year and source: the 2019 seed of 003_eedb953499952347.txt l. 545–547, computed
 * totals and shares (worked out by hand below), CRUD with audit, 409 and named field errors.
 */
describe('funding', () => {
  let t: TestApp;
  let management: SignedInAgent;
  let admin: SignedInAgent;
  let viewer: SignedInAgent;
  let board: SignedInAgent;
  let planner: SignedInAgent;
  let orgId: string;

  beforeAll(async () => {
    t = await createTestApp((env) => AppModule.register(env));
    const runner = t.app.get(SeedRunner);
    await runner.run({ data: true, demo: false });
    await runner.run({ data: true, demo: false });
    const [org] = await t.dataSource.query(`SELECT o.id, o.code FROM organization o JOIN funding_entry f ON f.organization_id = o.id LIMIT 1`);
    orgId = org.id;
    management = await signIn(t, { role: 'management', organizationCode: org.code });
    admin = await signIn(t, { role: 'admin', organizationCode: org.code });
    viewer = await signIn(t, { role: 'viewer', organizationCode: org.code });
    board = await signIn(t, { role: 'board', organizationCode: org.code });
    planner = await signIn(t, { role: 'planner', organizationCode: org.code, regionCodes: ['KP'] });
  }, 180000);
  afterAll(() => t.close());

  it('seeds the 2019 figures once, even when the seed runs twice', async () => {
    const rows = await t.dataSource.query(`SELECT code, source, payer, amount::text AS amount, pool_amount::text AS pool FROM funding_entry WHERE organization_id = $1 ORDER BY code`, [orgId]);
    expect(rows).toEqual([
      { code: '2019-municipal-basic-agreement', source: 'municipal', payer: 'basic_agreement_parties', amount: '81000.00', pool: null },
      { code: '2019-municipal-others', source: 'municipal', payer: 'other_parties', amount: '40120.00', pool: null },
      { code: '2019-state-subsidy', source: 'state_subsidy', payer: null, amount: '241551.00', pool: '2950000.00' },
    ]);
    const earmarks = await t.dataSource.query(`SELECT kind, amount::text AS amount FROM funding_earmark WHERE organization_id = $1`, [orgId]);
    expect(earmarks).toEqual([{ kind: 'nordic_special_task', amount: '22125.00' }]);
  });

  it('every signed-in role reads 2019 with totals and shares computed from the entries', async () => {
    for (const agent of [viewer, board, planner]) {
      const res: FundingOverviewDto = (await agent.get('/api/funding?fromYear=2019&toYear=2019').expect(200)).body;
      expect(res.years.map((y) => y.year)).toEqual([2019]);
    }
    const [y] = ((await viewer.get('/api/funding?fromYear=2019&toYear=2019').expect(200)).body as FundingOverviewDto).years;
    // by hand: 241 551 + 81 000 + 40 120 = 362 671 €
    expect(y.total).toBe('362671.00');
    // 241 551 / 362 671 = 66.60 %, 121 120 / 362 671 = 33.40 %
    expect(y.bySource).toEqual([
      { source: 'state_subsidy', total: '241551.00', sharePercent: 66.6 },
      { source: 'municipal', total: '121120.00', sharePercent: 33.4 },
    ]);
    // 81 000 / 121 120 = 66.88 %, 40 120 / 121 120 = 33.12 %
    expect(y.municipalByPayer).toEqual([
      { payer: 'basic_agreement_parties', total: '81000.00', sharePercent: 66.9 },
      { payer: 'other_parties', total: '40120.00', sharePercent: 33.1 },
    ]);
    // Nordic special task 22 125 / 241 551 = 9.16 % of the state subsidy
    expect(y.earmarks).toEqual([{ kind: 'nordic_special_task', label: null, source: 'state_subsidy', total: '22125.00', sharePercent: 9.2 }]);
    const state = y.entries.find((e) => e.source === 'state_subsidy') as FundingEntryDto;
    // 241 551 − 22 125 = 219 426 €; 241 551 / 2 950 000 = 8.19 % of the state subsidy for all centres
    expect(state).toMatchObject({ amount: '241551.00', unearmarked: '219426.00', poolAmount: '2950000.00', poolSharePercent: 8.2 });
    expect(state.documents).toEqual([{ title: 'SONet BOTNIAn kehittämispäivä 12.4.2019 (esitys)', url: null, fileRef: '003_eedb953499952347.txt' }]);
  });

  it('management records, changes and deletes an entry, each with its audit row; a stale version is 409', async () => {
    const created: FundingEntryDto = (
      await management
        .post('/api/funding/entries')
        .send({
          year: 2020,
          source: 'project',
          description: 'Kirjaamisvalmennus',
          amount: 15000.5,
          earmarks: [{ kind: 'other', label: 'Palkat', amount: '10000' }],
          documents: [{ title: 'Rahoituspäätös', url: 'https://example.org/paatos.pdf' }],
        })
        .expect(201)
    ).body;
    expect(created).toMatchObject({ year: 2020, source: 'project', amount: '15000.50', unearmarked: '5000.50', version: 1 });
    // 10 000 / 15 000.50 = 66.66 %
    expect(created.earmarks).toEqual([{ kind: 'other', label: 'Palkat', amount: '10000.00', sharePercent: 66.7 }]);

    const changed: FundingEntryDto = (
      await admin.patch(`/api/funding/entries/${created.id}`).send({ year: 2020, source: 'project', description: 'Kirjaamisvalmennus', amount: '16000', version: 1 }).expect(200)
    ).body;
    expect(changed).toMatchObject({ amount: '16000.00', earmarks: [], documents: [], version: 2 });
    const stale = await management.patch(`/api/funding/entries/${created.id}`).send({ year: 2020, source: 'project', amount: '1', version: 1 }).expect(409);
    expect(stale.body.code).toBe('version_conflict');
    await management.delete(`/api/funding/entries/${created.id}?version=1`).expect(409);

    // 2019 and 2020 now both have figures: two years, oldest first
    const both: FundingOverviewDto = (await viewer.get('/api/funding?fromYear=2019&toYear=2020').expect(200)).body;
    expect(both.years.map((y) => [y.year, y.total])).toEqual([
      [2019, '362671.00'],
      [2020, '16000.00'],
    ]);

    await management.delete(`/api/funding/entries/${created.id}?version=2`).expect(204);
    await viewer.get(`/api/funding/entries/${created.id}`).expect(404);
    const audit = await t.dataSource.query(`SELECT action FROM audit_log WHERE entity_type = 'funding_entry' AND entity_id = $1 ORDER BY id`, [created.id]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['create', 'update', 'delete']);
  });

  it('names the field of bad input, and writes nothing', async () => {
    const before = (await t.dataSource.query(`SELECT count(*)::int AS n FROM funding_entry`))[0].n;
    const amount = await management.post('/api/funding/entries').send({ year: 2020, source: 'project', amount: '1 000,50' }).expect(400);
    expect(amount.body.errors.map((e: { field: string }) => e.field)).toEqual(['amount']);
    const float = await management.post('/api/funding/entries').send({ year: 2020, source: 'project', amount: 10.123 }).expect(400);
    expect(float.body.errors[0].field).toBe('amount');
    const source = await management.post('/api/funding/entries').send({ year: 2020, source: 'lottery', amount: '1' }).expect(400);
    expect(source.body.errors[0]).toMatchObject({ field: 'source', code: 'not_one_of' });
    const payer = await management.post('/api/funding/entries').send({ year: 2020, source: 'project', payer: 'other_parties', amount: '1' }).expect(400);
    expect(payer.body.errors).toEqual([expect.objectContaining({ field: 'payer', code: 'not_allowed' })]);
    const earmarks = await management
      .post('/api/funding/entries')
      .send({ year: 2020, source: 'state_subsidy', amount: '100', earmarks: [{ kind: 'nordic_special_task', amount: '60' }, { kind: 'other', label: 'X', amount: '50' }] })
      .expect(400);
    expect(earmarks.body.errors).toEqual([expect.objectContaining({ field: 'earmarks', code: 'out_of_range' })]);
    const label = await management.post('/api/funding/entries').send({ year: 2020, source: 'state_subsidy', amount: '100', earmarks: [{ kind: 'other', amount: '10' }] }).expect(400);
    expect(label.body.errors[0].field).toBe('earmarks.0.label');
    const pool = await management.post('/api/funding/entries').send({ year: 2020, source: 'state_subsidy', amount: '100', poolAmount: '99.99' }).expect(400);
    expect(pool.body.errors).toEqual([expect.objectContaining({ field: 'poolAmount', code: 'out_of_range' })]);
    const doc = await management.post('/api/funding/entries').send({ year: 2020, source: 'project', amount: '1', documents: [{ title: 'Päätös', url: 'javascript:alert(1)' }] }).expect(400);
    expect(doc.body.errors[0].field).toBe('documents.0.url');
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM funding_entry`))[0].n).toBe(before);
  });

  it("another organization neither sees nor changes this organization's funding", async () => {
    const other: TestOrganization = await ensureOrganization(t, 'OTHER-FUNDING');
    const foreign = await signIn(t, { role: 'management', organizationCode: 'OTHER-FUNDING' });
    expect(other.organizationId).not.toBe(orgId);
    expect((await foreign.get('/api/funding').expect(200)).body).toEqual({ years: [] });
    const [{ id }] = await t.dataSource.query(`SELECT id FROM funding_entry WHERE code = '2019-state-subsidy'`);
    await foreign.get(`/api/funding/entries/${id}`).expect(404);
    await foreign.patch(`/api/funding/entries/${id}`).send({ year: 2019, source: 'state_subsidy', amount: '1', version: 1 }).expect(404);
  });
});
