import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';

/** The Roboto faces embedded in every PDF Suunta writes (annual reports, board pack, minutes). */
export interface PdfFonts {
  regular: Buffer;
  bold: Buffer;
  italic: Buffer;
}

/**
 * Roboto TTFs (Apache License 2.0) kept in `libs/api/core/src/assets/fonts` and copied next to the
 * bundled API as `assets/fonts` by apps/api/webpack.config.js. A TrueType font is embedded, not one
 * of PDF's 14 standard fonts, so å, ä, ö, € and – are real, extractable text.
 * Looked up beside the bundle first (production), then in the source tree (tests run from source).
 */
const FONT_DIRS = [join(__dirname, 'assets', 'fonts'), join(__dirname, '..', '..', 'assets', 'fonts')];

let cached: PdfFonts | null = null;

export function pdfFonts(): PdfFonts {
  if (!cached) {
    const dir = FONT_DIRS.find((d) => existsSync(join(d, 'Roboto-Regular.ttf')));
    if (!dir) throw new Error(`PDF fonts not found (looked in ${FONT_DIRS.join(', ')})`);
    const read = (file: string) => readFileSync(join(dir, file));
    cached = { regular: read('Roboto-Regular.ttf'), bold: read('Roboto-Medium.ttf'), italic: read('Roboto-Italic.ttf') };
  }
  return cached;
}

/**
 * Page numbers ("2 / 5") in the bottom right corner of every buffered page, marked as pagination
 * artifacts so a screen reader does not read them in the middle of the text. Call after the
 * content, before `doc.end()`; the document needs `bufferPages: true` and the `body` font.
 */
export function numberPdfPages(doc: PDFKit.PDFDocument, margin: number, width: number): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // writing inside the bottom margin would otherwise start a new page
    doc.page.margins.bottom = 0;
    doc.markContent('Artifact', { type: 'Pagination' } as never);
    doc.font('body').fontSize(8.5).fillColor('#666666').text(`${i + 1} / ${range.count}`, margin, doc.page.height - margin + 18, { width, align: 'right', lineBreak: false });
    doc.endMarkedContent();
  }
}

/** The page margin of Suunta's A4 documents (56 pt, about 2 cm). */
export const PDF_MARGIN = 56;

/**
 * A new tagged A4 PDF as the annual report and the minutes write it: PDF 1.7, the document
 * language (`fi-FI`, `sv-FI`, `en-GB`), the title shown instead of the file name, pages buffered
 * for {@link numberPdfPages}, and the Roboto faces registered as `body`, `bold` and `italic`.
 * `done` resolves to the file once the caller has drawn the content and called `doc.end()`.
 */
export function openTaggedPdf(lang: string, info: { Title: string; Subject?: string; Author?: string }): { doc: PDFKit.PDFDocument; done: Promise<Buffer> } {
  const f = pdfFonts();
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: PDF_MARGIN, bottom: PDF_MARGIN, left: PDF_MARGIN, right: PDF_MARGIN },
    tagged: true,
    lang,
    displayTitle: true,
    pdfVersion: '1.7',
    bufferPages: true,
    info: { ...info, Creator: 'Suunta' },
  } as PDFKit.PDFDocumentOptions);
  doc.registerFont('body', f.regular);
  doc.registerFont('bold', f.bold);
  doc.registerFont('italic', f.italic);
  return { doc, done: pdfFileOf(doc) };
}

/** The file a PDFKit document writes, collected from its stream; resolves once the caller has called `doc.end()`. */
export function pdfFileOf(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  return new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
