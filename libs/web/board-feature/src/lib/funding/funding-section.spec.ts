import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { FundingOverviewDto, SessionUser } from '@suunta/shared-domain';
import { FundingSectionComponent } from './funding-section';

const tick = () => new Promise((resolve) => setTimeout(resolve));
const user = (roles: SessionUser['roles']): SessionUser => ({ id: 'me', organizationId: 'o', email: 'me@x', displayName: 'Minä', roles, regionIds: [] });
// the API's answer for the 2019 seed (figures worked out by hand in apps/api/test/funding.int-spec.ts)
const overview: FundingOverviewDto = {
  years: [
    {
      year: 2019,
      total: '362671.00',
      bySource: [
        { source: 'state_subsidy', total: '241551.00', sharePercent: 66.6 },
        { source: 'municipal', total: '121120.00', sharePercent: 33.4 },
      ],
      municipalByPayer: [],
      earmarks: [],
      entries: [],
    },
  ],
};

describe('FundingSectionComponent', () => {
  it('shows each year per source with euros in the page language, and the edit link only to management', async () => {
    TestBed.configureTestingModule({
      imports: [FundingSectionComponent, TranslocoTestingModule.forRoot({ langs: {}, translocoConfig: { availableLangs: ['fi'], defaultLang: 'fi' } })],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideNoopAnimations(), provideRouter([])],
    });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(FundingSectionComponent);
    fixture.componentRef.setInput('year', 2020);
    fixture.componentRef.setInput('language', 'fi');
    fixture.detectChanges();
    http.expectOne('/api/auth/me').flush(user(['board']));
    http.expectOne((r) => r.url === '/api/funding' && r.params.get('toYear') === '2020').flush(overview);
    await tick();
    fixture.detectChanges();
    const el = fixture.nativeElement as HTMLElement;
    const row = el.querySelector('[data-testid="funding-table"] tbody tr')?.textContent?.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ') ?? '';
    expect(row).toContain('2019');
    expect(row).toContain('241 551 € (66,6 %)');
    expect(row).toContain('121 120 € (33,4 %)');
    expect(row).toContain('362 671 €');
    expect(el.querySelector('[data-testid="funding-edit"]')).toBeNull();
    http.verify();
  });
});
