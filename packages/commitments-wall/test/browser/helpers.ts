import { fixture, html, waitUntil } from '@open-wc/testing';
import {
  HttpStore,
  LocalStore,
  MemoryStorage,
  type Commitment,
  type NewCommitment,
  type NewFollowUp,
  type ResponseStore,
} from '@netweave/core';
import '../../src/define.js';
import type { NetweaveCommitmentsWall } from '../../src/commitments-wall.js';

export { MemoryStorage };

export const newStore = (storage: Storage = new MemoryStorage()) => new LocalStore({ storage });

/** How the scripted collector answers a post: as the real one does, or not at all. */
export type Answer = 'stored' | 'offline' | { status: number; code: string; message: string };

/**
 * A real HttpStore in front of a scripted collector that follows the real one's contract
 * (packages/collector): posts are stored and listed, the session is read, polling answers.
 */
export function collector(storage: Storage = new MemoryStorage()) {
  const state = {
    answer: 'stored' as Answer,
    open: true,
    stored: [] as Commitment[],
    posts: 0,
    /** How the collector answers a follow-up, and the follow-ups it stored. */
    followUpAnswer: 'stored' as Answer,
    followUps: [] as (NewFollowUp & { status: string })[],
    followUpPosts: 0,
    /** The status a stored follow-up gets (`pending` when screening holds its note). */
    followUpStatus: 'visible',
  };
  const json = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  const session = () => ({
    id: SESSION,
    title: 'Gwent',
    date: '2026-11-25',
    moderation: 'none',
    open: state.open,
  });
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input));
    if (init?.mode === 'no-cors' || (state.answer === 'offline' && init?.method === 'POST'))
      throw new TypeError('Failed to fetch');
    if (init?.method === 'POST' && url.pathname.endsWith('/follow-ups')) {
      state.followUpPosts += 1;
      const a = state.followUpAnswer;
      if (a === 'offline') throw new TypeError('Failed to fetch');
      if (a !== 'stored') return json(a.status, { error: { code: a.code, message: a.message } });
      const body = JSON.parse(String(init.body)) as NewFollowUp;
      const found = state.followUps.find((f) => f.id === body.id);
      const followUp = found ?? { ...body, status: state.followUpStatus };
      if (!found) state.followUps.push(followUp);
      return json(found ? 200 : followUp.status === 'pending' ? 202 : 201, { followUp });
    }
    if (init?.method === 'POST') {
      state.posts += 1;
      const a = state.answer;
      if (a !== 'stored' && a !== 'offline')
        return json(a.status, { error: { code: a.code, message: a.message } });
      const body = JSON.parse(String(init.body)) as NewCommitment;
      const found = state.stored.find((c) => c.id === body.id);
      const c: Commitment = found ?? {
        id: body.id,
        sessionId: body.sessionId,
        createdAt: body.createdAt ?? new Date().toISOString(),
        text: body.text,
        column: body.column ?? 'commitments',
        sector: body.sector ?? null,
        status: 'visible',
        reactions: 0,
      };
      if (!found) state.stored.push(c);
      return json(found ? 200 : 201, c);
    }
    if (url.pathname.endsWith('/events'))
      return json(200, { events: [], lastEventId: 0, more: false, responsesVersion: 0, session: session() });
    if (url.pathname.endsWith('/commitments'))
      return json(200, { items: [...state.stored].reverse(), nextCursor: null });
    return json(200, session());
  }) as typeof globalThis.fetch;
  const store = () =>
    new HttpStore('https://collector.example', {
      fetch,
      EventSource: null,
      pollInterval: 60_000,
      retryBase: 20,
      retryMax: 40,
      local: new LocalStore({ storage }),
    });
  return { state, store };
}

export const SESSION = 'test-session';

export async function make(
  store: ResponseStore,
  attrs: Record<string, string | boolean> = {},
): Promise<NetweaveCommitmentsWall> {
  const el = await fixture<NetweaveCommitmentsWall>(
    html`<netweave-commitments-wall session=${SESSION} .store=${store}></netweave-commitments-wall>`,
  );
  for (const [k, v] of Object.entries(attrs)) {
    if (v === true) el.setAttribute(k, '');
    else if (v !== false) el.setAttribute(k, v);
  }
  await settle(el);
  return el;
}

export async function settle(el: NetweaveCommitmentsWall): Promise<void> {
  await waitUntil(
    () => el.shadowRoot!.querySelector('.total, .empty, .stage, .nw-notice--error'),
    'wall did not load',
  );
  await el.updateComplete;
}

export const $ = <T extends Element = HTMLElement>(el: Element, sel: string) =>
  el.shadowRoot!.querySelector<T>(sel);
export const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(sel),
];
export const cardTexts = (el: Element, within = '') =>
  $$(el, `${within} .card .text`).map((p) => p.textContent);
export const buttonByText = (el: Element, text: string) =>
  $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.trim().includes(text));

/** Types into the form (as a user would, with input events) and posts. */
export async function post(el: NetweaveCommitmentsWall, text: string): Promise<void> {
  const box = $<HTMLTextAreaElement>(el, 'textarea')!;
  box.value = text;
  box.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
  $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
  await el.updateComplete;
}

/** Another participant's commitment, stored directly. */
let clock = Date.UTC(2026, 2, 12, 10, 0, 0);
export const other = (store: LocalStore, text: string, extra: Partial<NewCommitment> = {}) =>
  store.addCommitment({
    id: crypto.randomUUID(),
    sessionId: SESSION,
    createdAt: new Date((clock += 1000)).toISOString(),
    text,
    ...extra,
  });

export const announcer = () => document.querySelector<HTMLElement>('[data-netweave-announcer]');

/** A store whose wall lists `count` visible cards, oldest first ("Card 0" … ), as a big session would. */
export function storeWithCards(count: number): LocalStore {
  const items: Commitment[] = Array.from({ length: count }, (_, i) => ({
    id: `c${i}`,
    sessionId: SESSION,
    createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
    text: `Card ${i}`,
    column: 'commitments',
    sector: null,
    status: 'visible',
    reactions: 0,
  }));
  const store = newStore();
  store.listCommitments = async () => ({ items: [...items].reverse(), nextCursor: null });
  return store;
}
