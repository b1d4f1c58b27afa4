import { numberPdfPages, openTaggedPdf, PDF_MARGIN } from '@suunta/api-core';
import type { MeetingDto } from '@suunta/shared-domain';
import { AlignmentType, Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TabStopType, TextRun, type ParagraphChild } from 'docx';

/**
 * Minutes in the shape of Finnish minutes (the 2014 EP minutes are the model): the heading
 * PÖYTÄKIRJA with the body, then Aika / Paikka / Läsnä / Poissa, the § items each with
 * Esitys, Käsittely, Päätös and Liitteet, and at the end the signatures of the chair and the
 * secretary and the minute-checkers ("Pöytäkirjan tarkastajat"). Finnish, as the minutes are.
 *
 * The same libraries as the annual report export: `docx` (real Title/Heading styles) and
 * pdfkit with a tagged structure (Document → H1/H2/P, fi-FI) and the embedded Roboto of api-core.
 */
export interface MinutesLine {
  kind: 'title' | 'subtitle' | 'meta' | 'heading' | 'label' | 'text' | 'link' | 'signature';
  text: string;
  /** for `label`: the label ("Esitys"); for `link`: the address */
  extra?: string;
}

const BODY_NAMES: Record<string, string> = {
  regional_steering_group: 'Alueellinen ohjausryhmä',
  management_group: 'Johtoryhmä',
  advisory_board: 'Neuvottelukunta',
};

const STATUS_FI: Record<string, string> = { draft: 'Luonnos', checked: 'Tarkastettu', approved: 'Hyväksytty' };

/** "2026-02-12" → "12.2.2026". */
export function finnishDate(iso: string | null): string | null {
  if (!iso) return null;
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}.${m}.${y}`;
}

/** "09:30" → "9.30". */
const finnishTime = (hhmm: string | null) => (hhmm ? `${Number(hhmm.slice(0, 2))}.${hhmm.slice(3, 5)}` : null);

/** The minutes as a sequence of lines, shared by the DOCX and PDF renderers (and testable alone). */
export function minutesLines(m: MeetingDto): MinutesLine[] {
  const out: MinutesLine[] = [];
  out.push({ kind: 'title', text: 'PÖYTÄKIRJA' });
  out.push({ kind: 'subtitle', text: m.bodyName ?? BODY_NAMES[m.body] ?? m.body });
  if (m.status !== 'approved') out.push({ kind: 'meta', text: `Tila: ${STATUS_FI[m.status]}` });
  const date = finnishDate(m.date);
  const times = [finnishTime(m.startTime), finnishTime(m.endTime)].filter(Boolean).join('–');
  out.push({ kind: 'meta', text: `Aika: ${date ?? (m.dateNote ? m.dateNote : 'päiväys puuttuu')}${times ? ` klo ${times}` : ''}` });
  const place = [m.place, m.remote ? 'etäkokous' : null].filter(Boolean).join(', ');
  if (place) out.push({ kind: 'meta', text: `Paikka: ${place}` });
  const person = (a: { name: string; organization?: string | null; role?: string | null }) =>
    [a.name, a.organization, a.role].filter((v) => !!v).join(', ');
  const present = m.attendance.filter((a) => a.present);
  const absent = m.attendance.filter((a) => !a.present);
  if (present.length > 0) {
    out.push({ kind: 'heading', text: 'Läsnä' });
    present.forEach((a) => out.push({ kind: 'text', text: person(a) }));
  }
  if (absent.length > 0) {
    out.push({ kind: 'heading', text: 'Poissa' });
    absent.forEach((a) => out.push({ kind: 'text', text: person(a) }));
  }
  if (m.chair) out.push({ kind: 'meta', text: `Puheenjohtaja: ${m.chair}` });
  if (m.secretary) out.push({ kind: 'meta', text: `Sihteeri: ${m.secretary}` });

  for (const item of m.items) {
    out.push({ kind: 'heading', text: `${item.number} § ${item.title}` });
    const sections: [string, string | null][] = [
      ['Esitys', item.proposal],
      ['Käsittely', item.discussion],
      ['Päätös', item.decision],
    ];
    for (const [label, text] of sections) if (text) out.push({ kind: 'label', extra: label, text });
    if (item.note) out.push({ kind: 'text', text: item.note });
    if (item.attachments.length > 0) {
      out.push({ kind: 'label', extra: 'Liitteet', text: '' });
      item.attachments.forEach((a) => out.push({ kind: 'link', text: a.title, extra: a.url }));
    }
  }

  out.push({ kind: 'heading', text: 'Pöytäkirjan vakuudeksi' });
  out.push({ kind: 'signature', text: `${m.chair ?? ''}\t${m.secretary ?? ''}`, extra: 'puheenjohtaja\tsihteeri' });
  if (m.minuteCheckers.length > 0) {
    out.push({ kind: 'heading', text: 'Pöytäkirjan tarkastajat' });
    out.push({ kind: 'signature', text: m.minuteCheckers.join('\t'), extra: m.minuteCheckers.map(() => 'pöytäkirjantarkastaja').join('\t') });
  }
  return out;
}

/** A file name like `poytakirja-2026-02-12-kp.docx`. */
export function minutesFileName(m: MeetingDto, ext: 'docx' | 'pdf'): string {
  return ['poytakirja', m.date ?? 'ilman-paivaysta', m.regionCode?.toLowerCase()].filter(Boolean).join('-') + `.${ext}`;
}

export async function renderMinutesDocx(m: MeetingDto): Promise<Buffer> {
  const children: Paragraph[] = [];
  for (const line of minutesLines(m)) {
    switch (line.kind) {
      case 'title':
        children.push(new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(line.text)] }));
        break;
      case 'subtitle':
        children.push(new Paragraph({ children: [new TextRun({ text: line.text, bold: true })], spacing: { after: 200 } }));
        break;
      case 'heading':
        children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(line.text)] }));
        break;
      case 'label': {
        const paragraphs = line.text.split('\n');
        children.push(
          new Paragraph({
            children: [new TextRun({ text: `${line.extra}:`, bold: true }), ...(line.text ? [new TextRun({ text: ` ${paragraphs[0]}` })] : [])],
            spacing: { after: 80 },
          }),
        );
        paragraphs.slice(1).forEach((p) => children.push(new Paragraph({ children: [new TextRun(p)], spacing: { after: 80 } })));
        break;
      }
      case 'link': {
        const link: ParagraphChild = new ExternalHyperlink({ link: line.extra ?? '', children: [new TextRun({ text: line.text, style: 'Hyperlink' })] });
        children.push(new Paragraph({ children: [link, new TextRun(` (${line.extra})`)], bullet: { level: 0 } }));
        break;
      }
      case 'signature': {
        const names = line.text.split('\t');
        const roles = (line.extra ?? '').split('\t');
        const tabs = [{ type: TabStopType.LEFT, position: 4800 }];
        children.push(new Paragraph({ children: [new TextRun('')], spacing: { before: 600 } }));
        children.push(new Paragraph({ tabStops: tabs, children: [new TextRun(names.join('\t'))] }));
        children.push(new Paragraph({ tabStops: tabs, children: [new TextRun({ text: roles.join('\t'), italics: true })] }));
        break;
      }
      default:
        line.text.split('\n').forEach((p) => children.push(new Paragraph({ children: [new TextRun(p)] })));
    }
  }
  const doc = new Document({
    title: `Pöytäkirja ${finnishDate(m.date) ?? ''}`.trim(),
    description: m.bodyName ?? m.body,
    creator: 'Suunta',
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: 22, language: { value: 'fi-FI' } } },
        title: { run: { font: 'Calibri', size: 36, bold: true, color: '1F3864' }, paragraph: { alignment: AlignmentType.LEFT } },
        heading1: { run: { font: 'Calibri', size: 26, bold: true, color: '1F3864' }, paragraph: { spacing: { before: 280, after: 100 } } },
      },
    },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}

const MARGIN = PDF_MARGIN;

export function renderMinutesPdf(m: MeetingDto): Promise<Buffer> {
  const title = `Pöytäkirja ${finnishDate(m.date) ?? ''}`.trim();
  const { doc, done } = openTaggedPdf('fi-FI', { Title: title, Subject: m.bodyName ?? m.body });
  const root = doc.struct('Document');
  doc.addStructure(root);
  const width = doc.page.width - MARGIN * 2;
  const leaf = (type: string, draw: () => unknown) => root.add(doc.struct(type, {}, () => void draw()));

  for (const line of minutesLines(m)) {
    if (doc.y > doc.page.height - MARGIN - 60) doc.addPage();
    switch (line.kind) {
      case 'title':
        leaf('H1', () => doc.font('bold').fontSize(18).fillColor('#1F3864').text(line.text, MARGIN, doc.y, { width }));
        break;
      case 'subtitle':
        leaf('P', () => doc.font('bold').fontSize(12).fillColor('#1a1a1a').text(line.text, MARGIN, doc.y, { width }));
        doc.moveDown(0.6);
        break;
      case 'heading':
        doc.moveDown(0.6);
        leaf('H2', () => doc.font('bold').fontSize(13).fillColor('#1F3864').text(line.text, MARGIN, doc.y, { width }));
        doc.moveDown(0.2);
        break;
      case 'label':
        leaf('P', () => {
          doc.font('bold').fontSize(10.5).fillColor('#1a1a1a').text(`${line.extra}:`, MARGIN, doc.y, { width, continued: !!line.text });
          if (line.text) doc.font('body').text(` ${line.text}`, { width, lineGap: 2 });
        });
        doc.moveDown(0.3);
        break;
      case 'link':
        leaf('P', () => doc.font('body').fontSize(10.5).fillColor('#1a4f9c').text(`• ${line.text} (${line.extra})`, MARGIN + 12, doc.y, { width: width - 12, link: line.extra, underline: true }));
        doc.fillColor('#1a1a1a');
        break;
      case 'signature': {
        doc.moveDown(2);
        const names = line.text.split('\t');
        const roles = (line.extra ?? '').split('\t');
        const col = width / Math.max(names.length, 2);
        const y = doc.y;
        names.forEach((n, i) => {
          leaf('P', () => {
            doc.font('body').fontSize(10.5).fillColor('#1a1a1a').text(n || ' ', MARGIN + i * col, y, { width: col - 8 });
            doc.font('italic').fontSize(9.5).text(roles[i] ?? '', MARGIN + i * col, y + 14, { width: col - 8 });
          });
        });
        doc.x = MARGIN;
        doc.y = y + 32;
        break;
      }
      default:
        leaf('P', () => doc.font('body').fontSize(10.5).fillColor('#1a1a1a').text(line.text, MARGIN, doc.y, { width, lineGap: 2 }));
        doc.moveDown(0.2);
    }
  }
  root.end();
  numberPdfPages(doc, MARGIN, width);
  doc.end();
  return done;
}
