/**
 * The write-up as one self-contained HTML file: `lang` set, inline CSS with a print stylesheet,
 * the challenges' chart as inline SVG (with a title and description, and the table after it), no
 * scripts and no external requests. Every text is escaped.
 */
import { escapeHtml } from '../output/escape.js';
import { renderBarChartSvg } from '../output/bar-chart-svg.js';
import type { Block, ListItem, WriteupDocument } from './blocks.js';

const STYLE = `
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", Arial, sans-serif; line-height: 1.5; color: #1d1d1d; background: #fff; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.9rem; margin-bottom: 0.25rem; }
h2 { font-size: 1.4rem; margin-top: 2rem; border-bottom: 1px solid #ccc; padding-bottom: 0.2rem; }
h3 { font-size: 1.15rem; margin-top: 1.5rem; }
.label { font-weight: 600; margin-bottom: 0.25rem; }
.notes { color: #4c4c4c; }
ul { padding-left: 1.4rem; }
li { margin: 0.25rem 0; }
table { border-collapse: collapse; margin: 0.75rem 0 1.25rem; min-width: 50%; }
caption { text-align: left; font-weight: 600; padding-bottom: 0.25rem; }
th, td { border: 1px solid #bbb; padding: 0.3rem 0.6rem; vertical-align: top; text-align: left; }
th { background: #f2f2f2; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
figure { margin: 1rem 0; }
figure svg { max-width: 100%; height: auto; }
@media print {
  body { max-width: none; margin: 0; font-size: 11pt; color: #000; }
  h2, h3, .label { break-after: avoid; page-break-after: avoid; }
  table, figure, li { break-inside: avoid; page-break-inside: avoid; }
  th { background: none; }
}
@media (forced-colors: active) { th { background: Canvas; } }
`;

const item = (i: ListItem): string => {
  const notes = i.notes?.length ? ` <span class="notes">— ${i.notes.map(escapeHtml).join(', ')}</span>` : '';
  const detail = i.detail ? `<ul><li>${escapeHtml(i.detail)}</li></ul>` : '';
  return `<li>${escapeHtml(i.text)}${notes}${detail}</li>`;
};

function block(b: Block, lang: 'en' | 'cy'): string {
  switch (b.kind) {
    case 'heading':
      return `<h${b.level}>${escapeHtml(b.text)}</h${b.level}>`;
    case 'paragraph':
      return `<p${b.label ? ' class="label"' : ''}>${escapeHtml(b.text)}</p>`;
    case 'list':
      return `<ul>\n${b.items.map(item).join('\n')}\n</ul>`;
    case 'table': {
      const cls = (i: number) => (b.numeric[i] ? ' class="num"' : '');
      const head = b.head.map((h, i) => `<th scope="col"${cls(i)}>${escapeHtml(h)}</th>`).join('');
      const rows = b.rows
        .map(
          (r) =>
            `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${escapeHtml(c)}</th>` : `<td${cls(i)}>${escapeHtml(c)}</td>`)).join('')}</tr>`,
        )
        .join('\n');
      return `<table>\n<caption>${escapeHtml(b.caption)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table>`;
    }
    case 'chart':
      return `<figure>\n${renderBarChartSvg(b.summary, { title: b.title, locale: lang })}\n</figure>`;
  }
}

export function writeupToHtml(doc: WriteupDocument): string {
  return `<!doctype html>
<html lang="${doc.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${escapeHtml(doc.description)}">
<title>${escapeHtml(doc.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${doc.blocks.map((b) => block(b, doc.lang)).join('\n')}
</main>
</body>
</html>
`;
}
