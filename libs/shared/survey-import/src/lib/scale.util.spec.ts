import { findValueByLabel, labelKey, readScaleCell, resolveScaleLabels, SONET_BOTNIA_EVALUATION_SCALE } from './scale.util';

const { scale } = resolveScaleLabels(SONET_BOTNIA_EVALUATION_SCALE);

describe('resolveScaleLabels', () => {
  it('reads "N = label" prefixes and numbers bare labels from 1', () => {
    expect(resolveScaleLabels(['0 = en osaa sanoa', '1 = huono']).scale).toEqual([
      { value: 0, label: 'en osaa sanoa' },
      { value: 1, label: 'huono' },
    ]);
    expect(resolveScaleLabels(['huono', 'hyvä']).scale.map((p) => p.value)).toEqual([1, 2]);
  });

  it.each([[[]], [['vain yksi']], [['1 = a', '1 = b']]])('rejects %j', (labels) => {
    const resolved = resolveScaleLabels(labels);
    expect(resolved.scale).toEqual([]);
    expect(resolved.problems).toEqual([expect.objectContaining({ severity: 'error', code: 'INVALID_SCALE' })]);
  });
});

describe('label matching', () => {
  it.each([
    ['toteutunut hyvin', 4],
    ['Toteutunut erittäin hyvin', 5],
    ['TOTEUTUI  KOHTALAISESTI.', 3],
    ['ei toteutunut', 1],
    ['toteutui', undefined],
    ['toteutui melko hyvin', undefined],
  ])('"%s" is value %p', (label, value) => {
    expect(findValueByLabel(scale, label)).toBe(value);
  });

  it('keys labels on five-letter word stems without accents', () => {
    expect(labelKey('Toteutui erittäin hyvin!')).toBe('toteu eritt hyvin');
  });
});

describe('readScaleCell', () => {
  it.each([
    ['4', 4],
    ['4,0', 4],
    ['4.5', undefined],
    ['6', undefined],
    ['4 = toteutui hyvin', 4],
    ['4 =', 4],
    ['4 = toteutui huonosti', undefined],
    ['toteutui huonosti', 2],
    ['kyllä', undefined],
  ])('reads %j as %p', (cell, value) => {
    expect(readScaleCell(cell, scale)).toBe(value);
  });
});
