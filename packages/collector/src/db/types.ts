/**
 * What the collector needs from a database. Two implementations: embedded SQLite (one process)
 * and PostgreSQL (several stateless instances, live updates fanned out with LISTEN/NOTIFY).
 */
import type { AssessmentResponse, Commitment, CommitmentStatus, Session, TrizNote } from '@netweave/model';
import { sessionStage } from '@netweave/model';
import type { SqlRunner } from './triz-store.js';

/** A change to a commitment, kept in order per session so live streams can resume. */
export interface StoredEvent {
  readonly id: number;
  readonly sessionId: string;
  readonly commitment: Commitment;
  /** The status before this change (null for a new commitment). */
  readonly previous: CommitmentStatus | null;
  /**
   * The commitment as it stands now, when the event is read back from history (replay): null
   * when it no longer exists. Public replay shows only what is visible now.
   */
  readonly current?: { readonly status: CommitmentStatus; readonly text: string } | null;
}

/** Adds each event's commitment as it stands now (from `rows` of the commitments table). */
export function withCurrent(
  events: readonly StoredEvent[],
  rows: readonly { id: string; status: string; text: string }[],
): StoredEvent[] {
  const now = new Map(rows.map((r) => [r.id, { status: r.status as CommitmentStatus, text: r.text }]));
  return events.map((e) => ({ ...e, current: now.get(e.commitment.id) ?? null }));
}

/** How an event is kept in the events table. */
export function encodeEvent(commitment: Commitment, previous: CommitmentStatus | null): string {
  return JSON.stringify({ commitment, previous });
}

export function decodeEvent(id: number, sessionId: string, data: string): StoredEvent {
  const parsed = JSON.parse(data) as { commitment?: Commitment; previous?: CommitmentStatus | null };
  // Rows written before `previous` was kept hold the bare commitment.
  if (!parsed.commitment) return { id, sessionId, commitment: parsed as Commitment, previous: null };
  return { id, sessionId, commitment: parsed.commitment, previous: parsed.previous ?? null };
}

export type InsertOutcome = 'created' | 'replay' | 'conflict';

export interface CommitmentCursor {
  readonly createdAt: string;
  readonly id: string;
}

export type CommitmentChange =
  /**
   * `by`: `<address key>.<device key>` for the person reacting (hashed, per commitment); a second
   * reaction by it counts nothing, nor one beyond `perAddress` devices of one address.
   */
  | { readonly kind: 'react'; readonly by: string; readonly perAddress: number }
  | { readonly kind: 'move'; readonly column: string }
  /** `text`: the moderator's edit of the post (e.g. a phone number taken out); the old text is then kept nowhere. */
  | { readonly kind: 'moderate'; readonly status: CommitmentStatus; readonly text?: string };

/**
 * The fingerprint of a commitment whose text a moderator edited: the original fingerprint held
 * the unedited text, so it goes; a retry of the same id to the same session is still a replay.
 */
export const EDITED_FINGERPRINT = 'edited-by-moderator';

/** A stored event (`encodeEvent`'s JSON, or an older bare commitment) with the commitment's text replaced. */
export function eventWithText(data: string, text: string): string {
  const parsed = JSON.parse(data) as { commitment?: Commitment } & Partial<Commitment>;
  if (parsed.commitment) parsed.commitment = { ...parsed.commitment, text };
  else parsed.text = text;
  return JSON.stringify(parsed);
}

/** What the facilitator's list shows of a session's activity. */
export interface SessionCounts {
  /** Self-assessment responses stored. */
  readonly responses: number;
  /** Commitments stored, whatever their state (on the wall, waiting, hidden). */
  readonly commitments: number;
  /** Commitments waiting for review. */
  readonly pending: number;
  /** Follow-ups ("did you do it?") stored, whatever their state. */
  readonly followUps: number;
  /** Follow-ups whose note waits for review. */
  readonly pendingFollowUps: number;
}

/** A session with its join code, as the database keeps it. */
export type StoredSession = Session & { code: string };

/** Where a session's public summary stands: its latest release (see release.ts). */
export interface ReleaseState {
  /** Releases made so far (live and final). */
  readonly seq: number;
  /** Live releases made so far (capped). */
  readonly live: number;
  /** The last response (by storage order) included. */
  readonly upto: number;
  /** When it was made (ms since 1970). */
  readonly releasedAt: number;
  readonly final: boolean;
}

/**
 * Listener for changes: a stored event and a new release of the summary from any instance (this
 * one included); a response stored and a change to the session (open, prompt…) on this instance
 * at least.
 */
export type ChangeListener = (change: {
  sessionId: string;
  event?: StoredEvent;
  responses?: true;
  session?: true;
  release?: true;
  /** A TRIZ note changed on another instance (PostgreSQL): as it now stands, and before. */
  note?: { now?: TrizNote; before?: TrizNote };
}) => void;

export interface Database {
  readonly kind: 'sqlite' | 'postgres';
  init(): Promise<void>;
  close(): Promise<void>;
  /** SQL on this database, for stores kept beside it (the TRIZ boards: triz-store.ts). */
  sql(): SqlRunner;
  /**
   * Tells every instance of a TRIZ note's change (PostgreSQL: NOTIFY, heard back by
   * `onChange` as `note`); undefined with one process (SQLite), which tells its own streams.
   */
  announceNote?(sessionId: string, note: { now?: TrizNote; before?: TrizNote }): Promise<void>;
  /** Notifies `listener` of every stored event and response batch, from any instance. */
  onChange(listener: ChangeListener): void;

  /** Stores a new session; `code-taken` when another session has its join code (try another). */
  createSession(session: StoredSession): Promise<InsertOutcome | 'code-taken'>;
  getSession(id: string): Promise<Session | undefined>;
  /** The session with this join code (as stored: uppercase, no hyphen). */
  getSessionByCode(code: string): Promise<Session | undefined>;
  /** Every session with its counts, by date (latest first), then title. */
  listSessions(): Promise<(Session & { counts: SessionCounts })[]>;
  sessionCounts(id: string): Promise<SessionCounts>;
  updateSession(id: string, patch: Partial<Omit<Session, 'id'>>): Promise<Session | undefined>;
  /** Deletes a session and everything stored for it; returns the commitments that were removed. */
  deleteSession(id: string): Promise<Commitment[] | undefined>;

  insertResponse(
    response: AssessmentResponse,
    payload: string,
  ): Promise<{ outcome: InsertOutcome; receivedAt: string }>;
  /** The session's responses in storage order (up to and including `upto`, after `after`, when given). */
  listResponses(sessionId: string, upto?: number, after?: number): Promise<AssessmentResponse[]>;
  /** An opaque number that changes whenever a response is stored for the session. */
  responsesVersion(sessionId: string): Promise<number>;
  /** How many responses were stored after `after` (storage order), and the latest one's number. */
  responsesAfter(sessionId: string, after: number): Promise<{ count: number; latest: number }>;

  getRelease(sessionId: string): Promise<ReleaseState | undefined>;
  /** Stores the next release if the latest is still `previousSeq` (false when another got there first). */
  saveRelease(sessionId: string, previousSeq: number, next: ReleaseState): Promise<boolean>;
  /** Tells every instance that the session has a new release. */
  announceRelease(sessionId: string): Promise<void>;
  /** Signs an admin cookie out on every instance (kept until it would have expired anyway). */
  revokeCookie(digest: string, expiresAt: number): Promise<void>;
  isCookieRevoked(digest: string): Promise<boolean>;
  /** The session's perturbation key: the stored one, else `fresh` (stored first). */
  disclosureKey(sessionId: string, fresh: string): Promise<string>;

  /**
   * Stores a new commitment; `author` is who posted it (a hash of the commitment and its device's
   * id, kept for follow-ups: commitment-columns.ts), null when the device named none.
   */
  insertCommitment(
    commitment: Commitment,
    fingerprint: string,
    author?: string | null,
  ): Promise<{ outcome: InsertOutcome; commitment: Commitment }>;
  getCommitment(sessionId: string, id: string): Promise<Commitment | undefined>;
  listCommitments(
    sessionId: string,
    options: { statuses: readonly CommitmentStatus[]; cursor: CommitmentCursor | null; limit: number },
  ): Promise<Commitment[]>;
  updateCommitment(sessionId: string, id: string, change: CommitmentChange): Promise<Commitment | undefined>;

  eventsAfter(sessionId: string, afterId: number, limit: number): Promise<StoredEvent[]>;
  lastEventId(sessionId: string): Promise<number>;
  /**
   * Keeps the session's last `keep` events and deletes older ones (live.ts); returns how many went.
   * The newest deleted id becomes the session's horizon.
   */
  pruneEvents(sessionId: string, keep: number): Promise<number>;
  /** The newest event id pruned from the session (0 when none): a client behind it missed events. */
  eventHorizon(sessionId: string): Promise<number>;
  /** Sessions holding more than `keep` events (pruned on start). */
  sessionsOverEvents(keep: number): Promise<string[]>;
  /**
   * Runs SQL on a database every instance shares (PostgreSQL only), for the counters behind the
   * limits (limits.ts); absent on SQLite, whose one process counts in memory.
   */
  sharedQuery?(sql: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
}

export function rowToCommitment(row: {
  id: string;
  session_id: string;
  created_at: string;
  text: string;
  col: string;
  sector: string | null;
  status: string;
  reactions: number | string;
  held_for: string | null;
}): Commitment {
  const c: Commitment = {
    id: row.id,
    sessionId: row.session_id,
    createdAt: row.created_at,
    text: row.text,
    column: row.col,
    sector: (row.sector as Commitment['sector']) ?? null,
    status: row.status as CommitmentStatus,
    reactions: Number(row.reactions),
  };
  if (row.held_for) c.heldFor = JSON.parse(row.held_for) as string[];
  return c;
}

export function rowToSession(row: {
  id: string;
  title: string;
  date: string;
  prompt: string | null;
  moderation: string;
  open: number | boolean;
  code?: string | null;
  template?: string | null;
  partner_url?: string | null;
  lang?: string | null;
  stage?: string | null;
}): Session {
  const s: Session = {
    id: row.id,
    title: row.title,
    date: row.date,
    moderation: row.moderation as Session['moderation'],
    open: Boolean(row.open),
    template: (row.template ?? 'commitments') as NonNullable<Session['template']>,
  };
  if (row.prompt !== null) s.prompt = row.prompt;
  if (row.code) s.code = row.code;
  if (row.partner_url) s.partnerUrl = row.partner_url;
  if (row.lang) s.lang = row.lang as NonNullable<Session['lang']>;
  // Always the stage it is at: a new session (or one made before stages) is at its first.
  s.stage = sessionStage({ template: s.template, stage: row.stage ?? undefined });
  return s;
}

/** The counts columns of a session listing (see the databases' listSessions). */
export function rowToCounts(row: Record<string, unknown>): SessionCounts {
  return {
    responses: Number(row.n_responses ?? 0),
    commitments: Number(row.n_commitments ?? 0),
    pending: Number(row.n_pending ?? 0),
    followUps: Number(row.n_follow_ups ?? 0),
    pendingFollowUps: Number(row.n_pending_follow_ups ?? 0),
  };
}

/** The counts of sessions `s` (SQL shared by both databases: `s` is the sessions table). */
export const SESSION_COUNTS_SQL = `
  (SELECT COUNT(*) FROM responses r WHERE r.session_id = s.id) AS n_responses,
  (SELECT COUNT(*) FROM commitments c WHERE c.session_id = s.id) AS n_commitments,
  (SELECT COUNT(*) FROM commitments c WHERE c.session_id = s.id AND c.status = 'pending') AS n_pending,
  (SELECT COUNT(*) FROM follow_ups f WHERE f.session_id = s.id) AS n_follow_ups,
  (SELECT COUNT(*) FROM follow_ups f WHERE f.session_id = s.id AND f.status = 'pending') AS n_pending_follow_ups`;

export function applyChange(c: Commitment, change: CommitmentChange): Commitment {
  if (change.kind === 'react') return { ...c, reactions: (c.reactions ?? 0) + 1 };
  if (change.kind === 'move') return { ...c, column: change.column };
  const next: Commitment = { ...c, status: change.status };
  if (change.text !== undefined) next.text = change.text;
  if (change.status === 'visible') delete next.heldFor;
  return next;
}

export function rowToRelease(row: Record<string, unknown>): ReleaseState {
  return {
    seq: Number(row.seq),
    live: Number(row.live),
    upto: Number(row.upto),
    releasedAt: Number(row.released_at),
    final: Boolean(row.final),
  };
}
