import { fixture, html, waitUntil } from '@open-wc/testing';
import {
  LocalStore,
  MemoryStorage,
  StoreError,
  type Commitment,
  type NewCommitment,
  type AddCommitmentOptions,
} from '@netweave/core';
import '../../src/define.js';
import type { NetweaveCommitmentsWall } from '../../src/commitments-wall.js';

export { MemoryStorage };

export const newStore = (storage: Storage = new MemoryStorage()) => new LocalStore({ storage });

/** A store whose sends fail (the network is down); everything else is a LocalStore. */
export class FailingStore extends LocalStore {
  attempts = 0;
  refuse?: StoreError;
  override async addCommitment(input: NewCommitment, options?: AddCommitmentOptions): Promise<Commitment> {
    this.attempts += 1;
    if (this.refuse) throw this.refuse;
    if (this.attempts >= 0) throw new TypeError('Failed to fetch');
    return super.addCommitment(input, options);
  }
}

export const SESSION = 'test-session';

export async function make(
  store: LocalStore,
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
    { timeout: 3000 },
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
