/** Shared by the browser test files: making a chart, reading it, and live stores that count reads. */
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { AssessmentResponse, FrequencySummary, ResponseStore, StoreListener } from '@netweave/core';
import '../../src/define.js';
import type { ChallengeChart } from '../../src/challenge-chart.js';

/** The next two frames: the ResizeObserver has told the chart its width by then. */
export const frames = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

export async function chart(
  data: FrequencySummary | null,
  attrs = '',
  width: number | string = 720,
): Promise<ChallengeChart> {
  const css = typeof width === 'number' ? `${width}px` : width;
  const wrap = await fixture<HTMLDivElement>(html`<div style=${`width:${css}`}></div>`);
  wrap.innerHTML = `<netweave-challenge-chart ${attrs.includes('lang=') ? '' : 'lang="en"'} ${attrs}></netweave-challenge-chart>`;
  const el = wrap.querySelector('netweave-challenge-chart')!;
  if (data) el.data = data;
  await el.updateComplete;
  await frames();
  await el.updateComplete;
  await partsLoaded(el);
  return el;
}

/** A drawn chart fetches its tooltip and data table code once: wait for it (the table is there). */
export async function partsLoaded(el: ChallengeChart): Promise<void> {
  if (!el.shadowRoot!.querySelector('svg.plot')) return;
  await waitUntil(() => el.shadowRoot!.querySelector('table'), 'the tooltip and table code did not load');
  await el.updateComplete;
}

export const root = (el: ChallengeChart) => el.shadowRoot!;
export const labelOf = (r: Element) =>
  [...r.querySelectorAll('.label tspan')].map((t) => t.textContent).join(' ');
export const valueTexts = (el: ChallengeChart) => [...root(el).querySelectorAll('.marks .row')].map(labelOf);

export function response(sessionId: string, id: string, ratings: Record<string, number>): AssessmentResponse {
  return {
    id,
    sessionId,
    submittedAt: new Date().toISOString(),
    catalogueVersion: '2024.1',
    respondent: { sector: null, nation: null, region: null },
    ratings,
    otherChallenge: null,
  } as AssessmentResponse;
}

/** A store that counts summary reads started (`calls`) and finished (`reads`). */
export function countingStore<T extends object>(store: T): T & { calls: number; reads: number } {
  const counts = { calls: 0, reads: 0 };
  return new Proxy(store, {
    get(target, prop) {
      if (prop === 'calls' || prop === 'reads') return counts[prop];
      const value = Reflect.get(target, prop, target) as unknown;
      if (prop === 'getSummary' && typeof value === 'function') {
        return async (...args: unknown[]) => {
          counts.calls += 1;
          try {
            return await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
          } finally {
            counts.reads += 1;
          }
        };
      }
      return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
    },
  }) as T & { calls: number; reads: number };
}

/**
 * A store whose summary the test sets (`set(summary)` tells the chart a response arrived), as a
 * collector's public summary that changes by one response at a time would.
 */
export function summaryStore(initial: FrequencySummary) {
  let current = initial;
  const listeners = new Set<StoreListener>();
  const store = {
    acceptsSubmissions: false,
    calls: 0,
    reads: 0,
    async getSummary(): Promise<FrequencySummary> {
      store.calls += 1;
      const s = current;
      await Promise.resolve();
      store.reads += 1;
      return s;
    },
    subscribe(_session: string, listener: StoreListener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next: FrequencySummary) {
      current = next;
      for (const l of listeners) l({ type: 'responses' } as Parameters<StoreListener>[0]);
    },
  };
  return store as typeof store & ResponseStore;
}
