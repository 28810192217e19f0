import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@netweave/core/provider.js';
import type { Session, StoreEvent } from '@netweave/core';
import type { NetweaveCommitmentsWall } from '../../src/commitments-wall.js';
import type { CommitmentAddEvent } from '../../src/events.js';
import {
  $,
  $$,
  MemoryStorage,
  SESSION,
  announcer,
  buttonByText,
  cardTexts,
  make,
  newStore,
  other,
  post,
  settle,
  storeWithCards,
} from './helpers.js';

describe('<netweave-commitments-wall>', () => {
  it('renders the prompt, a character count and an empty wall by default (accessible)', async () => {
    const el = await make(newStore());
    expect($(el, 'label[for=text]')!.textContent!.trim()).to.equal(
      'One thing I will do from today to improve working across sectors will be…',
    );
    expect($(el, '#count')!.textContent!.trim()).to.equal('You have 280 characters remaining');
    expect($(el, '.empty')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('reflects attributes to properties and uses a custom prompt and limit', async () => {
    const el = await make(newStore(), { prompt: 'My pledge', 'max-length': '10', moderation: 'pre' });
    expect(el.maxLength).to.equal(10);
    expect(el.moderation).to.equal('pre');
    await el.updateComplete;
    expect($(el, 'label[for=text]')!.textContent!.trim()).to.equal('My pledge');
    const box = $<HTMLTextAreaElement>(el, 'textarea')!;
    box.focus();
    await sendKeys({ type: 'Twelve chars' });
    await el.updateComplete;
    expect($(el, '#count')!.textContent!.trim()).to.equal('You have 2 characters too many');
  });

  it('shows the own post at once, fires netweave-commitment-add once, clears the draft (accessible wall)', async () => {
    const store = newStore();
    const el = await make(store);
    let fired = 0;
    el.addEventListener('netweave-commitment-add', () => (fired += 1));
    const added = oneEvent(el, 'netweave-commitment-add');
    await post(el, 'Invite the housing team to our next huddle');
    const event = (await added) as unknown as CommitmentAddEvent;
    expect(event.commitment.text).to.equal('Invite the housing team to our next huddle');
    expect(cardTexts(el)).to.deep.equal(['Invite the housing team to our next huddle']);
    await waitUntil(async () => (await store.listCommitments(SESSION)).items.length === 1);
    await el.updateComplete;
    expect($<HTMLTextAreaElement>(el, 'textarea')!.value).to.equal('');
    expect(fired).to.equal(1);
    expect($(el, '.total')!.textContent!.trim()).to.equal('1 commitment');
    await expect(el).to.be.accessible();
  });

  it('does not post an empty or over-long commitment, and says why before the field', async () => {
    const el = await make(newStore(), { 'max-length': '5' });
    await post(el, '   ');
    expect($(el, '.error-message')!.textContent)
      .to.contain('Error:')
      .and.contain('Write your commitment before you post it');
    expect(el.shadowRoot!.activeElement).to.equal($(el, 'textarea'));
    await post(el, 'far too long');
    expect($(el, '.error-message')!.textContent).to.contain('must be 5 characters or fewer');
    expect($(el, 'textarea')!.getAttribute('aria-invalid')).to.equal('true');
    expect($$(el, '.card')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('grows live, newest first, and announces a polite summary from the light DOM', async () => {
    const store = newStore();
    const el = await make(store);
    const region = announcer()!;
    expect(region.getRootNode()).to.equal(document);
    expect(region.getAttribute('aria-live')).to.equal('polite');
    await other(store, 'First');
    await other(store, 'Second');
    await other(store, 'Third');
    await el.updateComplete;
    expect(cardTexts(el)).to.deep.equal(['Third', 'Second', 'First']);
    await waitUntil(() => region.textContent === '3 new commitments', 'no summary announced');
  });

  it('keeps a card that arrives while the wall is loading, even if the list was read before it', async () => {
    const store = newStore();
    await other(store, 'Already there');
    const list = store.listCommitments.bind(store);
    let raced = false;
    store.listCommitments = async (...args) => {
      const page = await list(...args); // read first…
      if (!raced) {
        raced = true;
        await other(store, 'Arrived while loading'); // …then a post arrives before the answer does
      }
      return page;
    };
    const el = await make(store);
    await waitUntil(() => cardTexts(el).length === 2, 'both cards shown');
    expect(cardTexts(el)).to.deep.equal(['Arrived while loading', 'Already there']);
  });

  it('takes the prompt its organiser gave the session, unless the page sets its own', async () => {
    const session = {
      id: SESSION,
      title: 'Gwent',
      date: '2026-11-25',
      prompt: 'Our pledge for Gwent',
      moderation: 'none' as const,
      open: true,
    };
    const store = Object.assign(newStore(), { getSession: async () => session });
    const el = await make(store);
    await waitUntil(
      () => $(el, 'label[for=text]')!.textContent!.trim() === 'Our pledge for Gwent',
      'the session’s prompt',
    );
    el.prompt = 'The page’s own prompt';
    await el.updateComplete;
    expect($(el, 'label[for=text]')!.textContent!.trim()).to.equal('The page’s own prompt');
  });

  it('says a closed session takes no more posts, and still shows its wall (accessible)', async () => {
    const store = Object.assign(newStore(), {
      getSession: async () => ({
        id: SESSION,
        title: 'Gwent',
        date: '2026-11-25',
        moderation: 'none' as const,
        open: false,
      }),
    });
    await other(store, 'Posted before it closed');
    const el = await make(store);
    await waitUntil(() => $(el, '.closed'), 'the closed notice');
    expect($(el, '.closed')!.textContent).to.contain(
      'This session is closed: it no longer takes new commitments',
    );
    expect($(el, 'textarea')).to.equal(null);
    expect(cardTexts(el)).to.deep.equal(['Posted before it closed']);
    await expect(el).to.be.accessible();
    const empty = await make(Object.assign(newStore(), { getSession: store.getSession }));
    await waitUntil(() => $(empty, '.closed'), 'the closed notice');
    expect($(empty, '.empty')!.textContent).to.equal('No commitments were posted in this session.');
  });

  it('keeps the form where the keyboard is when the session turns out to be closed', async () => {
    let answer!: (s: Session) => void;
    const store = Object.assign(newStore(), { getSession: () => new Promise<Session>((r) => (answer = r)) });
    const el = await make(store);
    $<HTMLTextAreaElement>(el, 'textarea')!.focus();
    answer({ id: SESSION, title: 'Gwent', date: '2026-11-25', moderation: 'none', open: false });
    await waitUntil(() => $(el, '.closed'), 'the closed notice');
    expect(el.shadowRoot!.activeElement).to.equal($(el, 'textarea'));
    await expect(el).to.be.accessible();
  });

  it('closes and reopens as its organiser does, while people watch', async () => {
    const session = {
      id: SESSION,
      title: 'Gwent',
      date: '2026-11-25',
      moderation: 'none' as const,
      open: true,
    };
    const store = Object.assign(newStore(), { getSession: async () => session });
    const listeners: ((e: StoreEvent) => void)[] = [];
    const subscribe = store.subscribe.bind(store);
    store.subscribe = (id, listener) => (listeners.push(listener), subscribe(id, listener));
    const el = await make(store);
    await waitUntil(() => listeners.length > 0 && $(el, 'textarea'), 'the form');
    for (const l of listeners)
      l({ type: 'session', sessionId: SESSION, session: { ...session, open: false } });
    await el.updateComplete;
    expect($(el, '.closed')).to.exist;
    expect($(el, 'textarea')).to.equal(null);
    for (const l of listeners) l({ type: 'session', sessionId: SESSION, session });
    await el.updateComplete;
    expect($(el, '.closed')).to.equal(null);
    expect($(el, 'textarea')).to.exist;
  });

  it('removes its announcer from the page when it is removed', async () => {
    const el = await make(newStore());
    expect(document.querySelectorAll('[data-netweave-announcer]')).to.have.length(1);
    el.remove();
    expect(document.querySelectorAll('[data-netweave-announcer]')).to.have.length(0);
  });

  it('pauses updates: new cards wait until resumed', async () => {
    const store = newStore();
    const el = await make(store);
    buttonByText(el, 'Pause updates')!.click();
    await el.updateComplete;
    await other(store, 'While paused one');
    await other(store, 'While paused two');
    await el.updateComplete;
    expect(cardTexts(el)).to.deep.equal([]);
    expect($(el, '.queued')!.textContent!.trim()).to.equal('2 new commitments are waiting');
    await expect(el).to.be.accessible();
    buttonByText(el, 'Resume updates')!.click();
    await el.updateComplete;
    expect(cardTexts(el)).to.deep.equal(['While paused two', 'While paused one']);
    expect($(el, '.queued')).to.not.exist;
  });

  it('takes session and store from <netweave-provider>', async () => {
    const store = newStore();
    await store.addCommitment({ id: 'p1', sessionId: 'provided', text: 'From the provider session' });
    const wrap = await fixture(
      html`<netweave-provider session="provided" .store=${store}
        ><netweave-commitments-wall></netweave-commitments-wall
      ></netweave-provider>`,
    );
    const el = wrap.querySelector('netweave-commitments-wall') as NetweaveCommitmentsWall;
    await settle(el);
    await waitUntil(() => cardTexts(el).length === 1);
    expect(cardTexts(el)).to.deep.equal(['From the provider session']);
  });

  it('filters by sector and searches the text (accent-insensitive)', async () => {
    const store = newStore();
    await other(store, 'Visit the café on Tuesdays', { sector: 'vcse' });
    await other(store, 'Share the rota', { sector: 'nhs' });
    await other(store, 'Call the cafe team', { sector: 'nhs' });
    const el = await make(store);
    const sector = $<HTMLSelectElement>(el, '#f-sector')!;
    sector.value = 'nhs';
    sector.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(cardTexts(el)).to.deep.equal(['Call the cafe team', 'Share the rota']);
    sector.value = '';
    sector.dispatchEvent(new Event('change'));
    const search = $<HTMLInputElement>(el, '#f-search')!;
    search.value = 'CAFE';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(cardTexts(el)).to.deep.equal(['Call the cafe team', 'Visit the café on Tuesdays']);
    expect($(el, '.total')!.textContent!.trim()).to.equal('2 matches');
  });

  it('"I\'ll do this too" counts once per person per card, even after a reload', async () => {
    const storage = new MemoryStorage();
    const store = newStore(storage);
    await other(store, 'Mentor someone from another sector');
    let el = await make(store);
    let fired = 0;
    el.addEventListener('netweave-commitment-react', () => (fired += 1));
    const react = () => $<HTMLButtonElement>(el, '.react')!;
    react().click();
    await waitUntil(() => $(el, '.reactions')?.textContent?.trim() === '1 person will do this too');
    react().click();
    react().click();
    await el.updateComplete;
    expect($(el, '.reactions')!.textContent!.trim()).to.equal('1 person will do this too');
    expect(react().getAttribute('aria-pressed')).to.equal('true');
    expect(fired).to.equal(1);
    el.remove();
    el = await make(newStore(storage));
    await waitUntil(() => react()?.getAttribute('aria-pressed') === 'true');
    react().click();
    await el.updateComplete;
    expect((await store.listCommitments(SESSION)).items[0]!.reactions).to.equal(1);
  });

  it('shows many cards in pages: 5,000 cards render only a first page, with "Show more"', async () => {
    const store = newStore();
    const el = await make(store);
    const big = storeWithCards(5000);
    el.store = big;
    await waitUntil(() => $(el, '.total')?.textContent?.trim() === '5,000 commitments');
    const shown = $$(el, '.card').length;
    expect(shown).to.be.greaterThan(10).and.lessThan(200);
    expect(cardTexts(el)[0]).to.equal('Card 4999');
    expect($(el, '.more')!.textContent).to.contain(`${(5000 - shown).toLocaleString('en-GB')} not shown yet`);
    $<HTMLButtonElement>(el, '.more')!.click();
    await el.updateComplete;
    expect($$(el, '.card').length).to.be.greaterThan(shown);
  });
});
