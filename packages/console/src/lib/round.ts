/**
 * A TRIZ round as the console and the projector page show it: its countdown (`mm:ss`, counted
 * down on this device from the `leftMs` the collector sent, so a wrong device clock does not
 * matter), its status in a word, the session's agenda, and which of the facilitator's round
 * actions the model's rules (`applyRoundAction`) allow now. Pure: no DOM, no clock of its own.
 */
import {
  INITIAL_ROUND,
  TRIZ_AGENDA,
  applyRoundAction,
  timeIsUp,
  type AgendaItem,
  type RoundAction,
  type RoundKind,
  type RoundState,
} from '@netweave/model';

/** The time left as `mm:ss`: whole seconds, rounded up (so 0:00 is shown only once time is up). */
export function countdown(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(s / 60))}:${pad(s % 60)}`;
}

/** The round `elapsed` ms after the collector told it: a running round's time left counted down. */
export function roundAfter(round: RoundState, elapsed: number): RoundState {
  return round.phase === 'running' ? { ...round, leftMs: round.leftMs - Math.max(0, elapsed) } : round;
}

/** A session's round, or the one before any has started. */
export function roundOf(session: { round?: RoundState | undefined } | undefined): RoundState {
  return session?.round ?? INITIAL_ROUND;
}

/** A session's agenda (the source session's when it has none). */
export function agendaOf(session: { agenda?: readonly AgendaItem[] | undefined } | undefined) {
  return session?.agenda?.length ? session.agenda : TRIZ_AGENDA;
}

/** Where a round is, in a word the pages have a string for. */
export type RoundStatus = 'ready' | 'running' | 'paused' | 'up' | 'ended';

export function roundStatus(round: RoundState): RoundStatus {
  if (round.kind === null) return 'ready';
  if (round.phase === 'ended') return 'ended';
  if (timeIsUp(round)) return 'up';
  return round.phase === 'paused' ? 'paused' : round.phase === 'running' ? 'running' : 'ready';
}

/** The agenda item after `kind` (the first before any round), or undefined after the last. */
export function nextRound(agenda: readonly AgendaItem[], kind: RoundKind | null): RoundKind | undefined {
  if (kind === null) return agenda[0]?.kind;
  const i = agenda.findIndex((item) => item.kind === kind);
  return i < 0 ? agenda[0]?.kind : agenda[i + 1]?.kind;
}

/** `kind`'s place in the agenda: round `n` of `total` (n is 0 when it is not there). */
export function roundPosition(agenda: readonly AgendaItem[], kind: RoundKind | null) {
  return { n: agenda.findIndex((item) => item.kind === kind) + 1, total: agenda.length };
}

/**
 * Whether the facilitator's `action` can be taken now, by the model's rules (what the collector
 * applies). Ending a round that has ended already changes nothing a person sees: not offered.
 */
export function canAct(round: RoundState, action: RoundAction, agenda: readonly AgendaItem[]): boolean {
  if (action.action === 'end' && round.phase === 'ended') return false;
  return !('refused' in applyRoundAction(round, action, agenda, 0));
}
