import type { RollupStatus } from '@suunta/shared-domain';

export type BoardPackLang = 'fi' | 'sv' | 'en';

interface BoardPackText {
  title: string;
  strategy: string;
  year: string;
  region: string;
  wholeOrganization: string;
  asOf: string;
  printed: string;
  summary: string;
  statusTable: string;
  focusArea: string;
  statusColumn: string;
  actionsColumn: string;
  criteriaColumn: string;
  surveyColumn: string;
  updatedColumn: string;
  change: string;
  actionsLegend: string;
  statusRules: string;
  chartTrend: string;
  chartRegions: string;
  chartCompletion: string;
  chartTargets: string;
  done: string;
  noSurveys: string;
  noActions: string;
  noTargets: string;
  status: Record<RollupStatus, string>;
}

/** The PDF's own words; the web UI has its own Transloco files. */
export const BOARD_PACK_TEXT: Record<BoardPackLang, BoardPackText> = {
  fi: {
    title: 'Strategian tilannekatsaus',
    strategy: 'Strategia',
    year: 'Toimintavuosi',
    region: 'Alue',
    wholeOrganization: 'Koko organisaatio',
    asOf: 'Tilanne',
    printed: 'Tulostettu',
    summary: 'Painopisteet tilan mukaan',
    statusTable: 'Painopisteiden tila',
    focusArea: 'Painopiste',
    statusColumn: 'Tila',
    actionsColumn: 'Toimenpiteet valmis / käynnissä / myöhässä',
    criteriaColumn: 'Kriteerit tavoitteessa',
    surveyColumn: 'Kyselyn keskiarvo (vastaajia)',
    updatedColumn: 'Päivitetty',
    change: 'muutos',
    actionsLegend: 'Toimenpiteet: valmiit / käynnissä olevat / myöhässä olevat (suunniteltu tai käynnissä, ei kirjauksia 90 päivään; myöhässä oleva ei ole käynnissä olevissa). Yksikin myöhässä oleva toimenpide estää tilan Tavoitteessa. Kyselyn muutos verrataan edelliseen vuoteen, jolta on vastauksia.',
    statusRules: 'Tila lasketaan toimintasuunnitelman toimenpiteistä: tavoitteessa, kun vähintään 2/3 arvioiduista toimenpiteistä on tavoitteessa; jäljessä, kun yli 1/3 on jäljessä; muuten riskissä.',
    chartTrend: 'Kyselyn keskiarvot painopisteittäin vuosittain (1–5)',
    chartRegions: 'Alueet rinnakkain, kyselyn keskiarvo (1–5)',
    chartCompletion: 'Toimenpiteiden valmistuminen painopisteittäin',
    chartTargets: 'Määrälliset kriteerit: toteuma / vuositavoite',
    done: 'valmis',
    noSurveys: 'Ei kyselytuloksia.',
    noActions: 'Ei toimenpiteitä hyväksytyissä toimintasuunnitelmissa.',
    noTargets: 'Ei määrällisiä tavoitteita.',
    status: { on_track: 'tavoitteessa', at_risk: 'riskissä', off_track: 'jäljessä', no_data: 'ei tietoa' },
  },
  sv: {
    title: 'Strategins läge',
    strategy: 'Strategi',
    year: 'Verksamhetsår',
    region: 'Region',
    wholeOrganization: 'Hela organisationen',
    asOf: 'Läge',
    printed: 'Utskrivet',
    summary: 'Fokusområden enligt läge',
    statusTable: 'Fokusområdenas läge',
    focusArea: 'Fokusområde',
    statusColumn: 'Läge',
    actionsColumn: 'Åtgärder klara / pågår / försenade',
    criteriaColumn: 'Kriterier på mål',
    surveyColumn: 'Enkätens medeltal (svar)',
    updatedColumn: 'Uppdaterad',
    change: 'förändring',
    actionsLegend: 'Åtgärder: klara / pågående / försenade (planerade eller pågående, inga anteckningar på 90 dagar; en försenad räknas inte som pågående). En enda försenad åtgärd hindrar läget På mål. Enkätens förändring jämförs med föregående år med svar.',
    statusRules: 'Läget räknas från verksamhetsplanens åtgärder: på mål när minst 2/3 av de bedömda åtgärderna är det; efter när över 1/3 är efter; annars i risk.',
    chartTrend: 'Enkätens medeltal per fokusområde och år (1–5)',
    chartRegions: 'Regionerna sida vid sida, enkätens medeltal (1–5)',
    chartCompletion: 'Åtgärdernas slutförande per fokusområde',
    chartTargets: 'Kvantitativa kriterier: utfall / årsmål',
    done: 'klar',
    noSurveys: 'Inga enkätresultat.',
    noActions: 'Inga åtgärder i godkända verksamhetsplaner.',
    noTargets: 'Inga kvantitativa mål.',
    status: { on_track: 'på mål', at_risk: 'i risk', off_track: 'efter', no_data: 'ingen uppgift' },
  },
  en: {
    title: 'Strategy status',
    strategy: 'Strategy',
    year: 'Operating year',
    region: 'Region',
    wholeOrganization: 'Whole organization',
    asOf: 'As of',
    printed: 'Printed',
    summary: 'Focus areas by status',
    statusTable: 'Status by focus area',
    focusArea: 'Focus area',
    statusColumn: 'Status',
    actionsColumn: 'Actions done / in progress / overdue',
    criteriaColumn: 'Criteria on target',
    surveyColumn: 'Survey average (answers)',
    updatedColumn: 'Updated',
    change: 'change',
    actionsLegend: 'Actions: done / in progress / overdue (planned or in progress, no entry for 90 days; an overdue action is not counted as in progress). A single overdue action keeps a focus area from On track. Survey change is against the previous year with answers.',
    statusRules: "Status comes from the action plan's actions: on track when at least 2/3 of the judged actions are; off track when over 1/3 are; otherwise at risk.",
    chartTrend: 'Survey averages per focus area over the years (1–5)',
    chartRegions: 'Regions side by side, survey average (1–5)',
    chartCompletion: 'Action completion per focus area',
    chartTargets: 'Count criteria: actual / yearly target',
    done: 'done',
    noSurveys: 'No survey results.',
    noActions: 'No actions in approved action plans.',
    noTargets: 'No quantitative targets.',
    status: { on_track: 'on track', at_risk: 'at risk', off_track: 'off track', no_data: 'no data' },
  },
};
