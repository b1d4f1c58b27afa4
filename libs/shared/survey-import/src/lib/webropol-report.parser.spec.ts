import { readFileSync } from 'fs';
import { join } from 'path';
import fc from 'fast-check';
import { computeLikertStats } from './likert-stats.util';
import { hasBlockingProblems } from './problems.util';
import type { ParsedQuestion, ParseProblem, SurveyParseResult } from './survey-import.types';
import { parseWebropolReport } from './webropol-report.parser';

const REPORT = readFileSync(join(__dirname, '../fixtures/webropol-report-kp-2020.txt'), 'utf8');
const REPORT_LINES = REPORT.split('\n');

/** Replaces one 1-based line, keeping every other line number as in the real file. */
function withLine(lineNumber: number, expectedContent: string, replacement: string): string {
  const original = REPORT_LINES[lineNumber - 1] ?? '';
  // Guards the test itself: it must edit the line it thinks it edits.
  expect(original.trim()).toBe(expectedContent);
  return REPORT_LINES.map((line, index) => (index === lineNumber - 1 ? replacement : line)).join('\n');
}

function question(result: SurveyParseResult, number: number): ParsedQuestion {
  const found = result.questions.find((q) => q.number === number);
  if (!found) {
    throw new Error(`question ${number} not parsed`);
  }
  return found;
}

function problemsWith(result: SurveyParseResult, code: ParseProblem['code']): ParseProblem[] {
  return result.problems.filter((problem) => problem.code === code);
}

describe('parseWebropolReport on the K-P 2020 evaluation report', () => {
  const result = parseWebropolReport(REPORT);

  it('reads the header: title, evaluated year and 13 respondents; the report does not state who was invited', () => {
    expect(result.title).toBe('K-P SONet BOTNIA Arviointi 2020');
    expect(result.year).toBe(2020);
    expect(result.respondentCount).toBe(13);
    expect(result.invitedCount).toBeUndefined();
    expect(result.ranAt).toBeUndefined();
  });

  it('finds no problems in the real report', () => {
    expect(result.problems).toEqual([]);
    expect(hasBlockingProblems(result)).toBe(false);
  });

  it('reads the 1–5 scale from the first question', () => {
    expect(result.scale).toEqual([
      { value: 1, label: 'ei toteutunut' },
      { value: 2, label: 'toteutui huonosti' },
      { value: 3, label: 'toteutui kohtalaisesti' },
      { value: 4, label: 'toteutui hyvin' },
      { value: 5, label: 'toteutui erittäin hyvin' },
    ]);
  });

  it('finds 15 questions: seven Likert questions each followed by an open one, and a closing open question', () => {
    expect(result.questions.map((q) => [q.number, q.kind])).toEqual([
      [1, 'likert'], [2, 'open'], [3, 'likert'], [4, 'open'], [5, 'likert'], [6, 'open'], [7, 'likert'],
      [8, 'open'], [9, 'likert'], [10, 'open'], [11, 'likert'], [12, 'open'], [13, 'likert'], [14, 'open'],
      [15, 'open'],
    ]);
  });

  it.each([
    // number, header line, respondents, n for 1..5, printed percentages for 1..5
    [1, 5, 13, [0, 0, 1, 9, 3], [0, 0, 7.69, 69.23, 23.08]],
    [3, 49, 13, [0, 0, 1, 8, 4], [0, 0, 7.69, 61.54, 30.77]],
    [5, 89, 13, [0, 0, 7, 3, 3], [0, 0, 53.84, 23.08, 23.08]],
    [7, 127, 13, [0, 1, 6, 6, 0], [0, 7.69, 46.16, 46.15, 0]],
    [9, 173, 13, [0, 0, 1, 8, 4], [0, 0, 7.69, 61.54, 30.77]],
    [11, 217, 13, [0, 0, 6, 5, 2], [0, 0, 46.15, 38.46, 15.39]],
    [13, 254, 12, [0, 0, 2, 6, 4], [0, 0, 16.67, 50, 33.33]],
  ])('question %i (line %i): %i respondents and every row', (number, line, respondents, ns, percents) => {
    const q = question(result, number);
    expect(q.line).toBe(line);
    expect(q.respondentCount).toBe(respondents);
    expect(q.counts).toEqual(
      ns.map((n, i) => ({ value: i + 1, n, reportedPercent: percents[i] })),
    );
  });

  it.each([
    [2, 24, 5],
    [4, 68, 5],
    [6, 104, 6],
    [8, 143, 6],
    [10, 193, 6],
    [12, 233, 6],
    [14, 269, 6],
    [15, 298, 7],
  ])('open question %i (line %i) has %i respondents and as many answers', (number, line, respondents) => {
    const q = question(result, number);
    expect(q.line).toBe(line);
    expect(q.respondentCount).toBe(respondents);
    expect(q.answers).toHaveLength(respondents);
  });

  it('joins answers wrapped over several lines and keeps one-line answers as printed', () => {
    expect(question(result, 2).answers?.[1]).toBe('kehittäminen on käytännönläheistä');
    expect(question(result, 12).answers?.[5]).toBe('Vielä kehitettävää.');
    expect(question(result, 6).answers?.[2]).toBe(
      'Päästiin alkuun sosiaalihuollon valtion tutkimusrahoituksen kanssa. Asiaa ajettu eteenpäin aktiivisesti.',
    );
    expect(question(result, 10).answers?.[2]).toBe(
      'Digitaalisuuden hyödyntämistä toivon jatkossa vielä enemmän, sosiaalihuolto jää terveydenhuollon jalkoihin helposti (tässkin).',
    );
  });

  it('splits the two answers of question 2 that the PDF ran together (the second starts indented)', () => {
    const answers = question(result, 2).answers ?? [];
    expect(answers[3]).toBe(
      'Kehittämisen tuki oli hyvin käytännönläheistä ja integroitu erittäin hyvin palveluihin. ' +
        'SONetBOTNIA:n toimiminen osana Soiten kehittämisyksikön palvelua palvelee erittäin hyvin ' +
        'käytäntölähtöisyyden toteutumista. Sote uudistuksen valmistelun tuki oli ja on merkittävää. ' +
        'SONeBOTnian edustaja oli myös mukana valtakunnallisessa aikuissosiaalityön kehittämisverkostossa.',
    );
    expect(answers[4]).toBe(
      'Toiminnassa näkyy vahvana yhteistyö Soiten ja SB:n kehittämistyössä, mikä edesauttaa tätä. ' +
        'Lisäksi laaja edustus ohjausryhmässä tuo tietoon ajankohtaiset, käytännön työhön liittyvät kehittämistarpeet.',
    );
  });

  it('keeps an answer whose second sentence starts on a new, unindented line as one answer', () => {
    expect(question(result, 15).answers?.[1]).toBe(
      'Hyvää toimintaa. Jatkakaa samaan malliin. SB: rooli ollut tosi vahva Keski-Pohjanmaalla. Hyvä Iiris!',
    );
  });

  it('joins question titles wrapped over two lines', () => {
    expect(question(result, 7).text).toBe(
      'TKIO - Sosiaalityön ja sote-integroidun tutkimuksen ja kehittämisen rakenteiden vahvistaminen',
    );
    expect(question(result, 9).text).toBe(
      'Sosiaalialan ja monialaisen tiedonhallinnan ja tietojohtamisen edistäminen - sekä digitaalisuuden hyödyntäminen sosiaalipalvelujen kehittämisessä.',
    );
  });

  it('groups each Likert question with the open question after it into seven themes; the closing question has none', () => {
    expect(result.themes.map((theme) => [theme.index, theme.key, theme.questionNumbers])).toEqual([
      [1, 'theme-1', [1, 2]],
      [2, 'theme-2', [3, 4]],
      [3, 'theme-3', [5, 6]],
      [4, 'theme-4', [7, 8]],
      [5, 'theme-5', [9, 10]],
      [6, 'theme-6', [11, 12]],
      [7, 'theme-7', [13, 14]],
    ]);
    expect(result.themes[6]?.title).toBe('Järjestöjen ja julkisen kumppanuuden edistäminen');
    expect(question(result, 14).themeKey).toBe('theme-7');
    expect(question(result, 14).themeTitle).toBe('Järjestöjen ja julkisen kumppanuuden edistäminen');
    expect(question(result, 15).themeKey).toBeUndefined();
  });

  it('gives the averages computed by hand from the distributions', () => {
    const averages = result.questions
      .filter((q) => q.kind === 'likert')
      .map((q) => [q.number, computeLikertStats(q.counts, result.scale).average]);
    // 54/13, 55/13, 48/13, 44/13, 55/13, 48/13 and 50/12.
    expect(averages).toEqual([[1, 4.15], [3, 4.23], [5, 3.69], [7, 3.38], [9, 4.23], [11, 3.69], [13, 4.17]]);
  });

  it('averages theme 7 over the 12 who answered it, not all 13 (the annual report printed 3,8 = 50/13)', () => {
    const stats = computeLikertStats(question(result, 13).counts, result.scale);
    expect(stats.respondentCount).toBe(12);
    expect(stats.totalScore).toBe(50);
    expect(stats.average).toBe(4.17);
  });

  it('uses an invited count given by the caller when the report has none', () => {
    const withInvited = parseWebropolReport(REPORT, { invitedCount: 19 });
    expect(withInvited.invitedCount).toBe(19);
    expect(withInvited.problems).toEqual([]);
  });
});

describe('parseWebropolReport problems', () => {
  it('accepts a missing zero row as a warning when the other rows still add up', () => {
    const result = parseWebropolReport(withLine(15, '2 = toteutui huonosti 0 0%', ''));
    expect(result.problems).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'MISSING_SCALE_ROW', line: 5, questionNumber: 1 }),
    ]);
    expect(question(result, 1).counts[1]).toEqual({ value: 2, n: 0 });
    expect(hasBlockingProblems(result)).toBe(false);
  });

  it('blocks a missing row when the remaining counts fall short of the respondents', () => {
    const result = parseWebropolReport(withLine(19, '4 = toteutui hyvin 9 69,23%', ''));
    expect(result.problems).toEqual([
      expect.objectContaining({ severity: 'error', code: 'MISSING_SCALE_ROW', line: 5, questionNumber: 1 }),
    ]);
    expect(result.problems[0]?.message).toContain('value 4');
    expect(hasBlockingProblems(result)).toBe(true);
  });

  it('warns when n and % disagree beyond rounding and keeps n', () => {
    const result = parseWebropolReport(withLine(19, '4 = toteutui hyvin 9 69,23%', '4 = toteutui hyvin 9 62,00%'));
    expect(result.problems).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'PERCENT_MISMATCH', line: 19, questionNumber: 1 }),
    ]);
    expect(question(result, 1).counts[3]).toEqual({ value: 4, n: 9, reportedPercent: 62 });
  });

  it('reports a non-numeric n with the offending text', () => {
    const result = parseWebropolReport(withLine(19, '4 = toteutui hyvin 9 69,23%', '4 = toteutui hyvin x 69,23%'));
    expect(result.problems).toEqual([
      expect.objectContaining({ severity: 'error', code: 'NON_NUMERIC_COUNT', line: 19, cell: 'x' }),
    ]);
  });

  it('blocks counts that do not add up to the stated respondents', () => {
    const result = parseWebropolReport(withLine(19, '4 = toteutui hyvin 9 69,23%', '4 = toteutui hyvin 8 61,54%'));
    expect(result.problems).toEqual([
      expect.objectContaining({ severity: 'error', code: 'COUNT_SUM_MISMATCH', line: 5, questionNumber: 1 }),
    ]);
    expect(result.problems[0]?.message).toContain('add up to 12 but 13');
  });

  it('warns about a label that is not on the scale but keeps the numbered row', () => {
    const result = parseWebropolReport(withLine(63, '4 = toteutunut hyvin 8 61,54%', '4 = melko hyvin 8 61,54%'));
    expect(result.problems).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'UNKNOWN_SCALE_LABEL', line: 63, questionNumber: 3, cell: 'melko hyvin' }),
    ]);
    expect(question(result, 3).counts[3]?.n).toBe(8);
  });

  it('blocks a row whose number and label name different values', () => {
    const result = parseWebropolReport(withLine(63, '4 = toteutunut hyvin 8 61,54%', '4 = toteutui huonosti 8 61,54%'));
    expect(result.problems).toEqual([
      expect.objectContaining({ severity: 'error', code: 'SCALE_LABEL_CONFLICT', line: 63, questionNumber: 3 }),
    ]);
  });

  it('places unnumbered rows by their label and rejects an unnumbered row with an unknown label', () => {
    const unnumbered = withLine(17, '3 = toteutui kohtalaisesti 1 7,69%', 'toteutui kohtalaisesti 1 7,69%');
    expect(parseWebropolReport(unnumbered).problems).toEqual([]);
    expect(question(parseWebropolReport(unnumbered), 1).counts[2]).toEqual({ value: 3, n: 1, reportedPercent: 7.69 });

    const unknown = withLine(17, '3 = toteutui kohtalaisesti 1 7,69%', 'jotain muuta 1 7,69%');
    expect(problemsWith(parseWebropolReport(unknown), 'UNKNOWN_SCALE_LABEL')).toEqual([
      expect.objectContaining({ severity: 'error', line: 17 }),
    ]);
  });

  it('reports a value outside the scale the caller gave', () => {
    const fourPoint = ['ei toteutunut', 'toteutui huonosti', 'toteutui kohtalaisesti', 'toteutui hyvin'];
    const result = parseWebropolReport(REPORT, { scaleLabels: fourPoint });
    const outOfScale = problemsWith(result, 'VALUE_OUT_OF_SCALE');
    expect(outOfScale.map((p) => p.line)).toEqual([21, 65, 101, 140, 190, 230, 266]);
    expect(outOfScale.every((p) => p.severity === 'error')).toBe(true);
  });

  it('reports a row that has no count at all', () => {
    const result = parseWebropolReport(withLine(19, '4 = toteutui hyvin 9 69,23%', '4 = toteutui hyvin'));
    expect(problemsWith(result, 'MALFORMED_SCALE_ROW')).toEqual([
      expect.objectContaining({ severity: 'error', line: 19, questionNumber: 1 }),
    ]);
  });

  it('blocks a value printed twice in one question', () => {
    const result = parseWebropolReport(withLine(20, '', '4 = toteutui hyvin 1 7,69%'));
    expect(problemsWith(result, 'DUPLICATE_SCALE_ROW')).toEqual([
      expect.objectContaining({ severity: 'error', line: 20, questionNumber: 1 }),
    ]);
  });

  it('warns about a Likert question without a respondent count and uses the sum of its rows', () => {
    const result = parseWebropolReport(withLine(50, 'Vastaajien määrä: 13', ''));
    expect(result.problems).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'MISSING_RESPONDENT_COUNT', line: 49, questionNumber: 3 }),
    ]);
    expect(question(result, 3).respondentCount).toBe(13);
  });

  it('warns about an open question without a respondent count and counts its answers', () => {
    const result = parseWebropolReport(withLine(69, 'Vastaajien määrä: 5', ''));
    expect(result.problems).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'MISSING_RESPONDENT_COUNT', line: 68, questionNumber: 4 }),
    ]);
    expect(question(result, 4).respondentCount).toBe(5);
  });

  it('warns when an open question has more answers than respondents', () => {
    const result = parseWebropolReport(withLine(105, 'Vastaajien määrä: 6', 'Vastaajien määrä: 7'));
    expect(result.problems).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'OPEN_ANSWER_COUNT_MISMATCH', line: 104, questionNumber: 6 }),
    ]);
  });

  it('blocks a question with more respondents than the survey', () => {
    const result = parseWebropolReport(withLine(6, 'Vastaajien määrä: 13', 'Vastaajien määrä: 14'));
    expect(problemsWith(result, 'QUESTION_RESPONDENTS_EXCEED_TOTAL')).toEqual([
      expect.objectContaining({ severity: 'error', line: 5, questionNumber: 1 }),
    ]);
    expect(problemsWith(result, 'COUNT_SUM_MISMATCH')).toEqual([expect.objectContaining({ line: 5 })]);
  });

  it('blocks more respondents than invited', () => {
    const result = parseWebropolReport(REPORT, { invitedCount: 12 });
    expect(result.problems).toEqual([
      expect.objectContaining({ severity: 'error', code: 'RESPONDENTS_EXCEED_INVITED' }),
    ]);
  });

  it.each([
    ['Vastaajien kokonaismäärä: 13 / 19'],
    ['Vastaajien kokonaismäärä: 13/19'],
    ['Respondents: 13 of 19 invited'],
  ])('reads the invited count from "%s"', (line) => {
    const result = parseWebropolReport(withLine(3, 'Vastaajien kokonaismäärä: 13', line));
    expect(result.respondentCount).toBe(13);
    expect(result.invitedCount).toBe(19);
    expect(result.problems).toEqual([]);
  });

  it('reads a separate invited line and prefers it over a conflicting caller value', () => {
    const text = withLine(2, '', 'Kutsuttujen määrä: 19');
    expect(parseWebropolReport(text).invitedCount).toBe(19);
    const conflicting = parseWebropolReport(text, { invitedCount: 20 });
    expect(conflicting.invitedCount).toBe(19);
    expect(conflicting.problems).toEqual([expect.objectContaining({ severity: 'warning', code: 'INVITED_COUNT_CONFLICT' })]);
  });

  it('blocks a respondent total that is not a number', () => {
    const result = parseWebropolReport(withLine(3, 'Vastaajien kokonaismäärä: 13', 'Vastaajien kokonaismäärä: kolmetoista'));
    expect(problemsWith(result, 'NON_NUMERIC_COUNT')).toEqual([
      expect.objectContaining({ severity: 'error', line: 3, cell: 'kolmetoista' }),
    ]);
  });

  it('warns when the report has no respondent total', () => {
    const result = parseWebropolReport(withLine(3, 'Vastaajien kokonaismäärä: 13', ''));
    expect(result.respondentCount).toBeUndefined();
    expect(result.problems).toEqual([expect.objectContaining({ severity: 'warning', code: 'MISSING_TOTAL_RESPONDENTS' })]);
  });

  it('warns about an unrecognised line inside a question', () => {
    const result = parseWebropolReport(withLine(18, '', '@@@ ### !!!'));
    expect(result.problems).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'UNRECOGNIZED_LINE', line: 18, questionNumber: 1 }),
    ]);
  });

  it('does not take an answer starting with "3." for question 3', () => {
    const result = parseWebropolReport(withLine(31, 'kehittäminen on käytännönläheistä', '3. kohta oli hyvä'));
    expect(result.questions).toHaveLength(15);
    expect(question(result, 2).answers?.[1]).toBe('3. kohta oli hyvä');
    expect(result.problems).toEqual([]);
  });

  it('warns about a gap in the question numbers', () => {
    const result = parseWebropolReport(
      withLine(49, '3. Vahvistaa sosiaalialan ammatillista osamista ja identiteettiä', ''),
    );
    expect(problemsWith(result, 'QUESTION_NUMBER_GAP')).toEqual([
      expect.objectContaining({ severity: 'warning', line: 68, questionNumber: 4 }),
    ]);
  });

  it('compares a printed average with the computed one', () => {
    const wrong = parseWebropolReport(withLine(267, '', 'Keskiarvo: 3,8'));
    expect(wrong.problems).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'REPORTED_AVERAGE_MISMATCH', line: 267, questionNumber: 13 }),
    ]);
    const right = parseWebropolReport(withLine(267, '', 'Keskiarvo: 4,2'));
    expect(right.problems).toEqual([]);
    expect(question(right, 13).reportedAverage).toBe(4.2);
  });

  it.each([[''], ['   \n\t\n  ']])('reports empty input %j on line 1', (text) => {
    const result = parseWebropolReport(text);
    expect(result.problems).toEqual([expect.objectContaining({ severity: 'error', code: 'EMPTY_INPUT', line: 1 })]);
    expect(result.questions).toEqual([]);
  });

  it('reports garbage, naming the first line with content', () => {
    const result = parseWebropolReport('\n\n%PDF-1.4 ÿØÿà binary\nlorem ipsum 1 2 3\n1. not a question\n');
    expect(result.problems).toEqual([expect.objectContaining({ severity: 'error', code: 'NO_QUESTIONS', line: 3 })]);
    expect(result.problems[0]?.message).toContain('%PDF-1.4');
    expect(hasBlockingProblems(result)).toBe(true);
  });

  it('blocks a question with neither rows nor answers, but not one nobody answered', () => {
    const text = ['Kysely', 'Vastaajien kokonaismäärä: 3', '1. Tyhjä kysymys', 'Vastaajien määrä: 2', '2. Toinen', 'Vastaajien määrä: 0'].join('\n');
    const result = parseWebropolReport(text);
    expect(problemsWith(result, 'QUESTION_WITHOUT_DATA')).toEqual([
      expect.objectContaining({ severity: 'error', line: 3, questionNumber: 1 }),
      expect.objectContaining({ severity: 'warning', line: 5, questionNumber: 2 }),
    ]);
  });
});

describe('parseWebropolReport on PDF-extraction artefacts', () => {
  const text = [
    'Testikysely 2021',
    'Raportti luotu 3.2.2021',
    'Vastaajien kokonaismäärä:\u00a010',
    '',
    '1. Ensimmäinen teema, joka jatkuu',
    'toiselle riville',
    ' Vastaajien\u00a0määrä: 10',
    ' n\tProsentti',
    '1 = ei toteutunut\t0\t0 %',
    '2 = toteutui',
    'huonosti 1 10,0 %',
    '3 = toteutui kohtalaisesti  2  20.0%',
    '4 = toteutui hyvin 4',
    '40%',
    '5 = toteutui erit\u00adta\u0308in hyvin 3 30 %',
    'Yhteensä 10 100 %',
    '2. Avoin arviointini teeman toteutumisesta',
    'Vastaajien määrä: 2',
    'Vastaukset',
    'Ensimmäinen vastaus, sote-',
    'integraatio jatkuu.',
    '',
    'Toinen vastaus.',
  ].join('\r\n');
  const result = parseWebropolReport(text);

  it('reads the header, including a date and a no-break space', () => {
    expect(result.title).toBe('Testikysely 2021');
    expect(result.year).toBe(2021);
    expect(result.ranAt).toBe('2021-02-03');
    expect(result.respondentCount).toBe(10);
  });

  it('reads wrapped labels, tabs, comma and dot decimals, "%" apart or on its own line, soft hyphens and decomposed letters', () => {
    expect(result.problems).toEqual([]);
    expect(question(result, 1).text).toBe('Ensimmäinen teema, joka jatkuu toiselle riville');
    expect(question(result, 1).counts).toEqual([
      { value: 1, n: 0, reportedPercent: 0 },
      { value: 2, n: 1, reportedPercent: 10 },
      { value: 3, n: 2, reportedPercent: 20 },
      { value: 4, n: 4, reportedPercent: 40 },
      { value: 5, n: 3, reportedPercent: 30 },
    ]);
    expect(result.scale.map((point) => point.label)).toEqual([
      'ei toteutunut',
      'toteutui huonosti',
      'toteutui kohtalaisesti',
      'toteutui hyvin',
      'toteutui erittäin hyvin',
    ]);
  });

  it('joins a hyphen-wrapped answer without a space and splits answers at blank lines', () => {
    expect(question(result, 2).answers).toEqual(['Ensimmäinen vastaus, sote-integraatio jatkuu.', 'Toinen vastaus.']);
  });
});

describe('parseWebropolReport robustness', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const result = parseWebropolReport(text);
        expect(Array.isArray(result.problems)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on a mangled real report and only names lines that exist', () => {
    const edit = fc.record({
      at: fc.nat({ max: REPORT_LINES.length - 1 }),
      kind: fc.constantFrom('delete', 'duplicate', 'garble', 'truncate'),
      noise: fc.string({ maxLength: 12 }),
    });
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 8 }), (edits) => {
        const lines = [...REPORT_LINES];
        for (const { at, kind, noise } of edits) {
          const index = at % Math.max(lines.length, 1);
          const line = lines[index] ?? '';
          if (kind === 'delete') lines.splice(index, 1);
          if (kind === 'duplicate') lines.splice(index, 0, line);
          if (kind === 'garble') lines[index] = noise + line.slice(noise.length);
          if (kind === 'truncate') lines[index] = line.slice(0, line.length >> 1);
        }
        const result = parseWebropolReport(lines.join('\n'));
        for (const problem of result.problems) {
          expect(problem.line ?? 1).toBeGreaterThanOrEqual(1);
          expect(problem.line ?? 1).toBeLessThanOrEqual(Math.max(lines.length, 1));
          expect(problem.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 200 },
    );
  });
});
