import { readFileSync } from 'fs';
import { join } from 'path';
import { contentHash } from './content-hash.util';

describe('contentHash', () => {
  it.each([
    // Published FNV-1a 64-bit test vectors, and UTF-8 multi-byte input checked against a reference implementation.
    ['', 'cbf29ce484222325'],
    ['a', 'af63dc4c8601ec8c'],
    ['foobar', '85944171f73967e8'],
    ['ä', '0ac21207b7181582'],
    ['😀', 'feff073875020288'],
  ])('hashes %j to FNV-1a %s', (text, hex) => {
    expect(contentHash(text)).toBe(`fnv1a64:${hex}`);
  });

  it('ignores line endings, BOM, blank lines, runs of spaces and Unicode composition', () => {
    const reference = 'Vastaajien määrä: 13\n1 = ei toteutunut 0 0%';
    const variant = '\ufeff  Vastaajien  ma\u0308a\u0308ra\u0308:\u00a013 \r\n\r\n\r\n1 = ei toteutunut\t0 0%\r\n';
    expect(contentHash(variant)).toBe(contentHash(reference));
    expect(contentHash(reference)).toBe('fnv1a64:7d096663b9e01bf1');
  });

  it('changes when one figure of the real report changes', () => {
    const report = readFileSync(join(__dirname, '../fixtures/webropol-report-kp-2020.txt'), 'utf8');
    const edited = report.replace('4 = toteutui hyvin 9 69,23%', '4 = toteutui hyvin 8 69,23%');
    expect(edited).not.toBe(report);
    expect(contentHash(edited)).not.toBe(contentHash(report));
    expect(contentHash(report)).toBe(contentHash(report.replace(/\n/g, '\r\n')));
  });
});
