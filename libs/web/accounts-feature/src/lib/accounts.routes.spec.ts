import { PUBLIC_ACCOUNT_PATHS } from '@suunta/web-core';
import { accountsPublicRoutes } from './accounts.routes';

describe('accountsPublicRoutes', () => {
  it('are exactly the paths the shell matches by name before loading them (PUBLIC_ACCOUNT_PATHS)', () => {
    // a public page added here and not there would never be reached without a session
    expect(accountsPublicRoutes.map((r) => r.path).sort()).toEqual([...PUBLIC_ACCOUNT_PATHS].sort());
  });
});
