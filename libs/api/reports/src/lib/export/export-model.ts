import { parseReportText, type AnnualReportDto, type ReportBlock, type SteeringGroupSnapshotRow } from '@suunta/shared-domain';
import { formatReportDate, formatReportNumber, REPORT_TEXT } from '../reports/report-language';

/**
 * One layout-neutral view of a report that the DOCX, PDF and Markdown renderers all draw, so the
 * three files say the same thing. Labels are in the report's language (`report.language`).
 */
export interface ExportModel {
  title: string;
  /** e.g. "SONet BOTNIA · Keski-Pohjanmaa · 2020" */
  subtitle: string;
  meta: string[];
  sections: { heading: string; blocks: ReportBlock[] }[];
  tables: ExportTable[];
  fileName: string;
  /** BCP 47 tag of the report's language for the document metadata: fi-FI, sv-FI or en-GB. */
  documentLanguage: string;
}

export interface ExportTable {
  heading: string;
  intro: string | null;
  columns: string[];
  rows: string[][];
  note: string | null;
}

/** Finnish labels (the default language); each report's own come from REPORT_TEXT[report.language]. */
export const LABELS = REPORT_TEXT.fi.labels;

export function fiDate(iso: string | null): string | null {
  return iso ? formatReportDate(iso, 'fi') : null;
}

export function buildExportModel(report: AnnualReportDto): ExportModel {
  const language = report.language ?? 'fi';
  const LABELS = REPORT_TEXT[language].labels;
  const date = (iso: string | null) => (iso ? formatReportDate(iso, language) : null);
  const regionName = report.regionName?.[language] ?? report.regionName?.fi ?? null;
  const meta = [
    report.authorName ? `${LABELS.author}: ${report.authorName}${report.authorTitle ? `, ${report.authorTitle}` : ''}` : null,
    report.reportDate ? `${LABELS.date}: ${date(report.reportDate)}` : null,
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
    const answered = sv.respondentCount !== null && sv.invitedCount !== null ? LABELS.respondents(sv.respondentCount, sv.invitedCount) : '';
    tables.push({
      heading: LABELS.surveyHeading,
      intro: `${sv.title}. ${answered} ${LABELS.scale} ${sv.scale.map((p) => `${p.value} = ${p.label}`).join(', ')}.`.replace(/\s+/g, ' ').trim(),
      columns: [...LABELS.surveyColumns],
      rows: sv.themes.map((t) => [`${t.number}. ${t.title}`, t.average === null ? '–' : formatReportNumber(Number(t.average.toFixed(1)), language), String(t.respondents)]),
      note: LABELS.surveyNote,
    });
  }
  if (report.steeringGroup.members.length > 0) {
    tables.push({
      heading: report.steeringGroup.name ?? LABELS.steeringHeading,
      intro: report.steeringGroup.on ? LABELS.composition(date(report.steeringGroup.on) ?? '') : null,
      columns: [...LABELS.steeringColumns],
      rows: report.steeringGroup.members.map((m) => [
        m.name + (m.chair ? ` (${LABELS.chair})` : ''),
        m.title ?? '',
        m.employer ?? '',
        membershipText(m, LABELS),
      ]),
      note: null,
    });
  }

  const scope = report.regionCode ?? LABELS.wholeOrganization;
  return {
    title: report.title,
    subtitle: [report.organizationName, regionName, String(report.year)].filter(Boolean).join(' · '),
    meta,
    sections,
    tables,
    documentLanguage: language === 'sv' ? 'sv-FI' : language === 'en' ? 'en-GB' : 'fi-FI',
    fileName: `${LABELS.fileStem}-${report.year}-${scope}`.toLowerCase(),
  };
}

function membershipText(m: SteeringGroupSnapshotRow, labels: typeof LABELS): string {
  const base = labels.membership[m.membership];
  return m.membership === 'deputy' && m.deputyOfName ? `${base} (${m.deputyOfName})` : base;
}
