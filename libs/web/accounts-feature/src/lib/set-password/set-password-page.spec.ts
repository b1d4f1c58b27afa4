import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter, Router } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { SetPasswordPage, type SetPasswordMode } from './set-password-page';

describe('SetPasswordPage', () => {
  let http: HttpTestingController;

  async function open(mode: SetPasswordMode, token = 'abc') {
    TestBed.configureTestingModule({
      imports: [SetPasswordPage, TranslocoTestingModule.forRoot({ langs: {}, translocoConfig: { availableLangs: ['fi'], defaultLang: 'fi' } })],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideNoopAnimations(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(SetPasswordPage);
    fixture.componentRef.setInput('mode', mode);
    fixture.componentRef.setInput('token', token);
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;
    const fill = async (password: string, confirm = password) => {
      const [first, second] = [...root.querySelectorAll('input')];
      first.value = password;
      first.dispatchEvent(new Event('input'));
      second.value = confirm;
      second.dispatchEvent(new Event('input'));
      root.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
      await fixture.whenStable();
    };
    return { fixture, root, fill };
  }

  afterEach(() => http.verify());

  it('shows the mode\'s texts, and only the missing-token alert without a token', async () => {
    const { root } = await open('accept', '');
    expect(root.querySelector('h1')?.textContent).toBe('accounts.accept.title');
    expect(root.querySelector('[role=alert]')?.textContent).toBe('accounts.accept.noToken');
    expect(root.querySelector('form')).toBeNull();
  });

  it('accepts an invitation at the invitation endpoint, then goes to sign in', async () => {
    const { root, fill } = await open('accept');
    expect(root.querySelector('form')?.getAttribute('aria-describedby')).toBe('accept-lead');
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    await fill('lakeus tuulee lännestä');
    const req = http.expectOne('/api/auth/accept-invite');
    expect(req.request.body).toEqual({ token: 'abc', password: 'lakeus tuulee lännestä' });
    req.flush(null, { status: 204, statusText: 'No Content' });
    await new Promise((resolve) => setTimeout(resolve));
    expect(navigate).toHaveBeenCalledWith(['/login'], { queryParams: { passwordSet: 1 } });
  });

  it('does not send a confirmation that differs', async () => {
    const { root, fill } = await open('reset');
    await fill('lakeus tuulee lännestä', 'lakeus tuulee idästä');
    http.expectNone('/api/auth/reset-password');
    expect([...root.querySelectorAll('mat-error')].map((e) => e.textContent?.trim())).toEqual(['accounts.errors.mismatch']);
  });

  it('offers a new reset link when the mailed one is used up', async () => {
    const { fixture, root, fill } = await open('reset');
    await fill('lakeus tuulee lännestä');
    http.expectOne('/api/auth/reset-password').flush(
      { statusCode: 400, message: 'token: invalid', errors: [{ field: 'token', message: 'The reset link is invalid, used or expired; ask for a new one' }] },
      { status: 400, statusText: 'Bad Request' },
    );
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    const alert = root.querySelector('[role=alert]');
    expect(alert?.textContent).toContain('accounts.reset.invalidLink');
    expect(alert?.querySelector('a')?.getAttribute('href')).toBe('/forgot-password');
  });
});
