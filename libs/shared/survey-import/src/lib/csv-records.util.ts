export type CsvDelimiter = ';' | ',' | '\t';

export interface CsvRecord {
  cells: string[];
  /** 1-based physical line where the record starts; quoted newlines make it differ from the row number. */
  line: number;
}

export interface CsvReadResult {
  records: CsvRecord[];
  /** Line of a quoted field that never closes; the records read up to it are still returned. */
  unterminatedQuoteLine?: number;
}

const DELIMITERS: readonly CsvDelimiter[] = [';', ',', '\t'];

/**
 * The delimiter that occurs most often outside quotes in the header record. Ties go to `;`,
 * which Excel uses under Finnish regional settings.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const occurrences = new Map<CsvDelimiter, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const char of text) {
    if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && (char === '\n' || char === '\r')) {
      break;
    } else if (!quoted && occurrences.has(char as CsvDelimiter)) {
      const delimiter = char as CsvDelimiter;
      occurrences.set(delimiter, (occurrences.get(delimiter) ?? 0) + 1);
    }
  }
  return DELIMITERS.reduce((best, d) => ((occurrences.get(d) ?? 0) > (occurrences.get(best) ?? 0) ? d : best));
}

/** RFC 4180 records: quoted fields may hold delimiters, newlines and doubled quotes (`""`). */
export function readCsvRecords(text: string, delimiter: CsvDelimiter): CsvReadResult {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let atFieldStart = true;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 1;

  const endRecord = () => {
    cells.push(cell);
    records.push({ cells, line: recordLine });
    cells = [];
    cell = '';
    atFieldStart = true;
  };

  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        const lineBreak = char === '\n' || (char === '\r' && text[i + 1] !== '\n');
        if (lineBreak) {
          line++;
        }
        // Newlines inside a cell become \n whatever the file uses.
        cell += lineBreak ? '\n' : char === '\r' ? '' : char;
      }
    } else if (char === '"' && atFieldStart) {
      quoted = true;
      quoteLine = line;
      atFieldStart = false;
    } else if (char === delimiter) {
      cells.push(cell);
      cell = '';
      atFieldStart = true;
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') {
        i++;
      }
      endRecord();
      line++;
      recordLine = line;
    } else {
      cell += char;
      atFieldStart = false;
    }
  }
  if (quoted) {
    return { records, unterminatedQuoteLine: quoteLine };
  }
  if (cells.length > 0 || cell !== '') {
    endRecord();
  }
  return { records };
}
