import { csvField, csvRow, toCsv } from './csv.util';

describe('csvField / csvRow', () => {
  it('quotes separators, quotes and line breaks', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('plain')).toBe('plain');
  });

  it('neutralises spreadsheet formulas in text', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-1+2')).toBe("'-1+2");
  });

  it('writes JSON for objects and empty for null', () => {
    expect(csvField({ target: 5 })).toBe('"{""target"":5}"');
    expect(csvField(null)).toBe('');
    expect(csvRow(['a', null, 1])).toBe('a,,1\r\n');
  });
});

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks, and starts with a BOM', () => {
    expect(toCsv(['a', 'b'], [['x, y', 'say "hi"'], ['line\nbreak', 2]])).toBe('\uFEFFa,b\r\n"x, y","say ""hi"""\r\n"line\nbreak",2\r\n');
  });

  it('defuses cells a spreadsheet would run as formulas, but not negative numbers', () => {
    expect(toCsv(['a'], [['=HYPERLINK("x")'], ['@SUM(A1)'], [-3]])).toBe('\uFEFFa\r\n"\'=HYPERLINK(""x"")"\r\n\'@SUM(A1)\r\n-3\r\n');
  });

  it('leaves empty cells for null', () => {
    expect(toCsv(['a', 'b'], [[null, undefined]])).toBe('\uFEFFa,b\r\n,\r\n');
  });
});
