import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { API_ERROR_CODES, LANGUAGES } from '@suunta/shared-domain';
import { codeForStatus, describeApiError, FIELD_ERROR_CODES, KNOWN_FIELD_NAMES } from './api-error.util';

type Json = Record<string, unknown>;
/** The app's global translation files, read as the browser gets them. */
const files: Record<string, Json> = Object.fromEntries(
  LANGUAGES.map((lang) => [lang, JSON.parse(readFileSync(join(__dirname, '../../../../../../apps/web/public/i18n', `${lang}.json`), 'utf8')) as Json]),
);
function lookup(lang: string, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Json)[part] : undefined), files[lang]);
}
function missing(keys: string[]): string[] {
  return LANGUAGES.flatMap((lang) => keys.filter((key) => typeof lookup(lang, key) !== 'string' || (lookup(lang, key) as string).trim() === '').map((key) => `${lang}:${key}`));
}

const httpError = (status: number, body: unknown) => new HttpErrorResponse({ status, error: body, headers: new HttpHeaders() });

describe('translations of the API error contract', () => {
  it('has a fi, sv and en text for every API_ERROR_CODES entry (a code added without its translations fails here)', () => {
    expect(missing(API_ERROR_CODES.map((code) => `errors.${code}`))).toEqual([]);
  });
  it('has texts for the status fallbacks, the field reasons and the field names', () => {
    const statuses = [0, 400, 401, 403, 404, 409, 413, 418, 422, 423, 429, 500, 502, 503];
    expect(missing(statuses.map((s) => `errors.${codeForStatus(s)}`))).toEqual([]);
    expect(missing(FIELD_ERROR_CODES.map((c) => `fieldErrors.${c}`))).toEqual([]);
    expect(missing(KNOWN_FIELD_NAMES.map((n) => `fieldNames.${n}`))).toEqual([]);
    expect(missing(['errors.fieldLine', 'fieldLanguages.withLanguage', 'fieldLanguages.fi', 'fieldLanguages.sv', 'fieldLanguages.en'])).toEqual([]);
  });
});

describe('other global texts', () => {
  it('has the role names and the no-access page in fi, sv and en', () => {
    expect(missing(['admin', 'management', 'planner', 'board', 'viewer'].map((r) => `roles.${r}`))).toEqual([]);
    expect(missing(['title', 'needs', 'yours', 'help'].map((k) => `noAccess.${k}`))).toEqual([]);
  });
});

describe('describeApiError', () => {
  it('uses the stable code and its params, never the English message', () => {
    const d = describeApiError(httpError(409, { statusCode: 409, code: 'version_conflict', error: 'Conflict', message: 'Plan abc was changed', params: { title: 'TS 2020', nested: { x: 1 } } }));
    expect(d.code).toBe('version_conflict');
    expect(d.message).toEqual({ key: 'errors.version_conflict', params: { title: 'TS 2020' } });
    expect(JSON.stringify(d)).not.toContain('was changed');
  });
  it('falls back by HTTP status when the code is missing or unknown to this client', () => {
    expect(describeApiError(httpError(404, { message: 'Survey 123 not found' })).message.key).toBe('errors.not_found');
    expect(describeApiError(httpError(409, { code: 'some_future_code', message: 'x' })).message.key).toBe('errors.conflict');
    expect(describeApiError(httpError(503, 'Service Unavailable')).message.key).toBe('errors.service_unavailable');
    expect(describeApiError(httpError(0, null)).message.key).toBe('errors.network');
    expect(describeApiError(httpError(500, null)).message.key).toBe('errors.internal_error');
    expect(describeApiError(new Error('boom')).message.key).toBe('errors.internal_error');
  });
  it('names fields by their last segment, keeps a trailing language apart, and words unknown reasons as invalid', () => {
    const d = describeApiError(
      httpError(400, {
        code: 'validation_failed',
        message: 'x',
        errors: [
          { field: 'focusAreas.0.title.sv', message: 'too long', code: 'too_long' },
          { field: 'email', message: 'bad', code: 'not_an_email' },
          { field: 'weirdThing', message: 'bad', code: 'brand_new_rule' },
        ],
      }),
    );
    expect(d.fields).toEqual([
      { field: 'focusAreas.0.title.sv', name: { key: 'fieldNames.title' }, language: 'sv', reason: { key: 'fieldErrors.too_long' } },
      { field: 'email', name: { key: 'fieldNames.email' }, language: null, reason: { key: 'fieldErrors.not_an_email' } },
      { field: 'weirdThing', name: null, language: null, reason: { key: 'fieldErrors.invalid' } },
    ]);
  });
});
