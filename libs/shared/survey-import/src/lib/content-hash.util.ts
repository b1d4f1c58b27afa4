import { cleanLine, collapseWhitespace, splitLines } from './text.util';

const FNV_OFFSET_BASIS = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;

/**
 * Fingerprint of an import's text, for refusing a duplicate import. Whitespace, line endings,
 * blank lines, a BOM and Unicode composition are normalised first, so pasting the same report
 * twice gives the same hash. Not cryptographic: 64-bit FNV-1a over the UTF-8 bytes.
 */
export function contentHash(text: string): string {
  const normalized = splitLines(text)
    .map((line) => collapseWhitespace(cleanLine(line)))
    .filter((line) => line.length > 0)
    .join('\n');
  return `fnv1a64:${fnv1a64(utf8Bytes(normalized)).toString(16).padStart(16, '0')}`;
}

function fnv1a64(bytes: readonly number[]): bigint {
  let hash = FNV_OFFSET_BASIS;
  for (const byte of bytes) {
    hash = BigInt.asUintN(64, (hash ^ BigInt(byte)) * FNV_PRIME);
  }
  return hash;
}

// Written out rather than TextEncoder so the library needs nothing from the DOM or Node.
function utf8Bytes(text: string): number[] {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) {
      bytes.push(code);
    } else if (code < 0x800) {
      bytes.push(0xc0 | (code >> 6), 0x80 | (code & 0x3f));
    } else if (code < 0x10000) {
      bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
    } else {
      bytes.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 0x3f), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
    }
  }
  return bytes;
}
