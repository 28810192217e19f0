/**
 * The TRIZ board's pure rules for what it shows (no DOM, no Lit): which round of how many, the
 * time left on this device's own clock, the words for a note's history, the sections and the
 * actions a note offers in a round, and the words for a refusal. The rules of the notes
 * themselves (what may change into what) are the model's (`changeNote`, `byVotes`).
 */
import {
  TRIZ_AGENDA,
  byVotes,
  timeIsUp,
  type AgendaItem,
  type NoteState,
  type RoundKind,
  type RoundState,
  type Session,
  type TrizNote,
} from '@netweave/core';

/** The TRIZ rounds in their usual order (the closing sentence is not one of the board's rounds). */
const TRIZ_ROUNDS: readonly NoteState[] = ['worst', 'already', 'stop'];

/**
 * A round's place among the session's TRIZ rounds: "Round 2 of 3". The closing sentence (`commit`)
 * does not count; a round the agenda lacks takes its usual place, so history still reads.
 */
export function roundPosition(
  agenda: readonly AgendaItem[] | undefined,
  kind: RoundKind | null,
): { n: number; total: number } {
  const rounds = (agenda?.length ? agenda : TRIZ_AGENDA)
    .map((i) => i.kind)
    .filter((k): k is NoteState => k !== 'commit');
  const total = rounds.length || TRIZ_ROUNDS.length;
  const at = kind && kind !== 'commit' ? rounds.indexOf(kind) : -1;
  if (at >= 0) return { n: at + 1, total };
  return { n: kind && kind !== 'commit' ? TRIZ_ROUNDS.indexOf(kind) + 1 : 1, total };
}

/**
 * The round as it stands `elapsed` ms after the collector told it: a running round's `leftMs`
 * counted down by this device's monotonic clock (its wall clock may be wrong; the collector's
 * `endsAt` is on another clock). Paused, ready and ended rounds stand still.
 */
export function roundAfter(round: RoundState, elapsed: number): RoundState {
  if (round.phase !== 'running') return round;
  return { ...round, leftMs: round.leftMs - Math.max(0, elapsed) };
}

/** "7:59", "0:05", "61:00": minutes and seconds left, rounded up to the second, never below 0:00. */
export function clockText(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** What the board says about the round beside its countdown (`''`: nothing). */
export function roundStatus(round: RoundState): '' | 'waiting' | 'locked' | 'up' | 'paused' | 'over' {
  if (round.kind === null) return round.locked ? 'locked' : 'waiting';
  if (round.kind === 'commit') return 'over';
  if (round.locked) return 'locked';
  if (timeIsUp(round)) return 'up';
  return round.phase === 'paused' ? 'paused' : '';
}

/** The groups a participant may choose from; a session without groups has one board, `g1`. */
export function sessionGroups(session: Session | undefined): { id: string; name?: string }[] {
  return session?.groups?.length ? session.groups.map((g) => ({ ...g })) : [];
}

/** A group's number for its default name ("g3" → 3). */
export function groupNumber(id: string): number {
  return Number(/^g(\d+)$/.exec(id)?.[1] ?? 0);
}

/** One step of a note's history, in the words the board uses (`key`) and the round it was in. */
export interface HistoryStep {
  readonly key: 'written' | 'added' | 'recognised' | 'stepped' | 'not-us' | 'unstepped';
  readonly n: number;
}

/**
 * A note's history as steps to put in words: "Written in round 1 · recognised in round 2". Each
 * change is placed in the round of the colour it went to (recognising happens in round 2…), an
 * undo in the round of the colour it left.
 */
export function historySteps(note: TrizNote, agenda?: readonly AgendaItem[]): HistoryStep[] {
  const steps: HistoryStep[] = [];
  let before: NoteState | undefined;
  for (const { state } of note.history) {
    let key: HistoryStep['key'];
    if (!before) key = state === 'worst' ? 'written' : 'added';
    else if (state === 'already') key = before === 'stop' ? 'unstepped' : 'recognised';
    else if (state === 'stop') key = 'stepped';
    else key = 'not-us';
    // An undo happens in the round of the colour it leaves (pink in round 2, green in round 3).
    const undo = key === 'not-us' || key === 'unstepped';
    steps.push({ key, n: roundPosition(agenda, undo ? before! : state).n });
    before = state;
  }
  if (!steps.length)
    steps.push({ key: note.state === 'worst' ? 'written' : 'added', n: roundPosition(agenda, note.state).n });
  return steps;
}

/** The board's three sections, each in the order to show: pink notes most voted first (`byVotes`). */
export function sections(notes: Iterable<TrizNote>): Record<NoteState, TrizNote[]> {
  const out: Record<NoteState, TrizNote[]> = { worst: [], already: [], stop: [] };
  for (const n of notes) out[n.state].push(n);
  out.already = byVotes(out.already);
  return out;
}

/** What a participant may do to a note in a round (besides voting). */
export type NoteAction = 'recognise' | 'not-us' | 'add-step' | 'change-step' | 'undo-step';

export function noteActions(note: TrizNote, kind: RoundKind | null): NoteAction[] {
  if (kind === 'already') {
    if (note.state === 'worst') return ['recognise'];
    if (note.state === 'already' && note.history[0]?.state === 'worst') return ['not-us'];
  }
  if (kind === 'stop') {
    if (note.state === 'already') return ['add-step'];
    if (note.state === 'stop') return ['change-step', 'undo-step'];
  }
  return [];
}

/** What an add form adds in a round: yellow before any round and in round 1, pink in round 2. */
export function addState(kind: RoundKind | null): 'worst' | 'already' | null {
  if (kind === null || kind === 'worst') return 'worst';
  return kind === 'already' ? 'already' : null;
}

/** Refusal codes the board words differently, by what the person can do about them. */
const REASONS: Record<string, string> = {
  'not-in-group': 'not-in-group',
  locked: 'locked',
  'vote-limit': 'vote-limit',
  'voting-off': 'voting-off',
  'board-full': 'board-full',
  'step-needed': 'step-needed',
  'session-closed': 'session-closed',
  'device-required': 'device-required',
  'note-not-found': 'note-not-found',
  'not-pink': 'changed',
  'not-yellow-or-green': 'changed',
  'no-change': 'changed',
  invalid: 'invalid',
  offline: 'network',
  network: 'network',
  'rate-limited': 'busy',
  'device-rate-limited': 'busy',
  'session-busy': 'busy',
  'collector-busy': 'busy',
  'server-error': 'server',
  'origin-not-allowed': 'setup',
  'session-not-found': 'setup',
  'not-a-collector': 'setup',
};

/** The string key (`why.…`) that says why a write was refused; any other code is `why.other`. */
export function reasonKey(code: string): string {
  return `why.${REASONS[code] ?? 'other'}`;
}

/** A store's refusal as the board keeps it: the collector's code, or `network` for no answer. */
export function refusalCode(error: unknown): string {
  const e = error as { code?: unknown; status?: unknown } | null;
  if (e && typeof e.code === 'string' && e.code && (e.code !== 'error' || e.status)) return e.code;
  return 'network';
}

/**
 * What to say when the round's standing changes, given what was last said (`said`, a key; empty
 * before the board was first shown, when nothing is news): time up and a lock are said once each,
 * and writing opening again after a lock. Returns the key to keep and the news, if any.
 */
export function roundNews(
  said: string,
  round: RoundState,
): { key: string; news: '' | 'up' | 'locked' | 'unlocked' } {
  const status = roundStatus(round);
  const key = `${round.kind}|${status === 'up' || status === 'locked' ? status : ''}`;
  if (!said || key === said) return { key, news: '' };
  if (status === 'up' || status === 'locked') return { key, news: status };
  return { key, news: said === `${round.kind}|locked` ? 'unlocked' : '' };
}
