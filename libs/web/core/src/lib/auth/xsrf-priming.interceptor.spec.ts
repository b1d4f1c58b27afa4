import { HttpClient, provideHttpClient, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { XSRF_COOKIE_NAME, XSRF_HEADER_NAME } from '@suunta/shared-domain';
import { firstValueFrom } from 'rxjs';
import { xsrfPrimingInterceptor } from './xsrf-priming.interceptor';

function setup() {
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(withXsrfConfiguration({ cookieName: XSRF_COOKIE_NAME, headerName: XSRF_HEADER_NAME }), withInterceptors([xsrfPrimingInterceptor])),
      provideHttpClientTesting(),
    ],
  });
  return { http: TestBed.inject(HttpClient), backend: TestBed.inject(HttpTestingController) };
}

const tick = () => new Promise((resolve) => setTimeout(resolve));

describe('xsrfPrimingInterceptor', () => {
  afterEach(() => (document.cookie = `${XSRF_COOKIE_NAME}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`));

  it('without a token cookie, fetches one before the first POST and sends it in the header', async () => {
    const { http, backend } = setup();
    const answer = firstValueFrom(http.post('/api/auth/accept-invite', { token: 't' }));
    const priming = backend.expectOne('/api/health');
    document.cookie = `${XSRF_COOKIE_NAME}=fresh-token; path=/`; // what the API's answer sets
    priming.flush({ status: 'ok' });
    await tick();
    const post = backend.expectOne('/api/auth/accept-invite');
    expect(post.request.headers.get(XSRF_HEADER_NAME)).toBe('fresh-token');
    post.flush(null, { status: 204, statusText: 'No Content' });
    await answer;
    backend.verify();
  });

  it('with a token cookie, sends the request at once', async () => {
    document.cookie = `${XSRF_COOKIE_NAME}=known; path=/`;
    const { http, backend } = setup();
    const answer = firstValueFrom(http.post('/api/auth/logout', {}));
    const post = backend.expectOne('/api/auth/logout');
    expect(post.request.headers.get(XSRF_HEADER_NAME)).toBe('known');
    post.flush(null);
    await answer;
    backend.verify();
  });
});
