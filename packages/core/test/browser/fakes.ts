/** The fakes the HTTP store's tests share: a scripted collector, a stream to drive, a fresh profile. */
import { LocalStore } from '../../src/store/local-store.js';

export const ENDPOINT = 'https://collector.example';

export interface Call {
  url: string;
  method: string;
  body: unknown;
  /** The `X-Netweave-Device` header, or null. */
  device: string | null;
}

/** A scripted collector: each request gets the next planned reply (or `online` decides). */
export function fakeFetch(reply: (call: Call) => Response | 'offline') {
  const calls: Call[] = [];
  const fn = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const call = {
      url: String(input),
      method: init?.method ?? 'GET',
      body: init?.body ? JSON.parse(String(init.body)) : undefined,
      device: new Headers(init?.headers).get('x-netweave-device'),
    };
    calls.push(call);
    const r = reply(call);
    if (r === 'offline') throw new TypeError('Failed to fetch');
    return r;
  }) as typeof fetch;
  return { fn, calls };
}

export const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

export class FakeEventSource extends EventTarget {
  static instances: FakeEventSource[] = [];
  readyState = 0;
  readonly url: string;
  constructor(url: string) {
    super();
    this.url = url;
    FakeEventSource.instances.push(this);
  }
  close(): void {
    this.readyState = 2;
  }
  send(type: string, data: unknown, id: string): void {
    this.dispatchEvent(new MessageEvent(type, { data: JSON.stringify(data), lastEventId: id }));
  }
}

let namespace = 0;
export function local(): LocalStore {
  namespace += 1;
  return new LocalStore({ namespace: `nw-http-test-${Date.now()}-${namespace}` });
}
