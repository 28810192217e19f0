/**
 * A horizontal bar chart of challenge frequency (proportion identifying each challenge, with its
 * Wilson 95% interval as a whisker) as an SVG string: for the HTML report and anywhere a static
 * picture is wanted. Deterministic; all text escaped; a `<title>` and `<desc>` for screen
 * readers; withheld figures drawn as "*". No DOM and no dependency on the chart package. Title,
 * descriptions and axis labels follow `locale` (English or Welsh) and a partner's `strings`.
 */
import type { FrequencySummary } from '@netweave/model';
import { escapeHtml } from './escape.js';
import { formatPercent } from './format.js';
import { reportLocalizer, type LocaleOptions } from './report-strings.js';

export interface BarChartOptions extends LocaleOptions {
  width?: number;
  /** Height of one bar row in px. */
  rowHeight?: number;
  title?: string;
  /** Sort by proportion, highest first (default true). */
  sort?: boolean;
}

const r1 = (x: number) => Math.round(x * 10) / 10;

export function renderBarChartSvg(
  summary: Pick<FrequencySummary, 'challenges' | 'threshold' | 'respondents'>,
  options: BarChartOptions = {},
): string {
  const width = options.width ?? 720;
  const rowH = options.rowHeight ?? 30;
  const labelW = Math.round(width * 0.45);
  const plotW = width - labelW - 60;
  const top = 28;
  const rows = [...summary.challenges];
  if (options.sort !== false) rows.sort((a, b) => (b.proportion ?? -1) - (a.proportion ?? -1));
  const height = top + rows.length * rowH + 30;
  const l = reportLocalizer(options);
  const pct = (p: number) => formatPercent(p, l.locale);
  const title = options.title ?? l.t('chart.title');
  const notShown = l.t('chart.notShown');
  const desc = rows
    .map((c) => `${c.label}: ${c.proportion === null ? notShown : pct(c.proportion)}`)
    .join('; ');
  const x = (p: number) => r1(labelW + p * plotW);
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="nw-chart-title nw-chart-desc" font-family="system-ui, sans-serif" font-size="13">`,
  );
  parts.push(
    `<title id="nw-chart-title">${escapeHtml(title)}</title><desc id="nw-chart-desc">${escapeHtml(desc)}</desc>`,
  );
  for (const tick of [0, 0.25, 0.5, 0.75, 1]) {
    parts.push(
      `<line x1="${x(tick)}" x2="${x(tick)}" y1="${top - 6}" y2="${height - 26}" stroke="#d8dde0"/>`,
    );
    parts.push(
      `<text x="${x(tick)}" y="${height - 10}" text-anchor="middle" fill="#4c6272">${pct(tick)}</text>`,
    );
  }
  rows.forEach((c, i) => {
    const y = top + i * rowH;
    const maxChars = Math.floor((labelW - 12) / 7); // about 7 px a character at 13 px
    const label = c.label.length > maxChars ? `${c.label.slice(0, maxChars - 1).trimEnd()}…` : c.label;
    parts.push(
      `<text x="${labelW - 8}" y="${r1(y + rowH / 2 + 4)}" text-anchor="end" fill="#212b32">${escapeHtml(label)}</text>`,
    );
    if (c.proportion === null) {
      parts.push(
        `<text x="${labelW + 6}" y="${r1(y + rowH / 2 + 4)}" fill="#4c6272">* (${escapeHtml(notShown)})</text>`,
      );
      return;
    }
    parts.push(
      `<rect x="${labelW}" y="${r1(y + 5)}" width="${r1(c.proportion * plotW)}" height="${rowH - 10}" fill="#005eb8"/>`,
    );
    if (c.interval) {
      const [lo, hi] = c.interval;
      const cy = r1(y + rowH / 2);
      parts.push(
        `<path d="M${x(lo)} ${cy}H${x(hi)}M${x(lo)} ${r1(cy - 5)}V${r1(cy + 5)}M${x(hi)} ${r1(cy - 5)}V${r1(cy + 5)}" stroke="#212b32" stroke-width="1.5" fill="none"/>`,
      );
    }
    parts.push(
      `<text x="${r1(Math.max(x(c.proportion), x(c.interval?.[1] ?? 0)) + 6)}" y="${r1(y + rowH / 2 + 4)}" fill="#212b32">${pct(c.proportion)}</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('');
}
