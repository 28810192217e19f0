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
} from './helpers.js';
import { wallStrings } from '../../src/strings.js';

describe('<netweave-commitments-wall> modes', () => {
  it('TRIZ board: three coloured rounds; cards move between columns with the keyboard (accessible)', async () => {
    const store = newStore();
    const el = await make(store, { preset: 'triz' });
    expect($$(el, '.column h3').map((h) => h.textContent)).to.deep.equal([
      'The worst possible result',
      'What we already do',
      'First steps to stop',
    ]);
    expect($$(el, '.column').map((c) => c.className.match(/colour-\w+/)![0])).to.deep.equal([
      'colour-yellow',
      'colour-pink',
      'colour-green',
    ]);
    expect($(el, 'label[for=text]')!.textContent!.trim()).to.equal(
      'What could we do to make sure we get the worst possible result?',
    );
    await post(el, 'Never share the agenda');
    await waitUntil(async () => (await store.listCommitments(SESSION)).items.length === 1);
    await el.updateComplete;
    expect(cardTexts(el, '.colour-yellow')).to.deep.equal(['Never share the agenda']);
    await expect(el).to.be.accessible();

    $<HTMLButtonElement>(el, '.colour-yellow .move[data-dir=next]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => cardTexts(el, '.colour-pink').length === 1, 'not moved to pink');
    expect(cardTexts(el, '.colour-yellow')).to.deep.equal([]);
    // Focus follows the card, so Enter again moves it on.
    expect(el.shadowRoot!.activeElement?.textContent).to.contain('Move to First steps to stop');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => cardTexts(el, '.colour-green').length === 1, 'not moved to green');
    expect((await store.listCommitments(SESSION)).items[0]!.column).to.equal('triz-stop');
    expect(el.shadowRoot!.activeElement?.textContent).to.contain('Move to What we already do');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(el.shadowRoot!.activeElement?.textContent).to.contain('I’ll do this too');
  });

  it('board columns from a JSON configuration, filterable by column', async () => {
    const store = newStore();
    await other(store, 'In doing', { column: 'doing' });
    await other(store, 'In ideas', { column: 'ideas' });
    const el = await make(store, {
      columns: JSON.stringify([
        { id: 'ideas', label: 'Ideas', colour: 'blue', prompt: 'What could we try?' },
        { id: 'doing', label: 'Doing', colour: 'javascript:alert(1)' },
      ]),
    });
    expect($$(el, '.column h3').map((h) => h.textContent)).to.deep.equal(['Ideas', 'Doing']);
    expect($$(el, '.column')[1]!.className).to.contain('colour-none');
    const select = $<HTMLSelectElement>(el, '#f-column')!;
    select.value = 'doing';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(cardTexts(el)).to.deep.equal(['In doing']);
  });

  it('display mode: large single card, no form, pausable cycling (accessible)', async () => {
    const store = newStore();
    await other(store, 'One');
    await other(store, 'Two');
    await other(store, 'Three');
    const el = await make(store, { display: true });
    await el.updateComplete;
    expect($(el, 'textarea')).to.equal(null);
    expect($(el, '.spot .text')!.textContent!.trim()).to.equal('Three');
    expect($(el, '.position')!.textContent!.trim()).to.equal('Commitment 1 of 3');
    const size = parseFloat(getComputedStyle($(el, '.spot')!).fontSize);
    expect(size).to.be.greaterThan(parseFloat(getComputedStyle(el).fontSize) * 1.5);
    await expect(el).to.be.accessible();
    buttonByText(el, 'Next')!.click();
    await el.updateComplete;
    expect($(el, '.spot .text')!.textContent!.trim()).to.equal('Two');
    buttonByText(el, 'Pause')!.click();
    await el.updateComplete;
    expect(buttonByText(el, 'Play')).to.exist;
  });

  it('speaks Welsh: labels, counts and plural announcements', async () => {
    const store = newStore();
    const el = await make(store, { lang: 'cy' });
    await el.updateComplete;
    expect($(el, 'label[for=text]')!.textContent!.trim()).to.equal(
      'Un peth y byddaf i’n ei wneud o heddiw ymlaen i wella gweithio ar draws sectorau fydd…',
    );
    expect($(el, 'button[type=submit]')!.textContent!.trim()).to.equal('Postio');
    expect($(el, '#count')!.textContent!.trim()).to.equal('Mae gennych 280 nod ar ôl');
    await other(store, 'Cyntaf');
    await other(store, 'Ail');
    await el.updateComplete;
    await waitUntil(() => announcer()?.textContent?.trim() === '2 ymrwymiad newydd', 'no Welsh summary');
    expect(announcer()!.lang).to.equal('cy');
    await post(el, 'E-bostiwch fi: jo@example.org');
    await waitUntil(() => $(el, '.note')?.textContent?.includes('cyfeiriad e-bost'), 'no Welsh hold reason');
    expect($(el, '.note')!.textContent).to.contain('Wedi’i ddal i’w adolygu');
    await expect(el).to.be.accessible();
  });

  it('a Welsh page never shows English while the Welsh wording loads', async () => {
    delete wallStrings.cy; // as on a fresh page: the Welsh table is fetched on demand
    const el = document.createElement('netweave-commitments-wall');
    el.session = SESSION;
    el.store = newStore();
    el.setAttribute('lang', 'cy');
    const seen: string[] = [];
    el.addController({ hostUpdated: () => seen.push(el.shadowRoot!.textContent ?? '') });
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(seen.length).to.be.greaterThan(1); // a render waited for the table
      for (const text of seen)
        for (const english of [/\bCommitments\b/, /\bPost\b/, /\bSearch\b/, /Pause updates/, /Prefer not/])
          expect(text).not.to.match(english);
      expect($(el, 'h2')!.textContent).to.equal('Ymrwymiadau');
      expect($(el, 'button[type=submit]')!.textContent!.trim()).to.equal('Postio');
      await expect(el).to.be.accessible();
    } finally {
      el.remove();
    }
  });

  it('accepts partner wording through strings', async () => {
    const el = await make(newStore());
    el.strings = { en: { post: 'Add to the wall' } };
    await el.updateComplete;
    expect($(el, 'button[type=submit]')!.textContent!.trim()).to.equal('Add to the wall');
  });
});
