import { scanJson } from './json-lines.util';

describe('scanJson', () => {
  const text = [
    '{', //                                   1
    '  "title": "Strategia",', //              2
    '  "focusAreas": [', //                    3
    '    { "title": "Yksi", "csfs": [] },', // 4
    '    {', //                                 5
    '      "csfs": [', //                       6
    '        { "title": "M", "criteria": [] }', // 7
    '      ]', //                               8
    '    }', //                                 9
    '  ]', //                                  10
    '}', //                                    11
  ].join('\n');

  it('gives the value and the line of each path, a member at its key', () => {
    const scan = scanJson(text);
    if (!scan.ok) throw new Error('expected valid JSON');
    expect(scan.value).toEqual(JSON.parse(text));
    expect(scan.lineOf('title')).toBe(2);
    expect(scan.lineOf('focusAreas')).toBe(3);
    expect(scan.lineOf('focusAreas.0.csfs')).toBe(4);
    expect(scan.lineOf('focusAreas.1.csfs.0.title')).toBe(7);
  });

  it('names a missing field at its nearest parent', () => {
    const scan = scanJson(text);
    if (!scan.ok) throw new Error('expected valid JSON');
    expect(scan.lineOf('focusAreas.1.title')).toBe(5);
    expect(scan.lineOf('nothing.here')).toBe(1);
  });

  it('names the line and column of a syntax error', () => {
    expect(scanJson('{\n  "title": "x",\n  "focusAreas": [,]\n}')).toEqual({ ok: false, line: 3, column: 18 });
    expect(scanJson('{ "a": "open')).toMatchObject({ ok: false, line: 1 });
    expect(scanJson('{"a": 1} x')).toMatchObject({ ok: false, line: 1, column: 10 });
    expect(scanJson('')).toMatchObject({ ok: false, line: 1 });
  });

  it('reads escapes, numbers and literals as JSON does', () => {
    const scan = scanJson('{"a": "say \\"hi\\"", "b": [-1.5e2, true, null, false]}');
    expect(scan.ok && scan.value).toEqual({ a: 'say "hi"', b: [-150, true, null, false] });
  });
});
