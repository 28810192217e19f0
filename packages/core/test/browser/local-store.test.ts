import { expect, waitUntil } from '@open-wc/testing';
import { LocalStore, MemoryStorage, type StoreEvent } from '../../src/index.js';

const NS = 'nwtest';
function cleanUp(): void {
  // Remove only our own keys: a widget must never clear() a host page's storage.
  for (const key of Object.keys(localStorage)) if (key.startsWith(`${NS}:`)) localStorage.removeItem(key);
}

/** A Storage that refuses writes past `quota` characters, throwing what Chromium throws when full. */
class QuotaStorage extends MemoryStorage {
  readonly #quota: number;
  constructor(quota: number) {
    super();
    this.#quota = quota;
  }
  override setItem(key: string, value: string): void {
    let used = key.length + String(value).length;
    for (let i = 0; i < this.length; i += 1) {
      const k = this.key(i)!;
      if (k !== key) used += k.length + (this.getItem(k)?.length ?? 0);
    }
    if (used > this.#quota) {
      throw new DOMException(`Setting the value of '${key}' exceeded the quota.`, 'QuotaExceededError');
    }
    super.setItem(key, value);
  }
}

describe('LocalStore', () => {
  beforeEach(cleanUp);
  afterEach(cleanUp);

  it('saves a draft under a namespaced key in a versioned envelope and restores it with its date', async () => {
    const store = new LocalStore({ namespace: NS });
    await store.saveDraft('self-assessment:s1', { ratings: { a: 3 } });
    const raw = JSON.parse(localStorage.getItem(`${NS}:draft:self-assessment:s1`)!);
    expect(raw.v).to.equal(1);
    expect(raw.data).to.deep.equal({ ratings: { a: 3 } });
    const again = await new LocalStore({ namespace: NS }).loadDraft<{ ratings: Record<string, number> }>(
      'self-assessment:s1',
    );
    expect(again?.value.ratings.a).to.equal(3);
    expect(new Date(again!.savedAt).getTime()).to.be.closeTo(Date.now(), 5_000);
    expect(store.status).to.deep.equal({ mode: 'persistent', problems: [] });
  });

  it('leaves other keys of the host page alone when clearing its own data', async () => {
    localStorage.setItem(`${NS}-host-setting`, 'keep me');
    const store = new LocalStore({ namespace: NS });
    await store.saveDraft('a', 1);
    await store.saveDraft('b', 2);
    await store.clearDraft('a');
    expect(await store.loadDraft('a')).to.equal(undefined);
    expect((await store.loadDraft('b'))?.value).to.equal(2);
    expect(localStorage.getItem(`${NS}-host-setting`)).to.equal('keep me');
    localStorage.removeItem(`${NS}-host-setting`);
  });

  it('falls back to memory with a notice when site data is blocked, and never throws', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage');
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    try {
      const events: StoreEvent[] = [];
      const store = new LocalStore({ namespace: NS });
      store.subscribe('s1', (e) => events.push(e));
      await store.saveDraft('x', { kept: true });
      expect((await store.loadDraft<{ kept: boolean }>('x'))?.value.kept).to.equal(true);
      expect(store.status).to.deep.equal({ mode: 'memory', problems: ['blocked'] });
      expect(events.some((e) => e.type === 'status')).to.equal(true);
    } finally {
      if (descriptor) Object.defineProperty(window, 'localStorage', descriptor);
      else delete (window as { localStorage?: Storage }).localStorage;
    }
    expect(() => window.localStorage.length).not.to.throw();
  });

  it('also works with storage that is simply unavailable (null)', async () => {
    const store = new LocalStore({ namespace: NS, storage: null });
    await store.saveDraft('x', 1);
    expect((await store.loadDraft('x'))?.value).to.equal(1);
    expect(store.status.mode).to.equal('memory');
  });

  it('keeps the latest answers in memory with a "full" notice when the quota is exceeded', async () => {
    // A storage area with Chromium's own behaviour when full (a DOMException named
    // QuotaExceededError), but a small quota. Filling this origin's real 5 MiB quota left
    // Chromium's storage backend committing megabytes for up to a second afterwards, which
    // delayed the storage events the two-tab test below waits for (it failed on fresh machines).
    const storage = new QuotaStorage(200);
    const store = new LocalStore({ namespace: NS, storage });
    await store.saveDraft('answers', { version: 1 });
    await store.saveDraft('answers', { version: 2, text: 'y'.repeat(1000) });
    expect(store.status).to.deep.equal({ mode: 'memory', problems: ['full'] });
    expect((await store.loadDraft<{ version: number }>('answers'))?.value.version).to.equal(2);
    // What was stored before is not lost.
    expect(JSON.parse(storage.getItem(`${NS}:draft:answers`)!).data.version).to.equal(1);
  });

  it('sets corrupt data aside (not deleted) and starts afresh with a notice', async () => {
    localStorage.setItem(`${NS}:draft:answers`, '{"v":1,"data":{"rat');
    const store = new LocalStore({ namespace: NS });
    expect(await store.loadDraft('answers')).to.equal(undefined);
    expect(store.status.problems).to.deep.equal(['corrupt']);
    const asideKey = Object.keys(localStorage).find((k) => k.startsWith(`${NS}:draft:answers:corrupt:`));
    expect(asideKey, 'the unreadable data is kept aside').to.be.a('string');
    expect(localStorage.getItem(asideKey!)).to.equal('{"v":1,"data":{"rat');
    await store.saveDraft('answers', { fresh: true });
    expect((await store.loadDraft<{ fresh: boolean }>('answers'))?.value.fresh).to.equal(true);
  });

  it('treats JSON that is not an envelope as corrupt', async () => {
    localStorage.setItem(`${NS}:draft:answers`, '[1,2,3]');
    const store = new LocalStore({ namespace: NS });
    expect(await store.loadDraft('answers')).to.equal(undefined);
    expect(store.status.problems).to.include('corrupt');
  });

  it('leaves an envelope written by a newer version untouched', async () => {
    const newer = JSON.stringify({
      v: 7,
      savedAt: '2027-01-01T00:00:00.000Z',
      data: { shape: 'from the future' },
    });
    localStorage.setItem(`${NS}:draft:answers`, newer);
    const store = new LocalStore({ namespace: NS });
    expect(await store.loadDraft('answers')).to.equal(undefined);
    expect(store.status.problems).to.deep.equal(['newer']);
    await store.saveDraft('answers', { mine: true });
    await store.clearDraft('answers');
    expect(localStorage.getItem(`${NS}:draft:answers`)).to.equal(newer);
  });

  it('applies moderation and screening to new commitments', async () => {
    const store = new LocalStore({ namespace: NS });
    const open = await store.addCommitment({
      id: 'c1',
      sessionId: 's1',
      text: 'Invite housing to our next meeting',
    });
    expect(open.status).to.equal('visible');
    const pre = await store.addCommitment(
      { id: 'c2', sessionId: 's1', text: 'Share the map' },
      { moderation: 'pre' },
    );
    expect(pre.status).to.equal('pending');
    const held = await store.addCommitment({ id: 'c3', sessionId: 's1', text: 'Email me on jo@example.org' });
    expect(held.status).to.equal('pending');
    expect(held.heldFor).to.deep.equal(['email']);
    // The author's device sees its own pending posts; a hidden one vanishes.
    expect((await store.listCommitments('s1')).items.map((c) => c.id)).to.have.members(['c1', 'c2', 'c3']);
    await store.moderate('s1', 'c1', 'hidden');
    expect((await store.listCommitments('s1')).items.map((c) => c.id)).to.have.members(['c2', 'c3']);
  });

  it('returns the original on a retried add and refuses a different text under the same id', async () => {
    const store = new LocalStore({ namespace: NS });
    const first = await store.addCommitment({ id: 'c1', sessionId: 's1', text: 'Ring Sam' });
    const retry = await store.addCommitment({ id: 'c1', sessionId: 's1', text: 'Ring Sam' });
    expect(retry).to.deep.equal(first);
    let error: unknown;
    try {
      await store.addCommitment({ id: 'c1', sessionId: 's1', text: 'Something else' });
    } catch (e) {
      error = e;
    }
    expect((error as { status?: number }).status).to.equal(409);
    expect((await store.listCommitments('s1')).items).to.have.length(1);
  });

  it('syncs commitments between two tabs of the same site', async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    try {
      const here = new LocalStore({ namespace: NS });
      const otherTab = new LocalStore({ namespace: NS, storage: frame.contentWindow!.localStorage });
      const events: StoreEvent[] = [];
      const unsubscribe = here.subscribe('s1', (e) => events.push(e));
      await otherTab.addCommitment({ id: 'from-tab-2', sessionId: 's1', text: 'Visit the carers’ centre' });
      await waitUntil(
        () => events.some((e) => e.type === 'commitment'),
        'the other tab’s commitment arrives',
      );
      const added = events.find((e) => e.type === 'commitment');
      expect(added?.type === 'commitment' && added.commitment.text).to.equal('Visit the carers’ centre');
      await otherTab.moderate('s1', 'from-tab-2', 'hidden');
      await waitUntil(
        () => events.some((e) => e.type === 'commitment-removed'),
        'the hidden commitment is removed',
      );
      unsubscribe();
    } finally {
      frame.remove();
    }
  });
});
