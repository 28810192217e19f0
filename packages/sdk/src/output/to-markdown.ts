/** An Analysis as Markdown tables (for reports, pull requests, wikis), with the rule applied noted. */
import type { Locale } from '@netweave/core';
import type { Analysis } from '../analyse.js';
import type { ChallengeStats } from '../aggregate/challenge-stats.js';
import { formatCount, formatInterval, formatNumber, formatPercent } from './format.js';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');

function table(rows: ChallengeStats[], locale: Locale): string {
  const head =
    '| Challenge | Identified | Base | % | 95% CI | Mean | Median | SD | Low / neutral / high |\n|---|--:|--:|--:|---|--:|--:|--:|---|';
  const body = rows.map(
    (c) =>
      `| ${cell(c.label)} | ${formatCount(c.identified, locale)} | ${formatCount(c.base, locale)} | ${formatPercent(c.proportion, locale)} | ${formatInterval(c.interval, locale)} | ${formatNumber(c.mean, 2, locale)} | ${formatNumber(c.median, 1, locale)} | ${formatNumber(c.sd, 2, locale)} | ${formatPercent(c.pctLow, locale)} / ${formatPercent(c.pctNeutral, locale)} / ${formatPercent(c.pctHigh, locale)} |`,
  );
  return [head, ...body].join('\n');
}

export function analysisToMarkdown(
  analysis: Analysis,
  options: { locale?: Locale; title?: string } = {},
): string {
  const locale = options.locale ?? 'en';
  const out: string[] = [];
  out.push(`# ${options.title ?? 'Network challenges: summary'}`, '');
  out.push(
    `Respondents: ${formatCount(analysis.respondents, locale)}. A challenge is identified when rated ${analysis.threshold} or more. Catalogue version ${analysis.catalogueVersion}.`,
    '',
  );
  out.push(`Disclosure control (${analysis.disclosure.rule}): ${analysis.disclosure.description}`, '');
  for (const note of analysis.notes) out.push(`- ${note}`);
  if (analysis.notes.length) out.push('');
  out.push('## All respondents', '', table([...analysis.challenges, analysis.other], locale), '');
  for (const g of analysis.groups) {
    out.push(
      `## ${cell(g.label)} (${formatCount(g.respondents, locale)} respondents)`,
      '',
      table(g.challenges, locale),
      '',
    );
  }
  const t = analysis.otherTexts;
  if (t.texts.length) {
    out.push('## Other challenges named', '', '| Text | Count | Coded as |', '|---|--:|---|');
    for (const x of t.texts.slice(0, 50))
      out.push(
        `| ${cell(x.text)} | ${formatCount(x.count, locale)} | ${x.codes.join(', ') || '(unmatched)'} |`,
      );
    out.push('');
  }
  const c = analysis.commitments;
  if (c) {
    out.push(
      '## Commitments',
      '',
      `${formatCount(c.total, locale)} commitments (hidden ones left out); ${formatCount(c.unmatched, locale)} matched no keyword in the codebook.`,
      '',
    );
    for (const [title, record] of [
      ['Session', c.bySession],
      ['Column', c.byColumn],
      ['Sector', c.bySector],
      ['Coded as', c.byCode],
    ] as const) {
      out.push(`| ${title} | Commitments |`, '|---|--:|');
      for (const [key, n] of Object.entries(record))
        out.push(`| ${cell(key || 'Not stated')} | ${formatCount(n, locale)} |`);
      out.push('');
    }
  }
  if (analysis.reliability) {
    const r = analysis.reliability;
    out.push(
      '## Scale reliability',
      '',
      `Cronbach’s alpha ${formatNumber(r.alpha, 3, locale)} (standardised ${formatNumber(r.standardisedAlpha, 3, locale)}), ${formatCount(r.n, locale)} complete responses.`,
      '',
    );
    out.push('| Challenge | Item-total r | Alpha if dropped |', '|---|--:|--:|');
    for (const s of r.itemStats)
      out.push(
        `| ${cell(s.id)} | ${formatNumber(s.itemTotal, 3, locale)} | ${formatNumber(s.alphaIfDeleted, 3, locale)} |`,
      );
    out.push('');
  }
  return out.join('\n');
}
