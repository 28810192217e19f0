/**
 * Which catalogue the form asks about: the `catalogue` property, else the file at `catalogue-src`
 * (fetched once per address; a failure becomes a readable message), else the provider's, else the
 * default challenges; with the element's `threshold` when it sets one.
 */
import { DEFAULT_CATALOGUE, type Catalogue } from '@netweave/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CatalogueLoad } from './lib/catalogue-src.js';

export interface CatalogueHost extends ReactiveControllerHost {
  catalogue?: Catalogue | undefined;
  catalogueSrc?: string | undefined;
  threshold?: number | undefined;
}

export class CatalogueController implements ReactiveController {
  /** What loading `catalogue-src` gave; undefined while it loads (or with no `catalogue-src`). */
  src?: CatalogueLoad | undefined;
  private readonly _host: CatalogueHost;
  private readonly _provided: () => Catalogue | undefined;
  private _abort?: AbortController;

  constructor(host: CatalogueHost, provided: () => Catalogue | undefined) {
    this._host = host;
    this._provided = provided;
    host.addController(this);
  }

  hostDisconnected(): void {
    this._abort?.abort();
  }

  /** The catalogue in use; undefined while `catalogue-src` loads or when it cannot be used. */
  get catalogue(): Catalogue | undefined {
    const host = this._host;
    const src = this.src;
    const base =
      host.catalogue ??
      (host.catalogueSrc ? (src?.ok ? src.catalogue : undefined) : (this._provided() ?? DEFAULT_CATALOGUE));
    if (!base) return undefined;
    return Number.isInteger(host.threshold) ? { ...base, threshold: host.threshold! } : base;
  }

  /** Fetches `catalogue-src` again (call when it changes); an earlier fetch still on its way is dropped. */
  async fetch(): Promise<void> {
    this._abort?.abort();
    this.src = undefined;
    const url = this._host.catalogueSrc;
    if (!url) return;
    const abort = (this._abort = new AbortController());
    // Only pages that name a catalogue file need the loader (and, on failure, its messages).
    const { loadCatalogue } = await import('./lib/catalogue-src.js');
    const result = await loadCatalogue(url, abort.signal);
    if (abort.signal.aborted) return;
    this.src = result;
    this._host.requestUpdate();
  }
}
