import { HttpErrorResponse } from '@angular/common/http';
import { FormControl, FormGroup } from '@angular/forms';
import type { ApiErrorText } from '@suunta/web-core';
import { applyServerErrors, messageKey, safeReturnUrl, sameAs } from './form-errors';

describe('applyServerErrors', () => {
  it('puts field errors on the matching controls and leaves nothing for the alert', () => {
    const form = new FormGroup({ newPassword: new FormControl('x') });
    const error = new HttpErrorResponse({
      status: 400,
      error: { statusCode: 400, error: 'Bad Request', message: 'newPassword: too common', errors: [{ field: 'newPassword', message: 'The password is too common' }] },
    });
    expect(applyServerErrors(form, error)).toBeNull();
    expect(form.get('newPassword')?.errors).toEqual({ server: 'The password is too common' });
  });

  it('gives the alert a known key for conflicts and refusals, and the generic key for 5xx', () => {
    const form = new FormGroup({});
    expect(applyServerErrors(form, new HttpErrorResponse({ status: 409, error: { message: 'stale version' } }))).toEqual({ key: 'errors.conflict' });
    expect(applyServerErrors(form, new HttpErrorResponse({ status: 409, error: { message: 'This is the last admin of the organization' } }))).toEqual({ key: 'errors.lastAdmin' });
    expect(applyServerErrors(form, new HttpErrorResponse({ status: 403, error: {} }))).toEqual({ key: 'errors.forbidden' });
    expect(applyServerErrors(form, new HttpErrorResponse({ status: 500, error: { message: 'Internal server error' } }))).toEqual({ key: 'errors.generic' });
  });

  it('never passes the API\'s English on: an unknown message becomes a generic key, or the coded wording', () => {
    const form = new FormGroup({});
    const error = new HttpErrorResponse({ status: 400, error: { code: 'bad_request', message: 'Survey 42 not found in plan' } });
    expect(applyServerErrors(form, error)).toEqual({ key: 'errors.generic' });
    const errorText = { text: (e: unknown) => (e === error ? 'Pyyntöä ei voitu käsitellä.' : '?') } as unknown as ApiErrorText;
    expect(applyServerErrors(form, error, errorText)).toEqual({ text: 'Pyyntöä ei voitu käsitellä.' });
  });
});

describe('messageKey', () => {
  it('maps the password policy messages', () => {
    expect(messageKey('The password is too common; choose…')).toBe('errors.common');
    expect(messageKey('The password must not be your e-mail address or name')).toBe('errors.personal');
    expect(messageKey('Something unheard of')).toBeNull();
  });
});

describe('sameAs', () => {
  it('marks the confirmation when it differs, and clears it when it matches', () => {
    const form = new FormGroup({ a: new FormControl('one two three four'), b: new FormControl('one two') }, { validators: sameAs('a', 'b') });
    expect(form.get('b')?.hasError('mismatch')).toBe(true);
    form.get('b')?.setValue('one two three four');
    expect(form.get('b')?.hasError('mismatch')).toBe(false);
  });
});

describe('safeReturnUrl', () => {
  it('allows in-app paths only', () => {
    expect(safeReturnUrl('/strategy?x=1')).toBe('/strategy?x=1');
    expect(safeReturnUrl('//evil.example')).toBe('/');
    expect(safeReturnUrl('https://evil.example')).toBe('/');
    expect(safeReturnUrl('/login')).toBe('/');
    expect(safeReturnUrl(undefined)).toBe('/');
  });
});
