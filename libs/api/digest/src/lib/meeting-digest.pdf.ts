import { numberPdfPages, openTaggedPdf, PDF_MARGIN } from '@suunta/api-core';
import type { MeetingDigestDto } from '@suunta/shared-domain';
import { digestCounts } from './digest-period.util';
import { DIGEST_TEXT, type DigestLang, formatDay, formatInstant, plural } from './meeting-digest.i18n';
import { numberFormat } from '@suunta/shared-domain';

/** One line of the digest as the PDF writes it; `link` makes it a link to its source in Suunta. */
export interface DigestLine {
  kind: 'title' | 'meta' | 'heading' | 'item' | 'detail' | 'note';
  text: string;
  link?: string;
}

/** Where each line's source opens in the web app (relative to the public address). */
export const digestLinks = {
  entry: (id: string) => `/progress?entry=${id}`,
  action: (planId: string, actionId: string) => `/plans/${planId}#su-action-${actionId}`,
  survey: (id: string) => `/surveys/${id}`,
  decision: (itemId: string) => `/meetings#su-item-${itemId}`,
  meeting: (id: string) => `/meetings#su-meeting-${id}`,
  /** The log-progress form filled in, as the reminder mail's link opens it. */
  logProgress: (kind: 'criterion' | 'action', id: string, regionId: string, year: string, title: string) =>
    `/progress/new?${new URLSearchParams({ region: regionId, kind, id, year, title }).toString()}`,
};

/** The digest as lines of text, in order: what the PDF prints (and what its tests read back). */
export function digestLines(d: MeetingDigestDto, lang: DigestLang, baseUrl: string): DigestLine[] {
  const t = DIGEST_TEXT[lang];
  const day = (s: string) => formatDay(s, lang);
  const region = (id: string | null) => {
    const r = d.regions.find((x) => x.id === id);
    return r ? (r.name[lang] ?? r.name['fi'] ?? r.code) : '';
  };
  const url = (path: string) => `${baseUrl}${path}`;
  const lines: DigestLine[] = [];
  const regionName = d.meeting.regionId ? region(d.meeting.regionId) : t.wholeOrganization;
  lines.push({ kind: 'title', text: `${t.title}: ${d.meeting.bodyName ?? t.bodies[d.meeting.body] ?? d.meeting.body}, ${day(d.meeting.date)}` });
  lines.push({ kind: 'meta', text: `${t.region}: ${regionName}` });
  lines.push({ kind: 'meta', text: `${t.meetingDate}: ${day(d.meeting.date)}` });
  const basis = t.basis[d.period.basis].replace('{date}', d.period.previousMeeting ? day(d.period.previousMeeting.date) : '');
  lines.push({ kind: 'meta', text: `${t.period}: ${day(d.period.from)}–${day(d.period.to)} (${basis})` });
  lines.push({ kind: 'meta', text: `${t.asOf}: ${day(d.asOf)}` });
  lines.push({ kind: 'meta', text: `${t.computed}: ${formatInstant(d.computedAt, lang)}` });

  const c = digestCounts(d);
  lines.push({ kind: 'heading', text: t.summary });
  lines.push({
    kind: 'detail',
    text: [
      plural(t.counts.newEntries, lang, { count: c.newEntries }),
      plural(t.counts.correctedEntries, lang, { count: c.correctedEntries }),
      plural(t.counts.retractedEntries, lang, { count: c.retractedEntries }),
      plural(t.counts.statusChanges, lang, { count: c.statusChanges }),
      plural(t.counts.surveys, lang, { count: c.surveys }),
      plural(t.counts.decisions, lang, { count: c.decisions }),
      plural(t.counts.overdue, lang, { count: c.overdue }),
    ].join(' · '),
  });
  lines.push({ kind: 'note', text: t.linkNote });

  lines.push({ kind: 'heading', text: t.entriesHeading });
  if (d.entries.length === 0) lines.push({ kind: 'note', text: t.nothing });
  for (const e of d.entries) {
    const value = e.value !== null ? ` — ${formatNumber(e.value, lang)} ${e.unit ?? ''}`.trimEnd() : '';
    lines.push({ kind: 'item', text: `${t.change[e.change]} ${day(e.changedOn)}: ${e.subjectTitle} (${region(e.regionId)}, ${day(e.entryDate)})${value}`, link: url(digestLinks.entry(e.entryId)) });
    lines.push({ kind: 'detail', text: `${e.narrative} — ${t.by}: ${e.authorName}` });
    if (e.reason) lines.push({ kind: 'detail', text: `${t.reason}: ${e.reason}` });
  }

  lines.push({ kind: 'heading', text: t.statusHeading });
  if (d.statusChanges.length === 0) lines.push({ kind: 'note', text: t.nothing });
  for (const s of d.statusChanges) {
    const from = s.from ? t.status[s.from] : '–';
    const move = t.statusMove.replace('{from}', from).replace('{to}', t.status[s.to]);
    lines.push({ kind: 'item', text: `${s.title} (${s.year}): ${move}, ${t.effective} ${day(s.effectiveOn)}`, link: url(digestLinks.action(s.planId, s.actionId)) });
    lines.push(
      s.latestEntry
        ? { kind: 'detail', text: `${t.latestEntry} ${day(s.latestEntry.entryDate)}: ${s.latestEntry.narrative}`, link: url(digestLinks.entry(s.latestEntry.entryId)) }
        : { kind: 'detail', text: t.noLatestEntry },
    );
  }

  lines.push({ kind: 'heading', text: t.surveysHeading });
  if (d.surveys.length === 0) lines.push({ kind: 'note', text: t.nothing });
  for (const s of d.surveys) {
    const respondents = s.respondentCount !== null ? `, ${plural(t.respondents, lang, { count: s.respondentCount })}` : '';
    lines.push({ kind: 'item', text: `${s.title} (${region(s.regionId)}, ${s.year})${respondents} — ${t.arrived} ${day(s.arrivedOn)}`, link: url(digestLinks.survey(s.surveyId)) });
  }

  lines.push({ kind: 'heading', text: t.decisionsHeading });
  if (d.decisions.length === 0) lines.push({ kind: 'note', text: t.nothing });
  for (const x of d.decisions) {
    lines.push({ kind: 'item', text: `${day(x.meetingDate)} § ${x.number} ${x.title}`, link: url(digestLinks.decision(x.itemId)) });
    lines.push({ kind: 'detail', text: x.decision });
    for (const f of x.followUps) {
      const due = f.dueDate ? `, ${t.due} ${day(f.dueDate)}` : '';
      lines.push({ kind: 'detail', text: `${t.followUp}: ${f.title}${f.owner ? ` (${f.owner})` : ''}${due} — ${f.done ? t.done : t.open}` });
    }
  }

  lines.push({ kind: 'heading', text: t.overdueHeading });
  if (d.overdue.length === 0) lines.push({ kind: 'note', text: t.nothing });
  for (const o of d.overdue) {
    const where = o.regionId ? ` (${region(o.regionId)})` : '';
    if (o.kind === 'follow_up') {
      lines.push({ kind: 'item', text: `${t.overdueKind.follow_up}: ${o.title}${where} — ${t.due} ${day(o.dueDate)}`, link: url(digestLinks.meeting(o.meetingId as string)) });
    } else if (o.kind === 'action') {
      lines.push({ kind: 'item', text: `${t.overdueKind.action}: ${o.title}${where} — ${t.status[o.status ?? 'planned']}, ${t.due} ${day(o.dueDate)}`, link: url(digestLinks.action(o.planId as string, o.id)) });
    } else {
      const what = o.subjectKind === 'criterion' ? t.criterion : t.action;
      const link = digestLinks.logProgress(o.subjectKind ?? 'criterion', o.id, o.regionId as string, o.dueDate.slice(0, 4), o.title);
      lines.push({ kind: 'item', text: `${t.overdueKind.missing_entry}: ${o.title} (${what})${where} — ${t.due} ${day(o.dueDate)}`, link: url(link) });
    }
  }
  return lines;
}

function formatNumber(value: number, lang: DigestLang): string {
  return numberFormat(lang === 'fi' ? 'fi-FI' : lang === 'sv' ? 'sv-FI' : 'en-GB', { maximumFractionDigits: 2 }).format(value);
}

export function digestFileName(d: MeetingDigestDto, lang: DigestLang): string {
  const word = lang === 'fi' ? 'kokouskooste' : lang === 'sv' ? 'motessammandrag' : 'meeting-digest';
  return `suunta-${word}-${d.meeting.date}.pdf`;
}

const MARGIN = PDF_MARGIN;
const INK = '#1a1a1a';
const MUTED = '#555555';
const HEADING = '#1F3864';
const LINK = '#1a4f9c';

/** The digest as a tagged A4 PDF (Roboto embedded, page numbers, every source line a link). */
export function renderDigestPdf(d: MeetingDigestDto, lang: DigestLang, baseUrl: string): Promise<Buffer> {
  const t = DIGEST_TEXT[lang];
  const { doc, done } = openTaggedPdf(lang === 'fi' ? 'fi-FI' : lang === 'sv' ? 'sv-FI' : 'en-GB', { Title: `${t.title} ${d.meeting.date}`, Subject: d.meeting.bodyName ?? d.meeting.body });
  const root = doc.struct('Document');
  doc.addStructure(root);
  const width = doc.page.width - MARGIN * 2;
  const leaf = (type: string, draw: () => unknown) => root.add(doc.struct(type, {}, () => void draw()));
  for (const line of digestLines(d, lang, baseUrl)) {
    if (doc.y > doc.page.height - MARGIN - 50) doc.addPage();
    switch (line.kind) {
      case 'title':
        leaf('H1', () => doc.font('bold').fontSize(17).fillColor(HEADING).text(line.text, MARGIN, doc.y, { width }));
        doc.moveDown(0.4);
        break;
      case 'meta':
        leaf('P', () => doc.font('body').fontSize(10).fillColor(INK).text(line.text, MARGIN, doc.y, { width }));
        break;
      case 'heading':
        doc.moveDown(0.8);
        leaf('H2', () => doc.font('bold').fontSize(13).fillColor(HEADING).text(line.text, MARGIN, doc.y, { width }));
        doc.moveDown(0.2);
        break;
      case 'item':
        doc.moveDown(0.25);
        leaf('P', () =>
          doc
            .font('bold')
            .fontSize(10)
            .fillColor(line.link ? LINK : INK)
            .text(line.text, MARGIN, doc.y, { width, link: line.link, underline: !!line.link }),
        );
        break;
      case 'detail':
        leaf('P', () =>
          doc
            .font('body')
            .fontSize(9.5)
            .fillColor(line.link ? LINK : INK)
            .text(line.text, MARGIN + 12, doc.y, { width: width - 12, link: line.link, underline: !!line.link, lineGap: 1 }),
        );
        break;
      default:
        leaf('P', () => doc.font('italic').fontSize(9.5).fillColor(MUTED).text(line.text, MARGIN, doc.y, { width }));
    }
  }
  doc.fillColor(INK);
  root.end();
  numberPdfPages(doc, MARGIN, width);
  doc.end();
  return done;
}
