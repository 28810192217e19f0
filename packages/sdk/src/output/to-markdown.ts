/**
 * An Analysis as Markdown tables (for reports, pull requests, wikis), with the rule applied noted.
 * In English or Welsh (`locale`), with a partner's wording through `strings`.
 */
import type { Catalogue, Localizer } from '@netweave/model';
import type { Analysis } from '../analyse.js';
import type { ChallengeStats } from '../aggregate/challenge-stats.js';
import { formatCount, formatInterval, formatNumber, formatPercent } from './format.js';
import { relabel } from './relabel.js';
import { reportLocalizer, type LocaleOptions, type ReportStrings } from './report-strings.js';

export interface MarkdownOptions extends LocaleOptions {
  title?: string;
  /** When given, challenge labels are taken from it in `locale` (core's challengeLabel). */
  catalogue?: Catalogue;
}

/**
 * Text (from the data, the catalogue or a partner's wording) as literal Markdown: HTML is escaped
 * as in the HTML report (`<`, `>`, `&` as entities, so no tag or entity from a respondent is
 * rendered), Markdown's own characters are backslash-escaped (`|` cannot end a table cell, `#`
 * cannot make or close a heading, backticks, `*`, `_`, `~` and `[ ]` cannot format or link), and
 * line breaks become spaces, so a text stays inside its cell or heading.
 */
export const mdText = (text: string): string =>
  text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_~[\]|#<>&]/g, (c) =>
      c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`,
    );
const cell = mdText;

/** `count` for a plural message: the number, or `*` when withheld. */
export const countParam = (n: number | null | undefined): number | string =>
  n === null || n === undefined ? '*' : n;

/** The description of the rule applied, in the locale (or as recorded for another rule). */
export function disclosureText(analysis: Analysis, l: Localizer<ReportStrings>): string {
  const rule = analysis.disclosure.rule;
  return rule === 'nhs' || rule === 'survey' || rule === 'none'
    ? l.t(`disclosure.${rule}`)
    : analysis.disclosure.description;
}

/** "session × sector" in the locale. */
export function dimensionsText(groupBy: string[], l: Localizer<ReportStrings>): string {
  return groupBy
    .map((d) => {
      const [base, detail] = d.split(':');
      const key = `dim.${base}` as keyof ReportStrings & string;
      const name = ['session', 'sector', 'nation', 'region', 'period'].includes(base ?? '') ? l.t(key) : d;
      return detail && name !== d ? `${name} (${detail})` : name;
    })
    .join(' × ');
}

function table(rows: ChallengeStats[], l: Localizer<ReportStrings>): string {
  const locale = l.locale;
  const head = `| ${cell(l.t('col.challenge'))} | ${cell(l.t('col.identified'))} | ${cell(l.t('col.base'))} | ${cell(l.t('col.percent'))} | ${cell(l.t('col.ci'))} | ${cell(l.t('col.mean'))} | ${cell(l.t('col.median'))} | ${cell(l.t('col.sd'))} | ${cell(l.t('col.lowNeutralHigh'))} |\n|---|--:|--:|--:|---|--:|--:|--:|---|`;
  const body = rows.map(
    (c) =>
      `| ${cell(c.label)} | ${formatCount(c.identified, locale)} | ${formatCount(c.base, locale)} | ${formatPercent(c.proportion, locale)} | ${formatInterval(c.interval, locale)} | ${formatNumber(c.mean, 2, locale)} | ${formatNumber(c.median, 1, locale)} | ${formatNumber(c.sd, 2, locale)} | ${formatPercent(c.pctLow, locale)} / ${formatPercent(c.pctNeutral, locale)} / ${formatPercent(c.pctHigh, locale)} |`,
  );
  return [head, ...body].join('\n');
}

export function analysisToMarkdown(input: Analysis, options: MarkdownOptions = {}): string {
  const l = reportLocalizer(options);
  const locale = l.locale;
  const analysis = relabel(input, options.catalogue, locale, l.t('other.label'));
  const out: string[] = [];
  out.push(`# ${cell(options.title ?? l.t('md.title'))}`, '');
  // no responses (e.g. a commitments export on its own): say what the files hold, not tables of zeros
  const empty = analysis.respondents === 0;
  out.push(
    cell(
      empty
        ? analysis.commitments
          ? l.t('empty.commitments', { count: countParam(analysis.commitments.total) })
          : l.t('empty.none')
        : l.t('intro', {
            respondents: formatCount(analysis.respondents, locale),
            threshold: analysis.threshold,
            version: analysis.catalogueVersion,
          }),
    ),
    '',
  );
  out.push(
    cell(`${l.t('disclosure.heading', { rule: analysis.disclosure.rule })}: ${disclosureText(analysis, l)}`),
    '',
  );
  for (const note of analysis.notes) out.push(`- ${cell(note)}`);
  if (analysis.notes.length) out.push('');
  if (!empty)
    out.push(`## ${cell(l.t('all.heading'))}`, '', table([...analysis.challenges, analysis.other], l), '');
  for (const g of analysis.groups) {
    out.push(
      `## ${cell(l.t('group.heading', { label: g.label, count: countParam(g.respondents) }))}`,
      '',
      table(g.challenges, l),
      '',
    );
  }
  const t = analysis.otherTexts;
  if (t.texts.length) {
    out.push(
      `## ${cell(l.t('other.heading'))}`,
      '',
      `| ${cell(l.t('other.text'))} | ${cell(l.t('other.count'))} | ${cell(l.t('other.coded'))} |`,
      '|---|--:|---|',
    );
    for (const x of t.texts.slice(0, 50))
      out.push(
        `| ${cell(x.text)} | ${formatCount(x.count, locale)} | ${cell(x.codes.join(', ') || `(${l.t('other.unmatched')})`)} |`,
      );
    out.push('');
  }
  const c = analysis.commitments;
  if (c) {
    out.push(
      `## ${cell(l.t('commitments.heading'))}`,
      '',
      cell(
        `${l.t('commitments.total', { count: countParam(c.total) })} ${l.t('commitments.unmatched', { count: countParam(c.unmatched) })}`,
      ),
      '',
    );
    for (const [title, record] of [
      [l.t('commitments.session'), c.bySession],
      [l.t('commitments.column'), c.byColumn],
      [l.t('commitments.sector'), c.bySector],
      [l.t('commitments.code'), c.byCode],
    ] as const) {
      out.push(`| ${cell(title)} | ${cell(l.t('commitments.count'))} |`, '|---|--:|');
      for (const [key, n] of Object.entries(record))
        out.push(`| ${cell(key || l.t('notStated'))} | ${formatCount(n, locale)} |`);
      out.push('');
    }
  }
  if (analysis.reliability && !empty) {
    const r = analysis.reliability;
    out.push(
      `## ${cell(l.t('reliability.heading'))}`,
      '',
      cell(
        l.t('reliability.md', {
          alpha: formatNumber(r.alpha, 3, locale),
          standardised: formatNumber(r.standardisedAlpha, 3, locale),
          count: r.n,
        }),
      ),
      '',
    );
    out.push(
      `| ${cell(l.t('col.challenge'))} | ${cell(l.t('reliability.itemTotal'))} | ${cell(l.t('reliability.alphaIfDropped'))} |`,
      '|---|--:|--:|',
    );
    for (const s of r.itemStats)
      out.push(
        `| ${cell(s.id)} | ${formatNumber(s.itemTotal, 3, locale)} | ${formatNumber(s.alphaIfDeleted, 3, locale)} |`,
      );
    out.push('');
  }
  return out.join('\n');
}
