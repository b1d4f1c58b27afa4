import { dashboardRequestPath, pageStartRequests } from './page-requests';

describe('pageStartRequests', () => {
  const query = (q: string) => new URLSearchParams(q);

  it('is the session check on every page', () => {
    for (const path of ['/', '/login', '/plans/1', '/board/focus-areas/x', '/boards']) {
      expect(pageStartRequests(path, query('year=2024'), true)).toEqual(['/api/auth/me']);
    }
  });

  it("adds the board's figures for a signed-in reader, by the filters in the board's address", () => {
    expect(pageStartRequests('/board', query('year=2024&regionId=r1&utm_source=mail'), true)).toEqual(['/api/auth/me', '/api/dashboard?year=2024&regionId=r1']);
    expect(pageStartRequests('/board/', query('asOf=2020-12-31&strategyId=s&year=2020'), true)).toEqual([
      '/api/auth/me',
      '/api/dashboard?strategyId=s&year=2020&asOf=2020-12-31',
    ]);
    expect(pageStartRequests('/board', query(''), false)).toEqual(['/api/auth/me']);
  });

  it('leaves out what the page leaves out: empty or malformed filters', () => {
    expect(pageStartRequests('/board', query('regionId=&year=0&asOf=2021-02-29'), true)).toEqual(['/api/auth/me', '/api/dashboard']);
  });

  it('encodes any value, so that it cannot leave the address', () => {
    expect(dashboardRequestPath({ regionId: 'a b&c="<x>"' })).toBe('/api/dashboard?regionId=a+b%26c%3D%22%3Cx%3E%22');
  });
});
