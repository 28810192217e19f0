import { expect, waitUntil } from '@open-wc/testing';
import { HttpStore } from '../../src/store/http-store.js';
import { LocalStore } from '../../src/store/local-store.js';
import { getStore, resetStores } from '../../src/store/registry.js';
import { LazyHttpStore } from '../../src/store/lazy-http-store.js';
import { StoreError, type StoreEvent } from '@netweave/model';
import type { AssessmentResponse } from '@netweave/model';
import { ENDPOINT, FakeEventSource, fakeFetch, json, local } from './fakes.js';

const response = (id: string): AssessmentResponse => ({
  id,
  sessionId: 's1',
  submittedAt: '2026-11-25T10:00:00.000Z',
  catalogueVersion: '2024.1',
  respondent: { sector: null, nation: null, region: null },
  ratings: { 'finding-the-time': 3 },
  otherChallenge: null,
});

describe('HttpStore', () => {
  afterEach(() => {
    FakeEventSource.instances = [];
    resetStores();
  });

  it('sends a response to the session and reports it sent', async () => {
    const { fn, calls } = fakeFetch(() => json(201, { id: 'r1', state: 'sent' }));
    const store = new HttpStore(`${ENDPOINT}/`, { fetch: fn, EventSource: null, local: local() });
    expect(await store.submitResponse(response('r1'))).to.deep.equal({ id: 'r1', state: 'sent' });
    expect(calls[0]!.url).to.equal(`${ENDPOINT}/v1/sessions/s1/responses`);
    expect(calls[0]!.method).to.equal('POST');
    expect((calls[0]!.body as AssessmentResponse).id).to.equal('r1');
    store.close();
  });

  it('keeps a submission on the device while offline and sends it when the collector answers again', async () => {
    let online = false;
    const { fn, calls } = fakeFetch((call) =>
      online ? json(201, { id: (call.body as { id: string }).id, state: 'sent' }) : 'offline',
    );
    const storage = local();
    const store = new HttpStore(ENDPOINT, {
      fetch: fn,
      EventSource: null,
      local: storage,
      retryBase: 20,
      retryMax: 40,
    });
    const queue: number[] = [];
    const unsubscribe = store.subscribe('s1', (e) => e.type === 'queue' && queue.push(e.pending));
    expect(await store.submitResponse(response('r2'))).to.deep.equal({ id: 'r2', state: 'queued' });
    expect(await store.pendingCount()).to.equal(1);
    expect(queue).to.include(1);
    // Another page load on this device sees the same waiting submission.
    const reloaded = new HttpStore(ENDPOINT, {
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
      EventSource: null,
      local: storage,
    });
    expect(await reloaded.pendingCount()).to.equal(1);
    reloaded.close();
    online = true;
    await waitUntil(async () => (await store.pendingCount()) === 0, 'the queue drains');
    expect(
      calls.filter((c) => c.method === 'POST' && (c.body as { id?: string })?.id === 'r2').length,
    ).to.be.greaterThan(1);
    expect(queue.at(-1)).to.equal(0);
    unsubscribe();
    store.close();
  });

  it('turns a refusal into a StoreError with the collector’s message, and does not queue it', async () => {
    const { fn } = fakeFetch(() =>
      json(409, { error: { code: 'session-closed', message: 'The session "Pilot" is closed.' } }),
    );
    const store = new HttpStore(ENDPOINT, { fetch: fn, EventSource: null, local: local() });
    let error: unknown;
    try {
      await store.submitResponse(response('r3'));
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(StoreError);
    expect((error as StoreError).message).to.equal('The session "Pilot" is closed.');
    expect((error as StoreError).code).to.equal('session-closed');
    expect(await store.pendingCount()).to.equal(0);
    store.close();
  });

  it('passes live events on, and resumes from the last event id when the stream drops', async () => {
    const { fn, calls } = fakeFetch(() =>
      json(200, { events: [], lastEventId: 9, more: false, responsesVersion: 0 }),
    );
    const store = new HttpStore(ENDPOINT, {
      fetch: fn,
      EventSource: FakeEventSource as unknown as typeof EventSource,
      local: local(),
      pollInterval: 20,
      device: false, // the device's name in these addresses: 'names its device …' below
    });
    const events: StoreEvent[] = [];
    const unsubscribe = store.subscribe('s1', (e) => events.push(e));
    const first = FakeEventSource.instances[0]!;
    expect(first.url).to.equal(`${ENDPOINT}/v1/sessions/s1/events`);
    first.dispatchEvent(new Event('open'));
    first.send('ready', {}, '4');
    const commitment = {
      id: 'c1',
      sessionId: 's1',
      createdAt: '2026-11-25T10:00:00.000Z',
      text: 'Hi',
      column: 'commitments',
      sector: null,
      status: 'visible',
      reactions: 0,
    };
    first.send('commitment', { type: 'commitment', sessionId: 's1', commitment }, '5');
    expect(events.filter((e) => e.type !== 'connection')).to.deep.equal([
      { type: 'commitment', sessionId: 's1', commitment },
    ]);
    expect(events).to.deep.include({ type: 'connection', state: 'live' });
    // The browser gives up on the stream: the store polls from event 5 onwards.
    first.readyState = 2;
    first.dispatchEvent(new Event('error'));
    await waitUntil(
      () => calls.some((c) => c.url.endsWith('/v1/sessions/s1/events?after=5')),
      'a poll after event 5',
    );
    await waitUntil(
      () => events.some((e) => e.type === 'connection' && e.state === 'polling'),
      'polling reported',
    );
    unsubscribe();
    store.close();
  });

  it('after the collector was out of reach (a restart), is live again within seconds of it answering', async () => {
    let down = true;
    const { fn, calls } = fakeFetch(() =>
      down ? 'offline' : json(200, { events: [], lastEventId: 7, more: false, responsesVersion: 0 }),
    );
    // The room's usual poll interval: a minute of "offline" after a restart would be noticed.
    const store = new HttpStore(ENDPOINT, {
      fetch: fn,
      EventSource: FakeEventSource as unknown as typeof EventSource,
      local: local(),
      device: false,
    });
    const events: StoreEvent[] = [];
    const unsubscribe = store.subscribe('s1', (e) => events.push(e));
    const first = FakeEventSource.instances[0]!;
    first.dispatchEvent(new Event('open'));
    first.send('ready', {}, '6');
    // The collector goes away: the browser retries the stream twice, then gives up.
    for (let i = 0; i < 3; i++) first.dispatchEvent(new Event('error'));
    await waitUntil(
      () => events.some((e) => e.type === 'connection' && e.state === 'offline'),
      'offline reported',
    );
    await waitUntil(() => calls.length >= 2, 'a second try while the collector is down');
    down = false;
    await waitUntil(() => FakeEventSource.instances.length === 2, 'streaming again');
    expect(FakeEventSource.instances[1]!.url).to.equal(`${ENDPOINT}/v1/sessions/s1/events?lastEventId=7`);
    FakeEventSource.instances[1]!.dispatchEvent(new Event('open'));
    expect(events.at(-1)).to.deep.equal({ type: 'connection', state: 'live' });
    unsubscribe();
    store.close();
  });

  it('reads the list and the summary only once the stream has said where it stands, so no change falls between', async () => {
    const { fn, calls } = fakeFetch((call) =>
      call.url.includes('/events')
        ? json(200, { events: [], lastEventId: 3, more: false, responsesVersion: 0 })
        : json(200, { items: [], nextCursor: null }),
    );
    const store = new HttpStore(ENDPOINT, {
      fetch: fn,
      EventSource: FakeEventSource as unknown as typeof EventSource,
      local: local(),
      device: false, // the device's name in these addresses: 'names its device …' below
    });
    const unsubscribe = store.subscribe('s1', () => undefined);
    let listed = false;
    const page = store.listCommitments('s1').then((p) => ((listed = true), p));
    await waitUntil(() => FakeEventSource.instances.length === 1, 'the stream is opened');
    const source = FakeEventSource.instances[0]!;
    source.dispatchEvent(new Event('open'));
    expect(listed).to.equal(false);
    // Proved by order rather than by waiting: the list is read after the stream said where it stands.
    const beforeReady = calls.length;
    source.send('ready', {}, '7');
    expect((await page).items).to.deep.equal([]);
    expect(calls.slice(0, beforeReady).filter((c) => c.url.includes('/commitments'))).to.have.length(0);
    expect(calls.map((c) => c.url)).to.deep.equal([`${ENDPOINT}/v1/sessions/s1/commitments`]);
    // The summary too (a chart hears of new responses only once its stream has started).
    const summary = store.subscribe('s3', () => undefined);
    const read = store.getSummary('s3');
    await waitUntil(() => FakeEventSource.instances.length === 2, 'the second stream is opened');
    const beforeSummaryReady = calls.length;
    FakeEventSource.instances[1]!.send('ready', {}, '2');
    await read;
    expect(calls.slice(0, beforeSummaryReady).some((c) => c.url.includes('/s3/summary'))).to.equal(false);
    expect(calls.slice(beforeSummaryReady).map((c) => c.url)).to.include(
      `${ENDPOINT}/v1/sessions/s3/summary`,
    );
    summary();
    // A stream that fails before saying where it stands: one poll says so, the list follows it,
    // and the stream comes back from that point (the browser's own retry would start from "now").
    const other = store.subscribe('s2', () => undefined);
    FakeEventSource.instances[2]!.dispatchEvent(new Event('error'));
    expect(FakeEventSource.instances[2]!.readyState).to.equal(2);
    await store.listCommitments('s2');
    const s2 = calls.map((c) => c.url).filter((u) => u.includes('/s2/'));
    expect(s2).to.deep.equal([`${ENDPOINT}/v1/sessions/s2/events`, `${ENDPOINT}/v1/sessions/s2/commitments`]);
    await waitUntil(() => FakeEventSource.instances.length === 4, 'the stream again');
    expect(FakeEventSource.instances[3]!.url).to.equal(`${ENDPOINT}/v1/sessions/s2/events?lastEventId=3`);
    other();
    unsubscribe();
    store.close();
  });

  it('passes on changes to the session itself, from the stream and from polls', async () => {
    const session = { id: 's1', title: 'Gwent', date: '2026-11-25', moderation: 'none' as const, open: true };
    let open = true;
    const { fn } = fakeFetch(() =>
      json(200, {
        events: [],
        lastEventId: 1,
        more: false,
        responsesVersion: 0,
        session: { ...session, open },
      }),
    );
    const streamed = new HttpStore(ENDPOINT, {
      fetch: fn,
      EventSource: FakeEventSource as unknown as typeof EventSource,
      local: local(),
    });
    const fromStream: StoreEvent[] = [];
    const off = streamed.subscribe('s1', (e) => fromStream.push(e));
    const closed = { type: 'session', sessionId: 's1', session: { ...session, open: false } };
    FakeEventSource.instances[0]!.send('session', closed, '');
    expect(fromStream).to.deep.include(closed);
    off();
    streamed.close();

    const polling = new HttpStore(ENDPOINT, {
      fetch: fn,
      EventSource: null,
      local: local(),
      pollInterval: 20,
    });
    const fromPolls: StoreEvent[] = [];
    const stop = polling.subscribe('s1', (e) => fromPolls.push(e));
    await waitUntil(() => fromPolls.some((e) => e.type === 'connection'), 'a first poll');
    expect(fromPolls.some((e) => e.type === 'session')).to.equal(false, 'nothing changed yet');
    open = false;
    await waitUntil(() => fromPolls.some((e) => e.type === 'session'), 'the change noticed');
    expect(fromPolls.find((e) => e.type === 'session')).to.deep.equal(closed);
    stop();
    polling.close();
  });

  it('polls when there is no EventSource', async () => {
    let n = 0;
    const commitment = {
      id: 'c2',
      sessionId: 's1',
      createdAt: '2026-11-25T10:00:00.000Z',
      text: 'Polled',
      column: 'commitments',
      sector: null,
      status: 'visible',
      reactions: 0,
    };
    const { fn } = fakeFetch(() => {
      n += 1;
      return n === 1
        ? json(200, { events: [], lastEventId: 1, more: false, responsesVersion: 3 })
        : json(200, {
            events: [{ seq: 2, event: { type: 'commitment', sessionId: 's1', commitment } }],
            lastEventId: 2,
            more: false,
            responsesVersion: 4,
          });
    });
    const store = new HttpStore(ENDPOINT, { fetch: fn, EventSource: null, local: local(), pollInterval: 20 });
    const events: StoreEvent[] = [];
    const unsubscribe = store.subscribe('s1', (e) => events.push(e));
    await waitUntil(() => events.some((e) => e.type === 'responses'), 'new responses noticed');
    expect(events.find((e) => e.type === 'commitment')).to.deep.equal({
      type: 'commitment',
      sessionId: 's1',
      commitment,
    });
    unsubscribe();
    store.close();
  });

  it('is what getStore gives a widget with an endpoint (loaded on first use), shared per endpoint', async () => {
    const a = getStore({ endpoint: ENDPOINT });
    expect(a).to.be.instanceOf(LazyHttpStore);
    expect(a.acceptsSubmissions).to.equal(true);
    expect(getStore({ endpoint: ENDPOINT })).to.equal(a);
    expect(getStore({})).to.be.instanceOf(LocalStore);
    const inner = await (a as LazyHttpStore).load();
    expect(inner).to.be.instanceOf(HttpStore);
    (inner as HttpStore).close();
  });

  it('attaches subscriptions made before the HTTP code arrived, and forwards calls', async () => {
    const lazy = new LazyHttpStore(ENDPOINT);
    const events: string[] = [];
    const unsubscribe = lazy.subscribe('s1', (e) => events.push(e.type));
    const inner = (await lazy.load()) as HttpStore;
    await lazy.saveDraft('k', { answer: 3 });
    expect((await lazy.loadDraft<{ answer: number }>('k'))?.value.answer).to.equal(3);
    await lazy.clearDraft('k');
    unsubscribe();
    inner.close();
    expect(lazy.status.mode).to.be.oneOf(['persistent', 'memory']);
  });

  describe('names its device', () => {
    /** What the store makes: 22 base64url characters (128 random bits). */
    const ID = /^[A-Za-z0-9_-]{22}$/;
    const commitment = {
      id: 'c1',
      sessionId: 's1',
      createdAt: '2026-11-25T10:00:00.000Z',
      text: 'Hi',
      column: 'commitments',
      sector: null,
      status: 'visible',
      reactions: 0,
    };
    /** A collector that answers every route these tests use. */
    const collector = () =>
      fakeFetch((call) =>
        call.url.includes('/events')
          ? json(200, { events: [], lastEventId: 3, more: false, responsesVersion: 0 })
          : call.url.endsWith('/responses')
            ? json(201, { id: 'r1', state: 'sent' })
            : call.method !== 'GET' || call.url.endsWith('/c1')
              ? json(200, commitment)
              : call.url.includes('/commitments')
                ? json(200, { items: [], nextCursor: null })
                : call.url.includes('/summary')
                  ? json(200, { sessionId: 's1' })
                  : json(200, {
                      id: 's1',
                      title: 'Gwent',
                      date: '2026-11-25',
                      moderation: 'none',
                      open: true,
                    }),
      );
    /** Each write once (POST, PATCH, an admin POST), then each kind of plain read. */
    async function writeAndRead(store: HttpStore): Promise<void> {
      await store.submitResponse(response('r1'));
      await store.addCommitment({ id: 'c1', sessionId: 's1', text: 'Hi' });
      await store.react('s1', 'c1');
      await store.moveCommitment('s1', 'c1', 'ideas');
      await store.moderate('s1', 'c1', 'visible');
      await store.listCommitments('s1');
      await store.getSummary('s1');
      await store.getSession('s1');
    }
    const namespaces: string[] = [];
    function profile(): string {
      const ns = `nw-device-test-${Date.now()}-${namespaces.length}`;
      namespaces.push(ns);
      return ns;
    }
    after(() => {
      for (const key of Object.keys(localStorage))
        if (namespaces.some((ns) => key.startsWith(`${ns}:`))) localStorage.removeItem(key);
    });

    it('on every write (POST, PATCH) and on no plain read, so caches are not split', async () => {
      const { fn, calls } = collector();
      const store = new HttpStore(ENDPOINT, {
        fetch: fn,
        EventSource: null,
        local: local(),
        adminToken: 't',
      });
      await writeAndRead(store);
      const writes = calls.filter((c) => c.method !== 'GET');
      const reads = calls.filter((c) => c.method === 'GET');
      expect(writes.map((c) => c.method)).to.deep.equal(['POST', 'POST', 'POST', 'PATCH', 'POST']);
      expect(writes[0]!.device).to.match(ID);
      expect(writes.map((c) => c.device)).to.deep.equal(writes.map(() => writes[0]!.device));
      expect(reads).to.have.length(3);
      expect(reads.map((c) => c.device)).to.deep.equal([null, null, null]);
      expect(reads.filter((c) => c.url.includes('device='))).to.deep.equal([]);
      store.close();
    });

    it('in the live and the polled events addresses (EventSource cannot send headers)', async () => {
      const { fn, calls } = collector();
      const storage = local();
      const store = new HttpStore(ENDPOINT, {
        fetch: fn,
        EventSource: FakeEventSource as unknown as typeof EventSource,
        local: storage,
      });
      await store.react('s1', 'c1');
      const id = calls[0]!.device!;
      expect(id).to.match(ID);
      const off = store.subscribe('s1', () => undefined);
      expect(FakeEventSource.instances[0]!.url).to.equal(`${ENDPOINT}/v1/sessions/s1/events?device=${id}`);
      // The stream fails before it starts: one poll, then the stream again from where it stood.
      FakeEventSource.instances[0]!.dispatchEvent(new Event('error'));
      await waitUntil(() => FakeEventSource.instances.length === 2, 'the stream again');
      expect(calls.map((c) => c.url)).to.include(`${ENDPOINT}/v1/sessions/s1/events?device=${id}`);
      expect(FakeEventSource.instances[1]!.url).to.equal(
        `${ENDPOINT}/v1/sessions/s1/events?lastEventId=3&device=${id}`,
      );
      off();
      store.close();

      const polling = new HttpStore(ENDPOINT, {
        fetch: fn,
        EventSource: null,
        local: storage,
        pollInterval: 20,
      });
      const stop = polling.subscribe('s2', () => undefined);
      const polled = `${ENDPOINT}/v1/sessions/s2/events?after=3&device=${id}`;
      await waitUntil(() => calls.some((c) => c.url === polled), 'a second poll');
      expect(calls.filter((c) => c.url.includes('/s2/')).map((c) => [c.url, c.device])[0]).to.deep.equal([
        `${ENDPOINT}/v1/sessions/s2/events?device=${id}`,
        null,
      ]);
      stop();
      polling.close();
    });

    it('with one random id per browser profile: the same in two tabs and after a reload', async () => {
      const ns = profile();
      const { fn, calls } = collector();
      const tab = () =>
        new HttpStore(ENDPOINT, { fetch: fn, EventSource: null, local: new LocalStore({ namespace: ns }) });
      const first = tab();
      const second = tab();
      await first.react('s1', 'c1');
      await second.react('s1', 'c1');
      first.close();
      second.close();
      const reloaded = tab();
      await reloaded.react('s1', 'c1');
      reloaded.close();
      const other = new HttpStore(ENDPOINT, {
        fetch: fn,
        EventSource: null,
        local: new LocalStore({ namespace: profile() }),
      });
      await other.react('s1', 'c1');
      other.close();
      const [id, ...rest] = calls.map((c) => c.device);
      expect(id).to.match(ID);
      expect(rest.slice(0, 2)).to.deep.equal([id, id]);
      expect(rest[2], 'another profile').to.match(ID).and.not.equal(id);
    });

    it('with a different id for each collector, so two collectors cannot link a browser', async () => {
      const ns = profile();
      const { fn, calls } = collector();
      const store = (endpoint: string) =>
        new HttpStore(endpoint, { fetch: fn, EventSource: null, local: new LocalStore({ namespace: ns }) });
      for (const endpoint of [ENDPOINT, 'https://other-collector.example', ENDPOINT]) {
        const s = store(endpoint);
        await s.react('s1', 'c1');
        s.close();
      }
      const [here, there, againHere] = calls.map((c) => c.device);
      expect(there).to.match(ID).and.not.equal(here);
      expect(againHere, 'the same collector keeps its id').to.equal(here);
    });

    it('where storage is blocked, with an id kept in memory and no notice of its own', async () => {
      const { fn, calls } = collector();
      const blocked = new LocalStore({ namespace: profile(), storage: null });
      const store = new HttpStore(ENDPOINT, { fetch: fn, EventSource: null, local: blocked });
      expect(await store.submitResponse(response('r1'))).to.deep.equal({ id: 'r1', state: 'sent' });
      await store.react('s1', 'c1');
      expect(calls[0]!.device).to.match(ID);
      expect(calls[1]!.device).to.equal(calls[0]!.device);
      // What blocked storage says anyway (the outbox cannot keep submissions), and nothing more.
      expect(store.status.problems).to.deep.equal(['blocked']);
      store.close();
    });

    it('not at all with `device: false`, and as given with a string', async () => {
      const { fn, calls } = collector();
      const storage = local();
      const quiet = new HttpStore(ENDPOINT, {
        fetch: fn,
        EventSource: FakeEventSource as unknown as typeof EventSource,
        local: storage,
        adminToken: 't',
        device: false,
      });
      await writeAndRead(quiet);
      const off = quiet.subscribe('s1', () => undefined);
      expect(FakeEventSource.instances[0]!.url).to.equal(`${ENDPOINT}/v1/sessions/s1/events`);
      off();
      quiet.close();
      expect(calls.map((c) => c.device).filter((d) => d !== null)).to.deep.equal([]);
      expect(storage.draftKeys('device:'), 'no id kept on the device').to.deep.equal([]);

      const named = new HttpStore(ENDPOINT, {
        fetch: fn,
        EventSource: null,
        local: local(),
        device: 'kiosk-3.hall',
      });
      await named.react('s1', 'c1');
      expect(calls.at(-1)!.device).to.equal('kiosk-3.hall');
      named.close();
      expect(() => new HttpStore(ENDPOINT, { device: 'kiosk 3' }), 'one the collector would ignore').to.throw(
        TypeError,
        /device option/,
      );
    });
  });
});
