import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { PageNotices } from './page-notices';

describe('PageNotices', () => {
  it('says a notice politely and a failure as an alert, each once', async () => {
    TestBed.configureTestingModule({
      imports: [PageNotices, TranslocoTestingModule.forRoot({ langs: {}, translocoConfig: { availableLangs: ['fi'], defaultLang: 'fi' } })],
    });
    const page = { notice: signal<{ key: string } | null>(null), failure: signal<{ key: string } | null>(null) };
    const fixture = TestBed.createComponent(PageNotices);
    fixture.componentRef.setInput('page', page);
    fixture.componentRef.setInput('noticeTestId', 'roles-notice');
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;
    expect(root.querySelector('[aria-live=polite]')?.children).toHaveLength(0);
    expect(root.querySelector('[role=alert]')).toBeNull();

    page.notice.set({ key: 'edit.saved' });
    page.failure.set({ key: 'errors.generic' });
    await fixture.whenStable();
    const status = root.querySelector('[aria-live=polite][aria-atomic=true] > [role=status]');
    expect(status?.textContent).toBe('strategy.edit.saved');
    expect(status?.getAttribute('data-testid')).toBe('roles-notice');
    expect(root.querySelector('[role=alert]')?.textContent).toBe('strategy.errors.generic');
  });
});
