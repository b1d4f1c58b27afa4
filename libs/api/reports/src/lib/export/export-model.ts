import { parseReportText, type AnnualReportDto, type ReportBlock, type SteeringGroupSnapshotRow } from '@suunta/shared-domain';
import { formatFiNumber } from '../reports/draft-composer.util';

/**
 * One layout-neutral view of a report that the DOCX, PDF and Markdown renderers all draw, so the
 * three files say the same thing. Labels are Finnish: the report is written in the organization's
 * language.
 */
export interface ExportModel {
  title: string;
  /** e.g. "SONet BOTNIA · Keski-Pohjanmaa · 2020" */
  subtitle: string;
  meta: string[];
  sections: { heading: string; blocks: ReportBlock[] }[];
  tables: ExportTable[];
  fileName: string;
}

export interface ExportTable {
  heading: string;
  intro: string | null;
  columns: string[];
  rows: string[][];
  note: string | null;
}

export const LABELS = {
  introduction: 'Johdanto',
  author: 'Laatija',
  date: 'Päiväys',
  status: 'Tila',
  surveyHeading: 'Strategian arviointi: keskiarvot painopisteittäin',
  steeringHeading: 'Alueellinen ohjausryhmä',
  empty: 'Tekstiä ei ole vielä kirjoitettu.',
  statuses: { draft: 'luonnos', in_review: 'tarkastettavana', approved: 'hyväksytty' },
  membership: { member: 'varsinainen jäsen', deputy: 'varajäsen', presenter: 'esittelijä' },
};

export function fiDate(iso: string | null): string | null {
  if (!iso) return null;
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return `${d}.${m}.${y}`;
}

export function buildExportModel(report: AnnualReportDto): ExportModel {
  const regionName = report.regionName?.fi ?? null;
  const meta = [
    report.authorName ? `${LABELS.author}: ${report.authorName}${report.authorTitle ? `, ${report.authorTitle}` : ''}` : null,
    report.reportDate ? `${LABELS.date}: ${fiDate(report.reportDate)}` : null,
    `${LABELS.status}: ${LABELS.statuses[report.status]}`,
  ].filter((x): x is string => !!x);

  const sections: ExportModel['sections'] = [];
  if (report.introduction.trim()) {
    sections.push({ heading: LABELS.introduction, blocks: parseReportText(report.introduction) });
  }
  for (const s of report.sections) {
    const blocks = parseReportText(s.body);
    sections.push({
      heading: `${s.number} ${s.heading}`,
      blocks: blocks.length ? blocks : [{ kind: 'paragraph', inlines: [{ text: LABELS.empty, italic: true }] }],
    });
  }

  const tables: ExportTable[] = [];
  if (report.survey) {
    const sv = report.survey;
    const answered = sv.respondentCount !== null && sv.invitedCount !== null ? `Vastaajia ${sv.respondentCount}/${sv.invitedCount}.` : '';
    tables.push({
      heading: LABELS.surveyHeading,
      intro: `${sv.title}. ${answered} Asteikko ${sv.scale.map((p) => `${p.value} = ${p.label}`).join(', ')}.`.replace(/\s+/g, ' ').trim(),
      columns: ['Painopiste', 'Keskiarvo', 'Vastanneita'],
      rows: sv.themes.map((t) => [`${t.number}. ${t.title}`, t.average === null ? '–' : formatFiNumber(Number(t.average.toFixed(1))), String(t.respondents)]),
      note: 'Keskiarvot on laskettu vastausten jakaumasta niiden kesken, jotka vastasivat kysymykseen.',
    });
  }
  if (report.steeringGroup.members.length > 0) {
    tables.push({
      heading: report.steeringGroup.name ?? LABELS.steeringHeading,
      intro: report.steeringGroup.on ? `Kokoonpano ${fiDate(report.steeringGroup.on)}.` : null,
      columns: ['Nimi', 'Tehtävä', 'Organisaatio', 'Jäsenyys'],
      rows: report.steeringGroup.members.map((m) => [
        m.name + (m.chair ? ' (pj.)' : ''),
        m.title ?? '',
        m.employer ?? '',
        membershipText(m),
      ]),
      note: null,
    });
  }

  const scope = report.regionCode ?? 'koko-organisaatio';
  return {
    title: report.title,
    subtitle: [report.organizationName, regionName, String(report.year)].filter(Boolean).join(' · '),
    meta,
    sections,
    tables,
    fileName: `toimintakertomus-${report.year}-${scope}`.toLowerCase(),
  };
}

function membershipText(m: SteeringGroupSnapshotRow): string {
  const base = LABELS.membership[m.membership];
  return m.membership === 'deputy' && m.deputyOfName ? `${base} (${m.deputyOfName})` : base;
}
