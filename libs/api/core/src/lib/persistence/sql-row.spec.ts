import { pickCamel, sqlRow } from './sql-row';

describe('sqlRow (typed reading of raw SQL rows)', () => {
  const r = sqlRow({ id: 'a', n: '12.50', i: 3, none: null, d: new Date('2021-03-04T00:00:00Z'), dt: '2021-03-04', ts: '2021-03-04T10:00:00+02:00', yes: true, no: false, j: [{ x: 1 }], nan: 'abc' });

  it('reads numeric text as a number', () => expect(r.number('n')).toBe(12.5));
  it('keeps nulls as null in the OrNull readers', () => {
    expect(r.numberOrNull('none')).toBeNull();
    expect(r.stringOrNull('none')).toBeNull();
    expect(r.dateOrNull('none')).toBeNull();
    expect(r.timestampOrNull('none')).toBeNull();
  });
  it('refuses NULL where the caller promised a value, naming the column', () => {
    expect(() => r.string('none')).toThrow('column "none" is NULL');
    expect(() => r.number('missing')).toThrow('column "missing" is missing');
  });
  it('refuses text that is not a number', () => expect(() => r.number('nan')).toThrow('not a number'));
  it('reads a date from a Date or from date::text as YYYY-MM-DD', () => {
    expect(r.dateOrNull('d')).toBe('2021-03-04');
    expect(r.dateOrNull('dt')).toBe('2021-03-04');
  });
  it('refuses to read a date as text', () => expect(() => r.string('d')).toThrow('is a date'));
  it('reads a timestamp as ISO in UTC', () => expect(r.timestampOrNull('ts')).toBe('2021-03-04T08:00:00.000Z'));
  it('reads booleans strictly', () => {
    expect(r.boolean('yes')).toBe(true);
    expect(r.boolean('no')).toBe(false);
  });
  it('passes json through with the stated shape', () => expect(r.json<{ x: number }[]>('j')[0].x).toBe(1));
});

describe('pickCamel (a typed row into its DTO)', () => {
  const row = { id: 'u1', organization_id: 'o1', display_name: 'Aino', region_ids: ['r1'], score_2: 4, last_login_at: null };

  it('names the picked columns in camelCase, in the order given', () => {
    const dto = pickCamel(row, ['display_name', 'id', 'region_ids', 'score_2', 'last_login_at']);
    expect(Object.keys(dto)).toEqual(['displayName', 'id', 'regionIds', 'score2', 'lastLoginAt']);
    expect(dto).toEqual({ displayName: 'Aino', id: 'u1', regionIds: ['r1'], score2: 4, lastLoginAt: null });
  });
  it('leaves out the columns not named', () => expect(pickCamel(row, ['id'])).toEqual({ id: 'u1' }));
  it('keeps camelCase names as they are', () => expect(pickCamel({ focusAreaId: 'f', year: 2024 }, ['focusAreaId'])).toEqual({ focusAreaId: 'f' }));
});
