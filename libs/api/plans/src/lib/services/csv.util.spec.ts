import { toCsv } from './csv.util';

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
