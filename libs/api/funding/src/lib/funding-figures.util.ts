import {
  FUNDING_PAYERS,
  FUNDING_SOURCES,
  type FundingEarmarkTotalDto,
  type FundingEntryDto,
  type FundingPayerTotalDto,
  type FundingSourceTotalDto,
  type FundingYearDto,
} from '@suunta/shared-domain';

/**
 * Exact euro arithmetic for funding figures: amounts travel as decimal strings ("241551.00") and
 * are added as whole cents (BigInt), so no total is ever off by a float's rounding.
 */

/** "241551", "241551.5", "241551.50" → 24155150n cents. */
export function toCents(amount: string): bigint {
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(amount.trim());
  if (!m) throw new Error(`Not a euro amount: ${amount}`);
  return BigInt(m[1]) * 100n + BigInt((m[2] ?? '').padEnd(2, '0'));
}

/** 24155150n → "241551.50". */
export function fromCents(cents: bigint): string {
  const sign = cents < 0n ? '-' : '';
  const abs = cents < 0n ? -cents : cents;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

/** part / whole as a percentage rounded half up to one decimal; null when the whole is zero. */
export function sharePercent(part: bigint, whole: bigint): number | null {
  if (whole <= 0n) return null;
  // tenths of a percent, rounded half up: (part * 1000 * 2 + whole) / (2 * whole)
  const tenths = (part * 2000n + whole) / (2n * whole);
  return Number(tenths) / 10;
}

const sum = (values: string[]): bigint => values.reduce((acc, v) => acc + toCents(v), 0n);

/** The year's totals by source, by municipal payer and by earmark, computed from its entries. */
export function summarizeYear(year: number, entries: FundingEntryDto[]): FundingYearDto {
  const total = sum(entries.map((e) => e.amount));
  const bySource: FundingSourceTotalDto[] = FUNDING_SOURCES.flatMap((source) => {
    const of = entries.filter((e) => e.source === source);
    if (of.length === 0) return [];
    const t = sum(of.map((e) => e.amount));
    return [{ source, total: fromCents(t), sharePercent: sharePercent(t, total) ?? 0 }];
  });

  const municipal = entries.filter((e) => e.source === 'municipal');
  const municipalTotal = sum(municipal.map((e) => e.amount));
  const municipalByPayer: FundingPayerTotalDto[] = [...FUNDING_PAYERS, null].flatMap((payer) => {
    const of = municipal.filter((e) => e.payer === payer);
    if (of.length === 0) return [];
    const t = sum(of.map((e) => e.amount));
    return [{ payer, total: fromCents(t), sharePercent: sharePercent(t, municipalTotal) ?? 0 }];
  });

  const earmarkTotals = new Map<string, { kind: FundingEarmarkTotalDto['kind']; label: string | null; source: FundingEarmarkTotalDto['source']; cents: bigint }>();
  for (const e of entries) {
    for (const m of e.earmarks) {
      const label = m.kind === 'other' ? m.label : null;
      const key = `${e.source}|${m.kind}|${label ?? ''}`;
      const acc = earmarkTotals.get(key) ?? { kind: m.kind, label, source: e.source, cents: 0n };
      acc.cents += toCents(m.amount);
      earmarkTotals.set(key, acc);
    }
  }
  const sourceTotal = (source: string) => sum(entries.filter((e) => e.source === source).map((e) => e.amount));
  const earmarks: FundingEarmarkTotalDto[] = [...earmarkTotals.values()].map((m) => ({
    kind: m.kind,
    label: m.label,
    source: m.source,
    total: fromCents(m.cents),
    sharePercent: sharePercent(m.cents, sourceTotal(m.source)) ?? 0,
  }));

  return { year, total: fromCents(total), bySource, municipalByPayer, earmarks, entries };
}
