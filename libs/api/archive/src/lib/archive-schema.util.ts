import type { ArchiveCounts, SuuntaArchive } from '@suunta/shared-domain';
import Ajv2020, { type ErrorObject } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import schema from '../schema/suunta-archive.schema.json';

export { schema as ARCHIVE_SCHEMA };

export interface ArchiveFieldError {
  field: string;
  message: string;
  code: string;
}

const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats(ajv, ['date', 'date-time']);
const validate = ajv.compile<SuuntaArchive>(schema);

/** At most this many schema errors are reported; a wholly wrong upload would otherwise list thousands. */
export const MAX_SCHEMA_ERRORS = 50;

/** `/plans/0/actions/2` + a missing `year` → `plans.0.actions.2.year`, the dotted paths the API names fields by. */
export function fieldPath(error: Pick<ErrorObject, 'instancePath' | 'keyword' | 'params'>): string {
  const parts = error.instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required' && typeof params['missingProperty'] === 'string') parts.push(params['missingProperty']);
  if (error.keyword === 'additionalProperties' && typeof params['additionalProperty'] === 'string') parts.push(params['additionalProperty']);
  return parts.join('.') || '(archive)';
}

/** ajv keyword → the API's field-error code (the client words it). */
export function fieldCode(keyword: string): string {
  switch (keyword) {
    case 'required':
      return 'required';
    case 'additionalProperties':
      return 'not_allowed';
    case 'type':
      return 'wrong_type';
    case 'enum':
    case 'const':
      return 'not_one_of';
    case 'maxLength':
    case 'maxItems':
      return 'too_long';
    case 'minLength':
    case 'minItems':
      return 'too_short';
    case 'minimum':
    case 'maximum':
      return 'out_of_range';
    case 'format':
      return 'not_a_date';
    default:
      return 'invalid';
  }
}

/** The archive's problems against its JSON Schema, each with the path of the field (empty when valid). */
export function schemaErrors(value: unknown): ArchiveFieldError[] {
  if (validate(value)) return [];
  const seen = new Set<string>();
  const errors: ArchiveFieldError[] = [];
  for (const e of validate.errors ?? []) {
    // anyOf reports every branch; the branch errors beneath it say the same more precisely
    if (e.keyword === 'anyOf' || e.keyword === 'if') continue;
    const field = fieldPath(e);
    const key = `${field}|${e.keyword}`;
    if (seen.has(key)) continue;
    seen.add(key);
    errors.push({ field, message: `${field} ${e.message ?? 'is invalid'}`, code: fieldCode(e.keyword) });
    if (errors.length >= MAX_SCHEMA_ERRORS) break;
  }
  return errors;
}

/** How many things of each kind the archive holds (roles and people: all it names). */
export function countArchive(a: Partial<SuuntaArchive>): ArchiveCounts {
  const list = <T>(v: T[] | undefined): T[] => (Array.isArray(v) ? v : []);
  const focusAreas = list(a.strategy?.focusAreas);
  const csfs = focusAreas.flatMap((fa) => list(fa?.csfs));
  const criteria = csfs.flatMap((c) => list(c?.criteria));
  const plans = list(a.plans);
  const surveys = list(a.surveys);
  const reports = list(a.reports);
  const minutes = list(a.minutes);
  return {
    focusAreas: focusAreas.length,
    csfs: csfs.length,
    criteria: criteria.length,
    strategyActions: criteria.reduce((n, c) => n + list(c?.actions).length, 0) + csfs.reduce((n, c) => n + list(c?.actions).length, 0),
    roles: list(a.roles).length,
    people: list(a.people).length,
    plans: plans.length,
    planActions: plans.reduce((n, p) => n + list(p?.actions).length, 0),
    progressEntries: list(a.progress).length,
    surveys: surveys.length,
    surveyQuestions: surveys.reduce((n, s) => n + list(s?.questions).length, 0),
    reports: reports.length,
    reportSections: reports.reduce((n, r) => n + list(r?.sections).length, 0),
    meetings: minutes.length,
    meetingItems: minutes.reduce((n, m) => n + list(m?.items).length, 0),
  };
}

/** Every region code the archive names, in first-seen order. */
export function regionCodesNamed(a: SuuntaArchive): string[] {
  const codes = new Set<string>(a.regions.map((r) => r.code));
  const add = (c: string | null | undefined) => c && codes.add(c);
  a.plans.forEach((p) => {
    add(p.region);
    p.actions.forEach((x) => x.regions.forEach(add));
  });
  a.progress.forEach((e) => add(e.region));
  a.surveys.forEach((s) => add(s.region));
  a.reports.forEach((r) => add(r.region));
  a.minutes.forEach((m) => add(m.region));
  return [...codes];
}
