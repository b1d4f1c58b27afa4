// Reads a PDF from stdin with pdf.js (unpdf) and prints { pages, pageSize, text } as JSON.
// Runs as its own Node process because pdf.js is an ES module, which jest's CommonJS sandbox
// cannot import without --experimental-vm-modules.
import { extractText, getDocumentProxy } from 'unpdf';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const pdf = await getDocumentProxy(new Uint8Array(Buffer.concat(chunks)));
const viewport = (await pdf.getPage(1)).getViewport({ scale: 1 });
const { text } = await extractText(pdf, { mergePages: false });
const round = (n) => Math.round(n * 100) / 100;
process.stdout.write(
  JSON.stringify({ pages: pdf.numPages, pageSize: { width: round(viewport.width), height: round(viewport.height) }, text: text.join('\n') }),
);
