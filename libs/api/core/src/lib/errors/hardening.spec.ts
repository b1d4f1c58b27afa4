import { HttpStatus } from '@nestjs/common';
import { IsInt, IsOptional, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { QueryFailedError, QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { jsonDepthExceeds, MAX_JSON_DEPTH } from '../http/json-guard';
import { AllExceptionsFilter } from './all-exceptions.filter';
import { domainError } from './api-exception';
import { isCalendarDate, isInstant } from './calendar-date';
import { isDatabaseUnavailable } from './database-unavailable';
import { createValidationPipe, findUnsafeValue, int4Violations } from './validation';

describe('jsonDepthExceeds', () => {
  const nested = (depth: number) => Buffer.from('['.repeat(depth) + ']'.repeat(depth));

  it('allows the limit and refuses one level more', () => {
    expect(jsonDepthExceeds(nested(MAX_JSON_DEPTH))).toBe(false);
    expect(jsonDepthExceeds(nested(MAX_JSON_DEPTH + 1))).toBe(true);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    const body = JSON.stringify({ text: '['.repeat(1000) + '\\"[[[' + '{'.repeat(1000) });
    expect(jsonDepthExceeds(Buffer.from(body))).toBe(false);
  });

  it('counts objects and arrays alike', () => {
    let deep = '1';
    for (let i = 0; i < MAX_JSON_DEPTH + 1; i++) deep = i % 2 ? `[${deep}]` : `{"a":${deep}}`;
    expect(jsonDepthExceeds(Buffer.from(deep))).toBe(true);
  });
});

describe('isCalendarDate / isInstant', () => {
  it.each(['2020-02-29', '2021-12-31', '0001-01-01', '9999-12-31'])('accepts %s', (d) => expect(isCalendarDate(d)).toBe(true));
  it.each(['0000-01-01', '2020-02-30', '2021-02-29', '2021-13-01', '2021-00-10', '2021-04-31', '2021-1-1', '20210101', ''])('refuses %s', (d) =>
    expect(isCalendarDate(d)).toBe(false),
  );
  it('accepts instants with time and zone, refuses impossible ones', () => {
    expect(isInstant('2021-03-01T12:00:00Z')).toBe(true);
    expect(isInstant('2021-03-01T12:00:00.123+02:00')).toBe(true);
    expect(isInstant('2021-03-01')).toBe(true);
    expect(isInstant('0000-03-01T12:00:00Z')).toBe(false);
    expect(isInstant('2021-02-30T00:00:00Z')).toBe(false);
    expect(isInstant('2021-03-01T25:00:00Z')).toBe(false);
  });
});

describe('findUnsafeValue', () => {
  it('names the field holding a NUL character', () => {
    expect(findUnsafeValue({ a: [{ title: 'a\u0000b' }] }, '')).toEqual({ field: 'a.0.title', message: 'a.0.title contains a NUL character', code: 'invalid_characters' });
    expect(findUnsafeValue('x\u0000', 'q')).toMatchObject({ field: 'q' });
  });

  it('names a prototype key instead of dropping it', () => {
    expect(findUnsafeValue(JSON.parse('{"x":{"__proto__":{"admin":true}}}'), '')).toMatchObject({ field: 'x.__proto__', code: 'not_allowed' });
    expect(findUnsafeValue({ constructor: 1 }, '')).toMatchObject({ field: 'constructor', code: 'not_allowed' });
  });

  it('passes ordinary values', () => {
    expect(findUnsafeValue({ title: 'Työhyvinvointi', n: 3, tags: ['a'], nested: { ok: null } }, '')).toBeNull();
  });
});

class Child {
  @IsInt() version!: number;
}
class Parent {
  @IsInt() @IsOptional() offset?: number;
  @ValidateNested({ each: true }) @Type(() => Child) children: Child[] = [];
}

describe('int4 range of @IsInt fields', () => {
  it('finds out-of-range integers at any depth, by class-validator metadata', () => {
    const parent = Object.assign(new Parent(), { offset: 1e20, children: [Object.assign(new Child(), { version: 2147483648 }), Object.assign(new Child(), { version: 1 })] });
    expect(int4Violations(parent).map((e) => e.field)).toEqual(['offset', 'children.0.version']);
  });

  it('answers 400 naming the field through the validation pipe', async () => {
    const pipe = createValidationPipe();
    await expect(pipe.transform({ offset: 2147483648, children: [] }, { type: 'body', metatype: Parent })).rejects.toMatchObject({
      fieldErrors: [{ field: 'offset', code: 'out_of_range' }],
    });
    await expect(pipe.transform({ offset: 2147483647, children: [] }, { type: 'body', metatype: Parent })).resolves.toBeInstanceOf(Parent);
  });
});

describe('isDatabaseUnavailable', () => {
  const driver = (code: string, message = 'x') => Object.assign(new Error(message), { code });

  it.each([
    ['refused connection', driver('ECONNREFUSED')],
    ['admin shutdown', new QueryFailedError('SELECT 1', [], driver('57P01'))],
    ['connection exception class', new QueryFailedError('SELECT 1', [], driver('08006'))],
    ['lost connection', new Error('Connection terminated unexpectedly')],
    ['pool timeout', new Error('timeout exceeded when trying to connect')],
    ['every address refused', new AggregateError([driver('ECONNREFUSED'), driver('ECONNREFUSED')])],
    ['commit after the connection was lost', new QueryRunnerAlreadyReleasedError()],
    ['next statement in a transaction after the connection was lost', new QueryRunnerProviderAlreadyReleasedError()],
  ])('%s → true', (_, error) => expect(isDatabaseUnavailable(error)).toBe(true));

  it.each([
    ['unique violation', new QueryFailedError('INSERT', [], driver('23505'))],
    ['plain bug', new TypeError('x is undefined')],
  ])('%s → false', (_, error) => expect(isDatabaseUnavailable(error)).toBe(false));
});

describe('AllExceptionsFilter bodies', () => {
  const filter = new AllExceptionsFilter();

  it('puts a code on every body', () => {
    expect(filter.toBody(domainError('survey_not_found', 404, 'Survey x not found', { id: 'x' }))).toEqual({
      statusCode: 404,
      code: 'survey_not_found',
      error: 'Not Found',
      message: 'Survey x not found',
      params: { id: 'x' },
    });
    expect(filter.toBody(new Error('boom'))).toMatchObject({ statusCode: 500, code: 'internal_error', message: 'Internal server error' });
  });

  it('maps an unreachable database to 503 and a stored-value error to 400', () => {
    expect(filter.toBody(new QueryFailedError('SELECT', [], Object.assign(new Error('x'), { code: '57P03' })))).toMatchObject({
      statusCode: HttpStatus.SERVICE_UNAVAILABLE,
      code: 'service_unavailable',
    });
    expect(filter.toBody(new QueryFailedError('INSERT', [], Object.assign(new Error('x'), { code: '22008' })))).toMatchObject({ statusCode: 400, code: 'bad_request' });
  });
});
