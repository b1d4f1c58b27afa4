import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { MeetingDto, NetworkDto, RegionDto } from '@suunta/shared-domain';
import { MeetingsPage } from './meetings-page';

const regions: RegionDto[] = [{ id: 'ep', code: 'EP', name: { fi: 'Etelä-Pohjanmaa' }, sortOrder: 1 }];
const fa3 = { id: 'fa3', code: '2015-3', title: 'Verkostot', strategyId: 's' };
const meeting: MeetingDto = {
  id: 'm1', regionId: 'ep', regionCode: 'EP', body: 'regional_steering_group', bodyName: 'EP:n alueellinen ohjausryhmä', date: null,
  dateEarliest: '2014-08-07', dateLatest: '2014-08-14', dateNote: 'no header', place: null, chair: 'Harri Jokiranta', secretary: null,
  notes: null, source: '002', itemCount: 1, focusAreas: [fa3], status: 'approved', startTime: null, endTime: null, remote: false,
  minuteCheckers: [], attendance: [], approvedAt: null, version: 1,
  items: [{ id: 'i9', number: 9, title: 'Ajankohtaista', proposal: 'Tiedotetaan.', discussion: 'Keskusteltiin.', decision: 'Merkitään tiedoksi.', note: null, focusAreas: [fa3], attachments: [], actions: [], followUps: [] }],
};
const network: NetworkDto = {
  id: 'n1', regionId: 'ep', regionCode: 'EP', name: 'Sosiaalityöntekijöiden työkokoukset', coordinator: 'SONet BOTNIA', sinceYear: 2005,
  meetingsPerYear: null, meetingsPerYearMin: 3, meetingsPerYearMax: 4, meetingsPerYearText: null, status: 'planned', partners: [], notes: null, source: null, version: 1, focusAreas: [fa3],
};

const tick = () => new Promise((resolve) => setTimeout(resolve));

describe('MeetingsPage', () => {
  it('shows the meeting with its § items, decision and focus-area chips, and the networks table with a caption', async () => {
    TestBed.configureTestingModule({
      imports: [MeetingsPage, TranslocoTestingModule.forRoot({ langs: {}, translocoConfig: { availableLangs: ['fi'], defaultLang: 'fi' } })],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideNoopAnimations()],
    });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(MeetingsPage);
    fixture.detectChanges();
    http.expectOne('/api/regions').flush(regions);
    http.expectOne('/api/meetings').flush([meeting]);
    http.expectOne('/api/networks').flush([network]);
    await tick();
    http.expectOne('/api/meetings/m1').flush(meeting);
    await tick();
    fixture.detectChanges();
    http.verify();

    const el: HTMLElement = fixture.nativeElement;
    expect(el.querySelector('h1')).not.toBeNull();
    expect(el.querySelector('h3')?.textContent).toContain('EP:n alueellinen ohjausryhmä');
    const item = el.querySelector('[data-testid="item-9"]');
    expect(item?.querySelector('h4')?.textContent).toContain('§ 9');
    expect(item?.querySelector('.decision')?.textContent).toBe('Merkitään tiedoksi.');
    expect(item?.querySelector('.chip')?.textContent).toContain('2015-3');
    const table = el.querySelector('table');
    expect(table?.querySelector('caption')).not.toBeNull();
    const cells = [...(table?.querySelectorAll('tbody tr td') ?? [])].map((c) => c.textContent?.trim());
    expect(cells).toEqual(['Etelä-Pohjanmaa', 'SONet BOTNIA', '2005', '3–4', '2015-3']);
  });
});
