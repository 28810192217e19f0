import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  $,
  $$,
  SESSION,
  announcer,
  buttonByText,
  cardTexts,
  make,
  newStore,
  other,
  post,
  storeWithCards,
} from './helpers.js';

const spoken = () => announcer()?.textContent ?? '';

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
    await waitUntil(() => spoken() === '2 matches', `heard "${spoken()}"`, { timeout: 5000 });
  });

  it('says that cards are waiting while updates are paused', async () => {
    const store = newStore();
    const el = await make(store);
    buttonByText(el, 'Pause updates')!.click();
    await el.updateComplete;
    await other(store, 'While paused one');
    await other(store, 'While paused two');
    await waitUntil(() => spoken() === '2 new commitments are waiting', `heard "${spoken()}"`, {
      timeout: 5000,
    });
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
    await waitUntil(() => spoken().startsWith('Wedi’i symud'), `heard "${spoken()}"`, { timeout: 5000 });
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
});
