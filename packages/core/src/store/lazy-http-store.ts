/**
 * The store a page gets for an `endpoint`: it implements the whole interface at once (the TRIZ
 * boards' `NotesStore`, follow-ups and the resume entries' `ResumeStore` too) and loads the HTTP store's code on first use, so pages that keep data
 * on the device never download it. Subscriptions made before the code arrives are attached as
 * soon as it does.
 */
import type { Commitment, CommitmentStatus, Session } from '@netweave/model';
import type {
  NotesStore,
  ResponseStore,
  ResumeStore,
  StorageStatus,
  StoreListener,
  Submission,
} from '@netweave/model';

interface Subscription {
  readonly sessionId: string;
  readonly listener: StoreListener;
  off?: () => void;
}

/** The store this one stands for, once its code has loaded. */
type Inner = ResponseStore & NotesStore & ResumeStore;

/**
 * The methods that load the HTTP store and call it with the same arguments: defined once, by
 * name, rather than one by one (this file is in every widget's first download).
 */
const FORWARDED =
  'loadDraft saveDraft clearDraft submitResponse pendingCount submitCommitment submitFollowUp getSummary addCommitment listCommitments react moveCommitment listNotes joinGroup myGroup addNote changeNote vote myVotes saveResume loadResume deleteResume'.split(
    ' ',
  );

export class LazyHttpStore implements ResponseStore, NotesStore, ResumeStore {
  readonly acceptsSubmissions = true;
  readonly endpoint: string;
  #inner: Inner | undefined;
  #loading: Promise<Inner> | undefined;
  readonly #subscriptions = new Set<Subscription>();

  // Forwarded (see FORWARDED): each loads the HTTP store, then calls it.
  declare readonly loadDraft: ResponseStore['loadDraft'];
  declare readonly saveDraft: ResponseStore['saveDraft'];
  declare readonly clearDraft: ResponseStore['clearDraft'];
  declare readonly submitResponse: ResponseStore['submitResponse'];
  declare readonly pendingCount: ResponseStore['pendingCount'];
  declare readonly submitCommitment: ResponseStore['submitCommitment'];
  declare readonly submitFollowUp: NonNullable<ResponseStore['submitFollowUp']>;
  declare readonly getSummary: ResponseStore['getSummary'];
  declare readonly addCommitment: ResponseStore['addCommitment'];
  declare readonly listCommitments: ResponseStore['listCommitments'];
  declare readonly react: ResponseStore['react'];
  declare readonly moveCommitment: ResponseStore['moveCommitment'];
  declare readonly listNotes: NotesStore['listNotes'];
  declare readonly joinGroup: NotesStore['joinGroup'];
  declare readonly myGroup: NotesStore['myGroup'];
  declare readonly addNote: NotesStore['addNote'];
  declare readonly changeNote: NotesStore['changeNote'];
  declare readonly vote: NotesStore['vote'];
  declare readonly myVotes: NotesStore['myVotes'];
  declare readonly saveResume: ResumeStore['saveResume'];
  declare readonly loadResume: ResumeStore['loadResume'];
  declare readonly deleteResume: ResumeStore['deleteResume'];

  static {
    for (const name of FORWARDED)
      (this.prototype as unknown as Record<string, unknown>)[name] = async function (
        this: LazyHttpStore,
        ...args: unknown[]
      ) {
        return ((await this.load()) as unknown as Record<string, (...a: unknown[]) => unknown>)[name]!(
          ...args,
        );
      };
  }

  constructor(endpoint: string) {
    this.endpoint = endpoint;
  }

  /** The HTTP store, loading its code the first time. */
  load(): Promise<Inner> {
    this.#loading ??= import('./http-store.js').then(({ HttpStore }) => {
      const inner = new HttpStore(this.endpoint);
      this.#inner = inner;
      for (const s of this.#subscriptions) s.off ??= inner.subscribe(s.sessionId, s.listener);
      return inner;
    });
    return this.#loading;
  }

  get status(): StorageStatus {
    return this.#inner?.status ?? { mode: 'persistent', problems: [] };
  }

  async submissions(sessionId?: string): Promise<Submission[]> {
    return (await this.load()).submissions?.(sessionId) ?? [];
  }
  async getSession(sessionId: string): Promise<Session | undefined> {
    return (await this.load()).getSession?.(sessionId);
  }
  async moderate(sessionId: string, commitmentId: string, status: CommitmentStatus): Promise<Commitment> {
    const inner = await this.load();
    if (!inner.moderate) throw new Error('This store cannot moderate.');
    return inner.moderate(sessionId, commitmentId, status);
  }

  subscribe(sessionId: string, listener: StoreListener): () => void {
    const subscription: Subscription = { sessionId, listener };
    this.#subscriptions.add(subscription);
    if (this.#inner) subscription.off = this.#inner.subscribe(sessionId, listener);
    else void this.load();
    return () => {
      this.#subscriptions.delete(subscription);
      subscription.off?.();
    };
  }
}
