import { expect, waitUntil } from '@open-wc/testing';
import { HttpStore } from '../../src/store/http-store.js';
import { LocalStore } from '../../src/store/local-store.js';
import type { StoreEvent, Submission } from '@netweave/model';
import type { AssessmentResponse } from '@netweave/model';

const ENDPOINT = 'https://collector.example';

interface Call {
  url: string;
  method: string;
  mode: RequestMode | undefined;
  body: { id?: string } | undefined;
}

/** A scripted collector that follows the real one's contract (see packages/collector). */
function collector(answer: (call: Call) => Response | 'offline') {
  const calls: Call[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const call: Call = {
      url: String(input),
      method: init?.method ?? 'GET',
      mode: init?.mode,
      body: init?.body ? JSON.parse(String(init.body)) : undefined,
    };
    calls.push(call);
    const r = answer(call);
    if (r === 'offline') throw new TypeError('Failed to fetch');
    return r;
  }) as typeof globalThis.fetch;
  return { fetch, calls, posts: () => calls.filter((c) => c.method === 'POST') };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const stored = (call: Call) =>
  call.url.endsWith('/commitments')
    ? json(201, { ...call.body, column: 'commitments', sector: null, status: 'visible', reactions: 0 })
    : json(201, { id: call.body?.id, state: 'sent' });

const response = (id: string, sessionId = 's1'): AssessmentResponse => ({
  id,
  sessionId,
  submittedAt: '2026-11-25T10:00:00.000Z',
  catalogueVersion: '2024.1',
  respondent: { sector: null, nation: null, region: null },
  ratings: { 'finding-the-time': 3 },
  otherChallenge: null,
});

let n = 0;
const namespace = () => `nw-outbox-${Date.now()}-${(n += 1)}`;

function cleanUp(): void {
  for (const key of Object.keys(localStorage)) if (key.startsWith('nw-outbox-')) localStorage.removeItem(key);
}

describe('The outbox (HttpStore)', () => {
  beforeEach(cleanUp);
  afterEach(cleanUp);

  it('loses nothing when two tabs submit while the collector is down (each kept under its own key)', async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    let up = false;
    const c = collector((call) => (call.mode === 'no-cors' || !up ? 'offline' : stored(call)));
    const ns = namespace();
    const tab1 = new HttpStore(ENDPOINT, {
      fetch: c.fetch,
      EventSource: null,
      local: new LocalStore({ namespace: ns }),
      retryBase: 10_000,
    });
    const tab2 = new HttpStore(ENDPOINT, {
      fetch: c.fetch,
      EventSource: null,
      local: new LocalStore({ namespace: ns, storage: frame.contentWindow!.localStorage }),
      retryBase: 10_000,
    });
    try {
      expect((await tab1.submitResponse(response('consented'))).state).to.equal('queued');
      expect(
        (await tab2.submitCommitment({ id: 'post', sessionId: 's1', text: 'Ring the housing team' })).state,
      ).to.equal('queued');
      expect(await tab1.pendingCount()).to.equal(2);
      up = true;
      await tab1.flush();
      const sent = c.posts().filter((p) => p.url.includes('/v1/'));
      expect(sent.map((p) => p.body?.id)).to.include.members(['consented', 'post']);
      expect(await tab1.pendingCount()).to.equal(0);
      await waitUntil(async () => (await tab2.pendingCount()) === 0, 'the other tab sees them sent');
    } finally {
      tab1.close();
      tab2.close();
      frame.remove();
    }
  });

  it('a queued response that the collector then refuses is shown refused with its reason, never as sent, and never retried', async () => {
    let up = false;
    const c = collector((call) =>
      call.mode === 'no-cors' || !up
        ? 'offline'
        : json(409, { error: { code: 'session-closed', message: 'The session "Pilot" is closed.' } }),
    );
    const store = new HttpStore(ENDPOINT, {
      fetch: c.fetch,
      EventSource: null,
      local: new LocalStore({ namespace: namespace() }),
      retryBase: 10_000,
    });
    const seen: Submission[] = [];
    const off = store.subscribe('s1', (e: StoreEvent) => e.type === 'submission' && seen.push(e.submission));
    try {
      expect((await store.submitResponse(response('r1'))).state).to.equal('queued');
      expect(seen.map((s) => s.state)).to.deep.equal(['sending', 'queued']);
      expect(seen.at(-1)!.problem?.code).to.equal('offline');
      up = true;
      await store.flush();
      const [item] = await store.submissions('s1');
      expect(item!.state).to.equal('refused');
      expect(item!.problem).to.deep.equal({
        code: 'session-closed',
        status: 409,
        message: 'The session "Pilot" is closed.',
      });
      expect(seen.map((s) => s.state)).to.not.include('sent');
      const attempts = c.posts().length;
      await store.flush();
      expect(c.posts().length, 'a refusal is not sent again').to.equal(attempts);
      expect(await store.pendingCount()).to.equal(0);
      // The answers themselves are still there for the person to see.
      expect((item!.body as AssessmentResponse).ratings['finding-the-time']).to.equal(3);
    } finally {
      off();
      store.close();
    }
  });

  it('tells "waiting for approval" from "saved on this device": only a held post is pending review', async () => {
    let up = true;
    const c = collector((call) => {
      if (call.mode === 'no-cors' || !up) return 'offline';
      const held = call.body && 'text' in call.body && String(call.body.text).includes('@');
      return held
        ? json(201, { ...call.body, column: 'commitments', sector: null, status: 'pending', reactions: 0 })
        : stored(call);
    });
    const store = new HttpStore(ENDPOINT, {
      fetch: c.fetch,
      EventSource: null,
      local: new LocalStore({ namespace: namespace() }),
      retryBase: 10_000,
    });
    try {
      const sent = await store.submitCommitment({ id: 'a', sessionId: 's1', text: 'Visit the hub' });
      expect(sent.state).to.equal('sent');
      expect(sent.commitment?.status).to.equal('visible');
      const held = await store.submitCommitment({ id: 'b', sessionId: 's1', text: 'Mail jo@example.org' });
      expect(held.state).to.equal('pending-review');
      up = false;
      const queued = await store.submitCommitment({ id: 'c', sessionId: 's1', text: 'Call the council' });
      expect(queued.state, 'not sent yet, so not "waiting for approval"').to.equal('queued');
      expect(queued.commitment).to.equal(undefined);
    } finally {
      store.close();
    }
  });

  it('says when the collector answers but does not allow this page’s origin, and keeps the submission', async () => {
    const errors: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    // The real request fails as a CORS refusal does (a TypeError); a no-cors request gets through.
    const c = collector((call) =>
      call.mode === 'no-cors' ? new Response(null, { status: 200 }) : 'offline',
    );
    const store = new HttpStore(ENDPOINT, {
      fetch: c.fetch,
      EventSource: null,
      local: new LocalStore({ namespace: namespace() }),
      retryBase: 10_000,
    });
    try {
      expect((await store.submitResponse(response('r9'))).state).to.equal('queued');
      await store.submitResponse(response('r10'));
      const [item] = await store.submissions('s1');
      expect(item!.problem?.code).to.equal('origin-not-allowed');
      expect(item!.problem?.message).to.contain(location.origin);
      const told = errors.filter((e) => String(e[0]).includes('--allow-origin'));
      expect(told, 'said once in the console, for the partner').to.have.length(1);
    } finally {
      console.error = original;
      store.close();
    }
  });

  it('sends what an earlier page load left waiting as soon as the next one starts', async () => {
    const ns = namespace();
    let up = false;
    const c = collector((call) => (call.mode === 'no-cors' || !up ? 'offline' : stored(call)));
    const first = new HttpStore(ENDPOINT, {
      fetch: c.fetch,
      EventSource: null,
      local: new LocalStore({ namespace: ns }),
      retryBase: 60_000,
    });
    for (const id of ['w1', 'w2', 'w3', 'w4', 'left-waiting'])
      expect((await first.submitResponse(response(id))).state).to.equal('queued');
    first.close();
    const tries = c.posts().filter((p) => p.body?.id === 'left-waiting').length;
    up = true;
    const next = new HttpStore(ENDPOINT, {
      fetch: c.fetch,
      EventSource: null,
      local: new LocalStore({ namespace: ns }),
    });
    try {
      await waitUntil(
        () => c.posts().filter((p) => p.body?.id === 'left-waiting').length > tries,
        'sent on start',
      );
      await waitUntil(async () => (await next.pendingCount()) === 0, 'nothing left waiting');
    } finally {
      next.close();
    }
  });

  it('moves what an earlier version queued under one shared key into the outbox and sends it', async () => {
    const ns = namespace();
    const old = new LocalStore({ namespace: ns });
    await old.saveDraft(`queue:${ENDPOINT}`, [
      { path: '/v1/sessions/s1/responses', body: response('from-before') },
      { path: '/v1/sessions/s1/commitments', body: { id: 'c-before', sessionId: 's1', text: 'Keep me' } },
    ]);
    const c = collector((call) => (call.mode === 'no-cors' ? 'offline' : stored(call)));
    const store = new HttpStore(ENDPOINT, { fetch: c.fetch, EventSource: null, local: old });
    try {
      await waitUntil(() => c.posts().length >= 2, 'both are sent');
      expect(c.posts().map((p) => p.body?.id)).to.include.members(['from-before', 'c-before']);
      expect(await old.loadDraft(`queue:${ENDPOINT}`)).to.equal(undefined);
    } finally {
      store.close();
    }
  });
});
