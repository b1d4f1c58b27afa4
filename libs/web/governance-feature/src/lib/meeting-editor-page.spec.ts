import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { MeetingDto } from '@suunta/shared-domain';
import { headerToDto, MeetingEditorPage, parseAttachments } from './meeting-editor-page';

const tick = () => new Promise((resolve) => setTimeout(resolve));

const approved: MeetingDto = {
  id: 'm1', regionId: 'kp', regionCode: 'KP', body: 'regional_steering_group', bodyName: 'KP:n ohjausryhmä', date: '2026-02-12',
  dateEarliest: null, dateLatest: null, dateNote: null, place: 'Teams', chair: 'Harri Jokiranta', secretary: 'Sanna Sihteeri', notes: null,
  source: null, itemCount: 1, focusAreas: [], status: 'approved', startTime: '09:30', endTime: '11:00', remote: true,
  minuteCheckers: ['Päivi Rinne'], attendance: [], approvedAt: '2026-02-20T10:00:00Z', version: 4,
  items: [{ id: 'i1', number: 1, title: 'Verkosto', proposal: null, discussion: null, decision: 'Perustetaan verkosto.', note: null, attachments: [], focusAreas: [{ id: 'fa1', code: '2020-1', title: 'Painopiste', strategyId: 's' }], actions: [], followUps: [] }],
};

describe('meeting editor helpers', () => {
  it('reads attachments as "title | address" lines, a bare address as its own title', () => {
    expect(parseAttachments('Diaesitys | https://a.fi/d.pdf\n\nhttps://b.fi/x')).toEqual([
      { title: 'Diaesitys', url: 'https://a.fi/d.pdf' },
      { title: 'https://b.fi/x', url: 'https://b.fi/x' },
    ]);
  });

  it('turns the header form into the API body: blanks to null, one name per line, absent ones not present', () => {
    const dto = headerToDto({
      regionId: '', body: 'regional_steering_group', bodyName: ' ', date: '2026-02-12', startTime: '09:30', endTime: '', place: 'Teams', remote: true,
      chair: 'Harri', secretary: '', minuteCheckers: 'Päivi Rinne\n Tuulikki Mäkinen \n', present: 'Harri', absent: 'Teemu',
    });
    expect(dto).toMatchObject({ regionId: null, bodyName: null, endTime: null, secretary: null, minuteCheckers: ['Päivi Rinne', 'Tuulikki Mäkinen'] });
    expect(dto.attendance).toEqual([{ name: 'Harri', present: true }, { name: 'Teemu', present: false }]);
  });
});

describe('MeetingEditorPage', () => {
  it('approved minutes: the items read-only, reopen needs a reason, and the decision offers a yearly action', async () => {
    TestBed.configureTestingModule({
      imports: [MeetingEditorPage, TranslocoTestingModule.forRoot({ langs: {}, translocoConfig: { availableLangs: ['fi'], defaultLang: 'fi' } })],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(MeetingEditorPage);
    fixture.componentRef.setInput('id', 'm1');
    fixture.detectChanges();
    await tick();
    http.expectOne('/api/regions').flush([{ id: 'kp', code: 'KP', name: { fi: 'Keski-Pohjanmaa' }, sortOrder: 2 }]);
    http.expectOne('/api/plans/options').flush({ roles: [], people: [], criteria: [], strategies: [], focusAreas: [{ id: 'fa1', code: '2020-1', title: 'Painopiste', strategyId: 's' }] });
    await tick();
    http.expectOne('/api/meetings/m1').flush(approved);
    await tick();
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();

    const el: HTMLElement = fixture.nativeElement;
    expect(el.querySelector('[data-testid="meeting-status"]')?.textContent).toContain('statuses.approved');
    expect(el.querySelector('[data-testid="check"]')).toBeNull();
    expect((el.querySelector('[data-testid="reopen"]') as HTMLButtonElement).disabled).toBe(true);
    expect(el.querySelector('[data-testid="edit-item-1"] .decision')?.textContent).toBe('Perustetaan verkosto.');
    expect(el.querySelector('[data-testid="create-action-1"]')).not.toBeNull();
    expect(el.querySelector('[data-testid="export-docx"]')?.getAttribute('href')).toBe('/api/meetings/m1/export.docx');
    // every form control has a label
    for (const control of Array.from(el.querySelectorAll('input, select, textarea'))) {
      expect(control.closest('label')).not.toBeNull();
    }
    http.verify();
  });
});
