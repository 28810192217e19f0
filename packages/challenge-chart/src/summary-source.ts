/**
 * Where the chart's summary comes from: the `data` property, a `src` URL (JSON or CSV), or live
 * from the store (`store.getSummary(session)`, refreshed on the store's `responses` events, with
 * a pause). A reactive controller: the element calls `sync()` before each update and reads
 * `summary`, `problem` and `loading`. Problems are kept as message keys so they follow `lang`.
 */
import type { FrequencySummary, ResponseStore } from '@netweave/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ChartLocalizer } from './lib/format.js';
import { LoadError, loadSummary } from './lib/load.js';

export type Source =
  { kind: 'data' } | { kind: 'src'; url: string } | { kind: 'live'; session: string; store: ResponseStore };

export type Problem = { kind: 'load'; url: string; error: unknown } | { kind: 'store'; detail: string };

export function problemMessage(l: ChartLocalizer, p: Problem): string {
  if (p.kind === 'store') return l.t('error.store', { detail: p.detail });
  const e = p.error;
  let detail = String(e);
  if (e instanceof LoadError) {
    if (e.kind === 'http') detail = l.t('error.http', { status: e.detail });
    else if (e.kind === 'network') detail = l.t('error.network');
    else if (e.kind === 'json') detail = l.t('error.json', { detail: e.detail });
    else if (e.kind === 'columns')
      detail = l.t('error.csv', { detail: l.t('error.csv.columns', { columns: e.detail }) });
    else detail = l.t('error.csv', { detail: e.detail });
  }
  return l.t('error.load', { src: p.url, detail });
}

export class SummarySource implements ReactiveController {
  /** The last summary read from `src` or the store (unvalidated: the chart checks it). */
  summary: unknown = null;
  problem: Problem | null = null;
  loading = false;
  /** Live mode: store events are ignored while paused. */
  paused = false;
  kind: Source['kind'] = 'data';

  readonly #host: ReactiveControllerHost;
  #key = '';
  #abort?: AbortController;
  #unsubscribe?: () => void;
  #live?: { session: string; store: ResponseStore };

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#stop();
    this.#key = '';
  }

  /** Starts reading from `source` when it differs from the current one. */
  sync(source: Source): void {
    this.kind = source.kind;
    const key =
      source.kind === 'src'
        ? `src:${source.url}`
        : source.kind === 'live'
          ? `live:${source.session}`
          : 'data';
    if (key === this.#key && (source.kind !== 'live' || source.store === this.#live?.store)) return;
    this.#key = key;
    this.#stop();
    this.summary = null;
    this.problem = null;
    this.loading = source.kind !== 'data';
    if (source.kind === 'src') void this.#fetch(source.url);
    if (source.kind === 'live') {
      this.#live = { session: source.session, store: source.store };
      this.#unsubscribe = source.store.subscribe(source.session, (event) => {
        if (event.type === 'responses' && !this.paused) void this.refresh();
      });
      void this.refresh();
    }
  }

  /** Reads the live summary (or the `src` URL) again. */
  refresh(): Promise<void> {
    if (this.kind === 'src') return this.#fetch(this.#key.slice(4));
    return this.#readStore();
  }

  togglePause(): void {
    this.paused = !this.paused;
    if (!this.paused) void this.refresh();
    this.#host.requestUpdate();
  }

  #stop(): void {
    this.#abort?.abort();
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#live = undefined;
  }

  async #fetch(url: string): Promise<void> {
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    try {
      this.summary = await loadSummary(url, abort.signal);
      this.problem = null;
    } catch (error) {
      if (abort.signal.aborted) return;
      this.problem = { kind: 'load', url, error };
    }
    if (abort.signal.aborted) return;
    this.loading = false;
    this.#host.requestUpdate();
  }

  async #readStore(): Promise<void> {
    const live = this.#live;
    if (!live) return;
    try {
      const summary: FrequencySummary = await live.store.getSummary(live.session);
      if (live !== this.#live) return;
      this.summary = summary;
      this.problem = null;
    } catch (error) {
      if (live !== this.#live) return;
      this.problem = { kind: 'store', detail: error instanceof Error ? error.message : String(error) };
    }
    this.loading = false;
    this.#host.requestUpdate();
  }
}
