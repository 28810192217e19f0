import { fixture, html, waitUntil } from '@open-wc/testing';
import {
  HttpStore,
  LocalStore,
  MemoryStorage,
  type AssessmentResponse,
  type Catalogue,
  type ResponseStore,
} from '@netweave/core';
import '../../src/define.js';
import type { NetweaveSelfAssessment } from '../../src/self-assessment.js';

export { MemoryStorage };

export const newStore = (storage: Storage | null = new MemoryStorage(), acceptSubmissions = false) =>
  new LocalStore({ storage, acceptSubmissions });

export const SMALL: Catalogue = {
  id: 'small',
  version: 's1',
  challenges: [
    {
      id: 'alpha',
      label: 'Alpha',
      description: 'First',
      resources: [{ title: 'Alpha guide', url: 'https://example.org/a' }],
    },
    {
      id: 'beta',
      label: 'Beta',
      description: 'Second',
      resources: [
        { title: 'Safe beta', url: 'https://example.org/b' },
        { title: 'Unsafe beta', url: 'http://example.org/insecure' },
      ],
    },
    { id: 'gamma', label: 'Gamma', description: 'Third', resources: [] },
  ],
  scale: [
    { value: 0, label: 'Not a challenge' },
    { value: 1, label: 'Small' },
    { value: 2, label: 'Big' },
  ],
  threshold: 1,
};

export async function make(
  options: {
    store?: ResponseStore;
    layout?: string;
    lang?: string;
    catalogue?: Catalogue;
    attrs?: string;
  } = {},
): Promise<NetweaveSelfAssessment> {
  const el = await fixture<NetweaveSelfAssessment>(
    html`<netweave-self-assessment
      layout=${options.layout ?? 'single'}
      lang=${options.lang ?? 'en'}
      .store=${options.store ?? newStore()}
      .catalogue=${options.catalogue}
    ></netweave-self-assessment>`,
  );
  await settle(el);
  return el;
}

export async function settle(el: NetweaveSelfAssessment): Promise<void> {
  // The update, and what this device saved (draft, history, submission) read and shown.
  await el.updateComplete;
  // What loads on demand (the Welsh wording, the results view) shows as busy until it arrives.
  await waitUntil(() => !el.shadowRoot!.querySelector('[aria-busy=true]'), 'still loading');
  await el.updateComplete;
}

export const $ = <T extends Element = HTMLElement>(el: HTMLElement, sel: string) =>
  el.shadowRoot!.querySelector<T & Element>(sel) as T;
export const $$ = <T extends Element = HTMLElement>(el: HTMLElement, sel: string) =>
  [...el.shadowRoot!.querySelectorAll<T & Element>(sel)] as T[];
export const text = (el: HTMLElement) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

/** Clicks the radio with `value` in the group `name`, as a person would. */
export async function choose(el: NetweaveSelfAssessment, name: string, value: string): Promise<void> {
  $<HTMLInputElement>(el, `input[name="${name}"][value="${value}"]`).click();
  await el.updateComplete;
}

export async function clickButton(el: NetweaveSelfAssessment, label: string | RegExp): Promise<void> {
  const button = $$<HTMLButtonElement>(el, 'button').find((b) =>
    typeof label === 'string' ? b.textContent!.trim() === label : label.test(b.textContent!),
  );
  if (!button) throw new Error(`No button "${label}"`);
  button.click();
  await settle(el);
}

export function response(
  ratings: Record<string, number | null>,
  submittedAt: string,
  id: string = crypto.randomUUID(),
): AssessmentResponse {
  return {
    id,
    sessionId: 'default',
    submittedAt,
    catalogueVersion: 's1',
    respondent: { sector: null, nation: null, region: null },
    ratings,
    otherChallenge: null,
  };
}

/**
 * A real HttpStore in front of a scripted collector that answers as the real one does:
 * `answer` decides each response POST ('offline' fails like an unreachable network).
 */
export function collectorStore(
  answer: () => 'offline' | 'sent' | { status: number; code: string; message: string },
) {
  let posts = 0;
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    if (init?.mode === 'no-cors') throw new TypeError('Failed to fetch');
    if (init?.method !== 'POST') return new Response('{}', { status: 200 });
    posts += 1;
    const a = answer();
    if (a === 'offline') throw new TypeError('Failed to fetch');
    if (a === 'sent') {
      const id = (JSON.parse(String(init.body)) as { id: string }).id;
      return new Response(JSON.stringify({ id, state: 'sent' }), { status: 201 });
    }
    void url;
    return new Response(JSON.stringify({ error: { code: a.code, message: a.message } }), {
      status: a.status,
    });
  }) as typeof globalThis.fetch;
  const store = new HttpStore('https://collector.example', {
    fetch,
    EventSource: null,
    local: new LocalStore({ storage: new MemoryStorage() }),
    retryBase: 20,
    retryMax: 40,
  });
  return { store, posts: () => posts };
}
