import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  $,
  $$,
  SESSION,
  announcer,
  buttonByText,
  cardTexts,
  collector,
  make,
  newStore,
  other,
  post,
  storeWithCards,
} from './helpers.js';

const spoken = () => announcer()?.textContent ?? '';

/** Everything the live region says from now on, in order (each time words are put into it). */
function hearing(): { heard: string[]; stop(): void } {
  const heard: string[] = [];
  const region = announcer()!;
  const observer = new MutationObserver(() => {
    if (region.textContent) heard.push(region.textContent);
  });
  observer.observe(region, { childList: true, characterData: true, subtree: true });
  return { heard, stop: () => observer.disconnect() };
}

const REFUSAL = { status: 400, code: 'invalid', message: 'text: must be at most 280 characters long' };

describe('<netweave-commitments-wall> what a screen reader hears and where the keyboard goes', () => {
  it('names which card each "I’ll do this too" and move button is for', async () => {
    const store = newStore();
    await other(store, 'Invite housing to our meeting');
    await other(store, 'Share the referral map');
    const el = await make(store);
    const buttons = $$<HTMLButtonElement>(el, '.react');
    expect(buttons).to.have.length(2);
    const described = buttons.map(
      (b) => $(el, `#${CSS.escape(b.getAttribute('aria-describedby')!)}`)?.textContent,
    );
    expect(described).to.deep.equal(['Share the referral map', 'Invite housing to our meeting']);
    await expect(el).to.be.accessible();
  });

  it('says how many cards match once typing in the search box stops', async () => {
    const store = newStore();
    await other(store, 'Invite housing to our meeting');
    await other(store, 'Share the referral map with housing');
    await other(store, 'Ring the council');
    const el = await make(store);
    const search = $<HTMLInputElement>(el, 'input[type=search]')!;
    search.focus();
    await sendKeys({ type: 'housing' });
    await waitUntil(() => spoken() === '2 matches', `heard "${spoken()}"`);
  });

  it('says that cards are waiting while updates are paused', async () => {
    const store = newStore();
    const el = await make(store);
    buttonByText(el, 'Pause updates')!.click();
    await el.updateComplete;
    await other(store, 'While paused one');
    await other(store, 'While paused two');
    await waitUntil(() => spoken() === '2 new commitments are waiting', `heard "${spoken()}"`);
    expect(cardTexts(el)).to.deep.equal([]);
  });

  it('says where a card was moved, in Welsh with the mutation after “i”', async () => {
    const store = newStore();
    const el = await make(store, { preset: 'triz', lang: 'cy' });
    await post(el, 'Peidio â rhannu’r agenda');
    await waitUntil(() => $(el, '.colour-yellow .move[data-dir=next]'), 'the card on the board');
    const next = $<HTMLButtonElement>(el, '.colour-yellow .move[data-dir=next]')!;
    expect(next.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Symud i’r hyn rydyn ni’n ei wneud yn barod →',
    );
    next.click();
    await waitUntil(() => cardTexts(el, '.colour-pink').length === 1, 'not moved');
    await waitUntil(() => spoken().startsWith('Wedi’i symud'), `heard "${spoken()}"`);
    const last = $<HTMLButtonElement>(el, '.colour-pink .move[data-dir=next]')!;
    expect(last.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Symud i Gamau cyntaf i roi’r gorau iddi →',
    );
    expect((await store.listCommitments(SESSION)).items[0]!.column).to.equal('triz-already');
  });

  it('"Show more" puts the keyboard on the first card it revealed, so focus is never lost', async () => {
    const store = newStore();
    const el = await make(store);
    const many = storeWithCards(60);
    // Far down the page, as a long partner page would have it (the list also grows on scroll).
    el.style.marginTop = '4000px';
    el.store = many;
    await waitUntil(() => $(el, '.more'), 'the Show more button');
    const before = $$(el, '.card').length;
    const more = $<HTMLButtonElement>(el, '.more')!;
    more.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => el.shadowRoot!.activeElement?.classList.contains('card'),
      'focus on a revealed card',
    );
    const focused = el.shadowRoot!.activeElement as HTMLElement;
    expect($$(el, '.card').indexOf(focused)).to.equal(before);
    expect(document.activeElement).to.equal(el);
    el.style.marginTop = '';
  });

  it('a post refused as it is sent is heard once, from the box the keyboard moves to (not the live region)', async () => {
    const c = collector();
    c.state.answer = REFUSAL;
    const store = c.store();
    const el = await make(store);
    const { heard, stop } = hearing();
    const box = $<HTMLTextAreaElement>(el, 'textarea')!;
    box.focus();
    await sendKeys({ type: 'Refused at once' });
    $<HTMLButtonElement>(el, 'button[type=submit]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '.error-message'), 'no error shown');
    await waitUntil(() => el.shadowRoot!.activeElement === box, 'the keyboard stayed on the button');
    // The box's description is the reason, so it is heard as the box takes the keyboard.
    expect(box.getAttribute('aria-describedby')).to.contain('error');
    expect(box.value).to.equal('Refused at once');
    // Something said after the refusal is heard, and nothing before it: the reason was not also
    // put into the live region.
    const search = $<HTMLInputElement>(el, 'input[type=search]')!;
    search.focus();
    await sendKeys({ type: 'zz' });
    await waitUntil(() => heard.length > 0, 'the search count was not heard');
    stop();
    expect(heard).to.deep.equal(['0 matches']);
    store.close();
  });

  it('a post refused later (sent from this device after the connection came back) is said once, and the keyboard stays where it is', async () => {
    const c = collector();
    c.state.answer = 'offline';
    const store = c.store();
    const el = await make(store);
    await post(el, 'Refused after reconnecting');
    await waitUntil(() => $(el, '.note')?.textContent?.includes('Saved on this device'), 'no saved note');
    // The participant has moved on to something else on the page.
    const elsewhere = document.createElement('button');
    elsewhere.textContent = 'Elsewhere on the page';
    document.body.append(elsewhere);
    try {
      elsewhere.focus();
      const { heard, stop } = hearing();
      c.state.answer = REFUSAL;
      await store.flush();
      await waitUntil(() => heard.length > 0, 'the refusal was not said');
      expect(heard[0]).to.match(
        /^Your commitment was not posted\. .+ It is back in the box so you can change it\.$/,
      );
      expect($(el, '.error-message')!.textContent).to.contain(heard[0]);
      expect(document.activeElement, 'the keyboard moved').to.equal(elsewhere);
      expect($<HTMLTextAreaElement>(el, 'textarea')!.value).to.equal('Refused after reconnecting');
      expect(cardTexts(el)).to.deep.equal([]);
      // Said once: the next thing the region says is the next message, not the refusal again.
      const search = $<HTMLInputElement>(el, 'input[type=search]')!;
      search.focus();
      await sendKeys({ type: 'zz' });
      await waitUntil(() => heard.length > 1, 'the search count was not heard');
      stop();
      expect(heard.slice(1)).to.deep.equal(['0 matches']);
    } finally {
      elsewhere.remove();
      store.close();
    }
  });
});
