/**
 * The storage interface every widget talks to. Implemented by `LocalStore` (this device) and by
 * the HTTP store of the collector. Async throughout, subscribable, and designed so an offline
 * queue fits behind it: a submit resolves `queued` rather than failing when the network is down.
 */
import type {
  AssessmentResponse,
  Catalogue,
  Commitment,
  CommitmentStatus,
  FrequencySummary,
  ModerationMode,
  NewCommitment,
  Session,
} from './model/types.js';
import type { NewNote, NoteChange, TrizNote } from './lib/triz.js';
import type { NewFollowUp } from './lib/follow-up.js';
import type { ResumeEnvelope } from './lib/resume.js';

/** Why a store keeps data in memory only (and shows a notice). */
export type StorageProblem = 'blocked' | 'full' | 'corrupt' | 'newer';

export interface StorageStatus {
  /** `persistent`: saved on this device; `memory`: kept until the page closes. */
  readonly mode: 'persistent' | 'memory';
  /** What went wrong, most recent first (each once). */
  readonly problems: readonly StorageProblem[];
}

export interface SavedDraft<T> {
  readonly value: T;
  /** When it was saved (ISO 8601). */
  readonly savedAt: string;
}

/**
 * Where one submission (a response, a commitment or a follow-up) stands; it is in exactly one state at a time.
 * - `queued`: saved on this device, to be sent when the collector can be reached;
 * - `sending`: on its way;
 * - `sent`: stored by the collector (for a commitment: on the wall);
 * - `pending-review`: stored, and waiting for a moderator's approval before anyone else sees it;
 * - `refused`: the collector said no, for a reason that retrying cannot change (`problem`);
 * - `failed`: given up for good (`problem`), e.g. still unsent after 30 days.
 */
export type SubmissionState = 'queued' | 'sending' | 'sent' | 'pending-review' | 'refused' | 'failed';

/** Why a submission was refused or failed: the collector's code and, in plain words, the store's. */
export interface SubmissionProblem {
  /** Stable code: `session-closed`, `session-not-found`, `origin-not-allowed`, `invalid`, … */
  readonly code: string;
  /** HTTP status (0 when no answer could be read). */
  readonly status: number;
  /** The collector's own message, in English (for the console and the partner). */
  readonly message: string;
}

export interface SubmitResult {
  readonly id: string;
  readonly state: SubmissionState;
  /** Present when `refused` or `failed`. */
  readonly problem?: SubmissionProblem;
  /** A commitment as the store keeps it, once sent. */
  readonly commitment?: Commitment;
}

/** One submission in a store's outbox, as the widgets show it. */
export interface Submission extends SubmitResult {
  readonly kind: 'response' | 'commitment' | 'follow-up';
  readonly sessionId: string;
  /** What was submitted (kept until it is sent, so nothing typed is lost). */
  readonly body: AssessmentResponse | NewCommitment | NewFollowUp;
  /** When it was submitted and when its state last changed (ISO 8601). */
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Attempts that failed for a passing reason (network, rate limit, server trouble). */
  readonly attempts: number;
}

export interface CommitmentPage {
  readonly items: Commitment[];
  /** Pass back as `cursor` for the next (older) page; null when there is none. */
  readonly nextCursor: string | null;
}

export interface AddCommitmentOptions {
  /** The moderation mode the wall asks for; a server uses its session's own mode instead. */
  moderation?: ModerationMode;
}

export type StoreEvent =
  /** A commitment was added, or its status, column or reactions changed. */
  | { readonly type: 'commitment'; readonly sessionId: string; readonly commitment: Commitment }
  /** A commitment is no longer visible (hidden by a moderator, or the session was cleared). */
  | { readonly type: 'commitment-removed'; readonly sessionId: string; readonly id: string }
  /** Responses changed: a summary should be fetched again. */
  | { readonly type: 'responses'; readonly sessionId: string }
  /** The session itself changed (opened or closed, its prompt…), as it now stands. */
  | { readonly type: 'session'; readonly sessionId: string; readonly session: Session }
  /** Submissions waiting on this device changed. */
  | { readonly type: 'queue'; readonly pending: number }
  /** One submission changed state (in this tab or another). */
  | { readonly type: 'submission'; readonly submission: Submission }
  /** The storage status changed (e.g. fell back to memory). */
  | { readonly type: 'status'; readonly status: StorageStatus }
  /** A TRIZ note was added or changed (its state, step, votes, group), as it now stands. */
  | { readonly type: 'note'; readonly sessionId: string; readonly note: TrizNote }
  /** A TRIZ note is no longer on its board (held, hidden or deleted by the facilitator). */
  | { readonly type: 'note-removed'; readonly sessionId: string; readonly id: string }
  /** The live connection's state (HTTP store): `live`, `reconnecting`, `polling`, `offline`. */
  | { readonly type: 'connection'; readonly state: 'live' | 'reconnecting' | 'polling' | 'offline' };

export type StoreListener = (event: StoreEvent) => void;

export interface SummaryOptions {
  threshold?: number;
  /** Labels and order for a summary made on this device (a server uses its own catalogue). */
  catalogue?: Catalogue;
}

export interface ResponseStore {
  /** Whether `submitResponse` sends responses anywhere (a server, or a kiosk LocalStore). */
  readonly acceptsSubmissions: boolean;
  readonly status: StorageStatus;

  /** Data kept on this device only (drafts, history, reaction guards), namespaced by `key`. */
  loadDraft<T>(key: string): Promise<SavedDraft<T> | undefined>;
  saveDraft<T>(key: string, value: T): Promise<void>;
  clearDraft(key: string): Promise<void>;

  /**
   * Submits a response through the store's outbox: resolves with its state (`sent`, or `queued`
   * when it will be sent later); rejects with a StoreError when refused (it stays in the outbox,
   * `refused`, with the reason).
   */
  submitResponse(response: AssessmentResponse): Promise<SubmitResult>;
  /**
   * Posts a commitment through the outbox, as `submitResponse` does: `sent`, `pending-review`
   * (stored, waiting for a moderator), or `queued`; rejects with a StoreError when refused.
   */
  submitCommitment(input: NewCommitment, options?: AddCommitmentOptions): Promise<SubmitResult>;
  /**
   * This device's submissions for a session (all sessions when omitted), oldest first. Stores
   * that keep nothing waiting (LocalStore) do not have it.
   */
  submissions?(sessionId?: string): Promise<Submission[]>;
  /** Forgets a submission that was sent, refused or failed (a person has seen its outcome). */
  dismissSubmission?(id: string): Promise<void>;
  /**
   * Sends a commitment's follow-up ("did you do it?") through the outbox, as `submitCommitment`
   * does: `sent`, `pending-review` (its note held for a moderator), or `queued`; rejects with a
   * StoreError when refused (`commitment-not-found`, `not-your-commitment`, `session-deleted`,
   * `invalid`…; a LocalStore that does not accept submissions: `not-accepting`). See
   * `hasFollowUps`.
   */
  submitFollowUp?(followUp: NewFollowUp): Promise<SubmitResult>;
  /** Submissions (responses, commitments, follow-ups) waiting on this device to be sent. */
  pendingCount(): Promise<number>;
  getSummary(sessionId: string, options?: SummaryOptions): Promise<FrequencySummary>;
  getSession?(sessionId: string): Promise<Session | undefined>;

  /** Stores a new commitment; resolves with it as stored (its status decided by the store). */
  addCommitment(input: NewCommitment, options?: AddCommitmentOptions): Promise<Commitment>;
  /** Visible commitments, newest first (plus this device's own pending ones for their author). */
  listCommitments(
    sessionId: string,
    options?: { cursor?: string | null; limit?: number },
  ): Promise<CommitmentPage>;
  react(sessionId: string, commitmentId: string): Promise<Commitment>;
  moveCommitment(sessionId: string, commitmentId: string, column: string): Promise<Commitment>;
  /** Facilitators only (a LocalStore, or an HTTP store with an admin token). */
  moderate?(sessionId: string, commitmentId: string, status: CommitmentStatus): Promise<Commitment>;

  /** Live updates for a session (and storage/queue status); returns an unsubscribe function. */
  subscribe(sessionId: string, listener: StoreListener): () => void;
}

/** Whether `store` can send follow-ups (`submitFollowUp`). */
export function hasFollowUps<S extends object>(
  store: S,
): store is S & { submitFollowUp(followUp: NewFollowUp): Promise<SubmitResult> } {
  return typeof (store as Partial<ResponseStore>).submitFollowUp === 'function';
}

/**
 * Resume entries on a collector ("continue on another device"): an encrypted envelope stored
 * under an id derived from a resume code (`@netweave/core/resume` seals and opens them; the
 * collector cannot). Nothing is queued: each call is made at once. Rejections are StoreErrors:
 * `resume-not-found` (404), `resume-expired` (410), `rate-limited` (429, `details.retryAfter` in
 * seconds when known), `too-large` (413), `invalid` (400), `network` (status 0: the collector
 * could not be reached) or `origin-not-allowed` (status 0: it answers, but not to this page).
 */
export interface ResumeStore {
  /** Creates or replaces the entry; its expiry is set by the first save and never extended. */
  saveResume(id: string, envelope: ResumeEnvelope): Promise<{ expiresAt: string }>;
  loadResume(id: string): Promise<{ envelope: ResumeEnvelope; expiresAt: string }>;
  /** Deletes the entry at once (a later load says `resume-not-found`). */
  deleteResume(id: string): Promise<void>;
}

/** Whether `store` keeps resume entries (an HTTP store of a collector). */
export function hasResume<S extends object>(store: S): store is S & ResumeStore {
  return typeof (store as Partial<ResumeStore>).saveResume === 'function';
}

/** Thrown by stores for a refused request (validation, closed session…); `issues` name the fields. */
export class StoreError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;
  constructor(message: string, options: { status?: number; code?: string; details?: unknown } = {}) {
    super(message);
    this.name = 'StoreError';
    this.status = options.status ?? 0;
    this.code = options.code ?? 'error';
    this.details = options.details;
  }
}

/**
 * The TRIZ boards of a session (the HTTP store of a collector; a store without these has no
 * boards, and the board says so). Each call rejects with the collector's refusal (its code, such
 * as `not-in-group`, `locked`, `vote-limit`, `step-needed`, and its message) or a network error;
 * nothing is queued: the board keeps what the person typed until it is stored.
 */
export interface NotesStore {
  /** The notes on `group`'s board (every group's when none), oldest first, as the collector has them. */
  listNotes(sessionId: string, options?: { group?: string }): Promise<TrizNote[]>;
  /** Joins a group (`auto`: the one with fewest people); resolves to the group's id. */
  joinGroup(sessionId: string, group: string): Promise<string>;
  /** The group this device joined in the session, if any. */
  myGroup(sessionId: string): Promise<string | undefined>;
  addNote(sessionId: string, note: NewNote): Promise<TrizNote>;
  changeNote(sessionId: string, id: string, change: NoteChange): Promise<TrizNote>;
  /** Gives (`true`) or takes back (`false`) this device's vote for a note. */
  vote(sessionId: string, id: string, on: boolean): Promise<TrizNote>;
  /** The notes this device has voted for in the session. */
  myVotes(sessionId: string): Promise<string[]>;
}

/** Whether `store` has TRIZ boards. */
export function hasNotes<S extends object>(store: S): store is S & NotesStore {
  return typeof (store as Partial<NotesStore>).addNote === 'function';
}
