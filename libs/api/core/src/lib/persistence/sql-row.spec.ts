import { sqlRow } from './sql-row';

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
