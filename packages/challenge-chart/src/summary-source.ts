/**
 * Where the chart's summary comes from: the `data` property, a `src` URL (JSON or CSV), or live
 * from the store (`store.getSummary(session)`, refreshed on the store's `responses` events, with
 * a pause). A reactive controller: the element calls `sync()` before each update and reads
 * `summary`, `problem` and `loading`. Problems are kept as message keys so they follow `lang`.
 * (TypeScript `private` rather than `#` fields: the CDN build targets ES2021, where `#` fields
 * become WeakMap helpers at every use.)
 */
import type { Catalogue, FrequencySummary, ResponseStore, SummaryOptions } from '@netweave/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ChartLocalizer } from './lib/format.js';
import { LoadError, loadSummary } from './lib/load.js';

export type Source =
  | { kind: 'data' }
  | { kind: 'src'; url: string }
  | { kind: 'live'; session: string; store: ResponseStore; catalogue?: Catalogue | undefined };

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

  private readonly _host: ReactiveControllerHost;
  private _key = '';
  private _abort?: AbortController;
  private _unsubscribe?: () => void;
  private _live?: { session: string; store: ResponseStore; catalogue?: Catalogue | undefined };

  constructor(host: ReactiveControllerHost) {
    this._host = host;
    host.addController(this);
  }

  /** A re-attached element reads its source again (moving it in the page stops the old one). */
  hostConnected(): void {
    if (!this._key) this._host.requestUpdate();
  }

  hostDisconnected(): void {
    this._stop();
    this._key = '';
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
    if (key === this._key && (source.kind !== 'live' || source.store === this._live?.store)) return;
    this._key = key;
    this._stop();
    this.summary = null;
    this.problem = null;
    this.loading = source.kind !== 'data';
    if (source.kind === 'src') void this._fetch(source.url);
    if (source.kind === 'live') {
      this._live = { session: source.session, store: source.store, catalogue: source.catalogue };
      this._unsubscribe = source.store.subscribe(source.session, (event) => {
        if (event.type === 'responses' && !this.paused) void this.refresh();
      });
      void this.refresh();
    }
  }

  /** Reads the live summary (or the `src` URL) again. */
  refresh(): Promise<void> {
    if (this.kind === 'src') return this._fetch(this._key.slice(4));
    return this._readStore();
  }

  togglePause(): void {
    this.paused = !this.paused;
    if (!this.paused) void this.refresh();
    this._host.requestUpdate();
  }

  private _stop(): void {
    this._abort?.abort();
    this._unsubscribe?.();
    this._unsubscribe = undefined;
    this._live = undefined;
  }

  private async _fetch(url: string): Promise<void> {
    this._abort?.abort();
    const abort = (this._abort = new AbortController());
    try {
      this.summary = await loadSummary(url, abort.signal);
      this.problem = null;
    } catch (error) {
      if (abort.signal.aborted) return;
      this.problem = { kind: 'load', url, error };
    }
    if (abort.signal.aborted) return;
    this.loading = false;
    this._host.requestUpdate();
  }

  private async _readStore(): Promise<void> {
    const live = this._live;
    if (!live) return;
    try {
      // The page's catalogue gives a summary made on this device its labels and order.
      const options: SummaryOptions & { catalogue?: Catalogue | undefined } = { catalogue: live.catalogue };
      const summary: FrequencySummary = await live.store.getSummary(live.session, options);
      if (live !== this._live) return;
      this.summary = summary;
      this.problem = null;
    } catch (error) {
      if (live !== this._live) return;
      this.problem = { kind: 'store', detail: error instanceof Error ? error.message : String(error) };
    }
    this.loading = false;
    this._host.requestUpdate();
  }
}
