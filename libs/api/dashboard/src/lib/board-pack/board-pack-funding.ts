import type { FundingEarmarkKind, FundingOverviewDto, FundingPayer, FundingSource, FundingYearDto } from '@suunta/shared-domain';
import type { BoardPackLang } from './board-pack.i18n';
import { numberFormat } from '@suunta/shared-domain';

/**
 * The board pack's funding section: the figures come from api-funding's exported FundingService
 * (totals and shares computed there from the stored entries); here they are only worded.
 */
interface FundingText {
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

/** One word in the three languages, side by side (so a missing translation is a compile error). */
type Word = Record<BoardPackLang, string>;
type Words<T> = { [K in keyof T]: T[K] extends string ? Word : Words<T[K]> };

const WORDS: Words<FundingText> = {
  heading: { fi: 'Rahoitus lähteittäin', sv: 'Finansiering per källa', en: 'Funding by source' },
  year: { fi: 'Vuosi', sv: 'År', en: 'Year' },
  total: { fi: 'Yhteensä', sv: 'Totalt', en: 'Total' },
  trend: { fi: 'Rahoitus yhteensä vuosittain', sv: 'Finansiering totalt per år', en: 'Total funding per year' },
  none: { fi: 'Rahoitustietoja ei ole kirjattu.', sv: 'Ingen finansiering har registrerats.', en: 'No funding has been recorded.' },
  of: { fi: 'osuus', sv: 'andel', en: 'share' },
  ofWhich: { fi: 'josta', sv: 'varav', en: 'of which' },
  shareOfPool: { fi: 'osuus kokonaismäärästä', sv: 'andel av totalbeloppet', en: 'share of the total allocation' },
  unearmarked: { fi: 'korvamerkitsemätön', sv: 'inte öronmärkt', en: 'not earmarked' },
  sources: {
    state_subsidy: { fi: 'Valtionosuus', sv: 'Statsandel', en: 'State subsidy' },
    municipal: { fi: 'Kuntarahoitus', sv: 'Kommunal finansiering', en: 'Municipal funding' },
    project: { fi: 'Hankerahoitus', sv: 'Projektfinansiering', en: 'Project funding' },
    other: { fi: 'Muu rahoitus', sv: 'Övrig finansiering', en: 'Other funding' },
  },
  payers: {
    basic_agreement_parties: { fi: 'perussopimusosapuolet', sv: 'parterna i grundavtalet', en: 'parties to the basic agreement' },
    other_parties: { fi: 'muut', sv: 'övriga', en: 'others' },
    unknown: { fi: 'maksaja ei tiedossa', sv: 'betalare okänd', en: 'payer not known' },
  },
  earmarks: { nordic_special_task: { fi: 'pohjoismainen erityistehtävä', sv: 'det nordiska specialuppdraget', en: 'Nordic special task' } },
};

/** The words of one language, in the shape of {@link FundingText}. */
function inLanguage<T>(words: Words<T>, lang: BoardPackLang): T {
  const entries = Object.entries(words as Record<string, Word | Record<string, unknown>>).map(([key, value]) => [
    key,
    typeof (value as Word)[lang] === 'string' ? (value as Word)[lang] : inLanguage(value as Words<unknown>, lang),
  ]);
  return Object.fromEntries(entries) as T;
}

export const FUNDING_TEXT: Record<BoardPackLang, FundingText> = { fi: inLanguage(WORDS, 'fi'), sv: inLanguage(WORDS, 'sv'), en: inLanguage(WORDS, 'en') };

const LOCALE: Record<BoardPackLang, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** "241551.00" → "241 551 €" (fi, sv) or "€241,551" (en); cents only when there are any. Spaces are plain, so text extraction finds them. */
export function formatEuro(amount: string, lang: BoardPackLang): string {
  const [euros, cents = '00'] = amount.split('.');
  const fraction = cents === '00' ? 0 : 2;
  // Intl works on the decimal string itself (no float), so no cent is lost.
  const text = numberFormat(LOCALE[lang], { style: 'currency', currency: 'EUR', minimumFractionDigits: fraction, maximumFractionDigits: fraction }).format(
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
