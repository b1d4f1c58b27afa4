/**
 * A CSV file's text: UTF-8 (with or without BOM), or — when that gives undecodable bytes, as an
 * export saved by a spreadsheet in Windows may — Windows-1252 (a superset of ISO-8859-1), so
 * "Etelä-Pohjanmaa" survives either way.
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  const utf8 = new TextDecoder('utf-8').decode(bytes);
  return utf8.includes('\uFFFD') ? new TextDecoder('windows-1252').decode(bytes) : utf8;
}

export async function readCsvFile(file: Blob): Promise<string> {
  return decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
}
