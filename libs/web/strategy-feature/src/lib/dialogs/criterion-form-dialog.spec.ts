import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { provideSuuntaDates } from '@suunta/web-core';
import type { EvaluationCriterionDto, ResponsibleRoleDto } from '@suunta/shared-domain';
import { measureForm } from '../shared/measures-editor';
import { CriterionFormDialog } from './criterion-form-dialog';

const criterion: EvaluationCriterionDto = {
  id: 'c1', csfId: 'csf1', title: 'Sitoutumisen vahvistuminen', description: null, measurementKind: 'count', unit: 'kpl', yearlyTarget: 3,
  deadline: null, frequency: null, method: null, measures: [], roleIds: [], sortOrder: 1, predecessorId: null, version: 4,
};

describe('CriterionFormDialog', () => {
  let http: HttpTestingController;
  let close: jest.Mock;
  let fixture: ComponentFixture<CriterionFormDialog>;

  function open(node: EvaluationCriterionDto | undefined = criterion, roles: ResponsibleRoleDto[] = []) {
    close = jest.fn();
    TestBed.configureTestingModule({
      imports: [CriterionFormDialog, TranslocoTestingModule.forRoot({ langs: {}, translocoConfig: { availableLangs: ['fi'], defaultLang: 'fi' } })],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideNoopAnimations(),
        provideSuuntaDates(),
        { provide: MatDialogRef, useValue: { close } },
        { provide: MAT_DIALOG_DATA, useValue: { csfId: 'csf1', node, roles } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(CriterionFormDialog);
    fixture.detectChanges();
    return fixture.componentInstance;
  }

  afterEach(() => http.verify());

  it('clears and disables the yearly target when the kind has none, as the API requires', () => {
    const dialog = open();
    dialog.form.controls.measurementKind.setValue('milestone');
    expect(dialog.form.controls.yearlyTarget.disabled).toBe(true);
    expect(dialog.form.controls.yearlyTarget.value).toBeNull();
    dialog.form.controls.measurementKind.setValue('survey');
    expect(dialog.form.controls.yearlyTarget.enabled).toBe(true);
  });

  it('does not send an invalid form', async () => {
    const dialog = open();
    dialog.form.controls.title.setValue('   ');
    await dialog.submit();
    http.expectNone('/api/criteria/c1');
    expect(dialog.form.controls.title.errors).toEqual({ blank: true });
  });

  it('on a stale version offers the conflict choice, and "keep mine" resends with the newer version', async () => {
    const dialog = open();
    dialog.form.controls.yearlyTarget.setValue(5);
    const first = dialog.submit();
    const req = http.expectOne('/api/criteria/c1');
    expect(req.request.body).toMatchObject({ yearlyTarget: 5, version: 4, measurementKind: 'count' });
    req.flush({ statusCode: 409, error: 'Conflict', message: 'EvaluationCriterionEntity c1 was changed by someone else (your version 4 is out of date)' }, { status: 409, statusText: 'Conflict' });
    await first;
    expect(dialog.conflict()).toBe(true);
    expect(close).not.toHaveBeenCalled();

    const keep = dialog.keepMine();
    http.expectOne({ method: 'GET', url: '/api/criteria/c1' }).flush({ ...criterion, yearlyTarget: 7, version: 5 });
    await Promise.resolve();
    await new Promise((r) => setTimeout(r));
    const resent = http.expectOne({ method: 'PATCH', url: '/api/criteria/c1' });
    expect(resent.request.body).toMatchObject({ yearlyTarget: 5, version: 5 });
    resent.flush({ ...criterion, yearlyTarget: 5, version: 6 });
    await keep;
    expect(close).toHaveBeenCalledWith(expect.objectContaining({ yearlyTarget: 5, version: 6 }));
  });

  it('sends the edited sub-measures; a target is kept only for a kind measured by a number', async () => {
    const dialog = open({ ...criterion, measures: [{ text: 'Kysely', measurementKind: 'survey', unit: null, target: null, frequency: '1 krt/vuosi' }] });
    expect(dialog.form.controls.measures.length).toBe(1);
    dialog.form.controls.measures.push(measureForm({ text: '  Raportti valmis ', measurementKind: 'milestone', target: 3 }));
    dialog.form.controls.measures.push(measureForm({ text: 'Seminaarit', measurementKind: 'count', unit: 'kpl', target: 2 }));
    const saving = dialog.submit();
    const req = http.expectOne('/api/criteria/c1');
    expect(req.request.body.measures).toEqual([
      { text: 'Kysely', measurementKind: 'survey', unit: null, target: null, frequency: '1 krt/vuosi' },
      { text: 'Raportti valmis', measurementKind: 'milestone', unit: null, target: null, frequency: null },
      { text: 'Seminaarit', measurementKind: 'count', unit: 'kpl', target: 2, frequency: null },
    ]);
    req.flush({ ...criterion, version: 5 });
    await saving;
  });

  it('does not send a sub-measure without its text', async () => {
    const dialog = open();
    dialog.form.controls.measures.push(measureForm({ text: ' ' }));
    await dialog.submit();
    http.expectNone('/api/criteria/c1');
  });

  it('offers a retired role only where the criterion already names it', async () => {
    const role = (id: string, retiredAt: string | null): ResponsibleRoleDto => ({ id, code: id, kind: 'person', scope: 'organization', name: { fi: id }, sortOrder: 1, retiredAt, version: 1 });
    const roles = [role('active', null), role('old', '2026-01-01T00:00:00.000Z'), role('older', '2026-01-01T00:00:00.000Z')];
    open({ ...criterion, roleIds: ['old'] }, roles);
    (fixture.nativeElement as HTMLElement).querySelector<HTMLElement>('su-role-select mat-select')?.click();
    await fixture.whenStable();
    const options = [...document.querySelectorAll('mat-option')].map((o) => o.textContent?.trim());
    expect(options).toEqual(['active', 'old (strategy.roles.retiredMark)']);
  });

  it('lays the form out with its save problems and buttons: the submit button sends, a refusal shows above the fields, cancel closes', async () => {
    const dialog = open();
    const root = fixture.nativeElement as HTMLElement;
    const [cancel, save] = [...root.querySelectorAll<HTMLButtonElement>('form mat-dialog-actions button')];
    expect(save.type).toBe('submit');
    expect(save.textContent?.trim()).toBe('strategy.edit.save');
    dialog.form.controls.title.setValue('   ');
    save.click();
    await fixture.whenStable();
    http.expectNone('/api/criteria/c1');
    expect(root.querySelector('form mat-dialog-content su-text-field mat-error')?.textContent?.trim()).toBe('strategy.errors.blank');

    dialog.form.controls.title.setValue('Sitoutuminen');
    save.click();
    http.expectOne('/api/criteria/c1').flush({ statusCode: 403, message: 'Forbidden' }, { status: 403, statusText: 'Forbidden' });
    await new Promise((r) => setTimeout(r));
    await fixture.whenStable();
    expect(root.querySelector('form mat-dialog-content [role=alert]')?.textContent).toBe('strategy.errors.forbidden');
    cancel.click();
    expect(close).toHaveBeenCalledWith(undefined);
  });
});
