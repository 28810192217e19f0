/**
 * The facilitator's sessions: listed, created, changed, duplicated and deleted through the admin
 * API, kept in the order the collector lists them. Whether the console is signed in is decided
 * here, from the collector's answer (401: signed out; 404: no admin token, the console is off).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ApiError, type AdminSession, type CollectorApi } from './api.js';

export type SessionsState = 'loading' | 'signed-out' | 'off' | 'ready' | 'error';

export class SessionsController implements ReactiveController {
  state: SessionsState = 'loading';
  sessions: AdminSession[] = [];
  /** Why the list could not be read (state `error`). */
  error: ApiError | undefined;
  private readonly _host: ReactiveControllerHost;
  private readonly _api: () => CollectorApi;
  private _loads = 0;

  constructor(host: ReactiveControllerHost, api: () => CollectorApi) {
    this._host = host;
    this._api = api;
    host.addController(this);
  }

  hostConnected(): void {}

  get(id: string | undefined): AdminSession | undefined {
    return this.sessions.find((s) => s.id === id);
  }

  /** Reads the list again; resolves once it is on screen (or the state says why not). */
  async load(): Promise<void> {
    const load = ++this._loads;
    if (this.state !== 'ready') this.state = 'loading';
    this._host.requestUpdate();
    try {
      const sessions = await this._api().sessions();
      if (load !== this._loads) return;
      this.sessions = sessions;
      this.state = 'ready';
      this.error = undefined;
    } catch (error) {
      if (load !== this._loads) return;
      this.seen(error);
      if (this.state === 'ready' || this.state === 'loading') {
        this.state = 'error';
        this.error = error instanceof ApiError ? error : new ApiError('network', 0);
      }
    }
    this._host.requestUpdate();
  }

  /**
   * Notes what a refusal says about signing in: the collector answered 401 (the cookie expired or
   * was revoked elsewhere), or has no admin token at all.
   */
  seen(error: unknown): void {
    if (!(error instanceof ApiError)) return;
    if (error.status === 401) this.signedOut();
    else if (
      error.code === 'admin-off' ||
      (error.status === 404 && error.code === 'not-found' && this.state !== 'ready')
    )
      this.state = 'off';
  }

  signedOut(): void {
    this._loads += 1;
    this.state = 'signed-out';
    this.sessions = [];
    this._host.requestUpdate();
  }

  /** Puts a session as it now stands in the list (or first, when it is new). */
  put(session: AdminSession): AdminSession {
    const i = this.sessions.findIndex((s) => s.id === session.id);
    const merged = i >= 0 ? { ...this.sessions[i], ...session } : session;
    if (!session.counts && i >= 0 && this.sessions[i]!.counts) merged.counts = this.sessions[i]!.counts;
    this.sessions = i >= 0 ? this.sessions.with(i, merged) : [merged, ...this.sessions];
    this._host.requestUpdate();
    return merged;
  }

  private async _do<T>(work: (api: CollectorApi) => Promise<T>): Promise<T> {
    try {
      return await work(this._api());
    } catch (error) {
      this.seen(error);
      this._host.requestUpdate();
      throw error;
    }
  }

  create(body: Record<string, unknown>): Promise<AdminSession> {
    return this._do(async (api) => this.put(await api.createSession(body)));
  }

  update(id: string, patch: Record<string, unknown>): Promise<AdminSession> {
    return this._do(async (api) => this.put(await api.updateSession(id, patch)));
  }

  /** A copy of a session with its settings, a new id and join code (the collector makes it). */
  duplicate(from: AdminSession): Promise<AdminSession> {
    return this._do(async (api) => this.put(await api.duplicateSession(from.id)));
  }

  remove(id: string): Promise<void> {
    return this._do(async (api) => {
      await api.deleteSession(id);
      this.sessions = this.sessions.filter((s) => s.id !== id);
      this._host.requestUpdate();
    });
  }
}
