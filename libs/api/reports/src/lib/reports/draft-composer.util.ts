import type { ReportActionDto, ReportLanguage, ReportProgressEntryDto } from '@suunta/shared-domain';
import { formatReportDate, formatReportNumber, REPORT_TEXT } from './report-language';

/** Finnish number format (kept for callers that have no report language). */
export function formatFiNumber(value: number): string {
  return formatReportNumber(value, 'fi');
}

/** Keeps a draft line on one line and free of list/heading markers at its start. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * A section's draft from the year's progress entries and actions: what was done (the entries, in
 * date order), counts against targets, and actions not done. The planner rewrites it; it is stored
 * apart from the planner's text and never replaces it.
 */
export function composeSectionDraft(year: number, entries: ReportProgressEntryDto[], actions: ReportActionDto[], language: ReportLanguage = 'fi'): string {
  const t = REPORT_TEXT[language];
  const num = (v: number) => formatReportNumber(v, language);
  const parts: string[] = [];
  parts.push(`### ${t.done(year)}`);
  if (entries.length === 0) {
    parts.push(t.noEntries(year));
  } else {
    parts.push(
      entries
        .map((e) => {
          const about = e.actionTitle ?? e.criterionTitle;
          const value = e.value !== null ? ` (${num(e.value)} ${e.unit ?? ''})`.replace(/ \)$/, ')') : '';
          return `- ${formatReportDate(e.entryDate, language)}: ${oneLine(e.narrative)}${value}${about ? ` – ${oneLine(about)}` : ''}`;
        })
        .join('\n'),
    );
  }

  const targeted = actions.filter((a) => a.targetValue !== null);
  if (targeted.length > 0) {
    parts.push(`### ${t.targets}`);
    parts.push(
      targeted
        .map((a) => {
          const achieved = a.achievedValue ?? 0;
          const target = a.targetValue as number;
          const rounded = target > 0 ? Math.round((achieved * 100) / target) : null;
          const percent = rounded === null ? '' : language === 'en' ? ` (${rounded}%)` : ` (${rounded} %)`;
          return `- ${oneLine(a.title)}: ${num(achieved)} / ${num(target)} ${a.targetUnit ?? ''}${percent}`.replace(/ +/g, ' ');
        })
        .join('\n'),
    );
  }

  const notDone = actions.filter((a) => a.status !== 'done');
  if (notDone.length > 0) {
    parts.push(`### ${t.notDone}`);
    parts.push(notDone.map((a) => `- ${oneLine(a.title)} (${t.status[a.status] ?? a.status})`).join('\n'));
  }
  return parts.join('\n\n');
}

/** The whole organization's section: each region's text for the theme under the region's name. */
export function combineRegionalSections(parts: { regionName: string; text: string | null }[], language: ReportLanguage = 'fi'): string {
  return parts
    .map((p) => `## ${p.regionName}\n\n${p.text?.trim() ? p.text.trim() : REPORT_TEXT[language].noRegionText}`)
    .join('\n\n');
}
