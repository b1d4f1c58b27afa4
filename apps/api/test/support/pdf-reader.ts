import { execFile } from 'node:child_process';
import { join } from 'node:path';

export interface PdfContent {
  pages: number;
  /** Size of the first page in PDF points (A4 is 595.28 × 841.89). */
  pageSize: { width: number; height: number };
  /** Every page's text in reading (content-stream) order, pages separated by a line break. */
  text: string;
}

/**
 * Reads a PDF the way a person's PDF reader would, with pdf.js (unpdf) in a child Node process
 * (`read-pdf.mjs`), so the tests need no system program such as poppler's pdftotext.
 */
export function readPdf(bytes: Buffer): Promise<PdfContent> {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, [join(__dirname, 'read-pdf.mjs')], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`read-pdf failed: ${stderr || error.message}`));
      else resolve(JSON.parse(stdout) as PdfContent);
    });
    child.stdin?.end(bytes);
  });
}
