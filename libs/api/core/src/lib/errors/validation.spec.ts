import { RequestValidationException, uuidPipe } from './validation';

describe('uuidPipe', () => {
  it('passes a UUID through', async () => {
    await expect(uuidPipe('id').transform('0b4f8a3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b', { type: 'param' })).resolves.toBe('0b4f8a3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b');
  });

  it('refuses anything else with an error that names the parameter', async () => {
    const refused = uuidPipe('planId').transform('nonsense', { type: 'param' });
    await expect(refused).rejects.toBeInstanceOf(RequestValidationException);
    await expect(refused).rejects.toMatchObject({ fieldErrors: [{ field: 'planId', message: 'planId must be a UUID' }] });
  });

  it('lets an optional parameter be absent', async () => {
    await expect(uuidPipe('strategyId', true).transform(undefined as unknown as string, { type: 'query' })).resolves.toBeUndefined();
  });
});
