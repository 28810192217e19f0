// Parts loaded on demand, each tested in a fresh page (this file) before anything else loaded them.
import { expect } from '@open-wc/testing';
import type { NetweaveSelfAssessment } from '../../src/self-assessment.js';
import { $, MemoryStorage, SMALL, newStore, settle, text } from './helpers.js';

const active = (el: HTMLElement) => el.shadowRoot!.activeElement as HTMLElement | null;

function create(lang: string, storage = new MemoryStorage()): NetweaveSelfAssessment {
  const el = document.createElement('netweave-self-assessment');
  el.lang = lang;
  el.store = newStore(storage);
  el.catalogue = SMALL;
  document.body.append(el);
  return el;
}

describe('<netweave-self-assessment> parts loaded on demand', () => {
  afterEach(() => document.querySelectorAll('netweave-self-assessment').forEach((el) => el.remove()));

  it('shows a Welsh page nothing in English while its Welsh wording loads', async () => {
    const el = create('cy');
    const seen: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        if (r.oldValue) seen.push(r.oldValue);
        r.addedNodes.forEach((n) => seen.push(n.textContent ?? ''));
      }
      seen.push(el.shadowRoot!.textContent ?? '');
    });
    observer.observe(el.shadowRoot!, {
      childList: true,
      subtree: true,
      characterData: true,
      characterDataOldValue: true,
    });
    await el.updateComplete;
    // first render: nothing to read yet, marked busy for assistive technology
    expect(text(el).trim()).to.equal('');
    expect($(el, '[aria-busy=true]')).to.exist;
    await settle(el);
    observer.disconnect();
    expect(text(el)).to.contain('Eich hunanasesiad gwehyddu rhwydweithiau');
    expect(text(el)).to.contain('Ddim yn siŵr');
    const english = ['network-weaving', 'Not sure', 'See my results', 'Start again', 'About you'];
    for (const words of english) expect(seen.join(' | ')).to.not.contain(words);
    await expect(el).to.be.accessible();
  });

  it('moves focus to the results heading at once and shows the results when they arrive', async () => {
    const storage = new MemoryStorage();
    const store = newStore(storage);
    // answers restored from an earlier visit: nothing typed here, so the results view is not fetched yet
    await store.saveDraft('self-assessment:default', {
      answers: {
        id: 'r1',
        ratings: { alpha: 2, beta: 1, gamma: 0 },
        otherText: '',
        sector: '',
        nation: '',
        region: '',
        consent: false,
      },
      step: 0,
      phase: 'questions',
    });
    const el = create('en', storage);
    await settle(el);
    const finish = [...el.shadowRoot!.querySelectorAll('button')].find(
      (b) => b.textContent!.trim() === 'See my results',
    )!;
    finish.focus();
    finish.click();
    await el.updateComplete;
    expect(active(el)?.id).to.equal('results-h');
    expect($(el, '[part~=results] [aria-busy=true]')).to.exist;
    await settle(el);
    expect(active(el)?.id, 'focus stays on the heading').to.equal('results-h');
    expect(text(el)).to.contain('This is the challenge you rated highest: “Big”.');
    expect($(el, '[part~=top-area] h4').textContent).to.equal('Alpha');
    // the results' own styles arrived with them
    expect(getComputedStyle($(el, '[part~=top-area]')).borderTopWidth).to.equal('4px');
    expect(text(el)).to.contain('Download my answers (CSV)');
    await expect(el).to.be.accessible();
  });

  it('moves focus to the "Start again" question once it has arrived', async () => {
    const el = create('en');
    await settle(el);
    const again = [...el.shadowRoot!.querySelectorAll('button')].find(
      (b) => b.textContent!.trim() === 'Start again',
    )!;
    again.focus();
    again.click();
    await settle(el);
    expect(active(el)?.id).to.equal('confirm');
    expect(active(el)!.textContent).to.contain('Start again? Your current answers');
    await expect(el).to.be.accessible();
  });
});
