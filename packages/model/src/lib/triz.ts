/**
 * TRIZ in breakout groups, as the session netweave was designed from runs it: each group has its
 * own board of sticky notes; three timed rounds (8, 8 and 12 minutes), then the closing sentence.
 *
 * - Round `worst`: list everything you could do to get the worst possible result (yellow notes).
 * - Round `already`: go down the list: "is there anything we are doing now that in any way
 *   resembles this?" The notes the group recognises turn pink (the same note, its history kept);
 *   new pink notes may be added.
 * - Round `stop`: for each pink note, decide the first step that will stop it: the note turns
 *   green, and the step is part of it.
 * - `commit`: everyone completes "One thing I will do from today…" (the commitments wall).
 *
 * Pure data and rules (no validation library, no DOM), shared by the collector, the board, the
 * console and the projector, so every screen applies the same rules. The timer is the
 * collector's: a round's state says when time is up by the collector's clock (`endsAt`) and the
 * time left when it was told (`leftMs`); a device counts down from `leftMs` with its own
 * monotonic clock, so a device whose clock is wrong, a late joiner and a reload all show the
 * right time left.
 */

/** A note's state, named for what it says (its colour is how the board shows it, never alone). */
export const NOTE_STATES = ['worst', 'already', 'stop'] as const;
export type NoteState = (typeof NOTE_STATES)[number];

/** Each state's colour on the board (also named in words, with a pattern and an icon). */
export const NOTE_COLOURS: Readonly<Record<NoteState, 'yellow' | 'pink' | 'green'>> = {
  worst: 'yellow',
  already: 'pink',
  stop: 'green',
};

/** The rounds an agenda may hold, in the order TRIZ runs them. */
export const ROUND_KINDS = ['worst', 'already', 'stop', 'commit'] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];

/** One item of a session's agenda: a round and its length. */
export interface AgendaItem {
  readonly kind: RoundKind;
  /** Whole minutes, 1 to 120. */
  readonly minutes: number;
}

/** The source session's agenda: TRIZ 8, 8 and 12 minutes, then the closing sentence (5). */
export const TRIZ_AGENDA: readonly AgendaItem[] = [
  { kind: 'worst', minutes: 8 },
  { kind: 'already', minutes: 8 },
  { kind: 'stop', minutes: 12 },
  { kind: 'commit', minutes: 5 },
];

export const TRIZ_LIMITS = {
  /** Groups a session may have. */
  groups: 50,
  /** Characters in a note, and in its first step. */
  noteText: 300,
  /** A group's name. */
  groupName: 60,
  /** Minutes a round may last, and may be added at once. */
  minutes: 120,
  /** Votes a person may have (0: no voting). */
  votes: 10,
  /** Notes on one group's board. */
  notesPerGroup: 300,
} as const;

/** A breakout group: `g1`, `g2`… in order; a name when the facilitator gave one. */
export interface SessionGroup {
  readonly id: string;
  readonly name?: string;
}

/** The group ids a session with `count` groups has. */
export function groupIds(count: number): string[] {
  return Array.from(
    { length: Math.max(0, Math.min(TRIZ_LIMITS.groups, Math.floor(count))) },
    (_, i) => `g${i + 1}`,
  );
}

/** Where the session's round stands. */
export type RoundPhase = 'ready' | 'running' | 'paused' | 'ended';

export interface RoundState {
  /** The agenda item this is about; null before the first round. */
  readonly kind: RoundKind | null;
  readonly phase: RoundPhase;
  /** While running: when time is up, by the collector's clock (ms since 1970). */
  readonly endsAt?: number;
  /**
   * Time left (ms) when the collector told it: while running, `endsAt` less its clock then
   * (0 or less once time is up); while paused or ready, what is left; 0 once ended.
   */
  readonly leftMs: number;
  /** Participants may not write or change notes (the facilitator still may). */
  readonly locked: boolean;
  /** One more with every change: an action naming an older version is refused as stale. */
  readonly version: number;
}

export const INITIAL_ROUND: RoundState = { kind: null, phase: 'ready', leftMs: 0, locked: false, version: 0 };

/** The round as it stands at `now` (the collector's clock): `leftMs` brought up to date. */
export function roundAt(round: RoundState, now: number): RoundState {
  if (round.phase !== 'running' || round.endsAt === undefined) return round;
  return { ...round, leftMs: round.endsAt - now };
}

/** Whether time is up (told once to everyone: visibly and to screen readers). */
export function timeIsUp(round: RoundState): boolean {
  return round.phase === 'ended' || (round.phase === 'running' && round.leftMs <= 0);
}

/** What the facilitator does to the round (from the console). */
export type RoundAction =
  | { readonly action: 'start'; readonly kind: RoundKind }
  | { readonly action: 'pause' }
  | { readonly action: 'resume' }
  | { readonly action: 'add'; readonly minutes: number }
  | { readonly action: 'end' }
  | { readonly action: 'lock' }
  | { readonly action: 'unlock' };

export const ROUND_ACTIONS = ['start', 'pause', 'resume', 'add', 'end', 'lock', 'unlock'] as const;

/** Why a round action cannot be taken (a stable code; the collector says it in words). */
export type RoundRefusal = 'not-in-agenda' | 'not-running' | 'not-paused' | 'no-round' | 'minutes';

/**
 * The round after `action` at `now` (the collector's clock), or why not. Starting a round starts
 * its timer from the agenda's minutes and unlocks writing; adding time to a round whose time is
 * up sets it running again; the stage the session shows follows the round (`stageOf`).
 */
export function applyRoundAction(
  round: RoundState,
  action: RoundAction,
  agenda: readonly AgendaItem[],
  now: number,
): { round: RoundState } | { refused: RoundRefusal } {
  const at = roundAt(round, now);
  const next = (fields: Partial<RoundState>): { round: RoundState } => ({
    round: { ...at, ...fields, version: round.version + 1 },
  });
  switch (action.action) {
    case 'start': {
      const item = agenda.find((i) => i.kind === action.kind);
      if (!item) return { refused: 'not-in-agenda' };
      const leftMs = item.minutes * 60_000;
      return next({ kind: item.kind, phase: 'running', endsAt: now + leftMs, leftMs, locked: false });
    }
    case 'pause':
      if (at.phase !== 'running') return { refused: 'not-running' };
      return next({ phase: 'paused', endsAt: undefined, leftMs: Math.max(0, at.leftMs) });
    case 'resume':
      if (at.phase !== 'paused') return { refused: 'not-paused' };
      return next({ phase: 'running', endsAt: now + at.leftMs });
    case 'add': {
      if (at.kind === null) return { refused: 'no-round' };
      if (!Number.isInteger(action.minutes) || action.minutes < 1 || action.minutes > TRIZ_LIMITS.minutes)
        return { refused: 'minutes' };
      const added = action.minutes * 60_000;
      if (at.phase === 'paused' || at.phase === 'ready') return next({ leftMs: at.leftMs + added });
      const base = at.phase === 'running' ? Math.max(0, at.leftMs) : 0;
      return next({ phase: 'running', endsAt: now + base + added, leftMs: base + added });
    }
    case 'end':
      if (at.kind === null) return { refused: 'no-round' };
      return next({ phase: 'ended', endsAt: undefined, leftMs: 0 });
    case 'lock':
    case 'unlock':
      if (at.kind === null) return { refused: 'no-round' };
      return next({ locked: action.action === 'lock' });
  }
}

/** The stage the participant page shows during a round. */
export function stageOf(kind: RoundKind): 'triz' | 'commit' {
  return kind === 'commit' ? 'commit' : 'triz';
}

/** A sticky note on a group's board. */
export interface TrizNote {
  readonly id: string;
  readonly sessionId: string;
  /** The group whose board it is on. */
  readonly group: string;
  readonly text: string;
  readonly state: NoteState;
  /** The first step that will stop it (a green note's). */
  readonly step?: string;
  /** When it became each state it has had, oldest first (written yellow, recognised pink…). */
  readonly history: readonly { readonly state: NoteState; readonly at: string }[];
  /** Dots given to it (voting on pink notes). */
  readonly votes: number;
  readonly createdAt: string;
  /** `pending`: held for the facilitator by screening (a phone number, an email address…). */
  readonly status: 'visible' | 'pending' | 'hidden';
}

/** What a participant sends to add a note to their group's board. */
export interface NewNote {
  readonly id: string;
  readonly sessionId: string;
  readonly group: string;
  readonly text: string;
  /** `worst` (yellow) by default; `already` adds a pink note (round 2). */
  readonly state?: 'worst' | 'already';
}

/** What a participant changes on a note of their group: recognise it, give its step, or undo. */
export interface NoteChange {
  readonly state?: NoteState;
  readonly step?: string;
  readonly text?: string;
}

/** Why a participant's change to a note is refused (a stable code). */
export type NoteRefusal = 'locked' | 'step-needed' | 'not-pink' | 'not-yellow-or-green' | 'no-change';

/**
 * A participant's change to `note`, checked against the rules: recognising turns a yellow note
 * pink, giving a first step turns a pink note green, and each can be undone (green → pink keeps
 * no step; pink → yellow only for a note written yellow). Returns the note as it becomes, its
 * history extended, or why not. `locked` refuses everything.
 */
export function changeNote(
  note: TrizNote,
  change: NoteChange,
  options: { locked: boolean; now: string },
): { note: TrizNote } | { refused: NoteRefusal } {
  if (options.locked) return { refused: 'locked' };
  const state = change.state ?? note.state;
  const step = change.step?.trim();
  let next: TrizNote = note;
  if (change.text !== undefined && change.text.trim() && change.text.trim() !== note.text)
    next = { ...next, text: change.text.trim() };
  if (state !== note.state) {
    if (state === 'already' && note.state === 'worst') next = { ...next, state };
    else if (state === 'stop') {
      if (note.state !== 'already') return { refused: 'not-pink' };
      if (!step) return { refused: 'step-needed' };
      next = { ...next, state, step };
    } else if (state === 'already' && note.state === 'stop') {
      const { step: _gone, ...rest } = next;
      next = { ...rest, state };
    } else if (state === 'worst' && note.state === 'already') {
      if (note.history[0]?.state !== 'worst') return { refused: 'not-yellow-or-green' };
      next = { ...next, state };
    } else return { refused: 'not-yellow-or-green' };
    next = { ...next, history: [...note.history, { state, at: options.now }] };
  } else if (step && note.state === 'stop' && step !== note.step) next = { ...next, step };
  if (next === note) return { refused: 'no-change' };
  return { note: next };
}

/** Pink notes by votes (most first), then by when they turned pink: the order to tackle them. */
export function byVotes(notes: readonly TrizNote[]): TrizNote[] {
  const pinkAt = (n: TrizNote) =>
    [...n.history].reverse().find((h) => h.state === 'already')?.at ?? n.createdAt;
  return notes
    .filter((n) => n.state !== 'worst')
    .sort((a, b) => b.votes - a.votes || pinkAt(a).localeCompare(pinkAt(b)));
}
