import { blocksToMarkdown, escapeMarkdownText } from '@suunta/shared-domain';
import type { ExportModel } from './export-model';

const cell = (text: string) => escapeMarkdownText(text).replace(/\|/g, '\\|').replace(/\s+/g, ' ');

/** CommonMark with GFM tables; typed text is escaped so it can never become HTML in a viewer. */
export function renderMarkdown(model: ExportModel): string {
  const out: string[] = [`# ${escapeMarkdownText(model.title)}`, escapeMarkdownText(model.subtitle), model.meta.map(escapeMarkdownText).join('  \n')];
  for (const s of model.sections) {
    out.push(`## ${escapeMarkdownText(s.heading)}`);
    out.push(blocksToMarkdown(s.blocks, 2));
  }
  for (const t of model.tables) {
    out.push(`## ${escapeMarkdownText(t.heading)}`);
    if (t.intro) out.push(escapeMarkdownText(t.intro));
    out.push(
      [`| ${t.columns.map(cell).join(' | ')} |`, `|${t.columns.map(() => ' --- ').join('|')}|`, ...t.rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n'),
    );
    if (t.note) out.push(`*${escapeMarkdownText(t.note)}*`);
  }
  return out.filter((x) => x.trim()).join('\n\n') + '\n';
}
