import { decodeCsvBytes } from './read-csv-file.util';

describe('decodeCsvBytes', () => {
  it('reads UTF-8', () => {
    expect(decodeCsvBytes(new TextEncoder().encode('alue\nEtelä-Pohjanmaa'))).toBe('alue\nEtelä-Pohjanmaa');
  });

  it('falls back to Windows-1252 for a Latin-1 export (ä = 0xE4)', () => {
    const bytes = new Uint8Array([0x45, 0x74, 0x65, 0x6c, 0xe4]); // "Etelä" in ISO-8859-1
    expect(decodeCsvBytes(bytes)).toBe('Etelä');
  });
});
