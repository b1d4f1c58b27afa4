import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { FocusAreaDecisions } from './focus-area-decisions';

describe('FocusAreaDecisions', () => {
  it("lists the focus area's decisions with the body, date and § number", async () => {
    TestBed.configureTestingModule({
      imports: [FocusAreaDecisions, TranslocoTestingModule.forRoot({ langs: {}, translocoConfig: { availableLangs: ['fi'], defaultLang: 'fi' } })],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(FocusAreaDecisions);
    fixture.componentRef.setInput('focusAreaId', 'fa1');
    fixture.detectChanges();
    http.expectOne('/api/meetings/decisions?focusAreaId=fa1').flush([
      { meetingId: 'm1', meetingDate: '2026-02-12', meetingStatus: 'approved', bodyName: 'KP:n ohjausryhmä', regionCode: 'KP', itemId: 'i1', number: 4, title: 'Verkosto', decision: 'Perustetaan verkosto.' },
    ]);
    await fixture.whenStable();
    fixture.detectChanges();
    const li = (fixture.nativeElement as HTMLElement).querySelector('li');
    expect(li?.textContent).toContain('KP:n ohjausryhmä, 12.2.2026');
    expect(li?.textContent).toContain('§ 4');
    expect(li?.querySelector('.decision')?.textContent).toBe('Perustetaan verkosto.');
    http.verify();
  });
});
