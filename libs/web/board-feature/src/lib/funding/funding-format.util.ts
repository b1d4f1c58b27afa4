import type { FundingOverviewDto, FundingSource } from '@suunta/shared-domain';
import { FUNDING_SOURCES, numberFormat } from '@suunta/shared-domain';
import { localeOf } from '@suunta/web-core';

/**
 * A euro amount as the language writes it: "241 551 €" in fi and sv, "€241,551" in en; cents only
 * when there are any. The API's decimal string goes to Intl as it is (no float in between).
 */
export function formatEuro(amount: string | null, language: string): string {
  if (amount === null) return '–';
  const cents = amount.split('.')[1] ?? '';
  const fraction = /^0*$/.test(cents) ? 0 : 2;
  const format = numberFormat(localeOf(language), { style: 'currency', currency: 'EUR', minimumFractionDigits: fraction, maximumFractionDigits: fraction });
  return format.format(amount as unknown as number);
}

/** "66,6 %" (fi, sv) or "66.6%" (en). */
export function formatShare(percent: number | null, language: string): string {
  if (percent === null) return '–';
  return numberFormat(localeOf(language), { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(percent / 100);
}

/** The sources any of the years has, in the fixed order (the table's and the chart's columns). */
export function sourcesPresent(overview: FundingOverviewDto): FundingSource[] {
  return FUNDING_SOURCES.filter((s) => overview.years.some((y) => y.bySource.some((b) => b.source === s)));
}

/** A typed amount ("241 551,50", "241551.5", "€ 1,000") → the API's form "241551.50", or null when it is not an amount. */
export function parseEuroInput(text: string, language: string): string | null {
  let t = text.replace(/[\s\u00a0\u202f€]/g, '');
  if (!t) return null;
  if (language === 'en') t = t.replace(/,/g, '');
  // fi, sv: a comma is the decimal sign and dots group thousands, unless the dot is plainly a decimal point ("241551.5")
  else if (!/^\d+\.\d{1,2}$/.test(t)) t = t.replace(/\./g, '').replace(',', '.');
  return /^\d{1,12}(\.\d{1,2})?$/.test(t) ? t : null;
}
