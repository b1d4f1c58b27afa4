import { detectDelimiter, readCsvRecords } from './csv-records.util';

describe('detectDelimiter', () => {
  it.each([
    ['a;b;c\n1,5;2;3', ';'],
    ['a,b,c\n1;2', ','],
    ['a\tb\tc', '\t'],
    ['"x;y;z",b,c', ','],
    ['only', ';'],
    ['a;b,c', ';'],
  ])('detects the delimiter of %j as %j', (text, expected) => {
    expect(detectDelimiter(text)).toBe(expected);
  });
});

describe('readCsvRecords', () => {
  it('reads quoted delimiters, doubled quotes, empty cells and line breaks in any style', () => {
    const { records } = readCsvRecords('a;"b;c";"say ""hi"""\r\n;;\r"multi\r\nline";x\n', ';');
    expect(records).toEqual([
      { cells: ['a', 'b;c', 'say "hi"'], line: 1 },
      { cells: ['', '', ''], line: 2 },
      { cells: ['multi\nline', 'x'], line: 3 },
    ]);
  });

  it('keeps the last record without a trailing newline and counts lines inside quotes', () => {
    const { records } = readCsvRecords('h\n"1\n2\n3"\nlast', ';');
    expect(records.map((record) => record.line)).toEqual([1, 2, 5]);
    expect(records[2]?.cells).toEqual(['last']);
  });

  it('treats a quote inside an unquoted field as text', () => {
    expect(readCsvRecords('5" screen;ok', ';').records[0]?.cells).toEqual(['5" screen', 'ok']);
  });

  it('reports the line of a quote that never closes', () => {
    expect(readCsvRecords('a;b\nc;"open\nmore', ';')).toEqual({
      records: [{ cells: ['a', 'b'], line: 1 }],
      unterminatedQuoteLine: 2,
    });
  });
});
