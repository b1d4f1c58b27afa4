import type { ReportLanguage } from '@suunta/shared-domain';

/**
 * The words of generated drafts, report titles and exports, per report language (fi default; sv for
 * the bilingual Pohjanmaa; en). Written by hand, not machine-translated.
 */
export interface ReportLanguageText {
  /** `Toimintakertomus 2020` */
  reportTitle: (year: number) => string;
  done: (year: number) => string;
  noEntries: (year: number) => string;
  targets: string;
  notDone: string;
  status: Record<string, string>;
  noRegionText: string;
  labels: {
    introduction: string;
    author: string;
    date: string;
    status: string;
    surveyHeading: string;
    steeringHeading: string;
    empty: string;
    statuses: { draft: string; in_review: string; approved: string };
    membership: { member: string; deputy: string; presenter: string };
    respondents: (answered: number, invited: number) => string;
    scale: string;
    surveyColumns: [string, string, string];
    surveyNote: string;
    composition: (date: string) => string;
    steeringColumns: [string, string, string, string];
    chair: string;
    /** file name stem: `toimintakertomus` */
    fileStem: string;
    wholeOrganization: string;
  };
}

export const REPORT_TEXT: Record<ReportLanguage, ReportLanguageText> = {
  fi: {
    reportTitle: (year) => `Toimintakertomus ${year}`,
    done: (year) => `Toteutunut toiminta ${year}`,
    noEntries: (year) => `Vuodelta ${year} ei ole kirjattu edistymismerkintöjä tähän teemaan.`,
    targets: 'Määrälliset tavoitteet',
    notDone: 'Toteutumatta jääneet toimenpiteet',
    status: { planned: 'suunniteltu', in_progress: 'kesken', done: 'toteutettu', postponed: 'siirretty', cancelled: 'peruttu' },
    noRegionText: 'Ei tekstiä tältä alueelta.',
    labels: {
      introduction: 'Johdanto',
      author: 'Laatija',
      date: 'Päiväys',
      status: 'Tila',
      surveyHeading: 'Strategian arviointi: keskiarvot painopisteittäin',
      steeringHeading: 'Alueellinen ohjausryhmä',
      empty: 'Tekstiä ei ole vielä kirjoitettu.',
      statuses: { draft: 'luonnos', in_review: 'tarkastettavana', approved: 'hyväksytty' },
      membership: { member: 'varsinainen jäsen', deputy: 'varajäsen', presenter: 'esittelijä' },
      respondents: (a, i) => `Vastaajia ${a}/${i}.`,
      scale: 'Asteikko',
      surveyColumns: ['Painopiste', 'Keskiarvo', 'Vastanneita'],
      surveyNote: 'Keskiarvot on laskettu vastausten jakaumasta niiden kesken, jotka vastasivat kysymykseen.',
      composition: (d) => `Kokoonpano ${d}.`,
      steeringColumns: ['Nimi', 'Tehtävä', 'Organisaatio', 'Jäsenyys'],
      chair: 'pj.',
      fileStem: 'toimintakertomus',
      wholeOrganization: 'koko-organisaatio',
    },
  },
  sv: {
    reportTitle: (year) => `Verksamhetsberättelse ${year}`,
    done: (year) => `Genomförd verksamhet ${year}`,
    noEntries: (year) => `Inga framstegsanteckningar har gjorts för detta tema år ${year}.`,
    targets: 'Kvantitativa mål',
    notDone: 'Åtgärder som inte genomfördes',
    status: { planned: 'planerad', in_progress: 'pågår', done: 'genomförd', postponed: 'uppskjuten', cancelled: 'inställd' },
    noRegionText: 'Ingen text från denna region.',
    labels: {
      introduction: 'Inledning',
      author: 'Författare',
      date: 'Datum',
      status: 'Status',
      surveyHeading: 'Utvärdering av strategin: medeltal per fokusområde',
      steeringHeading: 'Regional styrgrupp',
      empty: 'Ingen text har skrivits ännu.',
      statuses: { draft: 'utkast', in_review: 'under granskning', approved: 'godkänd' },
      membership: { member: 'ordinarie medlem', deputy: 'ersättare', presenter: 'föredragande' },
      respondents: (a, i) => `Svarande ${a}/${i}.`,
      scale: 'Skala',
      surveyColumns: ['Fokusområde', 'Medeltal', 'Svarande'],
      surveyNote: 'Medeltalen har räknats ur svarsfördelningen bland dem som besvarade frågan.',
      composition: (d) => `Sammansättning ${d}.`,
      steeringColumns: ['Namn', 'Uppgift', 'Organisation', 'Medlemskap'],
      chair: 'ordf.',
      fileStem: 'verksamhetsberattelse',
      wholeOrganization: 'hela-organisationen',
    },
  },
  en: {
    reportTitle: (year) => `Annual report ${year}`,
    done: (year) => `Activities carried out in ${year}`,
    noEntries: (year) => `No progress entries were recorded for this theme in ${year}.`,
    targets: 'Quantitative targets',
    notDone: 'Actions not carried out',
    status: { planned: 'planned', in_progress: 'in progress', done: 'done', postponed: 'postponed', cancelled: 'cancelled' },
    noRegionText: 'No text from this region.',
    labels: {
      introduction: 'Introduction',
      author: 'Author',
      date: 'Date',
      status: 'Status',
      surveyHeading: 'Strategy evaluation: averages by focus area',
      steeringHeading: 'Regional steering group',
      empty: 'No text has been written yet.',
      statuses: { draft: 'draft', in_review: 'in review', approved: 'approved' },
      membership: { member: 'member', deputy: 'deputy member', presenter: 'presenter' },
      respondents: (a, i) => `Respondents ${a}/${i}.`,
      scale: 'Scale',
      surveyColumns: ['Focus area', 'Average', 'Respondents'],
      surveyNote: 'Averages are computed from the distribution of answers among those who answered the question.',
      composition: (d) => `Composition on ${d}.`,
      steeringColumns: ['Name', 'Role', 'Organization', 'Membership'],
      chair: 'chair',
      fileStem: 'annual-report',
      wholeOrganization: 'whole-organization',
    },
  },
};

/** Numbers in the report's language: a decimal comma in fi and sv. */
export function formatReportNumber(value: number, language: ReportLanguage): string {
  // two decimals at most, trailing zeros dropped, and the point with them when nothing is left (3.999 → 4)
  const text = Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/\.?0+$/, '');
  return language === 'en' ? text : text.replace('.', ',');
}

/** Dates: 28.1.2021 in fi and sv, 28 Jan 2021 in en. */
export function formatReportDate(iso: string, language: ReportLanguage): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return language === 'en' ? `${d} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]} ${y}` : `${d}.${m}.${y}`;
}
