import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { UnsubscribePage } from './unsubscribe-page';

const tick = () => new Promise((resolve) => setTimeout(resolve));

function setUp(token: string | undefined) {
  TestBed.configureTestingModule({
    imports: [UnsubscribePage, TranslocoTestingModule.forRoot({ langs: {}, translocoConfig: { availableLangs: ['fi'], defaultLang: 'fi' } })],
    providers: [provideHttpClient(), provideHttpClientTesting(), provideNoopAnimations()],
  });
  const fixture = TestBed.createComponent(UnsubscribePage);
  if (token) fixture.componentRef.setInput('token', token);
  fixture.detectChanges();
  return { fixture, http: TestBed.inject(HttpTestingController), el: fixture.nativeElement as HTMLElement };
}

describe('UnsubscribePage', () => {
  it('changes nothing when opened (mail scanners open links); snoozes only when asked, then confirms', async () => {
    const { fixture, http, el } = setUp('abc_DEF-123');
    http.expectNone('/api/reminders/subscription');

    (el.querySelector('[data-testid="reminder-snooze"]') as HTMLButtonElement).click();
    const req = http.expectOne('/api/reminders/subscription');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ token: 'abc_DEF-123', action: 'snooze' });
    req.flush({ action: 'snooze', snoozedUntil: '2026-04-18' });
    await tick();
    fixture.detectChanges();
    expect(el.querySelector('[data-testid="reminder-confirmation"]')?.textContent).toContain('reminders.unsubscribe.snoozed');
    http.verify();
  });

  it('says the link is broken, without buttons, when it has no token', () => {
    const { el } = setUp(undefined);
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('reminders.unsubscribe.noToken');
    expect(el.querySelector('button')).toBeNull();
  });
});
