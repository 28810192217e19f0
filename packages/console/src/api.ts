/**
 * The collector, as the console and the join page use it: one place that knows the addresses,
 * the headers (the admin cookie goes with same-origin requests; changes carry the CSRF header),
 * and how a refusal is read (`{ error: { code, message, issues } }`, `Retry-After`).
 *
 * Sign-in and sign-out are the collector's own form endpoints (`POST /admin/login` with the token,
 * which sets an HttpOnly cookie; `POST /admin/logout`, which revokes it on every instance).
 */
import type { Commitment, CommitmentStatus, FollowUp, RoundAction, Session, TrizNote } from '@netweave/model';
import { ApiError, refusal } from './http.js';
import { isTemplate } from './lib/templates.js';

/** How many of each a session holds. */
export interface SessionCounts {
  readonly responses: number;
  readonly commitments: number;
  /** Posts waiting for review. */
  readonly pending: number;
  /** Follow-ups ("Did you do it?") stored, and those whose note waits for review. */
  readonly followUps: number;
  readonly pendingFollowUps: number;
}

/** A follow-up as the admin API lists it: with why its note is held while it waits. */
export interface AdminFollowUp extends FollowUp {
  readonly heldFor?: readonly string[];
}

/**
 * A session as the admin API lists it: the stored session (with its join `code`, `template`,
 * `lang` and `partnerUrl`), its join address at the collector's public origin, and its counts.
 */
export interface AdminSession extends Session {
  counts?: SessionCounts;
  joinUrl?: string;
}

/** What the facilitator does to a TRIZ round, with the round version the console last saw. */
export type RoundRequest = RoundAction & { readonly version: number };

/** What the facilitator may change on a TRIZ note: its group, its status (hold, hide, show). */
export interface NotePatch {
  group?: string;
  status?: TrizNote['status'];
}

/** A page of the admin event log, as polling reads it. */
export interface EventPage {
  readonly events: { seq: number; event: { type: string; commitment?: Commitment; session?: Session } }[];
  readonly lastEventId: number;
  readonly more: boolean;
  readonly session?: Session;
}

export interface ApiOptions {
  /** The collector's origin; default: this page's (the collector serves the console). */
  base?: string;
  /** fetch to use (tests); default the global one. */
  fetch?: typeof fetch;
  /** EventSource to use; `null` polls instead. Default: the global one. */
  EventSource?: typeof EventSource | null;
}

const count = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : 0);

/** A session from the collector with its counts read however they are nested. */
export function adminSession(raw: Record<string, unknown>): AdminSession {
  const c = (raw.counts ?? {}) as Record<string, unknown>;
  const has = (k: string) => k in c || k in raw;
  const counts =
    has('responses') || has('commitments') || has('pending')
      ? {
          responses: count(c.responses ?? raw.responses),
          commitments: count(c.commitments ?? raw.commitments),
          pending: count(c.pending ?? c.waiting ?? raw.pending),
          followUps: count(c.followUps ?? raw.followUps),
          pendingFollowUps: count(c.pendingFollowUps ?? raw.pendingFollowUps),
        }
      : undefined;
  const session = { ...raw } as unknown as AdminSession;
  if (counts) session.counts = counts;
  else delete session.counts;
  if (!isTemplate(session.template)) session.template = 'commitments';
  if (session.lang !== 'cy') session.lang = 'en';
  return session;
}

export { ApiError };

export class CollectorApi {
  readonly base: string;
  readonly EventSource: typeof EventSource | null;
  readonly #fetch: typeof fetch;

  constructor(options: ApiOptions = {}) {
    this.base = (options.base ?? '').replace(/\/+$/, '');
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.EventSource =
      options.EventSource === undefined ? (globalThis.EventSource ?? null) : options.EventSource;
  }

  /** The collector's address as people outside see it (for join links and the embed snippet). */
  get origin(): string {
    return this.base || globalThis.location?.origin || '';
  }

  async #send(path: string, init: RequestInit): Promise<Response> {
    try {
      return await this.#fetch(this.base + path, { credentials: 'same-origin', ...init });
    } catch {
      throw new ApiError('network', 0);
    }
  }

  /** A JSON request to the admin API (changes carry the CSRF header the collector asks for). */
  async json<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (method !== 'GET') headers['x-netweave-csrf'] = '1';
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await this.#send(path, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!res.ok) throw await refusal(res);
    return (await res.json().catch(() => ({}))) as T;
  }

  // ---- signing in and out (the collector's form endpoints) -----------------------------------

  async #form(path: string, fields: Record<string, string>): Promise<Response> {
    return this.#send(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
      redirect: 'manual',
    });
  }

  /** Signs in with the admin token (the collector sets the cookie); `bad-token` when it is wrong. */
  async signIn(token: string, lang: string): Promise<void> {
    const res = await this.#form('/admin/login', { token, lang });
    if (res.type === 'opaqueredirect' || (res.status >= 300 && res.status < 400) || res.ok) return;
    if (res.status === 401) throw new ApiError('bad-token', 401);
    if (res.status === 404) throw new ApiError('admin-off', 404);
    throw await refusal(res);
  }

  /** Signs out: the collector revokes the cookie (on every instance) and clears it. */
  async signOut(lang: string): Promise<void> {
    const res = await this.#form('/admin/logout', { lang });
    if (res.type === 'opaqueredirect' || (res.status >= 300 && res.status < 400) || res.ok) return;
    throw await refusal(res);
  }

  // ---- sessions ------------------------------------------------------------------------------

  #sid(id: string): string {
    return `/v1/admin/sessions/${encodeURIComponent(id)}`;
  }

  async sessions(): Promise<AdminSession[]> {
    const page = await this.json<{ items: Record<string, unknown>[] }>('GET', '/v1/admin/sessions');
    return (page.items ?? []).map(adminSession);
  }

  async session(id: string): Promise<AdminSession> {
    return adminSession(await this.json('GET', this.#sid(id)));
  }

  async createSession(body: Record<string, unknown>): Promise<AdminSession> {
    return adminSession(await this.json('POST', '/v1/admin/sessions', body));
  }

  async updateSession(id: string, patch: Record<string, unknown>): Promise<AdminSession> {
    return adminSession(await this.json('PATCH', this.#sid(id), patch));
  }

  /** A copy of a session (same settings, a new id and join code, open). */
  async duplicateSession(id: string): Promise<AdminSession> {
    return adminSession(await this.json('POST', `${this.#sid(id)}/duplicate`));
  }

  async deleteSession(id: string): Promise<void> {
    await this.json('DELETE', this.#sid(id));
  }

  /** The join address as a QR code (SVG, made on the collector; its own name in `lang`). */
  qrUrl(id: string, lang: string): string {
    return `${this.base}${this.#sid(id)}/qr.svg?lang=${lang === 'cy' ? 'cy' : 'en'}`;
  }

  csvUrl(id: string, kind: 'responses' | 'commitments' | 'follow-ups'): string {
    return `${this.base}${this.#sid(id)}/${kind}.csv`;
  }

  /** The session's write-up (made on the collector) in `format`, in the console's language. */
  writeupUrl(id: string, format: 'docx' | 'html' | 'md', lang: string): string {
    return `${this.base}${this.#sid(id)}/writeup?format=${format}&lang=${lang === 'cy' ? 'cy' : 'en'}`;
  }

  /** Everything about the session in one JSON file (what `netweave writeup` also reads). */
  exportUrl(id: string): string {
    return `${this.base}${this.#sid(id)}/export.json`;
  }

  /** The room's screen for a session (`/d/<code>`: code, QR code, countdown and boards). */
  displayUrl(code: string): string {
    return `${this.origin}/d/${code}`;
  }

  // ---- TRIZ: rounds and notes ----------------------------------------------------------------

  /**
   * A round action; resolves with the session as it now stands. A console that saw an older
   * round is refused `stale-round`, with the round as it stands in the error's `details.round`.
   */
  async round(id: string, request: RoundRequest): Promise<AdminSession> {
    return adminSession(await this.json('POST', `${this.#sid(id)}/round`, request));
  }

  /** Every note of every group of a session, whatever its status, oldest first. */
  async notes(id: string): Promise<TrizNote[]> {
    const page = await this.json<{ items?: TrizNote[] }>('GET', `${this.#sid(id)}/notes`);
    return page.items ?? [];
  }

  /** Moves a note to another group, or holds, hides or shows it. */
  changeNote(id: string, nid: string, patch: NotePatch): Promise<TrizNote> {
    return this.json('PATCH', `${this.#sid(id)}/notes/${encodeURIComponent(nid)}`, patch);
  }

  // ---- moderation ----------------------------------------------------------------------------

  /** Every post of a session, whatever its status (all pages). */
  async commitments(id: string): Promise<Commitment[]> {
    const all: Commitment[] = [];
    let cursor: string | null = null;
    do {
      const q: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
      const page: { items: Commitment[]; nextCursor: string | null } = await this.json(
        'GET',
        `${this.#sid(id)}/commitments?limit=200${q}`,
      );
      all.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return all;
  }

  /**
   * Approves (`visible`), hides or holds a post; `text`, for a held post, is the moderator's
   * edited wording that replaces the original (which is not kept).
   */
  moderate(id: string, cid: string, status: CommitmentStatus, text?: string): Promise<Commitment> {
    return this.json('POST', `${this.#sid(id)}/commitments/${encodeURIComponent(cid)}/moderation`, {
      status,
      ...(text === undefined ? {} : { text }),
    });
  }

  // ---- follow-ups ("Did you do it?") ---------------------------------------------------------

  /** Every follow-up of a session, whatever its status, in the order they were answered. */
  async followUps(id: string): Promise<AdminFollowUp[]> {
    const page = await this.json<{ items?: AdminFollowUp[] }>('GET', `${this.#sid(id)}/follow-ups`);
    return page.items ?? [];
  }

  /**
   * Approves (`visible`), hides or holds a follow-up; `note`, with an approval, is the moderator's
   * edited note that replaces the original (`null` removes it).
   */
  moderateFollowUp(
    id: string,
    fid: string,
    status: CommitmentStatus,
    note?: string | null,
  ): Promise<AdminFollowUp> {
    return this.json('POST', `${this.#sid(id)}/follow-ups/${encodeURIComponent(fid)}/moderation`, {
      status,
      ...(note === undefined ? {} : { note }),
    });
  }

  /** The admin event log after `after` (polling), or only where it stands (`after` null). */
  events(id: string, after: number | null): Promise<EventPage> {
    return this.json('GET', `${this.#sid(id)}/events${after === null ? '' : `?after=${after}`}`);
  }

  /** The admin live stream's address, resuming after `after`. */
  streamUrl(id: string, after: number | null): string {
    return `${this.base}${this.#sid(id)}/events${after === null ? '' : `?lastEventId=${after}`}`;
  }
}
