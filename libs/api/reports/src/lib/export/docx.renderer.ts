import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { ReportBlock, ReportInline } from '@suunta/shared-domain';
import type { ExportModel, ExportTable } from './export-model';

const NUMBERED = 'report-numbered';
const BODY_HEADINGS = [HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4];

function runs(inlines: ReportInline[]): ParagraphChild[] {
  return inlines.map((i) => {
    const run = new TextRun({ text: i.text, bold: i.bold, italics: i.italic, style: i.href ? 'Hyperlink' : undefined });
    return i.href ? new ExternalHyperlink({ link: i.href, children: [run] }) : run;
  });
}

function blockParagraphs(blocks: ReportBlock[], numberingInstance: { next: number }): Paragraph[] {
  const out: Paragraph[] = [];
  for (const b of blocks) {
    if (b.kind === 'heading') {
      out.push(new Paragraph({ heading: BODY_HEADINGS[b.level - 1], children: runs(b.inlines) }));
    } else if (b.kind === 'paragraph') {
      out.push(new Paragraph({ children: runs(b.inlines), spacing: { after: 120 } }));
    } else {
      // each numbered list restarts at 1: its own numbering instance
      const instance = numberingInstance.next++;
      for (const item of b.items) {
        out.push(
          new Paragraph({
            children: runs(item),
            ...(b.ordered ? { numbering: { reference: NUMBERED, level: 0, instance } } : { bullet: { level: 0 } }),
          }),
        );
      }
    }
  }
  return out;
}

const border = { style: BorderStyle.SINGLE, size: 4, color: '999999' };

function table(t: ExportTable): Table {
  const cell = (text: string, header: boolean) =>
    new TableCell({
      children: [new Paragraph({ children: [new TextRun({ text, bold: header })] })],
      shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E8EEF4' } : undefined,
      margins: { top: 60, bottom: 60, left: 100, right: 100 },
      borders: { top: border, bottom: border, left: border, right: border },
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      // repeated on each page and announced as the header row by screen readers
      new TableRow({ tableHeader: true, children: t.columns.map((c) => cell(c, true)) }),
      ...t.rows.map((r) => new TableRow({ children: r.map((c) => cell(c, false)) })),
    ],
  });
}

/** A Word document with real Title/Heading styles, list numbering and tables (not drawn look-alikes). */
export async function renderDocx(model: ExportModel): Promise<Buffer> {
  const counter = { next: 1 };
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(model.title)] }),
    new Paragraph({ children: [new TextRun({ text: model.subtitle, bold: true })], spacing: { after: 120 } }),
    ...model.meta.map((line) => new Paragraph({ children: [new TextRun(line)] })),
  ];
  for (const s of model.sections) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(s.heading)], pageBreakBefore: false }));
    children.push(...blockParagraphs(s.blocks, counter));
  }
  for (const t of model.tables) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(t.heading)] }));
    if (t.intro) children.push(new Paragraph({ children: [new TextRun(t.intro)], spacing: { after: 120 } }));
    children.push(table(t));
    if (t.note) children.push(new Paragraph({ children: [new TextRun({ text: t.note, italics: true })], spacing: { before: 120 } }));
  }
  const doc = new Document({
    title: model.title,
    description: model.subtitle,
    creator: 'Suunta',
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: 22, language: { value: model.documentLanguage } } },
        title: { run: { font: 'Calibri', size: 40, bold: true, color: '1F3864' } },
        heading1: { run: { font: 'Calibri', size: 30, bold: true, color: '1F3864' }, paragraph: { spacing: { before: 360, after: 120 } } },
        heading2: { run: { font: 'Calibri', size: 26, bold: true, color: '2E5395' }, paragraph: { spacing: { before: 240, after: 80 } } },
        heading3: { run: { font: 'Calibri', size: 24, bold: true, color: '2E5395' }, paragraph: { spacing: { before: 200, after: 60 } } },
      },
    },
    numbering: {
      config: [
        {
          reference: NUMBERED,
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }],
        },
      ],
    },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}
