import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SurveyImportProblemDto } from '@suunta/shared-domain';
import { parseWebropolCsv, parseWebropolReport } from '@suunta/shared-survey-import';
import { PROBLEM_TEXT_KEYS, problemText, problemTranslation } from './problem-text.util';

type Dictionary = Record<string, unknown>;
const dictionaries: Record<string, Dictionary> = Object.fromEntries(
  ['fi', 'sv', 'en'].map((lang) => [lang, JSON.parse(readFileSync(join(__dirname, '../i18n', `${lang}.json`), 'utf8')) as Dictionary]),
);

/** Transloco's lookup in the scope's file: `surveys.a.b` is `a.b` there; `{{ name }}` takes a parameter. */
function translator(lang: string) {
  return (key: string, params: Record<string, unknown>): string => {
    const value = key
      .replace(/^surveys\./, '')
      .split('.')
      .reduce<unknown>((node, part) => (node as Dictionary | undefined)?.[part], dictionaries[lang]);
    if (typeof value !== 'string') throw new Error(`${lang}: no text for ${key}`);
    return value.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(params[name]));
  };
}

const problem = (over: Partial<SurveyImportProblemDto>): SurveyImportProblemDto => ({
  severity: 'error',
  code: 'COUNT_SUM_MISMATCH',
  message: 'Line 7, question 1: the counts add up to 12 but 13 respondents are stated.',
  line: 7,
  questionNumber: 1,
  ...over,
});

describe('problemTranslation', () => {
  it('maps a code to its key, with the location fields as parameters', () => {
    expect(problemTranslation(problem({ code: 'NON_NUMERIC_COUNT', cell: 'kolme' }))).toEqual({
      key: 'surveys.problem.NON_NUMERIC_COUNT',
      params: { line: 7, questionNumber: 1, column: '–', cell: 'kolme' },
    });
  });

  it('picks the text by severity where the code means different things', () => {
    expect(problemTranslation(problem({ code: 'QUESTION_WITHOUT_DATA', severity: 'warning' }))?.key).toBe('surveys.problem.QUESTION_WITHOUT_DATA.warning');
    expect(problemTranslation(problem({ code: 'QUESTION_WITHOUT_DATA', severity: 'error' }))?.key).toBe('surveys.problem.QUESTION_WITHOUT_DATA.error');
  });

  it('knows nothing of a code it was not built with (nor of inherited property names)', () => {
    expect(problemTranslation(problem({ code: 'SOMETHING_NEW' }))).toBeNull();
    expect(problemTranslation(problem({ code: 'toString' }))).toBeNull();
  });
});

describe('problemText', () => {
  it('says the problem in Finnish, Swedish and English, with its parameters', () => {
    const p = problem({ code: 'UNKNOWN_MAPPED_COLUMN', column: 'Q', line: undefined, questionNumber: undefined });
    expect(problemText(p, translator('fi'))).toBe('Sarakkeiden määritys nimeää sarakkeen Q, jota tiedostossa ei ole.');
    expect(problemText(p, translator('sv'))).toBe('Kolumnmappningen anger kolumn Q, som filen inte har.');
    expect(problemText(p, translator('en'))).toBe('The column mapping names column Q, which the file does not have.');
  });

  it('falls back to the parser’s English message for an unknown code', () => {
    const translate = jest.fn();
    expect(problemText(problem({ code: 'SOMETHING_NEW', message: 'Something new happened.' }), translate)).toBe('Something new happened.');
    expect(translate).not.toHaveBeenCalled();
  });

  it.each(['fi', 'sv', 'en'])('has a %s text for every code and severity, and no unknown parameter', (lang) => {
    const translate = translator(lang);
    for (const key of PROBLEM_TEXT_KEYS) {
      const text = translate(key, { line: 1, questionNumber: 2, column: 'C', cell: 'x' });
      expect(text).not.toMatch(/\{\{|undefined/);
    }
  });

  it('translates what the real parsers report, filling the parameters they give', () => {
    const report = ['K-P Arviointi 2020', '1. Teema', 'Vastaajien määrä: 3', '1 = huono kolme 10%', '2 = hyvä 1 33%', '4. Toinen', 'Vastaukset', 'Hyvä.'].join('\n');
    const csv = 'Vastaaja;Teema 1;Avoin\n1;4;hyvä\n2;kuusi;\n3;5;;ylimääräinen\n';
    const problems = [
      ...parseWebropolReport(report).problems,
      ...parseWebropolCsv(csv, { scaleLabels: ['ei', 'vähän', 'jonkin verran', 'hyvin', 'erinomaisesti'] }).problems,
    ];
    expect(problems.map((p) => p.code)).toEqual(expect.arrayContaining(['NON_NUMERIC_COUNT', 'QUESTION_NUMBER_GAP', 'INVALID_LIKERT_CELL', 'EXTRA_CELLS']));
    for (const p of problems) {
      for (const lang of ['fi', 'sv', 'en']) {
        const text = problemText(p, translator(lang));
        expect(text).not.toMatch(/\{\{|undefined|–”|–“/);
      }
    }
    const nonNumeric = problems.find((p) => p.code === 'NON_NUMERIC_COUNT');
    expect(nonNumeric && problemText(nonNumeric, translator('fi'))).toContain('”kolme”');
  });
});
