/**
 * A self-contained, printable HTML report: methods, base sizes, the challenge chart (inline SVG),
 * tables per group, the other challenges named, reliability, data quality and the disclosure rule
 * with what it withheld. One file with no external requests; every value escaped. In English or
 * Welsh (`locale`, which also sets `<html lang>`), with a partner's wording through `strings`.
 */
import type { Catalogue, Localizer } from '@netweave/model';
import type { Analysis } from '../analyse.js';
import type { ChallengeStats } from '../aggregate/challenge-stats.js';
import type { ReadStats } from '../types.js';
import { renderBarChartSvg } from './bar-chart-svg.js';
import { escapeHtml as e } from './escape.js';
import { formatCount, formatDateTime, formatInterval, formatNumber, formatPercent } from './format.js';
import { toFrequencySummary } from './frequency-summary.js';
import { relabel } from './relabel.js';
import { reportLocalizer, type LocaleOptions, type ReportKey, type ReportStrings } from './report-strings.js';
import { countParam, dimensionsText, disclosureText } from './to-markdown.js';

export interface HtmlReportOptions extends LocaleOptions {
  title?: string;
  /** When given, challenge labels are taken from it in `locale` (core's challengeLabel). */
  catalogue?: Catalogue;
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

type L = Localizer<ReportStrings>;

const th = (l: L, key: ReportKey) => `<th scope="col">${e(l.t(key))}</th>`;

function challengeTable(caption: string, rows: ChallengeStats[], l: L): string {
  const locale = l.locale;
  const body = rows
    .map(
      (c) =>
        `<tr><th scope="row">${e(c.label)}</th><td>${formatCount(c.identified, locale)}</td><td>${formatCount(c.base, locale)}</td><td>${formatPercent(c.proportion, locale)}</td><td>${formatInterval(c.interval, locale)}</td><td>${formatNumber(c.mean, 2, locale)}</td><td>${formatNumber(c.median, 1, locale)}</td><td>${formatNumber(c.sd, 2, locale)}</td><td>${formatPercent(c.pctLow, locale)}</td><td>${formatPercent(c.pctNeutral, locale)}</td><td>${formatPercent(c.pctHigh, locale)}</td></tr>`,
    )
    .join('');
  const head = (
    [
      'col.challenge',
      'col.identified',
      'col.base',
      'col.percent',
      'col.ci',
      'col.mean',
      'col.median',
      'col.sd',
      'col.low',
      'col.neutral',
      'col.high',
    ] as const
  )
    .map((k) => th(l, k))
    .join('');
  return `<table><caption>${e(caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

export function renderHtmlReport(input: Analysis, options: HtmlReportOptions = {}): string {
  const l = reportLocalizer(options);
  const locale = l.locale;
  const analysis = relabel(input, options.catalogue, locale, l.t('other.label'));
  const title = options.title ?? l.t('html.title');
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
    `<h1>${e(title)}</h1><p class="muted">${e(l.t('html.generated', { date: formatDateTime(analysis.generatedAt, l.locale), version: analysis.catalogueVersion }))}</p>`,
  );
  // no responses (e.g. a commitments export on its own): say what the files hold instead of
  // "responses from 0 sessions between ? and ?", an empty chart and tables of zeros
  const empty = analysis.respondents === 0;
  if (empty) {
    const held = analysis.commitments
      ? l.t('empty.commitments', { count: countParam(analysis.commitments.total) })
      : l.t('empty.none');
    parts.push(`<div class="note" role="note"><p>${e(held)}</p></div>`);
  } else
    parts.push(
      `<h2>${e(l.t('methods.heading'))}</h2><p>${e(l.t('methods.scale', { scale }))} ${e(l.t('methods.identified', { threshold: analysis.threshold }))} ${e(
        l.t('methods.merged', {
          count: Object.keys(analysis.sessions).length,
          from: analysis.period.from?.slice(0, 10) ?? '?',
          to: analysis.period.to?.slice(0, 10) ?? '?',
        }),
      )}</p>`,
    );
  parts.push(
    `<div class="note"><p><strong>${e(l.t('disclosure.heading', { rule: analysis.disclosure.rule }))}.</strong> ${e(disclosureText(analysis, l))}</p>${analysis.notes.map((n) => `<p>${e(n)}</p>`).join('')}<p>${e(l.t('disclosure.notShown'))}</p></div>`,
  );
  if (!empty) {
    parts.push(
      `<h2>${e(l.t('bases.heading'))}</h2><p>${e(l.t('bases.respondents', { count: formatCount(analysis.respondents, locale) }))}</p><table><caption>${e(l.t('bases.caption'))}</caption><thead><tr>${th(l, 'bases.session')}${th(l, 'bases.respondentsColumn')}</tr></thead><tbody>${sessions}</tbody></table>`,
    );
    parts.push(
      `<h2>${e(l.t('chart.heading'))}</h2><figure>${renderBarChartSvg(summary, { locale, strings: options.strings })}<figcaption class="muted">${e(l.t('chart.caption', { threshold: analysis.threshold }))}</figcaption></figure>`,
    );
    parts.push(challengeTable(l.t('all.heading'), [...analysis.challenges, analysis.other], l));
  }
  if (analysis.groups.length) {
    parts.push(`<h2>${e(l.t('group.by', { dimensions: dimensionsText(analysis.groupBy, l) }))}</h2>`);
    for (const g of analysis.groups)
      parts.push(
        challengeTable(
          l.t('group.heading', { label: g.label, count: countParam(g.respondents) }),
          g.challenges,
          l,
        ),
      );
  }
  const t = analysis.otherTexts;
  if (t.texts.length || t.withheld) {
    const rows = t.texts
      .slice(0, 100)
      .map(
        (x) =>
          `<tr><th scope="row">${e(x.text)}</th><td>${formatCount(x.count, locale)}</td><td>${e(x.codes.join(', ') || l.t('other.unmatched'))}</td></tr>`,
      )
      .join('');
    const sentences = [
      l.t('other.respondents', { count: countParam(t.respondents) }),
      l.t('other.unmatchedCount', { count: t.unmatched.length }),
      ...(t.withheld ? [l.t('other.withheld', { count: t.withheld })] : []),
    ];
    parts.push(
      `<h2>${e(l.t('other.heading'))}</h2><p>${e(sentences.join(' '))}</p><table><caption>${e(l.t('other.caption'))}</caption><thead><tr>${th(l, 'other.text')}${th(l, 'other.count')}${th(l, 'other.coded')}</tr></thead><tbody>${rows}</tbody></table>`,
    );
  }
  const c = analysis.commitments;
  if (c) {
    const table = (caption: ReportKey, column: ReportKey, record: Record<string, number | null>) =>
      `<table><caption>${e(l.t(caption))}</caption><thead><tr>${th(l, column)}${th(l, 'commitments.count')}</tr></thead><tbody>${Object.entries(
        record,
      )
        .map(
          ([key, n]) =>
            `<tr><th scope="row">${e(key || l.t('notStated'))}</th><td>${formatCount(n, locale)}</td></tr>`,
        )
        .join('')}</tbody></table>`;
    parts.push(
      `<h2>${e(l.t('commitments.heading'))}</h2><p>${e(`${l.t('commitments.total', { count: countParam(c.total) })} ${l.t('commitments.unmatched', { count: countParam(c.unmatched) })}`)}</p>`,
      table('commitments.bySession', 'commitments.session', c.bySession),
      table('commitments.bySector', 'commitments.sector', c.bySector),
      table('commitments.byCode', 'commitments.code', c.byCode),
    );
  }
  if (analysis.reliability && !empty) {
    const r = analysis.reliability;
    const rows = r.itemStats
      .map(
        (s) =>
          `<tr><th scope="row">${e(s.id)}</th><td>${formatNumber(s.itemTotal, 3, locale)}</td><td>${formatNumber(s.alphaIfDeleted, 3, locale)}</td></tr>`,
      )
      .join('');
    parts.push(
      `<h2>${e(l.t('reliability.heading'))}</h2><p>${e(
        l.t('reliability.html', {
          alpha: formatNumber(r.alpha, 3, locale),
          standardised: formatNumber(r.standardisedAlpha, 3, locale),
          count: r.n,
        }),
      )}</p><table><caption>${e(l.t('reliability.caption'))}</caption><thead><tr>${th(l, 'col.challenge')}${th(l, 'reliability.correctedItemTotal')}${th(l, 'reliability.alphaIfDropped')}</tr></thead><tbody>${rows}</tbody></table>`,
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
      `<h2>${e(l.t('quality.heading'))}</h2><table><caption>${e(l.t('quality.caption'))}</caption><thead><tr>${th(l, 'quality.file')}${th(l, 'quality.rows')}${th(l, 'quality.kept')}${th(l, 'quality.rejected')}${th(l, 'quality.duplicates')}</tr></thead><tbody>${rows}</tbody></table>`,
    );
  }
  parts.push('</main></body></html>\n');
  return parts.join('\n');
}
