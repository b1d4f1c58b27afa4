import { csvField, csvRow } from './csv.util';

describe('csv', () => {
  it('quotes separators, quotes and line breaks', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('plain')).toBe('plain');
  });

  it('neutralises spreadsheet formulas', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-1+2')).toBe("'-1+2");
  });

  it('writes JSON for objects and empty for null', () => {
    expect(csvField({ target: 5 })).toBe('"{""target"":5}"');
    expect(csvField(null)).toBe('');
    expect(csvRow(['a', null, 1])).toBe('a,,1\r\n');
  });
});
