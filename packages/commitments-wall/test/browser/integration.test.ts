import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { LocalStore, type StoreListener } from '@netweave/core';
import type { NetweaveCommitmentsWall } from '../../src/commitments-wall.js';
import { $, SESSION, cardTexts, make, newStore, other, settle } from './helpers.js';

describe('<netweave-commitments-wall> integration', () => {
  it('follows another browser tab through LocalStore (storage events)', async () => {
    const namespace = `wall-tab-${Math.random().toString(36).slice(2)}`;
    const mine = new LocalStore({ namespace, storage: localStorage });
    const el = await make(mine);
    // The other tab writes the same localStorage key; this tab hears a `storage` event.
    const key = `${namespace}:commitments:${SESSION}`;
    const oldValue = localStorage.getItem(key);
    const commitment = {
      id: 'from-other-tab',
      sessionId: SESSION,
      createdAt: new Date().toISOString(),
      text: 'Posted in another tab',
      column: 'commitments',
      sector: null,
      status: 'visible',
      reactions: 0,
    };
    const newValue = JSON.stringify({ v: 1, savedAt: new Date().toISOString(), data: [commitment] });
    localStorage.setItem(key, newValue);
    window.dispatchEvent(new StorageEvent('storage', { key, oldValue, newValue }));
    await el.updateComplete;
    expect(cardTexts(el)).to.deep.equal(['Posted in another tab']);
    localStorage.removeItem(key);
    for (const k of Object.keys(localStorage)) if (k.startsWith(namespace)) localStorage.removeItem(k);
  });

  it('says when the browser will not save anything, and still works', async () => {
    const el = await make(new LocalStore({ storage: null }));
    await el.updateComplete;
    expect($(el, '.nw-notice')!.textContent).to.contain('not letting this page save data');
    await expect(el).to.be.accessible();
  });

  it('shows the live connection state of a remote store', async () => {
    const store = Object.assign(newStore(), { endpoint: 'https://collector.example' });
    let listener: StoreListener | undefined;
    const subscribe = store.subscribe.bind(store);
    store.subscribe = (session, l) => {
      listener = l;
      return subscribe(session, l);
    };
    const el = await make(store);
    listener!({ type: 'connection', state: 'reconnecting' });
    await el.updateComplete;
    expect($(el, '.nw-notice')!.textContent).to.contain('Reconnecting');
    listener!({ type: 'connection', state: 'live' });
    await el.updateComplete;
    expect($(el, '.nw-notice')).to.equal(null);
  });

  it('does not fire its events for programmatic changes', async () => {
    const store = newStore();
    await other(store, 'Existing');
    const el = await fixture<NetweaveCommitmentsWall>(
      html`<netweave-commitments-wall session=${SESSION} .store=${store}></netweave-commitments-wall>`,
    );
    let fired = 0;
    el.addEventListener('netweave-commitment-add', () => (fired += 1));
    el.addEventListener('netweave-commitment-react', () => (fired += 1));
    await settle(el);
    el.preset = 'triz';
    el.prompt = 'Changed';
    el.maxLength = 100;
    await other(store, 'Arrived');
    await el.updateComplete;
    expect(fired).to.equal(0);
  });

  it('switches language when lang changes', async () => {
    const el = await make(newStore());
    el.setAttribute('lang', 'cy');
    await el.updateComplete;
    expect($(el, 'h2')!.textContent!.trim()).to.equal('Ymrwymiadau');
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect($(el, 'h2')!.textContent!.trim()).to.equal('Commitments');
  });

  it('display mode fades cards in, except for people who prefer reduced motion', async () => {
    const store = newStore();
    await other(store, 'Shown on the projector');
    try {
      await emulateMedia({ reducedMotion: 'no-preference' });
      let el = await make(store, { display: true });
      await waitUntil(() => $(el, '.spot'));
      expect(getComputedStyle($(el, '.spot')!).animationName).to.equal('nw-fade');
      el.remove();
      await emulateMedia({ reducedMotion: 'reduce' });
      el = await make(store, { display: true });
      await waitUntil(() => $(el, '.spot'));
      expect(getComputedStyle($(el, '.spot')!).animationName).to.equal('none');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});
