import { createTestApp, ensureOrganization, signIn, SignedInAgent, TestApp, TestOrganization } from '@suunta/api-testing';
import { AppModule } from '../src/app/app.module';

/**
 * Finding 2: values PostgreSQL refuses reached it and came back as 500s. Each is now a 400 that
 * names the field, with a stable code, before any query runs.
 */
describe('hardening: text, numbers and dates PostgreSQL would refuse', () => {
  let t: TestApp;
  let org: TestOrganization;
  let management: SignedInAgent;
  let planner: SignedInAgent;
  let strategyId: string;

  beforeAll(async () => {
    t = await createTestApp((env) => AppModule.register(env));
    org = await ensureOrganization(t);
    management = await signIn(t, { role: 'management' });
    planner = await signIn(t, { role: 'planner', regionCodes: ['KP'] });
    const created = await management.post('/api/strategies').send({ title: 'Strategia 2030' }).expect(201);
    strategyId = created.body.id;
  });
  afterAll(() => t.close());

  const count = async (table: string) => (await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;
  const fieldError = (field: string, code: string) => ({ statusCode: 400, code: 'validation_failed', errors: expect.arrayContaining([expect.objectContaining({ field, code, message: expect.stringContaining(field) })]) });

  it('a NUL character in a body text field is a 400 naming the field, and nothing is stored', async () => {
    const before = await count('strategy');
    const res = await management.post('/api/strategies').send({ title: 'a\u0000b' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject(fieldError('title', 'invalid_characters'));
    expect(await count('strategy')).toBe(before);
  });

  it('a NUL character deep in a body names the path', async () => {
    const res = await management.post('/api/strategies').send({ title: 'ok', values: [{ name: 'x', text: 'y\u0000' }] });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'values.0.text', code: 'invalid_characters' })]);
  });

  it('a NUL character in a query string (?q=%00) is a 400 naming the parameter', async () => {
    const res = await planner.get('/api/progress-entries/targets?q=%00');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject(fieldError('q', 'invalid_characters'));
  });

  it('a version past int4 is a 400 naming it', async () => {
    const res = await management.patch(`/api/strategies/${strategyId}`).send({ version: 2147483648, title: 'Uusi nimi' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject(fieldError('version', 'out_of_range'));
    const [row] = await t.dataSource.query(`SELECT title FROM strategy WHERE id = $1`, [strategyId]);
    expect(row.title).toBe('Strategia 2030');
  });

  it('?offset=99999999999999999999 is a 400 naming it', async () => {
    const res = await planner.get('/api/progress-entries?offset=99999999999999999999');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject(fieldError('offset', 'out_of_range'));
  });

  it.each(['0000-01-01', '2020-02-30'])('validFrom %s is a 400 not_a_date', async (date) => {
    const before = await count('strategy');
    const res = await management.post('/api/strategies').send({ title: 'Päivätesti', validFrom: date });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject(fieldError('validFrom', 'not_a_date'));
    expect(await count('strategy')).toBe(before);
  });

  it.each(['0000-01-01', '2020-02-30'])('asOf %s on the dashboard is a 400 not_a_date', async (date) => {
    const res = await planner.get(`/api/dashboard?year=2020&asOf=${date}`);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject(fieldError('asOf', 'not_a_date'));
  });

  it.each(['0000-01-01', '2020-02-30'])('on %s for steering groups is a 400 not_a_date', async (date) => {
    const res = await planner.get(`/api/steering-groups?on=${date}`);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject(fieldError('on', 'not_a_date'));
  });

  it.each(['0000-01-01', '2020-02-30'])('entryDate %s of a progress entry is a 400 not_a_date', async (date) => {
    const res = await planner.post('/api/progress-entries').send({ regionId: org.regions['KP'], year: 2020, entryDate: date, narrative: 'x' });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'entryDate', code: 'not_a_date' })]));
  });

  it('a real leap day is accepted', async () => {
    const res = await management.post('/api/strategies').send({ title: 'Karkauspäivä', validFrom: '2024-02-29' });
    expect(res.status).toBe(201);
  });
});
