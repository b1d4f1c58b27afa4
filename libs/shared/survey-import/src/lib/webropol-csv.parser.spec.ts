import { readFileSync } from 'fs';
import { join } from 'path';
import fc from 'fast-check';
import { computeLikertStats } from './likert-stats.util';
import { hasBlockingProblems } from './problems.util';
import { SONET_BOTNIA_EVALUATION_SCALE } from './scale.util';
import type { ParsedQuestion, SurveyParseResult } from './survey-import.types';
import { parseWebropolCsv } from './webropol-csv.parser';

const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures', name), 'utf8');
const SEMICOLON = fixture('webropol-export-semicolon.csv');
const COMMA = fixture('webropol-export-comma.csv');
const options = { scaleLabels: SONET_BOTNIA_EVALUATION_SCALE };

function question(result: SurveyParseResult, column: string): ParsedQuestion {
  const found = result.questions.find((q) => q.column === column);
  if (!found) {
    throw new Error(`no question from column ${column}`);
  }
  return found;
}

const nsOf = (q: ParsedQuestion) => q.counts.map((count) => count.n);

describe('parseWebropolCsv on a semicolon export with BOM, CRLF and quoted newlines', () => {
  const result = parseWebropolCsv(SEMICOLON, options);

  it('has no problems and counts the six answer rows as respondents', () => {
    expect(result.problems).toEqual([]);
    expect(result.respondentCount).toBe(6);
  });

  it('classifies every column and strips the BOM from the first header', () => {
    expect(result.columns?.map((c) => [c.letter, c.header.slice(0, 12), c.detectedKind, c.kind, c.nonEmptyCount])).toEqual([
      ['A', 'Vastaaja', 'ignored', 'ignored', 6],
      ['B', 'Aloitettu', 'ignored', 'ignored', 6],
      ['C', '1. Sosiaalia', 'likert', 'likert', 6],
      ['D', '2. Avoin arv', 'open', 'open', 4],
      ['E', '3. Vahvistaa', 'likert', 'likert', 5],
      ['F', '4. Avoin arv', 'open', 'open', 2],
      ['G', '5. Mitä muut', 'open', 'open', 2],
    ]);
    expect(result.columns?.[2]?.samples).toEqual(['4', '5', '3']);
  });

  it('counts the scale values per Likert column over the non-empty cells', () => {
    // C: 4, 5, 3, 4, 4, 2.  E: 5, 4, 3, (empty), 4, 5.
    expect(nsOf(question(result, 'C'))).toEqual([0, 1, 1, 3, 1]);
    expect(question(result, 'C').respondentCount).toBe(6);
    expect(nsOf(question(result, 'E'))).toEqual([0, 0, 1, 2, 2]);
    expect(question(result, 'E').respondentCount).toBe(5);
  });

  it('keeps quoted semicolons, doubled quotes and line breaks inside open answers', () => {
    expect(question(result, 'D').answers).toEqual([
      'Hyvä yhteistyö.',
      'Monirivinen\nvastaus; jossa "lainaus"',
      'ok',
      'Liian vähän näkyvyyttä',
    ]);
    expect(question(result, 'F').answers).toEqual(['Tärkeä teema', 'Verkostot toimivat,\nhyvin']);
    expect(question(result, 'G').respondentCount).toBe(2);
  });

  it('numbers question columns in order, drops the "N." prefix and groups Likert + open columns into themes', () => {
    expect(result.questions.map((q) => [q.number, q.column, q.kind, q.themeKey])).toEqual([
      [1, 'C', 'likert', 'theme-1'],
      [2, 'D', 'open', 'theme-1'],
      [3, 'E', 'likert', 'theme-2'],
      [4, 'F', 'open', 'theme-2'],
      [5, 'G', 'open', undefined],
    ]);
    expect(result.themes[0]?.title).toBe('Sosiaalialan käytännön läheinen kehittäminen ja integroituvat palvelut');
    expect(result.columns?.[3]).toEqual(expect.objectContaining({ questionNumber: 2, themeKey: 'theme-1' }));
  });

  it('gives averages over those who answered each question', () => {
    // (2 + 3 + 3·4 + 5) / 6 = 22/6 and (3 + 2·4 + 2·5) / 5 = 21/5.
    expect(computeLikertStats(question(result, 'C').counts, result.scale).average).toBe(3.67);
    expect(computeLikertStats(question(result, 'E').counts, result.scale).average).toBe(4.2);
  });

  it('names a bad Likert cell by its spreadsheet reference and its physical line', () => {
    const bad = parseWebropolCsv(SEMICOLON.replace('3;16.1.2021 8:45;3;', '3;16.1.2021 8:45;kolme;'), options);
    expect(bad.problems).toEqual([
      expect.objectContaining({ severity: 'error', code: 'INVALID_LIKERT_CELL', cell: 'C4', column: 'C', line: 5 }),
    ]);
    expect(bad.problems[0]?.message).toContain('"kolme"');
    expect(hasBlockingProblems(bad)).toBe(true);
    // The cell still counts as answered, so the error, not a silent drop, explains the gap.
    expect(question(bad, 'C').respondentCount).toBe(6);
    expect(nsOf(question(bad, 'C'))).toEqual([0, 1, 0, 3, 1]);
  });

  it('rejects a number outside the scale below a row that spans two lines', () => {
    const bad = parseWebropolCsv(SEMICOLON.replace('5;17.1.2021 11:00;4;', '5;17.1.2021 11:00;7;'), options);
    expect(bad.problems).toEqual([expect.objectContaining({ code: 'INVALID_LIKERT_CELL', cell: 'C6', line: 7 })]);
  });
});

describe('parseWebropolCsv on a comma export with label-valued cells', () => {
  const result = parseWebropolCsv(COMMA, options);

  it('detects the comma delimiter and reads labels, numbered labels and label variants', () => {
    expect(result.problems).toEqual([]);
    expect(result.columns?.map((c) => c.kind)).toEqual(['ignored', 'likert', 'open', 'likert', 'open']);
    // B: kohtalaisesti, hyvin, kohtalaisesti, ei toteutunut.  D: hyvin, erittäin hyvin, 4, erittäin hyvin, hyvin.
    expect(nsOf(question(result, 'B'))).toEqual([1, 0, 2, 1, 0]);
    expect(nsOf(question(result, 'D'))).toEqual([0, 0, 0, 3, 2]);
    expect(result.respondentCount).toBe(5);
  });

  it('keeps commas inside quoted answers', () => {
    expect(question(result, 'C').answers).toEqual(['Hyvä alku, jatketaan', 'Ei näkynyt, ainakaan meillä']);
    expect(question(result, 'E').answers).toEqual(['Kumppanuus, yhteistyö ja verkostot', 'hyvä']);
  });

  it('averages by hand: 11/4 and 22/5', () => {
    expect(computeLikertStats(question(result, 'B').counts, result.scale).average).toBe(2.75);
    expect(computeLikertStats(question(result, 'D').counts, result.scale).average).toBe(4.4);
  });

  it('rejects a label whose number contradicts it', () => {
    const bad = parseWebropolCsv(COMMA.replace('"3 = toteutui kohtalaisesti"', '"3 = toteutui hyvin"'), options);
    expect(bad.problems).toEqual([expect.objectContaining({ code: 'INVALID_LIKERT_CELL', cell: 'B2', line: 2 })]);
  });
});

describe('parseWebropolCsv column mapping', () => {
  it('overrides a detected kind and renumbers the questions', () => {
    const result = parseWebropolCsv(SEMICOLON, { ...options, columnMapping: { d: { kind: 'ignored' } } });
    const d = result.columns?.find((c) => c.letter === 'D');
    expect(d).toEqual(expect.objectContaining({ detectedKind: 'open', kind: 'ignored' }));
    expect(d?.questionNumber).toBeUndefined();
    expect(result.questions.map((q) => [q.number, q.column])).toEqual([[1, 'C'], [2, 'E'], [3, 'F'], [4, 'G']]);
  });

  it('groups columns into the themes the caller names, and only those', () => {
    const result = parseWebropolCsv(SEMICOLON, {
      ...options,
      columnMapping: {
        C: { themeKey: 'focus-area-7' },
        D: { themeKey: 'focus-area-7' },
        E: { themeKey: 'focus-area-2', themeTitle: 'Osaaminen' },
      },
    });
    expect(result.themes).toEqual([
      { key: 'focus-area-7', index: 1, title: 'Sosiaalialan käytännön läheinen kehittäminen ja integroituvat palvelut', questionNumbers: [1, 2] },
      { key: 'focus-area-2', index: 2, title: 'Osaaminen', questionNumbers: [3] },
    ]);
    expect(question(result, 'F').themeKey).toBeUndefined();
  });

  it('can turn an ignored column into an open question', () => {
    const result = parseWebropolCsv(SEMICOLON, { ...options, columnMapping: { B: { kind: 'open' } } });
    expect(question(result, 'B').answers).toHaveLength(6);
    expect(question(result, 'B').number).toBe(1);
  });

  it('blocks a mapping that names a column the file does not have', () => {
    const result = parseWebropolCsv(SEMICOLON, { ...options, columnMapping: { Z: { kind: 'likert' } } });
    expect(result.problems).toEqual([expect.objectContaining({ severity: 'error', code: 'UNKNOWN_MAPPED_COLUMN', column: 'Z' })]);
  });
});

describe('parseWebropolCsv detection and problems', () => {
  it('ignores timestamp and id columns recognised by their content', () => {
    const csv = 'Sarake 1,Arvio,Sarake 3\n2021-01-15 09:12,4,101\n2021-01-16 10:00,5,102\n';
    const result = parseWebropolCsv(csv, options);
    expect(result.columns?.map((c) => [c.detectedKind, c.detectionReason])).toEqual([
      ['ignored', 'every answer is a date or time'],
      ['likert', '2 of 2 answers are values on the scale'],
      ['ignored', 'whole numbers outside the scale, probably an id'],
    ]);
  });

  it('treats a column with a minority of stray scale values as open', () => {
    const csv = 'Kommentit;Arvio\n5;4\nhyvä;4\nei kommentoitavaa;3\n';
    expect(parseWebropolCsv(csv, options).columns?.map((c) => c.kind)).toEqual(['open', 'likert']);
  });

  it.each([[''], ['\ufeff'], [' \r\n \r\n']])('reports empty input %j', (text) => {
    expect(parseWebropolCsv(text, options).problems).toEqual([expect.objectContaining({ severity: 'error', code: 'EMPTY_INPUT', line: 1 })]);
  });

  it('reports a header without answer rows', () => {
    expect(parseWebropolCsv('Vastaaja;Kysymys\n\n', options).problems).toEqual([
      expect.objectContaining({ severity: 'error', code: 'NO_RESPONSES', line: 1 }),
    ]);
  });

  it('reports a quote that never closes, on the line it opens', () => {
    const result = parseWebropolCsv('Arvio;Kommentti\n4;ok\n5;"alkaa\n3;hyvä\n', options);
    expect(result.problems).toEqual([expect.objectContaining({ severity: 'error', code: 'UNTERMINATED_QUOTE', line: 3 })]);
    expect(result.respondentCount).toBe(1);
  });

  it('warns about a value beyond the last header', () => {
    const result = parseWebropolCsv('Arvio;Kommentti\n4;ok;ylimääräinen\n5;hyvä\n', options);
    expect(result.problems).toEqual([expect.objectContaining({ severity: 'warning', code: 'EXTRA_CELLS', cell: 'C2', line: 2 })]);
  });

  it('blocks more answer rows than invited', () => {
    expect(parseWebropolCsv(SEMICOLON, { ...options, invitedCount: 5 }).problems).toEqual([
      expect.objectContaining({ severity: 'error', code: 'RESPONDENTS_EXCEED_INVITED' }),
    ]);
    expect(parseWebropolCsv(SEMICOLON, { ...options, invitedCount: 19 }).invitedCount).toBe(19);
  });

  it('blocks a file in which no column holds answers', () => {
    const result = parseWebropolCsv('Vastaaja;Aika\n1;9:12\n2;9:30\n', options);
    expect(result.problems).toEqual([expect.objectContaining({ severity: 'error', code: 'NO_QUESTIONS', line: 1 })]);
  });

  it('blocks an unusable scale', () => {
    const result = parseWebropolCsv(SEMICOLON, { scaleLabels: [] });
    expect(result.problems).toEqual(expect.arrayContaining([expect.objectContaining({ severity: 'error', code: 'INVALID_SCALE' })]));
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(Array.isArray(parseWebropolCsv(text, options).problems)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
