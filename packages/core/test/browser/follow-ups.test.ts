import { expect, waitUntil } from '@open-wc/testing';
import { HttpStore } from '../../src/store/http-store.js';
import { LocalStore } from '../../src/store/local-store.js';
import { LazyHttpStore } from '../../src/store/lazy-http-store.js';
import { getStore, resetStores } from '../../src/store/registry.js';
import {
  FOLLOW_UP_ANSWERS,
  FOLLOW_UP_NOTE_MAX,
  hasFollowUps,
  StoreError,
  type NewFollowUp,
  type StoreEvent,
} from '@netweave/model';
import { ENDPOINT, fakeFetch, json, local, type Call } from './fakes.js';

const followUp = (id: string, over: Partial<NewFollowUp> = {}): NewFollowUp => ({
  id,
  sessionId: 's1',
  commitmentId: 'c1',
  answer: 'started',
  answeredAt: '2026-12-21T10:00:00.000Z',
  ...over,
});

async function rejection(p: Promise<unknown>): Promise<StoreError> {
  try {
    await p;
  } catch (error) {
    expect(error).to.be.instanceOf(StoreError);
    return error as StoreError;
  }
  throw new Error('expected a rejection');
}

/** A collector that stores follow-ups as the real one does: 201, or 202 when the note is held. */
const stores = (call: Call) => {
  const body = call.body as NewFollowUp;
  const held = body.note?.includes('@');
  return json(held ? 202 : 201, { followUp: { ...body, status: held ? 'pending' : 'visible' } });
};

describe('Follow-ups through the HTTP store', () => {
  afterEach(() => resetStores());

  it('are sent to their commitment, naming the device, and reported sent', async () => {
    const { fn, calls } = fakeFetch(stores);
    const store = new HttpStore(ENDPOINT, {
      fetch: fn,
      EventSource: null,
      local: local(),
      device: 'device-one',
    });
    expect(hasFollowUps(store)).to.equal(true);
    expect(await store.submitFollowUp(followUp('f1', { commitmentId: 'c 1' }))).to.deep.equal({
      id: 'f1',
      state: 'sent',
    });
    expect(calls).to.have.length(1);
    expect(calls[0]!.method).to.equal('POST');
    expect(calls[0]!.url).to.equal(`${ENDPOINT}/v1/sessions/s1/commitments/c%201/follow-ups`);
    expect(calls[0]!.device).to.equal('device-one');
    expect(calls[0]!.body).to.deep.equal(followUp('f1', { commitmentId: 'c 1' }));
    const [kept] = await store.submissions('s1');
    expect(kept).to.include({ id: 'f1', kind: 'follow-up', state: 'sent' });
    expect(kept!.commitment, 'a follow-up is not a commitment').to.equal(undefined);
    store.close();
  });

  it('say when a note waits for a moderator (202), and never show on the wall as a post', async () => {
    const { fn } = fakeFetch((call) =>
      call.method === 'GET' ? json(200, { items: [], nextCursor: null }) : stores(call),
    );
    const store = new HttpStore(ENDPOINT, { fetch: fn, EventSource: null, local: local() });
    const result = await store.submitFollowUp(followUp('f2', { note: 'Write to me at a@b.example' }));
    expect(result).to.deep.equal({ id: 'f2', state: 'pending-review' });
    expect((await store.submissions('s1'))[0]).to.include({ kind: 'follow-up', state: 'pending-review' });
    expect((await store.listCommitments('s1')).items).to.deep.equal([]);
    store.close();
  });

  it('wait on the device while offline, and are sent when the collector answers again', async () => {
    let online = false;
    const { fn, calls } = fakeFetch((call) => (online ? stores(call) : 'offline'));
    const storage = local();
    const store = new HttpStore(ENDPOINT, {
      fetch: fn,
      EventSource: null,
      local: storage,
      retryBase: 20,
      retryMax: 40,
    });
    const states: string[] = [];
    const off = store.subscribe('s1', (e: StoreEvent) => {
      if (e.type === 'submission' && e.submission.id === 'f3') states.push(e.submission.state);
    });
    expect(await store.submitFollowUp(followUp('f3', { answer: 'done' }))).to.deep.equal({
      id: 'f3',
      state: 'queued',
    });
    expect(await store.pendingCount()).to.equal(1);
    const [waiting] = await store.submissions('s1');
    expect(waiting).to.include({ kind: 'follow-up', state: 'queued' });
    expect(waiting!.problem?.code).to.equal('offline');
    expect(waiting!.body, 'what was answered is kept').to.deep.equal(followUp('f3', { answer: 'done' }));
    online = true;
    await waitUntil(async () => (await store.pendingCount()) === 0, 'the follow-up is sent');
    expect((await store.submissions('s1'))[0]).to.include({ id: 'f3', state: 'sent' });
    expect(states.at(-1)).to.equal('sent');
    expect(calls.filter((c) => c.method === 'POST').at(-1)!.url).to.equal(
      `${ENDPOINT}/v1/sessions/s1/commitments/c1/follow-ups`,
    );
    off();
    store.close();
  });

  const refusals = [
    {
      status: 403,
      code: 'not-your-commitment',
      message: 'Only the device that posted this commitment can say how it has gone.',
    },
    { status: 404, code: 'commitment-not-found', message: 'That commitment was not found in this session.' },
    { status: 410, code: 'session-deleted', message: 'This session is no longer on the collector.' },
  ];
  for (const { status, code, message } of refusals)
    it(`are refused with the collector's reason (${code}), kept as refused and never retried`, async () => {
      const { fn, calls } = fakeFetch(() => json(status, { error: { code, message } }));
      const store = new HttpStore(ENDPOINT, { fetch: fn, EventSource: null, local: local(), retryBase: 10 });
      const error = await rejection(store.submitFollowUp(followUp('f4')));
      expect([error.code, error.status, error.message]).to.deep.equal([code, status, message]);
      const [kept] = await store.submissions('s1');
      expect(kept).to.include({ id: 'f4', kind: 'follow-up', state: 'refused' });
      expect(kept!.problem).to.deep.equal({ code, status, message });
      expect(await store.pendingCount()).to.equal(0);
      await store.flush();
      expect(calls).to.have.length(1);
      store.close();
    });

  it('go through the store a widget gets for an endpoint (its code loaded on first use)', async () => {
    const { fn, calls } = fakeFetch(stores);
    const saved = globalThis.fetch;
    globalThis.fetch = fn;
    try {
      const lazy = getStore({ endpoint: ENDPOINT });
      expect(lazy).to.be.instanceOf(LazyHttpStore);
      expect(hasFollowUps(lazy)).to.equal(true);
      expect(await (lazy as LazyHttpStore).submitFollowUp(followUp(`f5-${Date.now()}`))).to.include({
        state: 'sent',
      });
      expect(calls.some((c) => c.url.endsWith('/commitments/c1/follow-ups'))).to.equal(true);
      ((await (lazy as LazyHttpStore).load()) as unknown as HttpStore).close();
    } finally {
      globalThis.fetch = saved;
    }
  });
});

describe('Follow-ups in a LocalStore', () => {
  let n = 0;
  const store = (acceptSubmissions = true) =>
    new LocalStore({ namespace: `nw-follow-${Date.now()}-${(n += 1)}`, acceptSubmissions });
  const post = (s: LocalStore, sector: 'nhs' | null = 'nhs') =>
    s.addCommitment({ id: 'c1', sessionId: 's1', text: 'Call the council’s housing team', sector });

  it('are refused where the page sends nothing anywhere, saying so', async () => {
    const s = store(false);
    await post(s);
    expect(hasFollowUps(s)).to.equal(true);
    expect((await rejection(s.submitFollowUp(followUp('f1')))).code).to.equal('not-accepting');
    expect(await s.listFollowUps('s1')).to.deep.equal([]);
  });

  it('are kept on the device with their commitment’s sector, once per id', async () => {
    const s = store();
    await post(s);
    expect(await s.submitFollowUp(followUp('f1', { note: '  Two meetings so far.  ' }))).to.deep.equal({
      id: 'f1',
      state: 'sent',
    });
    expect(await s.submitFollowUp(followUp('f1', { note: 'Two meetings so far.' }))).to.deep.equal({
      id: 'f1',
      state: 'sent',
    });
    expect(await s.submitFollowUp(followUp('f2', { answer: 'done' }))).to.deep.equal({
      id: 'f2',
      state: 'sent',
    });
    const kept = await s.listFollowUps('s1');
    expect(kept.map((f) => [f.id, f.answer, f.note, f.sector, f.status])).to.deep.equal([
      ['f1', 'started', 'Two meetings so far.', 'nhs', 'visible'],
      ['f2', 'done', undefined, 'nhs', 'visible'],
    ]);
    // Another page load on this device reads the same.
    const again = new LocalStore({ namespace: s.namespace, acceptSubmissions: true });
    expect((await again.listFollowUps('s1')).map((f) => f.id)).to.deep.equal(['f1', 'f2']);
  });

  it('hold a note that screening holds, as a post is held', async () => {
    const s = store();
    await post(s, null);
    expect(await s.submitFollowUp(followUp('f3', { note: 'Ring me on 07700 900123' }))).to.deep.equal({
      id: 'f3',
      state: 'pending-review',
    });
    const [kept] = await s.listFollowUps('s1');
    expect(kept).to.include({ status: 'pending' });
    expect(kept!.sector).to.equal(undefined);
  });

  it('are refused for a commitment this device does not have', async () => {
    const s = store();
    const error = await rejection(s.submitFollowUp(followUp('f4', { commitmentId: 'elsewhere' })));
    expect([error.code, error.status]).to.deep.equal(['commitment-not-found', 404]);
  });

  const invalid: Array<{ description: string; input: unknown; problem: string }> = [
    {
      description: 'an answer not offered',
      input: followUp('f5', { answer: 'maybe' as 'done' }),
      problem: 'answer: must be one of: done, started, not-yet',
    },
    {
      description: 'a note that is too long',
      input: followUp('f5', { note: 'x'.repeat(FOLLOW_UP_NOTE_MAX + 1) }),
      problem: `note: must be at most ${FOLLOW_UP_NOTE_MAX} characters long`,
    },
    {
      description: 'a status set by the page',
      input: { ...followUp('f5'), status: 'visible' },
      problem: 'status: is not a field that can be set here',
    },
    {
      description: 'no date',
      input: { ...followUp('f5'), answeredAt: 'soon' },
      problem: 'answeredAt: must be a date and time',
    },
  ];
  for (const { description, input, problem } of invalid)
    it(`are refused for ${description}, naming the field`, async () => {
      const s = store();
      await post(s);
      const error = await rejection(s.submitFollowUp(input as NewFollowUp));
      expect(error.code).to.equal('invalid');
      expect(error.details).to.deep.equal([problem]);
    });

  it('accept exactly the answers the model offers, and notes up to its limit', async () => {
    const s = store();
    await post(s);
    for (const answer of FOLLOW_UP_ANSWERS)
      expect(await s.submitFollowUp(followUp(`a-${answer}`, { answer }))).to.include({ state: 'sent' });
    expect(await s.submitFollowUp(followUp('long', { note: 'x'.repeat(FOLLOW_UP_NOTE_MAX) }))).to.include({
      state: 'sent',
    });
  });
});
