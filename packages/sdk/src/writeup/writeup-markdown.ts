/**
 * The write-up as Markdown: headings, plain tables and lists. Text from participants and from the
 * session is escaped as the SDK's Markdown tables escape it (`mdText`): `|`, `*`, `[`, `<`, `#`…
 * cannot break a table, format, link or inject HTML; a line break cannot leave its list item.
 */
import { mdText } from '../output/to-markdown.js';
import type { Block, ListItem, WriteupDocument } from './blocks.js';

const item = (i: ListItem): string => {
  const notes = i.notes?.length ? ` — ${i.notes.map(mdText).join(', ')}` : '';
  const detail = i.detail ? `\n  - ${mdText(i.detail)}` : '';
  return `- ${mdText(i.text)}${notes}${detail}`;
};

function block(b: Block, previousHeading: string): string | null {
  switch (b.kind) {
    case 'heading':
      return `${'#'.repeat(b.level)} ${mdText(b.text)}`;
    case 'paragraph':
      return b.label ? `**${mdText(b.text)}**` : mdText(b.text);
    case 'list':
      return b.items.map(item).join('\n');
    case 'table': {
      const row = (cells: readonly string[]) => `| ${cells.map(mdText).join(' | ')} |`;
      const rule = `| ${b.numeric.map((n) => (n ? '---:' : '---')).join(' | ')} |`;
      const caption = b.caption === previousHeading ? '' : `**${mdText(b.caption)}**\n\n`;
      return `${caption}${row(b.head)}\n${rule}\n${b.rows.map(row).join('\n')}`;
    }
    case 'chart':
      return null; // the table that follows carries the figures
  }
}

export function writeupToMarkdown(doc: WriteupDocument): string {
  const parts: string[] = [];
  let heading = '';
  for (const b of doc.blocks) {
    const text = block(b, heading);
    if (b.kind === 'heading') heading = b.text;
    if (text !== null) parts.push(text);
  }
  return parts.join('\n\n') + '\n';
}
