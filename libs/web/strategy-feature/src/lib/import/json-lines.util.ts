/**
 * Where things are in a JSON text, so problems can be named by line: a small scanner that
 * follows the JSON grammar and remembers the offset of every value by its dotted path
 * (`focusAreas.0.csfs.1.title`, the form the API names fields in). An object member is placed
 * at its key, where a reader looks for it.
 */
export type JsonScan =
  | { ok: true; value: unknown; lineOf: (path: string) => number }
  | { ok: false; line: number; column: number };

class ScanError extends Error {
  constructor(readonly offset: number) {
    super(`JSON syntax error at ${offset}`);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;

export function scanJson(text: string): JsonScan {
  const at = new Map<string, number>();
  let i = 0;
  const ws = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const fail = (): never => {
    throw new ScanError(i);
  };
  const join = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));
  const string = (): string => {
    const start = i;
    i++;
    for (;;) {
      const ch = text[i];
      if (ch === undefined || ch < ' ') fail();
      if (ch === '"') {
        i++;
        return JSON.parse(text.slice(start, i)) as string;
      }
      i += ch === '\\' ? 2 : 1;
    }
  };
  const match = (re: RegExp) => {
    re.lastIndex = i;
    const m = re.exec(text);
    if (!m) fail();
    i += (m as RegExpExecArray)[0].length;
  };
  const value = (path: string): void => {
    ws();
    at.set(path, i);
    const ch = text[i];
    if (ch === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail();
        const keyAt = i;
        const key = string();
        ws();
        if (text[i] !== ':') fail();
        i++;
        value(join(path, key));
        at.set(join(path, key), keyAt);
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') {
          i++;
          return;
        } else fail();
      }
    }
    if (ch === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (let index = 0; ; index++) {
        value(join(path, index));
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') {
          i++;
          return;
        } else fail();
      }
    }
    if (ch === '"') string();
    else if (ch === '-' || (ch >= '0' && ch <= '9')) match(NUMBER);
    else match(LITERAL);
  };

  try {
    value('');
    ws();
    if (i < text.length) fail();
  } catch (error) {
    if (!(error instanceof ScanError)) throw error;
    return { ok: false, ...lineAndColumn(text, Math.min(error.offset, text.length)) };
  }
  const lineOf = (path: string): number => {
    // a missing field is named where its nearest existing parent is
    for (let p = path; ; p = p.includes('.') ? p.slice(0, p.lastIndexOf('.')) : '') {
      const offset = at.get(p);
      if (offset !== undefined) return lineAndColumn(text, offset).line;
      if (p === '') return 1;
    }
  };
  return { ok: true, value: JSON.parse(text), lineOf };
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
