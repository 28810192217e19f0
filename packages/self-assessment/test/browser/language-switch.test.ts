// Switching language after the form is shown, in a fresh page (the Welsh wording not loaded yet).
import { expect, waitUntil } from '@open-wc/testing';
import { $, SMALL, choose, make, settle, text } from './helpers.js';

describe('<netweave-self-assessment> switched to Welsh while in use', () => {
  it('keeps the form, the answers and the keyboard’s place, in English until the Welsh arrives', async () => {
    const el = await make({ catalogue: SMALL });
    expect(text(el)).to.contain('network-weaving');
    await choose(el, 'alpha', '2');
    const radio = $<HTMLInputElement>(el, 'input[name="alpha"][value="2"]');
    radio.focus();
    el.lang = 'cy';
    await el.updateComplete;
    // the Welsh wording is still on its way: the form stays, in English, marked as English
    expect(el.shadowRoot!.querySelector('[aria-busy=true]')).to.equal(null);
    expect(text(el)).to.contain('network-weaving');
    expect($(el, '.base').getAttribute('lang')).to.equal('en');
    expect(el.shadowRoot!.activeElement).to.equal(radio);
    await waitUntil(() => text(el).includes('Eich hunanasesiad'), 'the Welsh wording arrives');
    await settle(el);
    expect($(el, '.base').getAttribute('lang')).to.equal('cy');
    const focused = el.shadowRoot!.activeElement as HTMLInputElement;
    expect([focused?.name, focused?.value]).to.deep.equal(['alpha', '2']);
    expect(focused.checked).to.equal(true);
    await expect(el).to.be.accessible();
  });
});
