import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { SessionUser } from '@suunta/shared-domain';
import { AuthService } from './auth.service';

const planner: SessionUser = { id: 'u1', organizationId: 'o1', email: 'p@example.fi', displayName: 'P', roles: ['planner'], regionIds: ['kp'] };

describe('AuthService', () => {
  let auth: AuthService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    auth = TestBed.inject(AuthService);
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it('asks /api/auth/me once, and knows the user afterwards', async () => {
    const first = auth.ensureLoaded();
    const second = auth.ensureLoaded();
    http.expectOne('/api/auth/me').flush(planner);
    expect(await first).toEqual(planner);
    expect(await second).toEqual(planner);
    expect(await auth.ensureLoaded()).toEqual(planner);
    expect(auth.signedIn()).toBe(true);
  });

  it('treats a 401 from /api/auth/me as signed out', async () => {
    const loaded = auth.ensureLoaded();
    http.expectOne('/api/auth/me').flush({ statusCode: 401 }, { status: 401, statusText: 'Unauthorized' });
    expect(await loaded).toBeNull();
    expect(auth.me()).toBeNull();
  });

  it('answers hasRole and canWriteRegion like the API', async () => {
    const loaded = auth.ensureLoaded();
    http.expectOne('/api/auth/me').flush(planner);
    await loaded;
    expect(auth.hasRole('planner', 'management')).toBe(true);
    expect(auth.hasRole('admin')).toBe(false);
    expect(auth.canWriteRegion('kp')).toBe(true);
    expect(auth.canWriteRegion('po')).toBe(false);
  });

  it('forgets the user at logout even if the request fails', async () => {
    const login = auth.login({ email: 'p@example.fi', password: 'x' });
    http.expectOne('/api/auth/login').flush(planner);
    await login;
    const logout = auth.logout();
    http.expectOne('/api/auth/logout').flush(null, { status: 500, statusText: 'Server Error' });
    await expect(logout).rejects.toBeDefined();
    expect(auth.me()).toBeNull();
  });
});
