/**
 * One store per endpoint per page, so widgets under one `<netweave-provider>` (or side by side
 * with the same attributes) share it: one connection, one offline queue, one storage notice.
 */
import { LocalStore } from './local-store.js';
import type { ResponseStore } from './types.js';

export type HttpStoreFactory = (endpoint: string) => ResponseStore;

const stores = new Map<string, ResponseStore>();
let httpFactory: HttpStoreFactory | undefined;

/** Registers how to build a store for an `endpoint` (the HTTP store registers itself). */
export function setHttpStoreFactory(factory: HttpStoreFactory): void {
  httpFactory = factory;
}

/** The page's shared store for `endpoint` (a LocalStore when there is none). */
export function getStore(options: { endpoint?: string | null | undefined } = {}): ResponseStore {
  const endpoint = options.endpoint?.trim() || '';
  let store = stores.get(endpoint);
  if (!store) {
    if (endpoint && httpFactory) store = httpFactory(endpoint);
    else {
      if (endpoint) console.warn(`netweave: no HTTP store is available for ${endpoint}; keeping data on this device.`);
      store = new LocalStore();
    }
    stores.set(endpoint, store);
  }
  return store;
}

/** Forgets the shared stores (tests). */
export function resetStores(): void {
  stores.clear();
}
