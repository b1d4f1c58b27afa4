import { createTestApp, signIn, TestApp } from '@suunta/api-testing';
import { AppModule } from '../src/app/app.module';

describe('malformed ids in the path', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp((env) => AppModule.register(env));
  });
  afterAll(() => t.close());

  it.each([
    ['/api/strategies/nonsense/tree', 'id'],
    ['/api/plans/123/rollup', 'id'],
    ['/api/annual-reports/x', 'id'],
  ])('GET %s is a 400 naming the parameter "%s"', async (url, field) => {
    const viewer = await signIn(t, { role: 'viewer' });
    const res = await viewer.get(url);
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ field, message: `${field} must be a UUID`, code: 'not_a_uuid' }]);
  });
});
