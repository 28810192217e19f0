/**
 * Where the chart's summary comes from: the `data` property, a `src` URL (JSON or CSV), or live
 * from the store (`store.getSummary(session)`, read again on the store's `responses` events, with
 * a pause). A live summary is shown only under the release rule (src/lib/release.ts): once the
 * number of respondents has grown by a batch, never response by response, whatever the store.
 * A reactive controller: the element calls `sync()` before each update and reads `summary`,
 * `problem` and `loading`. Problems are kept as data so that their words follow `lang`.
 * (TypeScript `private` rather than `#` fields: the CDN build targets ES2021, where `#` fields
 * become WeakMap helpers at every use.)
 */
import {
  StoreError,
  type Catalogue,
  type FrequencySummary,
  type ResponseStore,
  type SummaryOptions,
} from '@netweave/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ChartLocalizer } from './lib/format.js';
import type { LoadError } from './lib/load.js';
import { mayRelease } from './lib/release.js';

export type Source =
  | { kind: 'data' }
  | { kind: 'src'; url: string }
  | { kind: 'live'; session: string; store: ResponseStore; catalogue?: Catalogue | undefined };

export type Problem =
  { kind: 'load'; url: string; error: unknown } | { kind: 'store'; session: string; error: unknown };

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * A problem in the page's language. Only our own words: a store's, a server's or the browser's
 * message is English, so Welsh pages get netweave's wording for it (the original is logged).
 */
export function problemMessage(l: ChartLocalizer, p: Problem): string {
  const e = p.error;
  if (p.kind === 'store') {
    let detail: string;
    if (e instanceof StoreError && e.code === 'offline') detail = l.t('error.store.offline');
    else if (e instanceof StoreError && (e.status === 404 || e.code === 'session-not-found'))
      detail = l.t('error.store.session', { session: p.session });
    else if (e instanceof StoreError && e.status)
      detail = l.t('error.store.status', { status: String(e.status) });
    else detail = l.t('error.store.other', { message: messageOf(e) });
    return l.t('error.store', { detail });
  }
  let detail: string;
  // The loader is fetched on demand (pages that never set `src` do not carry it): known by name.
  if ((e as LoadError | null)?.name === 'LoadError') {
    const { kind } = e as LoadError;
    const more = (e as LoadError).detail;
    if (kind === 'http') detail = l.t('error.http', { status: more });
    else if (kind === 'network') detail = l.t('error.network');
    else if (kind === 'json') detail = l.t('error.json', { detail: more });
    else if (kind === 'columns') detail = l.t('error.csv.columns', { columns: more });
    else detail = l.t('error.csv', { detail: more });
  } else detail = l.t('error.unknown', { message: messageOf(e) });
  return l.t('error.load', { src: p.url, detail });
}

export interface SummarySourceOptions {
  /** The release rule's batch for live data (read at each summary). */
  batch(): number;
  /** A live summary was released after the first one (the element announces it). */
  released?(summary: unknown): void;
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
  private readonly _options: SummarySourceOptions;
  private _seq = 0;

  constructor(host: ReactiveControllerHost, options: SummarySourceOptions) {
    this._host = host;
    this._options = options;
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
      const { loadSummary } = await import('./lib/load.js');
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
    // Reads started by quick successive events may settle out of order: only the latest counts.
    const seq = ++this._seq;
    try {
      // The page's catalogue gives a summary made on this device its labels and order.
      const options: SummaryOptions & { catalogue?: Catalogue | undefined } = { catalogue: live.catalogue };
      const summary: FrequencySummary = await live.store.getSummary(live.session, options);
      if (live !== this._live || seq !== this._seq) return;
      // The release rule: a summary that moved by fewer than a batch of respondents waits
      // (no redraw at all), so that no one's answers can be read off the change.
      const first = this.summary === null;
      if (!mayRelease(this.summary, summary, this._options.batch())) {
        if (!this.problem) return;
      } else {
        this.summary = summary;
        if (!first) this._options.released?.(summary);
      }
      this.problem = null;
    } catch (error) {
      if (live !== this._live || seq !== this._seq) return;
      if (!this.problem)
        console.warn('<netweave-challenge-chart>: the live summary could not be read', error);
      this.problem = { kind: 'store', session: live.session, error };
    }
    this.loading = false;
    this._host.requestUpdate();
  }
}
