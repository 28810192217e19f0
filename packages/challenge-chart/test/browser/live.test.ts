// A live chart on a shared screen: redrawn in batches (never per response, whatever feeds it), and
// its updates spoken once, as a summary, from a live region in the light DOM.
import { expect, waitUntil } from '@open-wc/testing';
import type { FrequencySummary } from '@netweave/core';
import type { ChallengeChart } from '../../src/challenge-chart.js';
import { basic, freq, summary } from '../fixtures.js';
import { chart, root, summaryStore } from './helpers.js';

/** A public summary of `n` respondents where "Finding the time" was identified by `k` of them. */
const at = (n: number, k: number): FrequencySummary =>
  summary(
    basic.challenges.map((c) => (c.id === 'finding-the-time' ? freq(c.id, k, n) : freq(c.id, 10, n))),
    { respondents: n },
  );

const shows = (el: ChallengeChart, value: string) =>
  root(el).querySelector('svg.plot .value')?.textContent === value;

const region = () => document.querySelector<HTMLElement>('[data-netweave-announcer="challenge-chart"]');

describe('<netweave-challenge-chart> live on a shared screen', () => {
  it('is not redrawn when a summary changes by one response, only after a batch of five', async () => {
    const store = summaryStore(at(20, 10));
    const el = await chart(null, 'session="room"');
    el.store = store;
    await waitUntil(() => shows(el, '50% of 20'), 'no live chart');
    const svg = root(el).querySelector('svg.plot')!;
    const redraws: string[] = [];
    const observer = new MutationObserver(() => redraws.push(svg.querySelector('.value')!.textContent!));
    observer.observe(svg, { subtree: true, characterData: true, childList: true, attributes: true });
    const first = svg.querySelector('.value')!.textContent;
    expect(first).to.equal('50% of 20');
    // Four people answer one by one: the one who identified "Finding the time" would show.
    for (let n = 21; n <= 24; n++) {
      const started = store.calls;
      store.set(at(n, n === 24 ? 11 : 10));
      await waitUntil(() => store.reads > started, 'the chart did not read the summary');
      await el.updateComplete;
      expect(svg.querySelector('.value')!.textContent, `after ${n} respondents`).to.equal('50% of 20');
    }
    expect(redraws).to.deep.equal([]);
    store.set(at(25, 12));
    await waitUntil(
      () => svg.querySelector('.value')!.textContent === '48% of 25',
      'no redraw after a batch',
    );
    observer.disconnect();
    // Says so on screen, in words a facilitator can repeat to the room.
    expect(root(el).querySelector('.live-note')!.textContent).to.equal(
      'The chart updates after every 5 responses, so that no one’s answers can be picked out.',
    );
    await expect(el).to.be.accessible();
  });

  it('follows the collector’s own releases of its public summary (its totals may be rounded)', async () => {
    const released = (n: number, k: number, number: number) => ({
      ...at(n, k),
      release: { number, final: false },
    });
    const store = summaryStore(released(20, 10, 1));
    const el = await chart(null, 'session="room"');
    el.store = store;
    await waitUntil(() => shows(el, '50% of 20'), 'no live chart');
    // A new release whose rounded total did not move is still a new release: shown.
    store.set(released(20, 14, 2));
    await waitUntil(() => shows(el, '70% of 20'), 'the collector’s release was not shown');
  });

  it('takes a larger batch, never a smaller one', async () => {
    const store = summaryStore(at(20, 10));
    const el = await chart(null, 'session="room" batch="1"');
    el.store = store;
    await waitUntil(() => shows(el, '50% of 20'), 'no live chart');
    const started = store.calls;
    store.set(at(21, 11));
    await waitUntil(() => store.reads > started, 'the chart did not read the summary');
    await el.updateComplete;
    expect(root(el).querySelector('.value')!.textContent).to.equal('50% of 20');
    expect(el.batch).to.equal(1);
    expect(root(el).querySelector('.live-note')!.textContent).to.include('every 5 responses');
  });

  it('announces an update once, as a summary, from a light-DOM live region', async () => {
    const store = summaryStore(at(20, 10));
    const el = await chart(null, 'session="room"');
    el.store = store;
    await waitUntil(() => shows(el, '50% of 20'), 'no live chart');
    const live = region()!;
    expect(live, 'a live region in the light DOM').to.be.ok;
    expect(live.getRootNode()).to.equal(document);
    expect(live.getAttribute('role')).to.equal('status');
    const spoken: string[] = [];
    const observer = new MutationObserver(() => {
      if (live.textContent) spoken.push(live.textContent);
    });
    observer.observe(live, { childList: true, characterData: true, subtree: true });
    // Ten responses in quick succession: one announcement, of the latest figures.
    for (let n = 21; n <= 30; n++) store.set(at(n, 15));
    await waitUntil(() => spoken.length > 0, 'nothing was announced');
    await waitUntil(() => root(el).querySelector('.value')!.textContent === '50% of 30', 'not redrawn');
    expect(spoken).to.have.length(1);
    expect(spoken[0]).to.equal(
      'Chart updated: 30 respondents. Most often identified: Finding the time, 50% of 30 respondents; ' +
        'Building relationships, 33% of 30 respondents; Evaluating your network, 33% of 30 respondents.',
    );
    // No live region of its own in the shadow root (some screen readers miss those).
    expect(root(el).querySelectorAll('[role="status"], [role="alert"], [aria-live]')).to.have.length(0);
    observer.disconnect();
  });

  it('speaks Welsh on a Welsh page', async () => {
    const store = summaryStore(at(20, 10));
    const el = await chart(null, 'session="room" lang="cy"');
    el.store = store;
    await waitUntil(() => shows(el, '50% o 20'), 'no live chart');
    store.set(at(25, 12));
    await waitUntil(() => region()?.textContent, 'nothing was announced');
    expect(region()!.lang).to.equal('cy');
    expect(region()!.textContent).to.match(/^Diweddarwyd y siart: 25 ymatebydd\. Y rhai a nodwyd amlaf:/);
    expect(root(el).querySelector('.live-note')!.textContent).to.equal(
      'Mae’r siart yn cael ei diweddaru ar ôl pob 5 ymateb, fel na ellir adnabod atebion neb.',
    );
  });
});
