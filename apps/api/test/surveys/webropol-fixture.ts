/**
 * Builds Webropol report text in the shape of seeds/000_ff71400c25435d28.txt, for tests that
 * need reports with known counts. Percentages are printed the way Webropol prints them
 * (two decimals, comma, trailing zeros dropped).
 */
export interface FixtureTheme {
  title: string;
  /** Counts for scale values 1…5. */
  counts: [number, number, number, number, number];
  /** Stated respondents; defaults to the sum of the counts. */
  respondents?: number;
  open?: string[];
}

const LABELS = ['ei toteutunut', 'toteutui huonosti', 'toteutui kohtalaisesti', 'toteutui hyvin', 'toteutui erittäin hyvin'];

export function webropolReport(opts: { title: string; total: number; themes: FixtureTheme[]; closing?: string[] }): string {
  const lines: string[] = [` ${opts.title} `, ' ', `Vastaajien kokonaismäärä: ${opts.total} `, ' '];
  let number = 1;
  for (const theme of opts.themes) {
    const respondents = theme.respondents ?? theme.counts.reduce((a, b) => a + b, 0);
    lines.push(`${number++}. ${theme.title} `, `Vastaajien määrä: ${respondents} `, '', ' n Prosentti ', '');
    theme.counts.forEach((n, i) => {
      const percent = respondents === 0 ? '0' : String(Math.round((n * 10000) / respondents) / 100).replace('.', ',');
      lines.push(`${i + 1} = ${LABELS[i]} ${n} ${percent}% `, '');
    });
    lines.push(' ');
    if (theme.open && theme.open.length > 0) {
      lines.push(`${number++}. Avoin arviointini teeman toteutumisesta `, `Vastaajien määrä: ${theme.open.length} `, '', 'Vastaukset ', '');
      for (const answer of theme.open) lines.push(`${answer} `, '');
      lines.push(' ');
    }
  }
  if (opts.closing && opts.closing.length > 0) {
    lines.push(`${number}. Mitä muuta haluan todeta `, `Vastaajien määrä: ${opts.closing.length} `, '', 'Vastaukset ', '');
    for (const answer of opts.closing) lines.push(`${answer} `, '');
  }
  return lines.join('\n');
}

/** A small two-theme report; `tag` makes its content (and so its hash) unique. */
export function smallReport(tag: string, year = 2021): string {
  return webropolReport({
    title: `EP SONet BOTNIA Arviointi ${year} ${tag}`,
    total: 10,
    themes: [
      { title: 'Sosiaalialan käytännön läheinen kehittäminen ja integroituvat palvelut', counts: [0, 1, 2, 4, 3], open: ['Hyvää työtä.', 'Jatkakaa.'] },
      { title: 'Järjestöjen ja julkisen kumppanuuden edistäminen', counts: [1, 0, 3, 5, 0], respondents: 9, open: ['Kumppanuus kehittyy.'] },
    ],
  });
}
