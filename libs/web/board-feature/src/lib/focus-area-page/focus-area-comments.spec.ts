import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { CommentDto, SessionUser } from '@suunta/shared-domain';
import { FocusAreaComments } from './focus-area-comments';
import { commentDraftKey } from './comment-draft.util';

const tick = () => new Promise((resolve) => setTimeout(resolve));
const user = (roles: SessionUser['roles']): SessionUser => ({ id: 'me', organizationId: 'o', email: 'me@x', displayName: 'Minä', roles, regionIds: [] });
const comment: CommentDto = {
  id: 'c1', focusAreaId: 'fa', year: 2020, regionId: null, authorId: 'me', authorName: 'Minä', body: 'Hyvä suunta',
  createdAt: '2020-05-01T10:00:00.000Z', editedAt: null, version: 1,
};

async function setUp(roles: SessionUser['roles'], comments: CommentDto[] = [comment]) {
  TestBed.configureTestingModule({
    imports: [FocusAreaComments, TranslocoTestingModule.forRoot({ langs: {}, translocoConfig: { availableLangs: ['fi'], defaultLang: 'fi' } })],
    providers: [provideHttpClient(), provideHttpClientTesting(), provideNoopAnimations()],
  });
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(FocusAreaComments);
  fixture.componentRef.setInput('focusAreaId', 'fa');
  fixture.componentRef.setInput('year', 2020);
  fixture.detectChanges();
  http.expectOne('/api/auth/me').flush(user(roles));
  http.expectOne((r) => r.url === '/api/comments' && r.params.get('focusAreaId') === 'fa' && r.params.get('year') === '2020').flush(comments);
  await tick();
  fixture.detectChanges();
  return { http, fixture, el: fixture.nativeElement as HTMLElement };
}

describe('FocusAreaComments', () => {
  beforeEach(() => localStorage.clear());

  it('lists the comments and hides the form from viewers', async () => {
    const { el, http } = await setUp(['viewer'], [{ ...comment, authorId: 'someone' }]);
    expect(el.querySelector('[data-testid="comment-body"]')?.textContent).toBe('Hyvä suunta');
    expect(el.querySelector('form')).toBeNull();
    expect(el.querySelectorAll('li button').length).toBe(0);
    http.verify();
  });

  it('refuses an empty comment with an error tied to the field, then posts, clears the draft and announces it', async () => {
    const { el, http, fixture } = await setUp(['board'], []);
    const textarea = el.querySelector<HTMLTextAreaElement>('#comment-new')!;
    el.querySelector<HTMLButtonElement>('[data-testid="comment-submit"]')!.click();
    fixture.detectChanges();
    expect(textarea.getAttribute('aria-invalid')).toBe('true');
    expect(textarea.getAttribute('aria-describedby')).toContain('comment-new-error');
    expect(el.querySelector('#comment-new-error')).not.toBeNull();

    textarea.value = 'Uusi huomio';
    textarea.dispatchEvent(new Event('input'));
    expect(localStorage.getItem(commentDraftKey('fa', 2020, null))).toBe('Uusi huomio');
    el.querySelector<HTMLButtonElement>('[data-testid="comment-submit"]')!.click();
    const req = http.expectOne({ method: 'POST', url: '/api/comments' });
    expect(req.request.body).toEqual({ focusAreaId: 'fa', year: 2020, regionId: null, body: 'Uusi huomio' });
    req.flush({ ...comment, id: 'c2', body: 'Uusi huomio' });
    await tick();
    fixture.detectChanges();
    expect(el.querySelectorAll('[data-testid="comment"]').length).toBe(1);
    expect(localStorage.getItem(commentDraftKey('fa', 2020, null))).toBeNull();
    expect(el.querySelector('[data-testid="comments-status"]')?.textContent).toContain('board.comments.announce.posted');
    http.verify();
  });

  it('restores the unsent text from localStorage', async () => {
    localStorage.setItem(commentDraftKey('fa', 2020, null), 'Kesken jäänyt');
    const { el } = await setUp(['management'], []);
    expect(el.querySelector<HTMLTextAreaElement>('#comment-new')!.value).toBe('Kesken jäänyt');
  });

  it('on a stale edit (409) says so and reloads the list', async () => {
    const { el, http, fixture } = await setUp(['board']);
    el.querySelector<HTMLButtonElement>('li button')!.click();
    fixture.detectChanges();
    const edit = el.querySelector<HTMLTextAreaElement>('#comment-edit-c1')!;
    edit.value = 'Muokattu';
    edit.dispatchEvent(new Event('input'));
    fixture.detectChanges();
    el.querySelector<HTMLButtonElement>('li .actions button')!.click();
    http.expectOne({ method: 'PATCH', url: '/api/comments/c1' }).flush({ message: 'stale' }, { status: 409, statusText: 'Conflict' });
    await tick();
    http.expectOne((r) => r.url === '/api/comments').flush([{ ...comment, body: 'Toisen versio', version: 2 }]);
    await tick();
    fixture.detectChanges();
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('board.comments.errors.conflict');
    http.verify();
  });
});
