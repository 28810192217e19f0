/**
 * The store a page gets for an `endpoint`: it implements the whole interface at once and loads
 * the HTTP store's code on first use, so pages that keep data on the device never download it.
 * Subscriptions made before the code arrives are attached as soon as it does.
 */
import type {
  AssessmentResponse,
  Commitment,
  CommitmentStatus,
  FrequencySummary,
  NewCommitment,
  Session,
} from '@netweave/model';
import type {
  AddCommitmentOptions,
  CommitmentPage,
  ResponseStore,
  SavedDraft,
  StorageStatus,
  StoreListener,
  Submission,
  SubmitResult,
  SummaryOptions,
} from '@netweave/model';

interface Subscription {
  readonly sessionId: string;
  readonly listener: StoreListener;
  off?: () => void;
}

export class LazyHttpStore implements ResponseStore {
  readonly acceptsSubmissions = true;
  readonly endpoint: string;
  #inner: ResponseStore | undefined;
  #loading: Promise<ResponseStore> | undefined;
  readonly #subscriptions = new Set<Subscription>();

  constructor(endpoint: string) {
    this.endpoint = endpoint;
  }

  /** The HTTP store, loading its code the first time. */
  load(): Promise<ResponseStore> {
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

  async loadDraft<T>(key: string): Promise<SavedDraft<T> | undefined> {
    return (await this.load()).loadDraft<T>(key);
  }
  async saveDraft<T>(key: string, value: T): Promise<void> {
    return (await this.load()).saveDraft(key, value);
  }
  async clearDraft(key: string): Promise<void> {
    return (await this.load()).clearDraft(key);
  }
  async submitResponse(response: AssessmentResponse): Promise<SubmitResult> {
    return (await this.load()).submitResponse(response);
  }
  async pendingCount(): Promise<number> {
    return (await this.load()).pendingCount();
  }
  async submitCommitment(input: NewCommitment, options?: AddCommitmentOptions): Promise<SubmitResult> {
    return (await this.load()).submitCommitment(input, options);
  }
  async submissions(sessionId?: string): Promise<Submission[]> {
    return (await this.load()).submissions?.(sessionId) ?? [];
  }
  async getSummary(sessionId: string, options?: SummaryOptions): Promise<FrequencySummary> {
    return (await this.load()).getSummary(sessionId, options);
  }
  async getSession(sessionId: string): Promise<Session | undefined> {
    return (await this.load()).getSession?.(sessionId);
  }
  async addCommitment(input: NewCommitment, options?: AddCommitmentOptions): Promise<Commitment> {
    return (await this.load()).addCommitment(input, options);
  }
  async listCommitments(
    sessionId: string,
    options?: { cursor?: string | null; limit?: number },
  ): Promise<CommitmentPage> {
    return (await this.load()).listCommitments(sessionId, options);
  }
  async react(sessionId: string, commitmentId: string): Promise<Commitment> {
    return (await this.load()).react(sessionId, commitmentId);
  }
  async moveCommitment(sessionId: string, commitmentId: string, column: string): Promise<Commitment> {
    return (await this.load()).moveCommitment(sessionId, commitmentId, column);
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
