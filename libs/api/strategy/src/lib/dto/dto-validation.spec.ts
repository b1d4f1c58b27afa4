import { flattenValidationErrors, isCalendarDate as isRealDate } from '@suunta/api-core';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { StrategyDocumentDto } from './document.dto';
import { CreateStrategyDto, UpdateStrategyDto } from './strategy.dto';
import { CreateEvaluationCriterionDto, UpdateFocusAreaDto } from './tree-node.dto';

async function errorsOf<T extends object>(cls: new () => T, body: object): Promise<string[]> {
  const errors = await validate(plainToInstance(cls, body), { whitelist: true, forbidNonWhitelisted: true });
  return [...new Set(flattenValidationErrors(errors).map((e) => e.field))];
}

describe('strategy DTO validation (the rules the web forms repeat)', () => {
  it('trims titles and refuses blank ones', async () => {
    const dto = plainToInstance(CreateStrategyDto, { title: '  Strategia  ' });
    expect(await validate(dto)).toEqual([]);
    expect(dto.title).toBe('Strategia');
    expect(await errorsOf(CreateStrategyDto, { title: ' ' })).toEqual(['title']);
  });

  it('lets an update leave the title out but not set it to null', async () => {
    expect(await errorsOf(UpdateFocusAreaDto, { version: 1 })).toEqual([]);
    expect(await errorsOf(UpdateFocusAreaDto, { title: null, version: 1 })).toEqual(['title']);
    expect(await errorsOf(UpdateFocusAreaDto, { description: null, version: 1 })).toEqual([]);
    expect(await errorsOf(UpdateStrategyDto, { title: 'x' })).toEqual(['version']);
  });

  it('checks dates, their order and keys', async () => {
    expect(await errorsOf(CreateStrategyDto, { title: 'x', validFrom: '2026-02-29' })).toEqual(['validFrom']);
    expect(await errorsOf(CreateStrategyDto, { title: 'x', validFrom: '2026-03-01', validTo: '2026-02-28' })).toEqual(['validTo']);
    expect(await errorsOf(CreateStrategyDto, { title: 'x', code: 'with space' })).toEqual(['code']);
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2023-02-29')).toBe(false);
  });

  it('names nested fields by their path', async () => {
    expect(
      await errorsOf(CreateEvaluationCriterionDto, {
        title: 'K',
        measurementKind: 'count',
        yearlyTarget: -1,
        measures: [{ text: 'm', measurementKind: 'lots' }],
        roleIds: ['not-a-uuid'],
      }),
    ).toEqual(['yearlyTarget', 'measures.0.measurementKind', 'roleIds']);
    expect(
      await errorsOf(StrategyDocumentDto, {
        title: 'S',
        focusAreas: [{ title: 'FA', csfs: [{ title: 'C', criteria: [{ title: '', measurementKind: 'count', actions: [{ text: 'a' }] }] }] }],
      }),
    ).toEqual(['focusAreas.0.csfs.0.criteria.0.title', 'focusAreas.0.csfs.0.criteria.0.actions.0.roles']);
  });
});
