import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup } from '@angular/forms';
import { TranslocoService, TranslocoTestingModule } from '@jsverse/transloco';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dateOrder, isoDate, lines, notBlank, saveProblem, twoDecimals } from './form-errors.util';

const apiError = (status: number, body: object) => new HttpErrorResponse({ status, error: body });

describe('saveProblem', () => {
  it('tells a stale version from a read-only strategy and a protected delete', () => {
    expect(saveProblem(apiError(409, { message: 'EvaluationCriterionEntity x was changed by someone else (your version 1 is out of date)' }))).toEqual({ kind: 'stale' });
    expect(saveProblem(apiError(409, { message: 'The strategy "S" is approved and read-only; only its status can change.' }))).toEqual({ kind: 'message', key: 'errors.readOnly' });
    expect(saveProblem(apiError(409, { message: 'Evaluation criterion "K" cannot be deleted: progress entry rows refer to it' }))).toEqual({ kind: 'message', key: 'errors.referenced' });
    expect(saveProblem(apiError(403, { message: 'Forbidden' }))).toEqual({ kind: 'message', key: 'errors.forbidden' });
    expect(saveProblem(new Error('network'))).toEqual({ kind: 'message', key: 'errors.generic' });
  });

  it('puts field errors on their controls, worded by code in the page language, and reports the rest', () => {
    // The app's global translations (errors.*, fieldErrors.*, fieldNames.*), as the browser loads them.
    const fi = JSON.parse(readFileSync(join(__dirname, '../../../../../../apps/web/public/i18n/fi.json'), 'utf8'));
    TestBed.configureTestingModule({ imports: [TranslocoTestingModule.forRoot({ langs: { fi }, translocoConfig: { availableLangs: ['fi'], defaultLang: 'fi' }, preloadLangs: true })] });
    TestBed.inject(TranslocoService);
    const form = new FormGroup({ title: new FormControl(''), roleIds: new FormControl([]) });
    const placed = saveProblem(
      apiError(400, { code: 'validation_failed', message: 'x', errors: [{ field: 'title', message: 'title must not be empty', code: 'required' }, { field: 'roleIds.1', message: 'No responsible role', code: 'not_allowed' }] }),
      form,
    );
    expect(placed).toEqual({ kind: 'fields' });
    expect(form.controls.title.errors).toEqual({ server: 'tieto puuttuu' });
    expect(form.controls.roleIds.errors).toEqual({ server: 'arvo ei ole sallittu' });
    const unplaced = saveProblem(apiError(400, { code: 'validation_failed', message: 'x', errors: [{ field: 'measures.0.text', message: 'bad', code: 'too_long' }] }), form);
    expect(unplaced).toEqual({ kind: 'message', key: 'errors.server', params: { message: `${fi.errors.validation_failed} Teksti: liian pitkä.` } });
  });
});

describe('validators shared with the API', () => {
  it('refuses blank text, a third decimal and impossible dates', () => {
    expect(notBlank(new FormControl('   '))).toEqual({ blank: true });
    expect(notBlank(new FormControl(' x '))).toBeNull();
    expect(twoDecimals(new FormControl(1.25))).toBeNull();
    expect(twoDecimals(new FormControl(1.255))).toEqual({ decimals: true });
    expect(isoDate(new FormControl('2026-02-29'))).toEqual({ date: true });
    expect(isoDate(new FormControl('2028-02-29'))).toBeNull();
  });

  it('marks the end date when it is before the start, and clears it when fixed', () => {
    const group = new FormGroup({ from: new FormControl('2026-05-01'), to: new FormControl('2026-04-30') }, { validators: dateOrder('from', 'to') });
    expect(group.controls.to.errors).toEqual({ dateOrder: true });
    group.controls.to.setValue('2026-05-01');
    expect(group.controls.to.errors).toBeNull();
  });

  it('splits a multi-line field into items', () => {
    expect(lines(' a \n\n b\n')).toEqual(['a', 'b']);
  });
});
