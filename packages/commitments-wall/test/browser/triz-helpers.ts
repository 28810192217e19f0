// A scripted collector for the TRIZ board: a store with the `NotesStore` methods, `subscribe`,
// `getSession` and drafts, applying the model's own rules (changeNote) and the collector's
// refusals (packages/collector/TRIZ.md), with a clock the test moves instead of sleeping.
import { fixture, html, waitUntil } from '@open-wc/testing';
import {
  StoreError,
  changeNote,
  type NewNote,
  type NoteChange,
  type NoteState,
  type ResponseStore,
  type RoundState,
  type Session,
  type StoreEvent,
  type StoreListener,
  type TrizNote,
} from '@netweave/core';
import '../../src/triz/define.js';
import type { NetweaveTrizBoard } from '../../src/triz/triz-board.js';

export const SID = 'triz-session';

/** A refusal as the collector answers it (`{ error: { code, message } }` and its status). */
export interface Refusal {
  status: number;
  code: string;
  message: string;
}

let stamp = Date.UTC(2026, 10, 25, 10, 0, 0);
const iso = () => new Date((stamp += 1000)).toISOString();

/** A note on a board; `history` defaults to the states it went through to reach `state`. */
export function note(text: string, state: NoteState = 'worst', extra: Partial<TrizNote> = {}): TrizNote {
  const history =
    state === 'worst'
      ? [{ state: 'worst' as const, at: iso() }]
      : state === 'already'
        ? [
            { state: 'worst' as const, at: iso() },
            { state: 'already' as const, at: iso() },
          ]
        : [
            { state: 'worst' as const, at: iso() },
            { state: 'already' as const, at: iso() },
            { state: 'stop' as const, at: iso() },
          ];
  return {
    id: `n-${text.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
    sessionId: SID,
    group: 'g1',
    text,
    state,
    ...(state === 'stop' ? { step: `Stop: ${text}` } : {}),
    history,
    votes: 0,
    createdAt: history[0]!.at,
    status: 'visible',
    ...extra,
  };
}

export const running = (kind: RoundState['kind'], extra: Partial<RoundState> = {}): RoundState => ({
  kind,
  phase: kind === null ? 'ready' : 'running',
  leftMs: kind === null ? 0 : 8 * 60_000,
  locked: false,
  version: 1,
  ...extra,
});

export class FakeBoards {
  readonly endpoint = 'https://collector.example';
  readonly acceptsSubmissions = true;
  readonly status = { mode: 'persistent' as const, problems: [] };
  session: Session;
  notes: TrizNote[];
  /** This device's group. */
  member: string | undefined;
  votes = new Set<string>();
  /** What `auto` joins (the group with fewest people). */
  fewest = 'g2';
  /** The next write is refused with this (then it is cleared), or fails to reach the collector. */
  refuse?: Refusal | 'offline' | undefined;
  /** The next note added is held by screening (202, status pending). */
  hold = false;
  /** Writes wait for this before the collector answers (to see "Sending…"). */
  gate?: Promise<void> | undefined;
  readonly calls: string[] = [];
  readonly listeners = new Set<StoreListener>();
  readonly drafts: Map<string, unknown>;

  constructor(session: Partial<Session> = {}, notes: TrizNote[] = [], drafts = new Map<string, unknown>()) {
    this.session = {
      id: SID,
      title: 'Working across sectors',
      date: '2026-11-25',
      moderation: 'none',
      open: true,
      template: 'triz-commitments',
      round: running('worst'),
      votes: 0,
      ...session,
    } as Session;
    this.notes = notes;
    this.drafts = drafts;
  }

  emit(event: StoreEvent): void {
    for (const listener of [...this.listeners]) listener(event);
  }

  /** The facilitator changes the round: the session is told live, as the collector does. */
  tell(round: Partial<RoundState>, extra: Partial<Session> = {}): void {
    const before = this.session.round!;
    this.session = { ...this.session, ...extra, round: { ...before, ...round, version: before.version + 1 } };
    this.emit({ type: 'session', sessionId: SID, session: this.session });
  }

  /** Another participant's (or the facilitator's) change, told live. */
  put(n: TrizNote): void {
    this.notes = [...this.notes.filter((x) => x.id !== n.id), n];
    this.emit({ type: 'note', sessionId: SID, note: n });
  }

  subscribe(_sid: string, listener: StoreListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  async getSession(): Promise<Session> {
    return this.session;
  }
  async loadDraft<T>(key: string) {
    const value = this.drafts.get(key);
    return value === undefined ? undefined : { value: structuredClone(value) as T, savedAt: iso() };
  }
  async saveDraft<T>(key: string, value: T): Promise<void> {
    this.drafts.set(key, structuredClone(value));
  }
  async clearDraft(key: string): Promise<void> {
    this.drafts.delete(key);
  }

  private async _write(what: string): Promise<void> {
    this.calls.push(what);
    await this.gate;
    const refusal = this.refuse;
    this.refuse = undefined;
    if (refusal === 'offline')
      throw new StoreError('The collector could not be reached.', { code: 'offline', status: 0 });
    if (refusal) throw new StoreError(refusal.message, { status: refusal.status, code: refusal.code });
  }

  async listNotes(_sid: string, options: { group?: string } = {}): Promise<TrizNote[]> {
    this.calls.push(`list ${options.group ?? 'all'}`);
    return this.notes.filter((n) => n.status === 'visible' && (!options.group || n.group === options.group));
  }
  async joinGroup(_sid: string, group: string): Promise<string> {
    await this._write(`join ${group}`);
    this.member = group === 'auto' ? this.fewest : group;
    return this.member;
  }
  async myGroup(): Promise<string | undefined> {
    return this.member;
  }
  async myVotes(): Promise<string[]> {
    return [...this.votes];
  }
  async addNote(_sid: string, input: NewNote): Promise<TrizNote> {
    await this._write(`add ${input.state ?? 'worst'} ${input.text}`);
    const state = input.state ?? 'worst';
    const at = iso();
    const n: TrizNote = {
      id: input.id,
      sessionId: SID,
      group: input.group,
      text: input.text,
      state,
      history: [{ state, at }],
      votes: 0,
      createdAt: at,
      status: this.hold ? 'pending' : 'visible',
    };
    this.hold = false;
    this.notes = [...this.notes, n];
    // Public streams carry visible notes only; the author's own stream hears it too.
    if (n.status === 'visible') queueMicrotask(() => this.emit({ type: 'note', sessionId: SID, note: n }));
    return n;
  }
  async changeNote(_sid: string, id: string, change: NoteChange): Promise<TrizNote> {
    await this._write(`change ${id} ${JSON.stringify(change)}`);
    const n = this.notes.find((x) => x.id === id);
    if (!n) throw new StoreError('No such note.', { status: 404, code: 'note-not-found' });
    const out = changeNote(n, change, { locked: this.session.round!.locked, now: iso() });
    if ('refused' in out) throw new StoreError(out.refused, { status: 409, code: out.refused });
    this.put(out.note);
    return out.note;
  }
  async vote(_sid: string, id: string, on: boolean): Promise<TrizNote> {
    await this._write(`vote ${id} ${on}`);
    const limit = this.session.votes ?? 0;
    if (!limit) throw new StoreError('This session has no votes.', { status: 409, code: 'voting-off' });
    if (on && !this.votes.has(id) && this.votes.size >= limit)
      throw new StoreError('All votes given.', { status: 409, code: 'vote-limit' });
    const n = this.notes.find((x) => x.id === id)!;
    const had = this.votes.has(id);
    if (on) this.votes.add(id);
    else this.votes.delete(id);
    const next = { ...n, votes: n.votes + (on && !had ? 1 : !on && had ? -1 : 0) };
    this.put(next);
    return next;
  }
}

/** A clock the test moves (ms, monotonic): the board never reads the device's own clock. */
export function testClock(start = 1_000) {
  const clock = { t: start, now: () => clock.t };
  return clock;
}

export async function makeBoard(
  store: FakeBoards | ResponseStore,
  options: { now?: () => number; attrs?: Record<string, string> } = {},
): Promise<NetweaveTrizBoard> {
  const el = await fixture<NetweaveTrizBoard>(
    html`<netweave-triz-board
      session=${SID}
      .store=${store as ResponseStore}
      .now=${options.now ?? (() => performance.now())}
    ></netweave-triz-board>`,
  );
  for (const [k, v] of Object.entries(options.attrs ?? {})) el.setAttribute(k, v);
  await ready(el);
  return el;
}

export async function ready(el: NetweaveTrizBoard): Promise<void> {
  await waitUntil(
    () => el.shadowRoot!.querySelector('.sections, .picker, .nw-notice--error, .projector'),
    'the board did not load',
  );
  await el.updateComplete;
}

export const $ = <T extends Element = HTMLElement>(el: Element, sel: string) =>
  el.shadowRoot!.querySelector<T>(sel);
export const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(sel),
];
/** The texts of the notes in a section (`worst`, `already`, `stop`). */
export const texts = (el: Element, state: NoteState) =>
  $$(el, `section.state-${state} .note .text`).map((p) => p.textContent!.trim());
export const noteEl = (el: Element, text: string) =>
  $$(el, '.note').find((li) => li.querySelector('.text')?.textContent?.trim() === text);
export const button = (root: Element | ShadowRoot | null | undefined, label: string) =>
  [
    ...(root instanceof Element && root.shadowRoot
      ? root.shadowRoot
      : root!
    ).querySelectorAll<HTMLButtonElement>('button'),
  ].find((b) => b.textContent!.trim() === label);
export const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
export const announcer = () => document.querySelector<HTMLElement>('[data-netweave-announcer="triz-board"]');

/** Everything the board's live region says from now on (each time words are put into it). */
export function hearing(): { heard: string[]; stop(): void } {
  const heard: string[] = [];
  const region = announcer()!;
  const observer = new MutationObserver(() => {
    if (region.textContent) heard.push(region.textContent);
  });
  observer.observe(region, { childList: true, characterData: true, subtree: true });
  return { heard, stop: () => observer.disconnect() };
}

/** Types into a text box as a person does (input events). */
export async function type(el: NetweaveTrizBoard, box: HTMLTextAreaElement, text: string): Promise<void> {
  box.value = text;
  box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}
