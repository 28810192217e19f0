import { expect, waitUntil } from '@open-wc/testing';
import { HttpStore } from '../../src/store/http-store.js';
import { LocalStore } from '../../src/store/local-store.js';
import { getStore, resetStores } from '../../src/store/registry.js';
import { LazyHttpStore } from '../../src/store/lazy-http-store.js';
import { hasNotes, StoreError, type StoreEvent, type TrizNote } from '@netweave/model';
import { ENDPOINT, FakeEventSource, fakeFetch, json, local, type Call } from './fakes.js';

const DEVICE = 'phone-7.hall';
const S1 = `${ENDPOINT}/v1/sessions/s1`;

const note = (id: string, fields: Partial<TrizNote> = {}): TrizNote => ({
  id,
  sessionId: 's1',
  group: 'g2',
  text: 'Talk over the people we serve',
  state: 'worst',
  history: [{ state: 'worst', at: '2026-12-07T10:00:00.000Z' }],
  votes: 0,
  createdAt: '2026-12-07T10:00:00.000Z',
  status: 'visible',
  ...fields,
});

/** A collector that answers the board's routes as TRIZ.md says (this device: in g2, one vote). */
function collector(member: { group: string | null; votes?: string[] } = { group: 'g2', votes: ['n1'] }) {
  return fakeFetch((call) => {
    const path = call.url.slice(ENDPOINT.length).split('?')[0]!;
    if (path.endsWith('/member'))
      return call.method === 'PUT' ? json(200, { group: 'g3' }) : json(200, member);
    if (path.endsWith('/vote'))
      return json(200, note('n1', { state: 'already', votes: call.method === 'POST' ? 2 : 1 }));
    if (call.method === 'POST') return json(202, { ...note('n2'), status: 'pending' });
    if (call.method === 'PATCH') return json(200, note('n 1', { state: 'already' }));
    return json(200, { items: [note('n1'), note('n3', { group: 'g1' })] });
  });
}

/** What a rejected promise was rejected with. */
async function rejection(promise: Promise<unknown>): Promise<StoreError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(StoreError);
    return error as StoreError;
  }
  throw new Error('expected a rejection');
}

const memberReads = (calls: Call[]) => calls.filter((c) => c.method === 'GET' && c.url.includes('/member'));

describe('HttpStore: TRIZ boards', () => {
  afterEach(() => {
    FakeEventSource.instances = [];
    resetStores();
  });

  it('lists one group’s board, or every group’s for the projector', async () => {
    const { fn, calls } = collector();
    const store = new HttpStore(ENDPOINT, { fetch: fn, EventSource: null, local: local(), device: DEVICE });
    const notes = await store.listNotes('s1', { group: 'g2' });
    expect(notes.map((n) => n.id)).to.deep.equal(['n1', 'n3']);
    expect(notes[0]).to.deep.equal(note('n1'));
    await store.listNotes('s1');
    expect(calls.map((c) => [c.method, c.url, c.device])).to.deep.equal([
      ['GET', `${S1}/notes?group=g2`, null],
      ['GET', `${S1}/notes`, null],
    ]);
    store.close();
  });

  it('joins a group with the device named, and resolves to the group the collector chose', async () => {
    const { fn, calls } = collector();
    const store = new HttpStore(ENDPOINT, { fetch: fn, EventSource: null, local: local(), device: DEVICE });
    expect(await store.joinGroup('s1', 'auto')).to.equal('g3');
    expect(calls).to.deep.equal([
      { url: `${S1}/member`, method: 'PUT', body: { group: 'auto' }, device: DEVICE },
    ]);
    store.close();
  });

  it('asks once for this device’s group and votes, naming the device in the address, and asks again after joining or voting', async () => {
    const { fn, calls } = collector();
    const storage = local();
    const store = new HttpStore(ENDPOINT, { fetch: fn, EventSource: null, local: storage });
    const [group, votes] = await Promise.all([store.myGroup('s1'), store.myVotes('s1')]);
    expect(group).to.equal('g2');
    expect(votes).to.deep.equal(['n1']);
    // Asked again straight away (a board asks for one, then the other): the same answer serves.
    expect(await store.myGroup('s1')).to.equal('g2');
    const reads = memberReads(calls);
    expect(reads).to.have.length(1);
    // The default anonymous id, the same as on writes, in the address (a GET sends no header).
    await store.joinGroup('s1', 'g3');
    const id = calls.at(-1)!.device!;
    expect(id).to.match(/^[A-Za-z0-9_-]{22}$/);
    expect([reads[0]!.url, reads[0]!.device]).to.deep.equal([`${S1}/member?device=${id}`, null]);
    // Joining and voting change the answer: the next ask goes to the collector.
    await store.myGroup('s1');
    expect(memberReads(calls)).to.have.length(2);
    await store.vote('s1', 'n1', true);
    await store.myVotes('s1');
    expect(memberReads(calls)).to.have.length(3);
    // Another session is asked about on its own.
    await store.myGroup('s2');
    expect(memberReads(calls).at(-1)!.url).to.equal(`${ENDPOINT}/v1/sessions/s2/member?device=${id}`);
    store.close();
  });

  it('says no group and no votes when the device has joined none', async () => {
    const { fn, calls } = collector({ group: null });
    const store = new HttpStore(ENDPOINT, { fetch: fn, EventSource: null, local: local(), device: false });
    expect(await store.myGroup('s1')).to.equal(undefined);
    expect(await store.myVotes('s1')).to.deep.equal([]);
    expect(calls.map((c) => c.url)).to.deep.equal([`${S1}/member`]);
    store.close();
  });

  it('adds a note, changes one and gives or takes back a vote, each with the device named', async () => {
    const { fn, calls } = collector();
    const store = new HttpStore(ENDPOINT, { fetch: fn, EventSource: null, local: local(), device: DEVICE });
    const added = await store.addNote('s1', { id: 'n2', sessionId: 's1', group: 'g2', text: 'Talk over' });
    // Held by screening for the facilitator (202): resolved as the collector keeps it.
    expect(added).to.deep.equal({ ...note('n2'), status: 'pending' });
    expect((await store.changeNote('s1', 'n 1', { state: 'already' })).state).to.equal('already');
    expect((await store.vote('s1', 'n1', true)).votes).to.equal(2);
    expect((await store.vote('s1', 'n1', false)).votes).to.equal(1);
    expect(calls).to.deep.equal([
      {
        url: `${S1}/notes`,
        method: 'POST',
        body: { id: 'n2', sessionId: 's1', group: 'g2', text: 'Talk over' },
        device: DEVICE,
      },
      { url: `${S1}/notes/n%201`, method: 'PATCH', body: { state: 'already' }, device: DEVICE },
      { url: `${S1}/notes/n1/vote`, method: 'POST', body: undefined, device: DEVICE },
      { url: `${S1}/notes/n1/vote`, method: 'DELETE', body: undefined, device: DEVICE },
    ]);
    store.close();
  });

  it('rejects a refusal with the collector’s code, words and status, and keeps nothing to send later', async () => {
    let reply = () =>
      json(403, { error: { code: 'not-in-group', message: 'Join this note’s group to change it.' } });
    const { fn } = fakeFetch(() => reply());
    const store = new HttpStore(ENDPOINT, { fetch: fn, EventSource: null, local: local(), device: DEVICE });
    const refused = await rejection(store.changeNote('s1', 'n1', { state: 'already' }));
    expect([refused.code, refused.message, refused.status]).to.deep.equal([
      'not-in-group',
      'Join this note’s group to change it.',
      403,
    ]);
    reply = () =>
      json(409, { error: { code: 'vote-limit', message: 'You have given all 3 of your votes.' } });
    const limit = await rejection(store.vote('s1', 'n1', true));
    expect([limit.code, limit.message, limit.status]).to.deep.equal([
      'vote-limit',
      'You have given all 3 of your votes.',
      409,
    ]);
    // Busy: the collector's code, and how long it asked to wait.
    reply = () =>
      new Response(
        JSON.stringify({ error: { code: 'device-rate-limited', message: 'Wait a moment, then try again.' } }),
        { status: 429, headers: { 'content-type': 'application/json', 'retry-after': '30' } },
      );
    const busy = await rejection(store.addNote('s1', { id: 'n4', sessionId: 's1', group: 'g2', text: 'x' }));
    expect([busy.code, busy.status, busy.details]).to.deep.equal([
      'device-rate-limited',
      429,
      { retryAfter: 30 },
    ]);
    reply = () => json(409, { error: { code: 'locked', message: 'The facilitator has locked the board.' } });
    expect((await rejection(store.joinGroup('s1', 'g2'))).code).to.equal('locked');
    expect((await rejection(store.listNotes('s1', { group: 'g2' }))).code).to.equal('locked');
    expect(await store.pendingCount(), 'nothing queued').to.equal(0);
    expect(await store.submissions()).to.deep.equal([]);
    store.close();
  });

  it('rejects as `network` (status 0) when the collector cannot be reached, and asks again next time', async () => {
    let online = false;
    const { fn, calls } = fakeFetch(() => (online ? json(200, { group: 'g1', votes: [] }) : 'offline'));
    const store = new HttpStore(ENDPOINT, { fetch: fn, EventSource: null, local: local(), device: DEVICE });
    const failed = await rejection(
      store.addNote('s1', { id: 'n5', sessionId: 's1', group: 'g1', text: 'Hi' }),
    );
    expect([failed.code, failed.status]).to.deep.equal(['network', 0]);
    expect(failed.message).to.equal(`The collector at ${ENDPOINT} could not be reached.`);
    for (const call of [store.myGroup('s1'), store.vote('s1', 'n1', false), store.listNotes('s1')])
      expect((await rejection(call)).code).to.equal('network');
    expect(await store.pendingCount(), 'nothing queued').to.equal(0);
    // A failed ask is not kept: back online, the next one reaches the collector.
    online = true;
    expect(await store.myGroup('s1')).to.equal('g1');
    expect(calls.filter((c) => c.method === 'POST' && c.url.endsWith('/notes'))).to.have.length(1);
    store.close();
  });

  it('passes note events on from the stream, to that session’s subscribers', async () => {
    const { fn } = fakeFetch(() =>
      json(200, { events: [], lastEventId: 1, more: false, responsesVersion: 0 }),
    );
    const store = new HttpStore(ENDPOINT, {
      fetch: fn,
      EventSource: FakeEventSource as unknown as typeof EventSource,
      local: local(),
      device: false,
    });
    const events: StoreEvent[] = [];
    const others: StoreEvent[] = [];
    const off = store.subscribe('s1', (e) => events.push(e));
    const offOther = store.subscribe('s2', (e) => others.push(e));
    const source = FakeEventSource.instances[0]!;
    expect(source.url).to.equal(`${S1}/events`);
    source.dispatchEvent(new Event('open'));
    source.send('ready', {}, '1');
    const changed = { type: 'note', sessionId: 's1', note: note('n1', { state: 'already' }) };
    const removed = { type: 'note-removed', sessionId: 's1', id: 'n3' };
    source.send('note', changed, '2');
    source.send('note-removed', removed, '3');
    expect(events.filter((e) => e.type !== 'connection')).to.deep.equal([changed, removed]);
    expect(others.filter((e) => e.type !== 'connection')).to.deep.equal([]);
    offOther();
    off();
    store.close();
  });

  it('passes note events on from polls', async () => {
    let n = 0;
    const changed = { type: 'note', sessionId: 's1', note: note('n1', { votes: 3 }) };
    const removed = { type: 'note-removed', sessionId: 's1', id: 'n3' };
    const { fn } = fakeFetch(() => {
      n += 1;
      return n === 2
        ? json(200, {
            events: [
              { seq: 2, event: changed },
              { seq: 3, event: removed },
            ],
            lastEventId: 3,
            more: false,
            responsesVersion: 0,
          })
        : json(200, { events: [], lastEventId: n === 1 ? 1 : 3, more: false, responsesVersion: 0 });
    });
    const store = new HttpStore(ENDPOINT, { fetch: fn, EventSource: null, local: local(), pollInterval: 20 });
    const events: StoreEvent[] = [];
    const off = store.subscribe('s1', (e) => events.push(e));
    await waitUntil(() => events.some((e) => e.type === 'note-removed'), 'the polled note events');
    expect(events.filter((e) => e.type === 'note' || e.type === 'note-removed')).to.deep.equal([
      changed,
      removed,
    ]);
    off();
    store.close();
  });

  it('has boards in the HTTP store and in the lazy one (which loads it on first use), not in a LocalStore', async () => {
    expect(hasNotes(new LocalStore({ namespace: 'nw-notes-local' })), 'LocalStore').to.equal(false);
    expect(hasNotes(getStore({})), 'the store without an endpoint').to.equal(false);
    const real = new HttpStore(ENDPOINT, { fetch: collector().fn, EventSource: null, local: local() });
    expect(hasNotes(real), 'HttpStore').to.equal(true);
    real.close();
    const lazy = getStore({ endpoint: ENDPOINT });
    expect(lazy).to.be.instanceOf(LazyHttpStore);
    expect(hasNotes(lazy), 'LazyHttpStore').to.equal(true);
  });

  it('forwards every board call through the lazy store, refusals included', async () => {
    const { fn, calls } = collector();
    const saved = globalThis.fetch;
    globalThis.fetch = fn;
    const lazy = new LazyHttpStore(ENDPOINT);
    try {
      expect((await lazy.listNotes('s1', { group: 'g2' })).map((x) => x.id)).to.deep.equal(['n1', 'n3']);
      expect(await lazy.joinGroup('s1', 'auto')).to.equal('g3');
      expect(await lazy.myGroup('s1')).to.equal('g2');
      expect(await lazy.myVotes('s1')).to.deep.equal(['n1']);
      expect((await lazy.addNote('s1', { id: 'n2', sessionId: 's1', group: 'g2', text: 'x' })).id).to.equal(
        'n2',
      );
      expect((await lazy.changeNote('s1', 'n 1', { state: 'already' })).state).to.equal('already');
      expect((await lazy.vote('s1', 'n1', false)).votes).to.equal(1);
      // (Only the board's requests: what an earlier test left in this profile's outbox may go too.)
      const board = calls.filter((c) => c.url.startsWith(`${S1}/notes`) || c.url.startsWith(`${S1}/member`));
      expect(board.map((c) => `${c.method} ${c.url.slice(S1.length).split('?')[0]}`)).to.deep.equal([
        'GET /notes',
        'PUT /member',
        'GET /member',
        'POST /notes',
        'PATCH /notes/n%201',
        'DELETE /notes/n1/vote',
      ]);
      globalThis.fetch = (async () =>
        json(410, { error: { code: 'session-closed', message: 'The session is closed.' } })) as typeof fetch;
      const closed = await rejection(
        lazy.addNote('s1', { id: 'n6', sessionId: 's1', group: 'g2', text: 'x' }),
      );
      expect([closed.code, closed.status]).to.deep.equal(['session-closed', 410]);
    } finally {
      globalThis.fetch = saved;
      ((await lazy.load()) as HttpStore).close();
    }
  });
});
