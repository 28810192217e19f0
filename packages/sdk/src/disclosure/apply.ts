/**
 * Applies a disclosure-control preset to every figure of an Analysis (totals, groups, the other
 * challenge and its texts, provenance counts, reliability) and records the rule and what was
 * withheld. Returns a new object; the input is not changed.
 */
import { Localizer, type Locale, type PluralMessage, type StringOverrides } from '@netweave/model';
import type { Analysis, GroupAnalysis } from '../analyse.js';
import { rederive, type ChallengeStats } from '../aggregate/challenge-stats.js';
import { disclosureFor, MIN_BASE, type DisclosureRule } from './rules.js';
import { copyDict } from '../dict.js';

/** The notes on what was withheld (keys `note.primary`, `note.secondary` for partner wording). */
export const disclosureNotesEn = {
  'note.primary': {
    one: '{count} result withheld or partly withheld because of small numbers.',
    other: '{count} results withheld or partly withheld because of small numbers.',
  } as PluralMessage,
  'note.secondary': {
    one: '{count} more result withheld so that none can be worked out by subtraction (secondary suppression).',
    other:
      '{count} more results withheld so that none can be worked out by subtraction (secondary suppression).',
  } as PluralMessage,
};

// Counts as in the report's Welsh (output/report-strings.ts): digits and the singular noun,
// "canlyniad" mutated as the spoken numeral mutates it (dau ganlyniad, tri chanlyniad, chwe
// chanlyniad).
export const disclosureNotesCy: typeof disclosureNotesEn = {
  'note.primary': {
    one: 'Cafodd {count} canlyniad ei atal, yn llawn neu’n rhannol, oherwydd niferoedd bach.',
    two: 'Cafodd {count} ganlyniad eu hatal, yn llawn neu’n rhannol, oherwydd niferoedd bach.',
    few: 'Cafodd {count} chanlyniad eu hatal, yn llawn neu’n rhannol, oherwydd niferoedd bach.',
    many: 'Cafodd {count} chanlyniad eu hatal, yn llawn neu’n rhannol, oherwydd niferoedd bach.',
    other: 'Cafodd {count} canlyniad eu hatal, yn llawn neu’n rhannol, oherwydd niferoedd bach.',
  },
  'note.secondary': {
    one: 'Cafodd {count} canlyniad arall ei atal fel na ellir ei gyfrifo drwy dynnu (atal eilaidd).',
    two: 'Cafodd {count} ganlyniad arall eu hatal fel na ellir cyfrifo’r un ohonynt drwy dynnu (atal eilaidd).',
    few: 'Cafodd {count} chanlyniad arall eu hatal fel na ellir cyfrifo’r un ohonynt drwy dynnu (atal eilaidd).',
    many: 'Cafodd {count} chanlyniad arall eu hatal fel na ellir cyfrifo’r un ohonynt drwy dynnu (atal eilaidd).',
    other:
      'Cafodd {count} canlyniad arall eu hatal fel na ellir cyfrifo’r un ohonynt drwy dynnu (atal eilaidd).',
  },
};

/** NHS England rounding: 0 stays 0, 1–7 → null (`*`), else the nearest multiple of 5. */
export function nhsRound(count: number | null): number | null {
  if (count === null || count === 0) return count;
  if (count <= 7) return null;
  return Math.round(count / 5) * 5;
}

function withheld(stats: ChallengeStats, suppression: 'primary' | 'secondary'): ChallengeStats {
  return {
    ...stats,
    base: null,
    identified: null,
    proportion: null,
    interval: null,
    mean: null,
    median: null,
    sd: null,
    distribution: stats.distribution.map((d) => ({ ...d, count: null })),
    low: null,
    neutral: null,
    high: null,
    pctLow: null,
    pctNeutral: null,
    pctHigh: null,
    suppressed: true,
    suppression,
  };
}

function nhsStats(stats: ChallengeStats): ChallengeStats {
  const trueBase = stats.base ?? 0;
  const small = trueBase > 0 && trueBase < MIN_BASE.nhs;
  const out = rederive({
    ...stats,
    base: nhsRound(stats.base),
    identified: nhsRound(stats.identified),
    distribution: stats.distribution.map((d) => ({ ...d, count: nhsRound(d.count) })),
    low: nhsRound(stats.low),
    neutral: nhsRound(stats.neutral),
    high: nhsRound(stats.high),
    mean: small ? null : stats.mean,
    median: small ? null : stats.median,
    sd: small ? null : stats.sd,
  });
  const hidden =
    small ||
    out.base === null ||
    out.identified === null ||
    out.distribution.some((d) => d.count === null) ||
    out.low === null ||
    out.neutral === null ||
    out.high === null;
  if (hidden) {
    out.suppressed = true;
    out.suppression = 'primary';
  }
  return out;
}

function surveyStats(stats: ChallengeStats): ChallengeStats {
  const base = stats.base ?? 0;
  return base > 0 && base < MIN_BASE.survey ? withheld(stats, 'primary') : stats;
}

/** A record of counts with `fn` applied to each (and no prototype: its keys come from the data). */
const countRecord = (r: Record<string, number | null>, fn: (n: number | null) => number | null) =>
  copyDict(r, fn);

const same = (n: number | null) => n;

/**
 * Secondary suppression across a complete set of groups for one challenge: while exactly one
 * group is withheld and the total is shown, its figures follow from the total minus the others,
 * so the smallest shown group is withheld too. Returns how many cells were added.
 */
function secondary(
  groups: GroupAnalysis[],
  pick: (g: GroupAnalysis) => ChallengeStats,
  put: (g: GroupAnalysis, s: ChallengeStats) => void,
  totalShown: boolean,
  rawBase: (g: GroupAnalysis) => number,
): number {
  if (!totalShown || groups.length < 2) return 0;
  let added = 0;
  for (;;) {
    const live = groups.filter((g) => rawBase(g) > 0);
    const hidden = live.filter((g) => pick(g).suppressed);
    if (hidden.length !== 1) return added;
    const candidates = live.filter((g) => !pick(g).suppressed).sort((a, b) => rawBase(a) - rawBase(b));
    const next = candidates[0];
    if (!next) return added;
    put(next, withheld(pick(next), 'secondary'));
    added += 1;
  }
}

export function applyDisclosure(
  analysis: Analysis,
  rule: DisclosureRule,
  locale: Locale = 'en',
  strings?: StringOverrides,
): Analysis {
  const out: Analysis = structuredClone(analysis);
  // structuredClone gives records keyed by data a prototype again
  out.sessions = countRecord(out.sessions, same);
  out.catalogueVersions = countRecord(out.catalogueVersions, same);
  out.otherTexts.coded = countRecord(out.otherTexts.coded, same);
  if (out.commitments) {
    const c = out.commitments;
    for (const key of ['bySession', 'byColumn', 'bySector', 'byCode'] as const)
      c[key] = countRecord(c[key], same);
  }
  out.disclosure = disclosureFor(rule, locale);
  out.notes = [];
  if (rule === 'none') return out;
  const minBase = MIN_BASE[rule];
  const count = (n: number | null) => (rule === 'nhs' ? nhsRound(n) : n);
  const small = (n: number | null) => n !== null && n > 0 && n < minBase;
  const stats = rule === 'nhs' ? nhsStats : surveyStats;

  const rawGroupBases = new Map(analysis.groups.map((g) => [g.key, g]));
  out.challenges = out.challenges.map(stats);
  out.other = stats(out.other);
  for (const g of out.groups) {
    const raw = g.respondents;
    g.challenges = g.challenges.map(stats);
    g.other = stats(g.other);
    if (rule === 'survey' && small(raw)) {
      g.respondents = null;
      g.challenges = g.challenges.map((c) => (c.suppressed ? c : withheld(c, 'primary')));
      g.other = g.other.suppressed ? g.other : withheld(g.other, 'primary');
    } else g.respondents = count(raw);
  }
  let primary =
    out.challenges.filter((c) => c.suppressed).length +
    out.groups.reduce((n, g) => n + g.challenges.filter((c) => c.suppressed).length, 0);
  let added = 0;
  if (rule === 'survey' && out.groups.length > 1) {
    out.challenges.forEach((total, i) => {
      added += secondary(
        out.groups,
        (g) => g.challenges[i]!,
        (g, s) => (g.challenges[i] = s),
        !total.suppressed,
        (g) => rawGroupBases.get(g.key)!.challenges[i]!.base ?? 0,
      );
    });
    added += secondary(
      out.groups,
      (g) => g.other,
      (g, s) => (g.other = s),
      !out.other.suppressed,
      (g) => rawGroupBases.get(g.key)!.other.base ?? 0,
    );
    // group sizes: one hidden group size would follow from the total
    const hiddenSizes = out.groups.filter(
      (g) => g.respondents === null && (rawGroupBases.get(g.key)!.respondents ?? 0) > 0,
    );
    if (hiddenSizes.length === 1 && analysis.respondents !== null && analysis.respondents >= minBase) {
      const next = out.groups
        .filter((g) => g.respondents !== null && g.respondents > 0)
        .sort((a, b) => a.respondents! - b.respondents!)[0];
      if (next) {
        next.respondents = null;
        added += 1;
      }
    }
  }
  for (const g of out.groups) g.suppressed = g.respondents === null || g.challenges.some((c) => c.suppressed);
  out.respondents = rule === 'survey' && small(analysis.respondents) ? null : count(analysis.respondents);
  if (rule === 'survey' && out.respondents === null) {
    out.challenges = out.challenges.map((c) => (c.suppressed ? c : withheld(c, 'primary')));
    out.other = out.other.suppressed ? out.other : withheld(out.other, 'primary');
  }
  primary =
    out.challenges.filter((c) => c.suppression === 'primary').length +
    out.groups.reduce((n, g) => n + g.challenges.filter((c) => c.suppression === 'primary').length, 0);

  // the other challenge's texts, provenance counts
  const t = out.otherTexts;
  const textBase = t.respondents;
  if (rule === 'nhs') {
    t.respondents = nhsRound(textBase);
    t.withheld = nhsRound(t.withheld);
    for (const x of [...t.texts, ...t.unmatched]) x.count = nhsRound(x.count);
    t.coded = countRecord(t.coded, nhsRound);
  } else if (small(textBase)) {
    t.respondents = null;
    t.withheld = null;
    for (const x of [...t.texts, ...t.unmatched]) x.count = null;
    t.coded = countRecord(t.coded, () => null);
  }
  out.sessions = countRecord(out.sessions, (n) => (rule === 'nhs' ? nhsRound(n) : small(n) ? null : n));
  out.catalogueVersions = countRecord(out.catalogueVersions, (n) =>
    rule === 'nhs' ? nhsRound(n) : small(n) ? null : n,
  );
  if (out.commitments) {
    const c = out.commitments;
    const fn = (n: number | null) => (rule === 'nhs' ? nhsRound(n) : small(n) ? null : n);
    out.commitments = {
      total: fn(c.total),
      unmatched: fn(c.unmatched),
      bySession: countRecord(c.bySession, fn),
      byColumn: countRecord(c.byColumn, fn),
      bySector: countRecord(c.bySector, fn),
      byCode: countRecord(c.byCode, fn),
    };
  }
  if (out.reliability && out.reliability.n < minBase) {
    out.reliability = {
      ...out.reliability,
      alpha: null,
      standardisedAlpha: null,
      itemStats: out.reliability.itemStats.map((s) => ({ ...s, itemTotal: null, alphaIfDeleted: null })),
    };
  }
  if (out.reliability && rule === 'nhs')
    out.reliability = { ...out.reliability, n: nhsRound(out.reliability.n) ?? 0 };

  const l = new Localizer({ en: disclosureNotesEn, cy: disclosureNotesCy }, locale, strings);
  if (primary) out.notes.push(l.t('note.primary', { count: primary }));
  if (added) out.notes.push(l.t('note.secondary', { count: added }));
  return out;
}
