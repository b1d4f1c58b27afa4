import type { DashboardRegionOption, RollupStatus, StrategyMapCell, StrategyMapDto, TrendDirection } from '@suunta/shared-domain';
import type { BoardPackLang } from './board-pack.i18n';

/** The strategy map's words in the board pack (the web page has its own Transloco texts). */
export const MAP_TEXT: Record<
  BoardPackLang,
  {
    heading: string;
    byRegions: string;
    byYears: string;
    focusArea: string;
    criteria: string;
    survey: string;
    updated: string;
    noEntries: string;
    stale: string;
    legend: string;
    trend: Record<TrendDirection, string>;
  }
> = {
  fi: {
    heading: 'Strategiakartta',
    byRegions: 'Painopisteet alueittain',
    byYears: 'Painopisteet vuosittain',
    focusArea: 'Painopiste',
    criteria: 'kriteerit',
    survey: 'kysely',
    updated: 'päivitetty',
    noEntries: 'ei kirjauksia',
    stale: 'VANHA',
    legend:
      'Solussa: tila; kriteerit tavoitteessa / kaikki; kyselyn keskiarvo; uusimman kirjauksen päivä. Suunta edelliseen vuoteen: + parempi, − heikompi, ± ennallaan (kriteerit: osuus tavoitteessa verrattuna edelliseen vuoteen; kysely: edelliseen vuoteen, jolta on vastauksia). VANHA: ei kirjauksia 90 päivään.',
    trend: { up: '+ parempi', down: '− heikompi', same: '± ennallaan' },
  },
  sv: {
    heading: 'Strategikarta',
    byRegions: 'Fokusområden per region',
    byYears: 'Fokusområden per år',
    focusArea: 'Fokusområde',
    criteria: 'kriterier',
    survey: 'enkät',
    updated: 'uppdaterad',
    noEntries: 'inga anteckningar',
    stale: 'GAMMAL',
    legend:
      'I cellen: läge; kriterier på mål / alla; enkätens medeltal; datum för den senaste anteckningen. Riktning jämfört med föregående år: + bättre, − sämre, ± oförändrat (kriterier: andelen på mål jämfört med föregående år; enkät: föregående år med svar). GAMMAL: inga anteckningar på 90 dagar.',
    trend: { up: '+ bättre', down: '− sämre', same: '± oförändrat' },
  },
  en: {
    heading: 'Strategy map',
    byRegions: 'Focus areas by region',
    byYears: 'Focus areas by year',
    focusArea: 'Focus area',
    criteria: 'criteria',
    survey: 'survey',
    updated: 'updated',
    noEntries: 'no entries',
    stale: 'STALE',
    legend:
      'In each cell: status; criteria on target / all; survey average; date of the newest entry. Direction against the previous year: + better, − worse, ± unchanged (criteria: share on target against the previous year; survey: against the previous year with answers). STALE: nothing logged for 90 days.',
    trend: { up: '+ better', down: '− worse', same: '± unchanged' },
  },
};

/**
 * The map as a table: header row and one row per focus area, each cell as lines of text. The
 * direction is written as a sign and a word ("+ parempi"): the embedded Roboto has no arrow glyphs,
 * and a word reads in black-and-white print and to a screen reader alike.
 */
export function mapTable(
  map: StrategyMapDto,
  lang: BoardPackLang,
  regions: readonly DashboardRegionOption[],
  words: { status: Record<RollupStatus, string>; symbol: Record<RollupStatus, string> },
  formatNumber: (v: number | null) => string,
  formatDate: (iso: string) => string,
): { headers: string[]; rows: string[][] } {
  const t = MAP_TEXT[lang];
  const regionName = (id: string | null) => {
    const r = regions.find((x) => x.id === id);
    return r ? (r.name[lang] ?? r.name.fi) : '';
  };
  const headers = [t.focusArea, ...map.columns.map((c) => (map.filters.axis === 'regions' ? regionName(c.regionId) || (c.regionCode ?? '') : String(c.year)))];
  const cellText = (c: StrategyMapCell): string => {
    const lines = [`${words.symbol[c.status]} ${words.status[c.status]}`];
    if (c.criteria.total > 0) lines.push(`${t.criteria} ${c.criteria.onTarget}/${c.criteria.total}${c.criteria.trend ? ` (${t.trend[c.criteria.trend]})` : ''}`);
    if (c.survey.average !== null) lines.push(`${t.survey} ${formatNumber(c.survey.average)}${c.survey.trend ? ` (${t.trend[c.survey.trend]})` : ''}`);
    if (c.freshness.lastEntryDate) lines.push(`${t.updated} ${formatDate(c.freshness.lastEntryDate)}${c.freshness.stale ? ` ${t.stale}` : ''}`);
    else if (c.freshness.hasItems) lines.push(`${t.noEntries}${c.freshness.stale ? ` ${t.stale}` : ''}`);
    return lines.join('\n');
  };
  const rows = map.rows.map((r) => [`${r.code ? `${r.code} ` : ''}${r.title}`, ...r.cells.map(cellText)]);
  return { headers, rows };
}
