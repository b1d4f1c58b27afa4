import type { MinutesImportPreviewDto, MinutesImportProblem, ParsedMinutesItem } from '@suunta/shared-domain';

/**
 * Reads a minutes text in the shape of Finnish minutes (the 2014 Etelä-Pohjanmaa minutes are the
 * model) into § items. Pure: no database, no I/O.
 *
 * - A § starts on a line "1 § Otsikko", "2§ Otsikko" or "§ 3 Otsikko" (digits and § at the start
 *   of the line; "7-8 §:t" inside a sentence is not one).
 * - "Esitys:", "Käsittely:", "Päätös:" (also Swedish "Förslag:", "Behandling:", "Beslut:") start
 *   the proposal, discussion and decision; text of a § before any label is its discussion (as in
 *   "1 § Kokouksen avaus — Puheenjohtaja … avasi kokouksen").
 * - Hard-wrapped lines are joined with a space ("integroitumi-" + "sen" → "integroitumisen");
 *   a blank line is a paragraph break; bullet lines ("-", "•", the Word bullet U+F0B7) keep their
 *   own line as "- …".
 * - "Liite 1." at the start of a line ends the items: the appendices are listed, not imported.
 * - Text before the first § is the preamble (the header of the minutes).
 */
export interface ParsedMinutes extends MinutesImportPreviewDto {
  preamble: string | null;
}

const ITEM = /^\s*(?:(\d{1,4})\s*§(?![:\p{L}])|§\s*(\d{1,4})\.?(?=\s|$))\s*(.*)$/u;
const LABEL = /^\s*(Esitys|Käsittely|Päätös|Förslag|Behandling|Beslut)\s*:\s*(.*)$/iu;
const APPENDIX = /^\s*(Liite|Bilaga)\s+(\d+)\s*\.?\s*(.*)$/u;
const BULLET = /^\s*(?:[-•▪*\uf0b7]|\u2013)\s*/u;

type Section = 'proposal' | 'discussion' | 'decision';
const SECTION_OF: Record<string, Section> = {
  esitys: 'proposal',
  förslag: 'proposal',
  käsittely: 'discussion',
  behandling: 'discussion',
  päätös: 'decision',
  beslut: 'decision',
};

interface Draft {
  item: ParsedMinutesItem;
  lines: Record<Section, string[]>;
  labelLine: Partial<Record<Section, number>>;
}

export function parseMinutes(text: string): ParsedMinutes {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const problems: MinutesImportProblem[] = [];
  const drafts: Draft[] = [];
  const appendices: { title: string; line: number }[] = [];
  const preamble: string[] = [];
  let current: Draft | null = null;
  let section: Section = 'discussion';
  let inAppendices = false;

  lines.forEach((raw, index) => {
    const line = index + 1;
    const appendix = APPENDIX.exec(raw);
    if (appendix && (drafts.length > 0 || inAppendices)) {
      inAppendices = true;
      appendices.push({ title: `${appendix[1]} ${appendix[2]}${appendix[3].trim() ? `. ${appendix[3].trim()}` : ''}`, line });
      return;
    }
    if (inAppendices) return;

    const item = ITEM.exec(raw);
    if (item) {
      const number = Number(item[1] ?? item[2]);
      const title = item[3].trim().replace(/[.:]\s*$/, '').trim();
      if (!title) problems.push({ line, code: 'empty_title', message: `§ ${number} has no title` });
      const previous = drafts[drafts.length - 1];
      if (drafts.some((d) => d.item.number === number)) problems.push({ line, code: 'duplicate_number', message: `§ ${number} appears twice` });
      else if (previous && number < previous.item.number) problems.push({ line, code: 'number_not_increasing', message: `§ ${number} comes after § ${previous.item.number}` });
      current = {
        item: { number, title, proposal: null, discussion: null, decision: null, note: null, line },
        lines: { proposal: [], discussion: [], decision: [] },
        labelLine: {},
      };
      drafts.push(current);
      section = 'discussion';
      return;
    }

    const label = LABEL.exec(raw);
    if (label) {
      if (!current) {
        problems.push({ line, code: 'label_outside_item', message: `"${label[1]}:" before the first §` });
        return;
      }
      section = SECTION_OF[label[1].toLowerCase()];
      if (current.labelLine[section] !== undefined) {
        problems.push({ line, code: 'duplicate_label', message: `§ ${current.item.number} has a second "${label[1]}:" (first on line ${current.labelLine[section]})` });
      }
      current.labelLine[section] = line;
      current.lines[section].push(label[2]);
      return;
    }

    if (current) current.lines[section].push(raw);
    else preamble.push(raw);
  });

  const items = drafts.map((d) => {
    for (const s of ['proposal', 'discussion', 'decision'] as const) {
      const value = joinLines(d.lines[s]);
      d.item[s] = value;
      const labelLine = d.labelLine[s];
      if (labelLine !== undefined && value === null) problems.push({ line: labelLine, code: 'empty_section', message: `§ ${d.item.number}: the section on line ${labelLine} is empty` });
    }
    return d.item;
  });
  if (items.length === 0) problems.push({ line: 1, code: 'no_items', message: 'No § item found (a line such as "1 § Kokouksen avaus")' });
  problems.sort((a, b) => a.line - b.line);
  return { items, appendices, problems, preamble: joinLines(preamble) };
}

/** Joins hard-wrapped lines into paragraphs; blank lines separate paragraphs, bullets keep their line. */
export function joinLines(lines: string[]): string | null {
  const paragraphs: string[][] = [[]];
  for (const raw of lines) {
    const text = raw.replace(/\s+/g, ' ').trim();
    const block = paragraphs[paragraphs.length - 1];
    if (!text) {
      if (block.length > 0) paragraphs.push([]);
      continue;
    }
    if (BULLET.test(raw) && /^\s*(?:[-•▪*\uf0b7])/u.test(raw)) {
      block.push(`\n- ${text.replace(BULLET, '').trim()}`);
      continue;
    }
    const last = block[block.length - 1];
    if (last !== undefined && /\p{Ll}-$/u.test(last) && /^\p{Ll}/u.test(text) && !/\S*:\/\/\S*$/.test(last)) {
      block[block.length - 1] = last.slice(0, -1) + text;
    } else {
      block.push(block.length === 0 ? text : ` ${text}`);
    }
  }
  const result = paragraphs
    .filter((p) => p.length > 0)
    .map((p) => p.join('').replace(/^\n/, '').replace(/ \n- /g, '\n- '))
    .join('\n\n')
    .replace(/\n\n- /g, '\n- ')
    .trim();
  return result === '' ? null : result;
}
