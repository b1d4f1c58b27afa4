import { SqlFilter } from './sql-filter';

describe('SqlFilter (optional filters as bind parameters)', () => {
  it('numbers each value after the first clause’s parameters, in the order added', () => {
    const f = new SqlFilter('e.organization_id = $1', ['org']).add('e.year = ?', 2024).require('e.retracted_at IS NULL').add("name ILIKE ? ESCAPE '\\'", '%a%');
    expect(f.build()).toEqual({ where: "e.organization_id = $1 AND e.year = $2 AND e.retracted_at IS NULL AND name ILIKE $3 ESCAPE '\\'", params: ['org', 2024, '%a%'] });
  });
  it('is the first clause alone when no filter is given', () => {
    expect(new SqlFilter('organization_id = $1', ['org']).build()).toEqual({ where: 'organization_id = $1', params: ['org'] });
  });
});
