/**
 * The text format of annual reports: a small, safe subset of Markdown, parsed into blocks that
 * each renderer (web preview, DOCX, PDF, Markdown) draws with its own primitives. Nothing is ever
 * interpreted as HTML: `<b>` stays the four characters `<b>`, and links keep only http(s)/mailto.
 *
 * Supported: `#`, `##`, `###` headings (inside a section, so levels below the section heading),
 * `- ` / `* ` bullet lists, `1. ` numbered lists, paragraphs separated by blank lines,
 * `**bold**`, `*italic*` / `_italic_`, `[text](https://…)`.
 */

export interface ReportInline {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** Only http:, https: or mailto: targets survive parsing. */
  href?: string;
}

export type ReportBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; inlines: ReportInline[] }
  | { kind: 'paragraph'; inlines: ReportInline[] }
  | { kind: 'list'; ordered: boolean; items: ReportInline[][] };

const HEADING = /^(#{1,3})\s+(.*)$/;
const BULLET = /^\s*[-*•]\s+(.*)$/;
const NUMBERED = /^\s*\d+[.)]\s+(.*)$/;

/** A link target that is safe to render, or null. */
export function safeHref(raw: string): string | null {
  const url = raw.trim();
  return /^(https?:\/\/|mailto:)[^\s<>"']+$/i.test(url) ? url : null;
}

export function parseReportText(source: string | null | undefined): ReportBlock[] {
  const blocks: ReportBlock[] = [];
  const lines = (source ?? '').replace(/\r\n?/g, '\n').split('\n');
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;

  const flushParagraph = () => {
    if (paragraph.length) {
      blocks.push({ kind: 'paragraph', inlines: parseInlines(paragraph.join(' ')) });
      paragraph = [];
    }
  };
  const flushList = () => {
    if (list) {
      blocks.push({ kind: 'list', ordered: list.ordered, items: list.items.map(parseInlines) });
      list = null;
    }
  };

  for (const line of lines) {
    if (!line.trim()) {
      flushParagraph();
      flushList();
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      flushParagraph();
      flushList();
      blocks.push({ kind: 'heading', level: heading[1].length as 1 | 2 | 3, inlines: parseInlines(heading[2].trim()) });
      continue;
    }
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    const item = bullet ?? numbered;
    if (item) {
      flushParagraph();
      const ordered = !!numbered;
      if (list && list.ordered !== ordered) flushList();
      list ??= { ordered, items: [] };
      list.items.push(item[1].trim());
      continue;
    }
    if (list && /^\s{2,}\S/.test(line)) {
      // an indented continuation line belongs to the list item above
      list.items[list.items.length - 1] += ' ' + line.trim();
      continue;
    }
    flushList();
    paragraph.push(line.trim());
  }
  flushParagraph();
  flushList();
  return blocks;
}

const INLINE = /\[([^\]]+)\]\(([^)\s]+)\)|\*\*([^*]+)\*\*|(?<![\w*])\*([^*\s][^*]*)\*(?![\w*])|(?<![\w_])_([^_\s][^_]*)_(?![\w_])/g;

export function parseInlines(text: string): ReportInline[] {
  const out: ReportInline[] = [];
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    const at = m.index ?? 0;
    if (at > last) out.push({ text: text.slice(last, at) });
    if (m[1] !== undefined) {
      const href = safeHref(m[2]);
      out.push(href ? { text: m[1], href } : { text: m[0] });
    } else if (m[3] !== undefined) {
      out.push({ text: m[3], bold: true });
    } else {
      out.push({ text: m[4] ?? m[5], italic: true });
    }
    last = at + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out.filter((i) => i.text.length > 0);
}

/** The inlines as plain text (links keep their text). */
export function inlinesToPlain(inlines: ReportInline[]): string {
  return inlines.map((i) => i.text).join('');
}

/**
 * Markdown written back from parsed blocks, for the Markdown export: characters that a Markdown
 * viewer would read as HTML are escaped, so a `<script>` typed into a report stays text.
 */
export function blocksToMarkdown(blocks: ReportBlock[], headingOffset = 0): string {
  const inline = (items: ReportInline[]) =>
    items
      .map((i) => {
        let t = escapeMarkdownText(i.text);
        if (i.bold) t = `**${t}**`;
        if (i.italic) t = `*${t}*`;
        return i.href ? `[${t}](${i.href})` : t;
      })
      .join('');
  return blocks
    .map((b) => {
      if (b.kind === 'heading') return `${'#'.repeat(Math.min(6, b.level + headingOffset))} ${inline(b.inlines)}`;
      if (b.kind === 'paragraph') return inline(b.inlines);
      return b.items.map((item, n) => `${b.ordered ? `${n + 1}.` : '-'} ${inline(item)}`).join('\n');
    })
    .join('\n\n');
}

/**
 * Typed text as Markdown that shows exactly that text: no HTML, and no link either — brackets are
 * escaped, so `[x](javascript:…)` or `[x]: data:…` that safeHref refused stays inert text in any viewer.
 */
export function escapeMarkdownText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/[[\]]/g, '\\$&');
}
