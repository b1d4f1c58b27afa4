import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { AuthService } from '@suunta/web-core';
import { StrategyImportPage } from './import-page';

describe('StrategyImportPage', () => {
  let http: HttpTestingController;

  function open() {
    TestBed.configureTestingModule({
      imports: [StrategyImportPage, TranslocoTestingModule.forRoot({ langs: {}, translocoConfig: { availableLangs: ['fi'], defaultLang: 'fi' } })],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideNoopAnimations(), provideRouter([]), { provide: AuthService, useValue: { hasRole: () => true } }],
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(StrategyImportPage);
    fixture.detectChanges();
    return { fixture, page: fixture.componentInstance };
  }

  afterEach(() => http.verify());

  const text = ['{', '  "title": "Strategia",', '  "focusAreas": [', '    { "title": "", "csfs": [] }', '  ]', '}'].join('\n');

  it('names a syntax error by line without asking the API', async () => {
    const { page } = open();
    page.edited('{\n  "title": "x",\n  "focusAreas": [,]\n}');
    await page.preview();
    http.expectNone('/api/strategies/import/preview');
    expect(page.problems().map((p) => p.line)).toEqual([3]);
  });

  it("puts the API's field errors on the lines of the pasted text", async () => {
    const { page } = open();
    page.edited(text);
    const done = page.preview();
    http.expectOne('/api/strategies/import/preview').flush(
      { statusCode: 400, code: 'validation_failed', message: 'x', errors: [{ field: 'focusAreas.0.title', message: 'title must not be empty', code: 'required' }] },
      { status: 400, statusText: 'Bad Request' },
    );
    await done;
    expect(page.problems()).toEqual([expect.objectContaining({ line: 4, field: 'focusAreas.0.title' })]);
    expect(page.result()).toBeNull();
  });

  it('shows the preview, offers import only for the previewed text, and an edit clears it', async () => {
    const { fixture, page } = open();
    page.edited(text);
    const done = page.preview();
    const req = http.expectOne('/api/strategies/import/preview');
    expect(req.request.body).toEqual(JSON.parse(text));
    req.flush({
      key: null, title: 'Strategia', status: 'draft', validFrom: null, validTo: null,
      counts: { focusAreas: 1, csfs: 0, criteria: 0, actions: 0, measures: 0 },
      focusAreas: [{ key: null, title: 'P', csfs: 0, criteria: 0, actions: 0 }],
      roles: [],
    });
    await done;
    fixture.detectChanges();
    expect(fixture.nativeElement.querySelector('[data-testid="import-save"]')).not.toBeNull();
    page.edited(text + ' ');
    fixture.detectChanges();
    expect(fixture.nativeElement.querySelector('[data-testid="import-save"]')).toBeNull();
    await page.import();
    http.expectNone('/api/strategies/import');
  });
});
