/**
 * From a session's data to the write-up's blocks, in the order a facilitator writes one up: title,
 * date and prompt; who took part; the challenges people rated; what emerged, group by group and
 * round by round; what changed; what happened next (follow-ups, weeks later); method and privacy. A part with nothing in it is left out; only
 * visible posts and notes are ever used (held and hidden ones are dropped here, before rendering).
 */
import {
  DEFAULT_CATALOGUE,
  NATIONS,
  SECTORS,
  FOLLOW_UP_ANSWERS,
  byVotes,
  fieldLabels,
  formatWelshDate,
  type TrizNote,
} from '@netweave/model';
import { groupLabel } from '../aggregate/group-label.js';
import { countFollowUps, latestFollowUps } from '../followup/count-follow-ups.js';
import { DISCLOSURE_DESCRIPTIONS } from '../disclosure/rules.js';
import { formatCount, formatPercent } from '../output/format.js';
import { toFrequencySummary } from '../output/frequency-summary.js';
import { analyseResponses } from '../summarise.js';
import type { Block, ListItem, WriteupDocument } from './blocks.js';
import type { WriteupInput } from './writeup.js';
import { writeupLocalizer } from './writeup-strings.js';

/** A session date (YYYY-MM-DD) for people: "12 March 2026", "12 Mawrth 2026" (our Welsh months). */
export function formatSessionDate(iso: string, lang: 'en' | 'cy'): string {
  const date = new Date(`${iso.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions = {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  };
  return lang === 'cy'
    ? formatWelshDate(date, options)
    : new Intl.DateTimeFormat('en-GB', options).format(date);
}

const order = (list: readonly string[]) => (key: string) => {
  const i = list.indexOf(key);
  return key === '' ? list.length + 1 : i === -1 ? list.length : i;
};

/** Notes written yellow in round 1 (a note added pink in round 2 was never yellow). */
const writtenYellow = (n: TrizNote) => (n.history[0]?.state ?? n.state) === 'worst';

const groupNumber = (id: string) => Number(/^g(\d+)$/.exec(id)?.[1] ?? Number.NaN);

export function buildWriteup(input: WriteupInput, lang: 'en' | 'cy'): WriteupDocument {
  const l = writeupLocalizer(lang);
  const rule = input.disclosure ?? 'nhs';
  const catalogue = input.catalogue ?? DEFAULT_CATALOGUE;
  const { session } = input;
  const blocks: Block[] = [];
  const count = (n: number | null) => formatCount(n, lang);

  blocks.push({ kind: 'heading', level: 1, text: session.title });
  blocks.push({ kind: 'paragraph', text: l.t('meta.date', { date: formatSessionDate(session.date, lang) }) });
  if (session.prompt?.trim())
    blocks.push({ kind: 'paragraph', text: l.t('meta.prompt', { prompt: session.prompt.trim() }) });

  // who took part, and the challenges they rated (the self-assessment responses)
  const responses = input.responses;
  let withheldTaking = 0;
  let disclosureNotes: string[] = [];
  if (responses.length) {
    const total = analyseResponses(responses, { catalogue, disclosure: rule, locale: lang });
    disclosureNotes = total.notes;
    blocks.push({ kind: 'heading', level: 2, text: l.t('part.taking') });
    if (total.respondents === null) {
      withheldTaking += 1;
      blocks.push({ kind: 'paragraph', text: l.t('taking.respondentsHidden') });
    } else blocks.push({ kind: 'paragraph', text: l.t('taking.respondents', { count: total.respondents }) });
    for (const dimension of ['sector', 'nation'] as const) {
      const by = analyseResponses(responses, { catalogue, disclosure: rule, locale: lang, by: dimension });
      const rank = order(dimension === 'sector' ? SECTORS : NATIONS);
      const groups = [...by.groups].sort((a, b) => rank(a.key) - rank(b.key));
      if (groups.every((g) => g.key === '')) continue;
      withheldTaking += groups.filter((g) => g.respondents === null).length;
      blocks.push({
        kind: 'table',
        caption: l.t(dimension === 'sector' ? 'taking.bySector' : 'taking.byNation'),
        head: [l.t(dimension === 'sector' ? 'col.sector' : 'col.nation'), l.t('col.people')],
        rows: groups.map((g) => [groupLabel([dimension], g.key, lang), count(g.respondents)]),
        numeric: [false, true],
      });
    }
    if (withheldTaking) blocks.push({ kind: 'paragraph', text: l.t('taking.key') });

    blocks.push({ kind: 'heading', level: 2, text: l.t('part.challenges') });
    blocks.push({ kind: 'paragraph', text: l.t('challenges.intro', { threshold: total.threshold }) });
    // challenges nobody rated are left out (a proportion of nobody says nothing)
    const rated = total.challenges.filter((c) => c.base !== 0);
    const full = toFrequencySummary(total);
    const summary = { ...full, challenges: full.challenges.filter((c) => c.base !== 0) };
    blocks.push({ kind: 'chart', title: l.t('chart.title'), summary });
    blocks.push({
      kind: 'table',
      caption: l.t('part.challenges'),
      head: [l.t('col.challenge'), l.t('col.identified'), l.t('col.base'), l.t('col.proportion')],
      rows: rated.map((c) => [
        c.label,
        count(c.identified),
        count(c.base),
        formatPercent(c.proportion, lang),
      ]),
      numeric: [false, true, true, true],
    });
  }

  // what emerged: the TRIZ boards, group by group
  const notes = (input.notes ?? []).filter((n) => n.status === 'visible');
  if (notes.length) {
    blocks.push({ kind: 'heading', level: 2, text: l.t('part.emerged') });
    const named = new Map((session.groups ?? []).map((g) => [g.id, g.name]));
    const ids = [...(session.groups ?? []).map((g) => g.id)];
    for (const id of [...new Set(notes.map((n) => n.group))].sort(
      (a, b) => groupNumber(a) - groupNumber(b) || a.localeCompare(b),
    ))
      if (!ids.includes(id)) ids.push(id);
    const voting = (session.votes ?? 0) > 0 || notes.some((n) => n.votes > 0);
    const votes = (n: TrizNote) => (voting ? [l.t('votes', { count: n.votes })] : []);
    for (const id of ids) {
      const mine = notes.filter((n) => n.group === id);
      if (!mine.length) continue;
      const n = groupNumber(id);
      const name =
        named.get(id)?.trim() || (Number.isNaN(n) ? id || l.t('group.all') : l.t('group.n', { n }));
      blocks.push({ kind: 'heading', level: 3, text: name });
      const yellow = mine.filter(writtenYellow).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
      if (yellow.length) {
        blocks.push({ kind: 'paragraph', label: true, text: l.t('round.worst') });
        blocks.push({ kind: 'list', items: yellow.map((note) => ({ text: note.text })) });
      }
      const pink = byVotes(mine);
      if (pink.length) {
        blocks.push({ kind: 'paragraph', label: true, text: l.t('round.already') });
        blocks.push({
          kind: 'list',
          items: pink.map((note): ListItem => ({
            text: note.text,
            notes: [
              l.t(writtenYellow(note) ? 'note.recognised' : 'note.added'),
              ...votes(note),
              ...(note.state === 'stop' && note.step ? [l.t('note.hasStep')] : []),
            ],
          })),
        });
      }
      const green = pink.filter((note) => note.state === 'stop' && note.step?.trim());
      if (green.length) {
        blocks.push({ kind: 'paragraph', label: true, text: l.t('round.stop') });
        blocks.push({
          kind: 'list',
          items: green.map((note) => ({
            text: note.text,
            notes: votes(note),
            detail: l.t('note.step', { step: note.step!.trim() }),
          })),
        });
      }
    }
  }

  // what changed: everyone's "One thing I will do from today…"
  const commitments = input.commitments
    .filter((c) => c.status === 'visible')
    .sort((a, b) => (b.reactions ?? 0) - (a.reactions ?? 0) || a.createdAt.localeCompare(b.createdAt));
  if (commitments.length) {
    blocks.push({ kind: 'heading', level: 2, text: l.t('part.changed') });
    const prompt = session.prompt?.trim() || l.t('changed.defaultPrompt');
    blocks.push({ kind: 'paragraph', text: l.t('changed.intro', { prompt }) });
    const sectors = fieldLabels[lang].sector as Record<string, string>;
    blocks.push({
      kind: 'list',
      items: commitments.map((c) => ({
        text: c.text,
        notes: [
          ...(c.sector && Object.prototype.hasOwnProperty.call(sectors, c.sector)
            ? [sectors[c.sector]!]
            : []),
          ...((c.reactions ?? 0) > 0 ? [l.t('reactions', { count: c.reactions })] : []),
        ],
      })),
    });
  }

  // what happened next: "did you do it?", weeks later
  const followUps = (input.followUps ?? []).filter((f) => f.status !== 'hidden');
  let withheldNext = 0;
  if (followUps.length) {
    const counts = countFollowUps(followUps, { disclosure: rule });
    withheldNext = counts.withheld.primary + counts.withheld.secondary;
    blocks.push({ kind: 'heading', level: 2, text: l.t('part.next') });
    blocks.push({ kind: 'paragraph', text: l.t('next.intro') });
    if (counts.all.total === null) blocks.push({ kind: 'paragraph', text: l.t('next.totalHidden') });
    else blocks.push({ kind: 'paragraph', text: l.t('next.total', { count: counts.all.total }) });
    const answerHead = FOLLOW_UP_ANSWERS.map((a) => l.t(`answer.${a}`));
    blocks.push({
      kind: 'table',
      caption: l.t('next.answers'),
      head: [l.t('col.answer'), l.t('col.commitments')],
      rows: FOLLOW_UP_ANSWERS.map((a, i) => [answerHead[i]!, count(counts.all.byAnswer[a])]),
      numeric: [false, true],
    });
    const rank = order(SECTORS);
    const sectors = Object.keys(counts.bySector).sort((a, b) => rank(a) - rank(b));
    if (sectors.some((k) => k !== '')) {
      blocks.push({
        kind: 'table',
        caption: l.t('next.bySector'),
        head: [l.t('col.sector'), ...answerHead, l.t('col.answered')],
        rows: sectors.map((k) => {
          const line = counts.bySector[k]!;
          return [
            groupLabel(['sector'], k, lang),
            ...FOLLOW_UP_ANSWERS.map((a) => count(line.byAnswer[a])),
            count(line.total),
          ];
        }),
        numeric: [false, ...FOLLOW_UP_ANSWERS.map(() => true), true],
      });
    }
    if (withheldNext) blocks.push({ kind: 'paragraph', text: l.t('taking.key') });
    // what people wrote with their answer: only visible notes, of commitments still on the wall
    const shownCommitments = new Map(commitments.map((c) => [c.id, c]));
    const said = latestFollowUps(followUps)
      .filter((f) => f.status === 'visible' && f.note?.trim() && shownCommitments.has(f.commitmentId))
      .sort((a, b) => a.answeredAt.localeCompare(b.answeredAt));
    if (said.length) {
      blocks.push({ kind: 'paragraph', label: true, text: l.t('next.said') });
      blocks.push({
        kind: 'list',
        items: said.map((f) => ({
          text: shownCommitments.get(f.commitmentId)!.text,
          notes: [l.t(`answer.${f.answer}`)],
          detail: l.t('next.note', { note: f.note!.trim() }),
        })),
      });
    }
  }

  // method and privacy
  blocks.push({ kind: 'heading', level: 2, text: l.t('part.method') });
  if (notes.length) blocks.push({ kind: 'paragraph', text: l.t('method.triz') });
  if (followUps.length) blocks.push({ kind: 'paragraph', text: l.t('method.followUps') });
  if (responses.length || followUps.length) {
    blocks.push({
      kind: 'paragraph',
      text: l.t('method.rule', { description: DISCLOSURE_DESCRIPTIONS[lang][rule] }),
    });
    for (const note of disclosureNotes) blocks.push({ kind: 'paragraph', text: note });
    if (withheldTaking)
      blocks.push({ kind: 'paragraph', text: l.t('method.taking', { count: withheldTaking }) });
    if (withheldNext) blocks.push({ kind: 'paragraph', text: l.t('method.next', { count: withheldNext }) });
    if (!withheldTaking && !withheldNext && !disclosureNotes.length)
      blocks.push({ kind: 'paragraph', text: l.t('method.nothing') });
  }
  blocks.push({ kind: 'paragraph', text: l.t('method.posts') });

  return {
    lang,
    title: session.title,
    description: `${l.t('doc.kind')}: ${session.title}, ${formatSessionDate(session.date, lang)}`,
    blocks,
  };
}
