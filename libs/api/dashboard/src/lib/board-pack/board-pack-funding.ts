import type { FundingEarmarkKind, FundingOverviewDto, FundingPayer, FundingSource, FundingYearDto } from '@suunta/shared-domain';
import type { BoardPackLang } from './board-pack.i18n';

/**
 * The board pack's funding section: the figures come from api-funding's exported FundingService
 * (totals and shares computed there from the stored entries); here they are only worded.
 */
export const FUNDING_TEXT: Record<
  BoardPackLang,
  {
    heading: string;
    year: string;
    total: string;
    trend: string;
    none: string;
    of: string;
    ofWhich: string;
    shareOfPool: string;
    unearmarked: string;
    sources: Record<FundingSource, string>;
    payers: Record<FundingPayer | 'unknown', string>;
    earmarks: Record<Exclude<FundingEarmarkKind, 'other'>, string>;
  }
> = {
  fi: {
    heading: 'Rahoitus lähteittäin',
    year: 'Vuosi',
    total: 'Yhteensä',
    trend: 'Rahoitus yhteensä vuosittain',
    none: 'Rahoitustietoja ei ole kirjattu.',
    of: 'osuus',
    ofWhich: 'josta',
    shareOfPool: 'osuus kokonaismäärästä',
    unearmarked: 'korvamerkitsemätön',
    sources: { state_subsidy: 'Valtionosuus', municipal: 'Kuntarahoitus', project: 'Hankerahoitus', other: 'Muu rahoitus' },
    payers: { basic_agreement_parties: 'perussopimusosapuolet', other_parties: 'muut', unknown: 'maksaja ei tiedossa' },
    earmarks: { nordic_special_task: 'pohjoismainen erityistehtävä' },
  },
  sv: {
    heading: 'Finansiering per källa',
    year: 'År',
    total: 'Totalt',
    trend: 'Finansiering totalt per år',
    none: 'Ingen finansiering har registrerats.',
    of: 'andel',
    ofWhich: 'varav',
    shareOfPool: 'andel av totalbeloppet',
    unearmarked: 'inte öronmärkt',
    sources: { state_subsidy: 'Statsandel', municipal: 'Kommunal finansiering', project: 'Projektfinansiering', other: 'Övrig finansiering' },
    payers: { basic_agreement_parties: 'parterna i grundavtalet', other_parties: 'övriga', unknown: 'betalare okänd' },
    earmarks: { nordic_special_task: 'det nordiska specialuppdraget' },
  },
  en: {
    heading: 'Funding by source',
    year: 'Year',
    total: 'Total',
    trend: 'Total funding per year',
    none: 'No funding has been recorded.',
    of: 'share',
    ofWhich: 'of which',
    shareOfPool: 'share of the total allocation',
    unearmarked: 'not earmarked',
    sources: { state_subsidy: 'State subsidy', municipal: 'Municipal funding', project: 'Project funding', other: 'Other funding' },
    payers: { basic_agreement_parties: 'parties to the basic agreement', other_parties: 'others', unknown: 'payer not known' },
    earmarks: { nordic_special_task: 'Nordic special task' },
  },
};

const LOCALE: Record<BoardPackLang, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** "241551.00" → "241 551 €" (fi, sv) or "€241,551" (en); cents only when there are any. Spaces are plain, so text extraction finds them. */
export function formatEuro(amount: string, lang: BoardPackLang): string {
  const [euros, cents = '00'] = amount.split('.');
  const fraction = cents === '00' ? 0 : 2;
  // Intl works on the decimal string itself (no float), so no cent is lost.
  const text = new Intl.NumberFormat(LOCALE[lang], { style: 'currency', currency: 'EUR', minimumFractionDigits: fraction, maximumFractionDigits: fraction }).format(
    `${euros}.${cents}` as unknown as number,
  );
  return text.replace(/[\u00a0\u202f]/g, ' ');
}

export function formatPercent(value: number, lang: BoardPackLang): string {
  const text = value.toFixed(1);
  return lang === 'en' ? `${text}%` : `${text.replace('.', ',')} %`;
}

/** The table: a row per year (oldest first), a column per source present in any year, and the total. */
export function fundingTable(overview: FundingOverviewDto, lang: BoardPackLang): { headers: string[]; rows: string[][] } {
  const t = FUNDING_TEXT[lang];
  const sources = (['state_subsidy', 'municipal', 'project', 'other'] as FundingSource[]).filter((s) => overview.years.some((y) => y.bySource.some((b) => b.source === s)));
  return {
    headers: [t.year, ...sources.map((s) => t.sources[s]), t.total],
    rows: overview.years.map((y) => [
      String(y.year),
      ...sources.map((s) => {
        const b = y.bySource.find((x) => x.source === s);
        return b ? `${formatEuro(b.total, lang)}\n(${formatPercent(b.sharePercent, lang)})` : '–';
      }),
      formatEuro(y.total, lang),
    ]),
  };
}

/** The year's breakdown in sentences: earmarks, the share of a pool, municipal money by payer. */
export function fundingDetails(year: FundingYearDto, lang: BoardPackLang): string[] {
  const t = FUNDING_TEXT[lang];
  const lines: string[] = [];
  for (const e of year.entries) {
    const parts = [`${t.sources[e.source]}${e.payer ? ` (${t.payers[e.payer]})` : ''}${e.description ? ` – ${e.description}` : ''}: ${formatEuro(e.amount, lang)}`];
    if (e.poolAmount && e.poolSharePercent !== null) {
      parts.push(`${t.shareOfPool} ${formatEuro(e.poolAmount, lang)}: ${formatPercent(e.poolSharePercent, lang)}`);
    }
    for (const m of e.earmarks) {
      const name = m.kind === 'other' ? (m.label ?? '') : (m.label ?? t.earmarks[m.kind]);
      parts.push(`${t.ofWhich} ${name} ${formatEuro(m.amount, lang)}${m.sharePercent !== null ? ` (${formatPercent(m.sharePercent, lang)})` : ''}`);
    }
    if (e.earmarks.length > 0) parts.push(`${t.unearmarked} ${formatEuro(e.unearmarked, lang)}`);
    lines.push(parts.join('; '));
  }
  return lines;
}
