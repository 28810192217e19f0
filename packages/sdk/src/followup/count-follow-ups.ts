/**
 * "Did you do it?": follow-ups to commitments counted by answer, overall, by session and by
 * sector, under a disclosure rule. Each commitment counts once, by its latest answer (someone who
 * said "started" after 4 weeks and "done" after 8 is one "done"); hidden follow-ups are left out;
 * one whose note waits for review still counts (its answer is a choice, not text).
 *
 * Disclosure, as for the other counts: `nhs` shows 1–7 as withheld and rounds the rest to the
 * nearest 5 (so nothing can be worked out by subtraction); `survey` withholds counts from 1 to 9
 * and, where a withheld count could be worked out from a shown total and the other cells of its
 * row or column, the smallest shown count there too (secondary suppression); `none` shows all.
 */
import { FOLLOW_UP_ANSWERS, type FollowUp, type FollowUpAnswer } from '@netweave/model';
import { dict, own, put } from '../dict.js';
import { nhsRound } from '../disclosure/apply.js';
import { MIN_BASE, type DisclosureRule } from '../disclosure/rules.js';

/** Counts for one line (everyone, a session or a sector); null = withheld. */
export interface FollowUpLine {
  total: number | null;
  byAnswer: Record<FollowUpAnswer, number | null>;
}

export interface FollowUpCounts {
  rule: DisclosureRule;
  /** Commitments with an answer (each by its latest answer). */
  all: FollowUpLine;
  /** By session id; the record has no prototype. */
  bySession: Record<string, FollowUpLine>;
  /** By sector ('' = sector not stated); the record has no prototype. */
  bySector: Record<string, FollowUpLine>;
  /** Counts withheld because they are small, and more withheld so none can be worked out. */
  withheld: { primary: number; secondary: number };
}

export interface CountFollowUpsOptions {
  /** Default `nhs`. */
  disclosure?: DisclosureRule;
}

type Raw = { total: number; byAnswer: Record<FollowUpAnswer, number> };

const rawLine = (): Raw => ({
  total: 0,
  byAnswer: Object.fromEntries(FOLLOW_UP_ANSWERS.map((a) => [a, 0])) as Record<FollowUpAnswer, number>,
});

const lineOf = (lines: Record<string, Raw>, key: string): Raw => {
  const line = own(lines, key) ?? rawLine();
  put(lines, key, line);
  return line;
};

const later = (a: FollowUp, b: FollowUp) =>
  a.answeredAt > b.answeredAt || (a.answeredAt === b.answeredAt && a.id > b.id);

/** The latest counted answer for each commitment (hidden follow-ups and unknown answers left out). */
export function latestFollowUps(followUps: Iterable<FollowUp>): FollowUp[] {
  const latest = new Map<string, FollowUp>();
  for (const f of followUps) {
    if (f.status === 'hidden' || !(FOLLOW_UP_ANSWERS as readonly string[]).includes(f.answer)) continue;
    const key = `${f.sessionId}\u0000${f.commitmentId}`;
    const seen = latest.get(key);
    if (!seen || later(f, seen)) latest.set(key, f);
  }
  return [...latest.values()];
}

export function countFollowUps(
  followUps: Iterable<FollowUp>,
  options: CountFollowUpsOptions = {},
): FollowUpCounts {
  const rule = options.disclosure ?? 'nhs';
  const all = rawLine();
  const bySession = dict<Raw>();
  const bySector = dict<Raw>();
  const add = (line: Raw, answer: FollowUpAnswer) => {
    line.total += 1;
    line.byAnswer[answer] += 1;
  };
  for (const f of latestFollowUps(followUps)) {
    add(all, f.answer);
    add(lineOf(bySession, f.sessionId), f.answer);
    add(lineOf(bySector, f.sector ?? ''), f.answer);
  }
  const withheld = { primary: 0, secondary: 0 };
  const allShown = shown(all, rule, withheld);
  const protect = (lines: Record<string, Raw>) => {
    const out = dict<FollowUpLine>();
    for (const [key, line] of Object.entries(lines)) put(out, key, shown(line, rule, withheld));
    return out;
  };
  const sessions = protect(bySession);
  const sectors = protect(bySector);
  if (rule === 'survey')
    // everyone's line first, then each way of splitting it (which may withhold more of everyone's)
    for (let before = -1; before !== withheld.secondary;) {
      before = withheld.secondary;
      withheld.secondary += secondary([allShown], [all], allShown);
      withheld.secondary += secondary(Object.values(sessions), Object.values(bySession), allShown);
      withheld.secondary += secondary(Object.values(sectors), Object.values(bySector), allShown);
    }
  return { rule, all: allShown, bySession: sessions, bySector: sectors, withheld };
}

function shown(line: Raw, rule: DisclosureRule, withheld: { primary: number }): FollowUpLine {
  const hide = (n: number): number | null => {
    if (rule === 'none') return n;
    const out = rule === 'nhs' ? nhsRound(n) : n > 0 && n < MIN_BASE.survey ? null : n;
    if (out === null) withheld.primary += 1;
    return out;
  };
  return {
    total: hide(line.total),
    byAnswer: Object.fromEntries(FOLLOW_UP_ANSWERS.map((a) => [a, hide(line.byAnswer[a])])) as Record<
      FollowUpAnswer,
      number | null
    >,
  };
}

/**
 * Survey rule, secondary suppression. In each line (its total is the sum of its answers) and each
 * answer's column (its count over everyone, in `all`, is the sum over the lines), while exactly one
 * non-zero count is withheld and the total is shown, the smallest shown non-zero count there is
 * withheld too; where there is none (the others are zero), the total itself is withheld. Changes
 * `lines` and `all` in place; returns how many counts it withheld.
 */
function secondary(lines: FollowUpLine[], raw: Raw[], all: FollowUpLine): number {
  let added = 0;
  // a count in a line: one answer's, or the line's total
  type Cell = { readonly n: number; shown(): boolean; hide(): void };
  const cell = (line: FollowUpLine, r: Raw, answer?: FollowUpAnswer): Cell =>
    answer
      ? {
          n: r.byAnswer[answer],
          shown: () => line.byAnswer[answer] !== null,
          hide: () => (line.byAnswer[answer] = null),
        }
      : { n: r.total, shown: () => line.total !== null, hide: () => (line.total = null) };
  const fix = (group: Cell[], total: Cell) => {
    if (!total.shown()) return false;
    const live = group.filter((c) => c.n > 0);
    if (live.filter((c) => !c.shown()).length !== 1) return false;
    const next = live.filter((c) => c.shown()).sort((a, b) => a.n - b.n)[0];
    (next ?? total).hide();
    added += 1;
    return true;
  };
  for (let changed = true; changed;) {
    changed = false;
    lines.forEach((line, i) => {
      const answers = FOLLOW_UP_ANSWERS.map((a) => cell(line, raw[i]!, a));
      changed = fix(answers, cell(line, raw[i]!)) || changed;
    });
    // each answer's column and the totals' column, whose sums are everyone's counts
    for (const answer of [...FOLLOW_UP_ANSWERS, undefined]) {
      const column = lines.map((line, i) => cell(line, raw[i]!, answer));
      changed = fix(column, cell(all, NONE, answer)) || changed;
    }
  }
  return added;
}

/** The raw counts of a total cell are not needed (only whether it is shown). */
const NONE = rawLine();
