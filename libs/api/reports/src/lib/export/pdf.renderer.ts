import type { ReportBlock, ReportInline } from '@suunta/shared-domain';
import { numberPdfPages, openTaggedPdf, PDF_MARGIN } from '@suunta/api-core';
import type { ExportModel, ExportTable } from './export-model';

/**
 * A tagged PDF (PDF/UA-style structure: Document → H1/H2/P/L/LI/Table/TR/TH/TD, document language
 * fi-FI, title shown instead of the file name, page numbers marked as artifacts), so screen readers
 * read headings, lists and tables as such. pdfkit is used rather than pdfmake because pdfmake
 * writes no structure tree.
 *
 * Roboto (`openTaggedPdf()` in api-core) is embedded so every Finnish and Swedish character is real,
 * extractable text.
 */

type Struct = PDFKit.PDFStructureElement;

const MARGIN = PDF_MARGIN;
const COLOR_HEADING = '#1F3864';
const COLOR_TEXT = '#1a1a1a';

export function renderPdf(model: ExportModel): Promise<Buffer> {
  const { doc, done } = openTaggedPdf(model.documentLanguage, { Title: model.title, Subject: model.subtitle, Author: model.meta[0] ?? '' });

  /** A structure element whose content is what `draw` puts on the page. */
  const leaf = (type: string, draw: () => unknown) =>
    doc.struct(type, {}, () => {
      draw();
    });

  const root = doc.struct('Document');
  doc.addStructure(root);
  const width = doc.page.width - MARGIN * 2;

  const heading = (parent: Struct, tag: 'H1' | 'H2' | 'H3' | 'H4', text: string, size: number) => {
    if (doc.y > doc.page.height - MARGIN - size * 4) doc.addPage();
    doc.moveDown(tag === 'H1' ? 0.2 : 0.6);
    parent.add(leaf(tag, () => doc.font('bold').fontSize(size).fillColor(COLOR_HEADING).text(text, MARGIN, doc.y, { width })));
    doc.moveDown(0.3);
  };

  const inlineText = (inlines: ReportInline[], x: number, w: number) => {
    doc.fontSize(10.5).fillColor(COLOR_TEXT);
    inlines.forEach((i, n) => {
      doc.font(i.bold ? 'bold' : i.italic ? 'italic' : 'body');
      doc.fillColor(i.href ? '#1a4f9c' : COLOR_TEXT);
      const opts = { width: w, continued: n < inlines.length - 1, link: i.href ?? null, underline: !!i.href, lineGap: 2 };
      if (n === 0) doc.text(i.text, x, doc.y, opts);
      else doc.text(i.text, opts);
    });
    doc.fillColor(COLOR_TEXT);
  };

  const blocks = (parent: Struct, items: ReportBlock[]) => {
    for (const b of items) {
      if (b.kind === 'heading') {
        heading(parent, b.level === 1 ? 'H2' : b.level === 2 ? 'H3' : 'H4', b.inlines.map((i) => i.text).join(''), 13 - b.level);
      } else if (b.kind === 'paragraph') {
        parent.add(leaf('P', () => inlineText(b.inlines, MARGIN, width)));
        doc.moveDown(0.5);
      } else {
        const list = doc.struct('L');
        parent.add(list);
        b.items.forEach((item, n) => {
          const label = b.ordered ? `${n + 1}.` : '•';
          const y = doc.y;
          const li = doc.struct('LI');
          list.add(li);
          li.add(leaf('Lbl', () => doc.font('body').fontSize(10.5).fillColor(COLOR_TEXT).text(label, MARGIN + 6, y, { width: 18 })));
          doc.y = y;
          li.add(leaf('LBody', () => inlineText(item, MARGIN + 24, width - 24)));
          li.end();
          doc.moveDown(0.2);
        });
        list.end();
        doc.moveDown(0.4);
      }
    }
  };

  const table = (parent: Struct, t: ExportTable) => {
    const weights = t.columns.length === 3 ? [0.68, 0.16, 0.16] : [0.24, 0.3, 0.26, 0.2];
    const widths = weights.map((w) => w * width);
    const pad = 4;
    const tableStruct = doc.struct('Table');
    parent.add(tableStruct);
    const drawRow = (cells: string[], header: boolean) => {
      doc.font(header ? 'bold' : 'body').fontSize(9.5);
      const h = Math.max(...cells.map((c, i) => doc.heightOfString(c || ' ', { width: widths[i] - pad * 2 }))) + pad * 2;
      if (doc.y + h > doc.page.height - MARGIN) doc.addPage();
      const y = doc.y;
      const tr = doc.struct('TR');
      tableStruct.add(tr);
      let x = MARGIN;
      cells.forEach((c, i) => {
        // cell backgrounds and borders are decoration, not content
        doc.markContent('Artifact', { type: 'Layout' } as never);
        if (header) doc.rect(x, y, widths[i], h).fill('#E8EEF4');
        doc.lineWidth(0.5).strokeColor('#999999').rect(x, y, widths[i], h).stroke();
        doc.endMarkedContent();
        const cx = x;
        tr.add(leaf(header ? 'TH' : 'TD', () => doc.font(header ? 'bold' : 'body').fontSize(9.5).fillColor(COLOR_TEXT).text(c, cx + pad, y + pad, { width: widths[i] - pad * 2 })));
        x += widths[i];
      });
      tr.end();
      doc.x = MARGIN;
      doc.y = y + h;
    };
    drawRow(t.columns, true);
    t.rows.forEach((r) => drawRow(r, false));
    tableStruct.end();
    doc.moveDown(0.6);
  };

  // Title block
  const titleSect = doc.struct('Sect');
  root.add(titleSect);
  heading(titleSect, 'H1', model.title, 20);
  titleSect.add(leaf('P', () => doc.font('bold').fontSize(12).fillColor(COLOR_TEXT).text(model.subtitle, MARGIN, doc.y, { width })));
  doc.moveDown(0.3);
  for (const line of model.meta) {
    titleSect.add(leaf('P', () => doc.font('body').fontSize(10.5).text(line, MARGIN, doc.y, { width })));
  }
  titleSect.end();
  doc.moveDown(0.8);

  for (const s of model.sections) {
    const sect = doc.struct('Sect');
    root.add(sect);
    heading(sect, 'H2', s.heading, 15);
    blocks(sect, s.blocks);
    sect.end();
  }
  for (const t of model.tables) {
    const sect = doc.struct('Sect');
    root.add(sect);
    heading(sect, 'H2', t.heading, 15);
    if (t.intro) sect.add(leaf('P', () => doc.font('body').fontSize(10.5).text(t.intro as string, MARGIN, doc.y, { width })));
    doc.moveDown(0.4);
    table(sect, t);
    if (t.note) sect.add(leaf('P', () => doc.font('italic').fontSize(9.5).text(t.note as string, MARGIN, doc.y, { width })));
    sect.end();
  }
  root.end();

  numberPdfPages(doc, MARGIN, width);
  doc.end();
  return done;
}
