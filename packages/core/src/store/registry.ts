/**
 * One store per endpoint per page, so widgets under one `<netweave-provider>` (or side by side
 * with the same attributes) share it: one connection, one offline queue, one storage notice.
 */
import { LazyHttpStore } from './lazy-http-store.js';
import { LocalStore } from './local-store.js';
import type { ResponseStore } from '@netweave/model';

export type HttpStoreFactory = (endpoint: string) => ResponseStore;

const stores = new Map<string, ResponseStore>();
let httpFactory: HttpStoreFactory | undefined;

/** Replaces how a store is built for an `endpoint` (default: an HttpStore). */
export function setHttpStoreFactory(factory: HttpStoreFactory): void {
  httpFactory = factory;
}

/** The page's shared store for `endpoint` (an HTTP store whose code loads on first use; a LocalStore when there is none). */
export function getStore(options: { endpoint?: string | null | undefined } = {}): ResponseStore {
  const endpoint = options.endpoint?.trim() || '';
  let store = stores.get(endpoint);
  if (!store) {
    if (endpoint) store = httpFactory ? httpFactory(endpoint) : new LazyHttpStore(endpoint);
    else store = new LocalStore();
    stores.set(endpoint, store);
  }
  return store;
}

/** Forgets the shared stores (tests). */
export function resetStores(): void {
  stores.clear();
}
