import type { ReportActionDto, ReportProgressEntryDto } from '@suunta/shared-domain';

/** Finnish labels: the report is written in the organization's language (SONet BOTNIA: Finnish). */
const STATUS_FI: Record<string, string> = {
  planned: 'suunniteltu',
  in_progress: 'kesken',
  done: 'toteutettu',
  postponed: 'siirretty',
  cancelled: 'peruttu',
};

export function formatFiNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/0+$/, '').replace('.', ',');
}

function formatFiDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}.${m}.${y}`;
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
export function composeSectionDraft(year: number, entries: ReportProgressEntryDto[], actions: ReportActionDto[]): string {
  const parts: string[] = [];
  parts.push(`### Toteutunut toiminta ${year}`);
  if (entries.length === 0) {
    parts.push(`Vuodelta ${year} ei ole kirjattu edistymismerkintöjä tähän teemaan.`);
  } else {
    parts.push(
      entries
        .map((e) => {
          const about = e.actionTitle ?? e.criterionTitle;
          const value = e.value !== null ? ` (${formatFiNumber(e.value)} ${e.unit ?? ''})`.replace(/ \)$/, ')') : '';
          return `- ${formatFiDate(e.entryDate)}: ${oneLine(e.narrative)}${value}${about ? ` – ${oneLine(about)}` : ''}`;
        })
        .join('\n'),
    );
  }

  const targeted = actions.filter((a) => a.targetValue !== null);
  if (targeted.length > 0) {
    parts.push('### Määrälliset tavoitteet');
    parts.push(
      targeted
        .map((a) => {
          const achieved = a.achievedValue ?? 0;
          const target = a.targetValue as number;
          const percent = target > 0 ? ` (${Math.round((achieved * 100) / target)} %)` : '';
          return `- ${oneLine(a.title)}: ${formatFiNumber(achieved)} / ${formatFiNumber(target)} ${a.targetUnit ?? ''}${percent}`.replace(/ +/g, ' ');
        })
        .join('\n'),
    );
  }

  const notDone = actions.filter((a) => a.status !== 'done');
  if (notDone.length > 0) {
    parts.push('### Toteutumatta jääneet toimenpiteet');
    parts.push(notDone.map((a) => `- ${oneLine(a.title)} (${STATUS_FI[a.status] ?? a.status})`).join('\n'));
  }
  return parts.join('\n\n');
}

/** The whole organization's section: each region's text for the theme under the region's name. */
export function combineRegionalSections(parts: { regionName: string; text: string | null }[]): string {
  return parts
    .map((p) => `## ${p.regionName}\n\n${p.text?.trim() ? p.text.trim() : 'Ei tekstiä tältä alueelta.'}`)
    .join('\n\n');
}
