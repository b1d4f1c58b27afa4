import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup } from '@angular/forms';
import { TranslocoService, TranslocoTestingModule } from '@jsverse/transloco';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApiErrorText, apiErrorMessage, apiFieldReason } from './api-error-text.service';

const load = (lang: string): { errors: Record<string, string> } => JSON.parse(readFileSync(join(__dirname, '../../../../../../apps/web/public/i18n', `${lang}.json`), 'utf8'));

function setup(lang: 'fi' | 'sv' | 'en'): ApiErrorText {
  TestBed.configureTestingModule({
    imports: [
      TranslocoTestingModule.forRoot({
        langs: { fi: load('fi'), sv: load('sv'), en: load('en') },
        translocoConfig: { availableLangs: ['fi', 'sv', 'en'], defaultLang: lang },
        preloadLangs: true,
      }),
    ],
  });
  TestBed.inject(TranslocoService).setActiveLang(lang);
  return TestBed.inject(ApiErrorText);
}

const validation = new HttpErrorResponse({
  status: 400,
  error: {
    statusCode: 400,
    code: 'validation_failed',
    error: 'Bad Request',
    message: 'title.sv: title must be shorter than or equal to 200 characters',
    errors: [
      { field: 'title.sv', message: 'title must be shorter than or equal to 200 characters', code: 'too_long' },
      { field: 'email', message: 'email must be an email', code: 'not_an_email' },
    ],
  },
});

describe('ApiErrorText', () => {
  it('words a coded error in Finnish, naming the fields, without the server English', () => {
    const text = setup('fi').text(validation);
    expect(text).toBe(`${load('fi').errors['validation_failed']} Otsikko (ruotsiksi): liian pitkä. Sähköpostiosoite: ei ole kelvollinen sähköpostiosoite.`);
  });
  it('words the same error in Swedish and English', () => {
    expect(setup('sv').text(validation)).toBe(`${load('sv').errors['validation_failed']} Rubrik (på svenska): för lång. E-postadress: är inte en giltig e-postadress.`);
    TestBed.resetTestingModule();
    expect(setup('en').text(validation)).toBe(`${load('en').errors['validation_failed']} Title (in Swedish): too long. E-mail address: not a valid e-mail address.`);
  });
  it('words an uncoded 404 by its status, never "Survey … not found"', () => {
    const text = setup('fi').text(new HttpErrorResponse({ status: 404, error: { statusCode: 404, error: 'Not Found', message: 'Survey 42 not found' } }));
    expect(text).toBe(load('fi').errors['not_found']);
    expect(text).not.toContain('Survey');
  });
  it('puts field errors on the form controls and returns only what no control shows', () => {
    const service = setup('fi');
    const form = new FormGroup({ email: new FormControl('x') });
    expect(service.applyToForm(form, validation)).toBe(`${load('fi').errors['validation_failed']} Otsikko (ruotsiksi): liian pitkä.`);
    expect(form.controls.email.errors).toEqual({ server: 'ei ole kelvollinen sähköpostiosoite' });
    expect(form.controls.email.touched).toBe(true);
    const both = new FormGroup({ email: new FormControl('x'), title: new FormGroup({ sv: new FormControl('y') }) });
    expect(service.applyToForm(both, validation)).toBeNull();
    expect(both.get('title.sv')?.errors).toEqual({ server: 'liian pitkä' });
  });
});

describe('apiErrorMessage (for helpers outside an injection context)', () => {
  it('words an error exactly as the service does, in the active language', () => {
    const service = setup('sv');
    expect(apiErrorMessage(validation)).toBe(service.text(validation));
    expect(apiFieldReason({ field: 'email', message: 'email must be an email', code: 'not_an_email' })).toBe('är inte en giltig e-postadress');
  });
});
