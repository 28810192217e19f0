/**
 * A self-contained, printable HTML report: methods, base sizes, the challenge chart (inline SVG),
 * tables per group, the other challenges named, reliability, data quality and the disclosure rule
 * with what it withheld. One file with no external requests; every value escaped.
 */
import type { Locale } from '@netweave/core';
import type { Analysis } from '../analyse.js';
import type { ChallengeStats } from '../aggregate/challenge-stats.js';
import type { ReadStats } from '../types.js';
import { renderBarChartSvg } from './bar-chart-svg.js';
import { escapeHtml as e } from './escape.js';
import { formatCount, formatInterval, formatNumber, formatPercent } from './format.js';
import { toFrequencySummary } from './frequency-summary.js';

export interface HtmlReportOptions {
  title?: string;
  locale?: Locale;
  /** Per input file: what was read (shown under "Data quality"). */
  files?: { file: string; stats: ReadStats }[];
}

const STYLE = `
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Arial,sans-serif;color:#212b32;margin:0 auto;max-width:60rem;padding:1.5rem}
h1{font-size:1.8rem;margin:.2em 0}h2{font-size:1.3rem;margin-top:2rem;border-bottom:2px solid #d8dde0}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.9rem}
th,td{border:1px solid #d8dde0;padding:.3rem .45rem;text-align:right;vertical-align:top}
th:first-child,td:first-child{text-align:left}thead th{background:#f0f4f5}
caption{text-align:left;font-weight:600;padding:.3rem 0}
.note{background:#fff9c4;border-left:6px solid #ffeb3b;padding:.5rem 1rem}
.muted{color:#4c6272}svg{max-width:100%;height:auto}
@media print{body{max-width:none;padding:0}h2{break-after:avoid}table,svg{break-inside:avoid}}
`;

function challengeTable(caption: string, rows: ChallengeStats[], locale: Locale): string {
  const body = rows
    .map(
      (c) =>
        `<tr><th scope="row">${e(c.label)}</th><td>${formatCount(c.identified, locale)}</td><td>${formatCount(c.base, locale)}</td><td>${formatPercent(c.proportion, locale)}</td><td>${formatInterval(c.interval, locale)}</td><td>${formatNumber(c.mean, 2, locale)}</td><td>${formatNumber(c.median, 1, locale)}</td><td>${formatNumber(c.sd, 2, locale)}</td><td>${formatPercent(c.pctLow, locale)}</td><td>${formatPercent(c.pctNeutral, locale)}</td><td>${formatPercent(c.pctHigh, locale)}</td></tr>`,
    )
    .join('');
  return `<table><caption>${e(caption)}</caption><thead><tr><th scope="col">Challenge</th><th scope="col">Identified</th><th scope="col">Base</th><th scope="col">%</th><th scope="col">95% CI</th><th scope="col">Mean</th><th scope="col">Median</th><th scope="col">SD</th><th scope="col">Low</th><th scope="col">Neutral</th><th scope="col">High</th></tr></thead><tbody>${body}</tbody></table>`;
}

export function renderHtmlReport(analysis: Analysis, options: HtmlReportOptions = {}): string {
  const locale = options.locale ?? 'en';
  const title = options.title ?? 'Network challenges: evaluation report';
  const summary = toFrequencySummary(analysis);
  const scale = analysis.challenges[0]?.distribution.map((d) => `${d.value} = ${d.label}`).join('; ') ?? '';
  const sessions = Object.entries(analysis.sessions)
    .map(([id, n]) => `<tr><th scope="row">${e(id)}</th><td>${formatCount(n, locale)}</td></tr>`)
    .join('');
  const parts: string[] = [];
  parts.push(
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${e(title)}</title><style>${STYLE}</style></head><body><main>`,
  );
  parts.push(
    `<h1>${e(title)}</h1><p class="muted">Generated ${e(analysis.generatedAt)} by @netweave/sdk. Catalogue version ${e(analysis.catalogueVersion)}.</p>`,
  );
  parts.push(
    `<h2>Methods</h2><p>Respondents rated each challenge on the scale ${e(scale)}; "Not sure" is recorded as no answer. A challenge is <strong>identified</strong> by a respondent who rated it ${analysis.threshold} or more. Its frequency is the number who identified it divided by the number who rated it (the base), with a Wilson score 95% confidence interval. Means, medians and standard deviations (n − 1) use all ratings given. Responses from ${formatCount(Object.keys(analysis.sessions).length, locale)} session(s) between ${e(analysis.period.from?.slice(0, 10) ?? '?')} and ${e(analysis.period.to?.slice(0, 10) ?? '?')} were merged; repeated response ids were counted once.</p>`,
  );
  parts.push(
    `<div class="note"><p><strong>Disclosure control (${e(analysis.disclosure.rule)}).</strong> ${e(analysis.disclosure.description)}</p>${analysis.notes.map((n) => `<p>${e(n)}</p>`).join('')}<p>* = not shown.</p></div>`,
  );
  parts.push(
    `<h2>Base sizes</h2><p>Respondents: <strong>${formatCount(analysis.respondents, locale)}</strong>.</p><table><caption>Respondents per session</caption><thead><tr><th scope="col">Session</th><th scope="col">Respondents</th></tr></thead><tbody>${sessions}</tbody></table>`,
  );
  parts.push(
    `<h2>How often each challenge was identified</h2><figure>${renderBarChartSvg(summary)}<figcaption class="muted">Bars: share of respondents rating the challenge ${analysis.threshold} or more; whiskers: 95% confidence intervals.</figcaption></figure>`,
  );
  parts.push(challengeTable('All respondents', [...analysis.challenges, analysis.other], locale));
  if (analysis.groups.length) {
    parts.push(`<h2>By ${e(analysis.groupBy.join(' × '))}</h2>`);
    for (const g of analysis.groups)
      parts.push(
        challengeTable(
          `${g.label} (${formatCount(g.respondents, locale)} respondents)`,
          g.challenges,
          locale,
        ),
      );
  }
  const t = analysis.otherTexts;
  if (t.texts.length || t.withheld) {
    const rows = t.texts
      .slice(0, 100)
      .map(
        (x) =>
          `<tr><th scope="row">${e(x.text)}</th><td>${formatCount(x.count, locale)}</td><td>${e(x.codes.join(', ') || 'unmatched')}</td></tr>`,
      )
      .join('');
    parts.push(
      `<h2>Other challenges named</h2><p>${formatCount(t.respondents, locale)} respondents named another challenge; ${formatCount(t.unmatched.length, locale)} distinct texts matched no keyword in the codebook.${t.withheld ? ` ${formatCount(t.withheld, locale)} texts looked like personal data and are not shown.` : ''}</p><table><caption>Texts (normalised), counts and codes</caption><thead><tr><th scope="col">Text</th><th scope="col">Count</th><th scope="col">Coded as</th></tr></thead><tbody>${rows}</tbody></table>`,
    );
  }
  const c = analysis.commitments;
  if (c) {
    const table = (title: string, record: Record<string, number | null>) =>
      `<table><caption>Commitments by ${e(title.toLowerCase())}</caption><thead><tr><th scope="col">${e(title)}</th><th scope="col">Commitments</th></tr></thead><tbody>${Object.entries(
        record,
      )
        .map(
          ([key, n]) =>
            `<tr><th scope="row">${e(key || 'Not stated')}</th><td>${formatCount(n, locale)}</td></tr>`,
        )
        .join('')}</tbody></table>`;
    parts.push(
      `<h2>Commitments</h2><p>${formatCount(c.total, locale)} commitments (hidden ones left out); ${formatCount(c.unmatched, locale)} matched no keyword in the codebook.</p>`,
      table('Session', c.bySession),
      table('Sector', c.bySector),
      table('Code', c.byCode),
    );
  }
  if (analysis.reliability) {
    const r = analysis.reliability;
    const rows = r.itemStats
      .map(
        (s) =>
          `<tr><th scope="row">${e(s.id)}</th><td>${formatNumber(s.itemTotal, 3, locale)}</td><td>${formatNumber(s.alphaIfDeleted, 3, locale)}</td></tr>`,
      )
      .join('');
    parts.push(
      `<h2>Scale reliability</h2><p>Cronbach’s alpha ${formatNumber(r.alpha, 3, locale)} (standardised ${formatNumber(r.standardisedAlpha, 3, locale)}) from ${formatCount(r.n, locale)} respondents who rated every challenge.</p><table><caption>Item-total correlations</caption><thead><tr><th scope="col">Challenge</th><th scope="col">Corrected item-total r</th><th scope="col">Alpha if dropped</th></tr></thead><tbody>${rows}</tbody></table>`,
    );
  }
  if (options.files?.length) {
    const rows = options.files
      .map(
        (f) =>
          `<tr><th scope="row">${e(f.file)}</th><td>${formatCount(f.stats.rows, locale)}</td><td>${formatCount(f.stats.accepted, locale)}</td><td>${formatCount(f.stats.rejected, locale)}</td><td>${formatCount(f.stats.duplicates, locale)}</td></tr>`,
      )
      .join('');
    parts.push(
      `<h2>Data quality</h2><table><caption>Rows read per file</caption><thead><tr><th scope="col">File</th><th scope="col">Rows</th><th scope="col">Kept</th><th scope="col">Left out (errors)</th><th scope="col">Duplicates dropped</th></tr></thead><tbody>${rows}</tbody></table>`,
    );
  }
  parts.push('</main></body></html>\n');
  return parts.join('\n');
}
