import { parseFinnishNumber, parseSotkanetCsv, splitCsvLine } from './sotkanet-csv.util';

describe('parseSotkanetCsv', () => {
  it('reads a semicolon export with a BOM, Finnish headers, decimal commas, CRLF and blank lines', () => {
    const csv = '\uFEFFIndikaattori;Alue;Vuosi;Sukupuoli;Arvo;Absoluuttinen arvo\r\n' +
      '5;Etelä-Pohjanmaa;2019;yhteensä;3,9;4 080\r\n' +
      '\r\n' +
      '5;Etelä-Pohjanmaa;2020;Yhteensä;4,1;4 261\r\n';
    const r = parseSotkanetCsv(csv);
    expect(r.problems).toEqual([]);
    expect(r.columns).toEqual(['indicator', 'region', 'year', 'gender', 'value', 'absValue']);
    expect(r.rows).toEqual([
      { line: 2, indicator: 5, region: 'Etelä-Pohjanmaa', year: 2019, gender: 'total', value: 3.9, absValue: 4080 },
      { line: 4, indicator: 5, region: 'Etelä-Pohjanmaa', year: 2020, gender: 'total', value: 4.1, absValue: 4261 },
    ]);
  });

  it('takes English headers in any order, a comma separator, no gender column (total) and quoted cells', () => {
    const csv = 'year,value,region,indicator\n2021,"12.5",Pohjanmaa,"4 Mielenterveyden häiriöihin, sairaalahoito"\n';
    const r = parseSotkanetCsv(csv);
    expect(r.problems).toEqual([]);
    expect(r.rows).toEqual([{ line: 2, indicator: 4, region: 'Pohjanmaa', year: 2021, gender: 'total', value: 12.5, absValue: null }]);
  });

  it('skips rows with an empty value and counts them', () => {
    const r = parseSotkanetCsv('indicator;region;year;gender;value\n5;KP;2019;total;\n5;KP;2020;total;..\n5;KP;2021;total;2\n');
    expect(r.skippedEmpty).toBe(2);
    expect(r.rows.map((x) => x.year)).toEqual([2021]);
  });

  it('names each bad line and why', () => {
    const csv = [
      'indicator;region;year;gender;value',
      '5;KP;2019;total;1,5', // line 2 fine
      'abc;KP;2019;total;1', // 3: indicator
      '5;KP;19;total;1', // 4: year
      '5;KP;2019;muu;1', // 5: gender
      '5;KP;2020;total;1,2,3', // 6: value
      '5;KP;2019;total;7', // 7: duplicate of line 2
      '5;;2019;total;7', // 8: region
      '5;KP;1850;total;7', // 9: year range
    ].join('\n');
    const r = parseSotkanetCsv(csv);
    expect(r.rows.map((x) => x.line)).toEqual([2]);
    expect(r.problems.map((p) => [p.line, p.code])).toEqual([
      [3, 'not_a_number'],
      [4, 'not_a_number'],
      [5, 'not_one_of'],
      [6, 'not_a_number'],
      [7, 'duplicate'],
      [8, 'required'],
      [9, 'out_of_range'],
    ]);
    expect(r.problems[4].message).toBe('Line 7: indicator 5, region KP, 2019, total is already on line 2');
    // the UI words the problem from its code, column and cell
    expect(r.problems[3]).toMatchObject({ code: 'not_a_number', column: 'value', value: '1,2,3' });
    expect(r.problems[2]).toMatchObject({ column: 'gender', value: 'muu' });
  });

  it('refuses a header without the required columns, naming them', () => {
    const r = parseSotkanetCsv('\n\nindikaattori;vuosi;arvo\n5;2019;1\n');
    expect(r.rows).toEqual([]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ line: 3, code: 'missing_column' });
    expect(r.problems[0].message).toContain('region');
  });

  it('says an empty file is empty', () => {
    expect(parseSotkanetCsv('  \n').problems).toEqual([{ line: 1, code: 'empty', message: 'The file is empty' }]);
  });
});

describe('parseFinnishNumber', () => {
  it.each([
    ['3,9', 3.9],
    ['1 234,5', 1234.5],
    ['1\u00a0234', 1234],
    ['-0.25', -0.25],
    ['\u22122,5', -2.5],
    ['12', 12],
  ])('%s → %s', (text, expected) => expect(parseFinnishNumber(text)).toBe(expected));

  it.each(['', 'abc', '1,2,3', '1.2.3', '1e5'])('%s is not a number', (text) => expect(parseFinnishNumber(text)).toBeNull());
});

describe('splitCsvLine', () => {
  it('keeps separators and doubled quotes inside quotes', () => {
    expect(splitCsvLine('a;"b;c";"say ""hi""";', ';')).toEqual(['a', 'b;c', 'say "hi"', '']);
  });
});
