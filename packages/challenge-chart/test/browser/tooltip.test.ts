// The hover and focus tooltip (WCAG 1.4.13): dismissible with Escape wherever focus is, hoverable,
// persistent, and never over another bar or its value.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { FrequencySummary } from '@netweave/core';
import type { ChallengeChart } from '../../src/challenge-chart.js';
import { basic, grouped, suppressed } from '../fixtures.js';
import { chart, root } from './helpers.js';

const tooltip = (el: ChallengeChart) => root(el).querySelector('.tooltip');
const centre = (r: DOMRect): [number, number] => [
  Math.round(r.left + r.width / 2),
  Math.round(r.top + r.height / 2),
];
const intersects = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

async function hover(el: ChallengeChart, index: number): Promise<void> {
  const hit = root(el).querySelectorAll('.hit-item')[index]!.getBoundingClientRect();
  await sendMouse({
    type: 'move',
    position: [Math.round(hit.left + 300), Math.round(hit.top + hit.height / 2)],
  });
}

afterEach(() => resetMouse());

describe('<netweave-challenge-chart> tooltip', () => {
  it('hides with Escape even when focus is elsewhere on the page, and stays hidden on that bar', async () => {
    const page = await fixture<HTMLDivElement>(html`<div><button type="button">Elsewhere</button></div>`);
    const outside = page.querySelector('button')!;
    const el = await chart(basic);
    outside.focus();
    await hover(el, 1);
    await waitUntil(() => tooltip(el), 'no tooltip on hover');
    expect(document.activeElement).to.equal(outside);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !tooltip(el), 'Escape did not hide the tooltip');
    // Moving within the same bar does not bring it back…
    const hit = root(el).querySelectorAll('.hit-item')[1]!.getBoundingClientRect();
    await sendMouse({
      type: 'move',
      position: [Math.round(hit.left + 320), Math.round(hit.top + hit.height / 2)],
    });
    await el.updateComplete;
    expect(tooltip(el)).to.equal(null);
    // …moving to another bar does.
    await hover(el, 3);
    const next = root(el).querySelectorAll('.hit-item')[3]!.getAttribute('aria-label')!.split(':')[0]!;
    await waitUntil(() => tooltip(el)?.textContent?.includes(next), 'no tooltip on the next bar');
  });

  it('hides with Escape when the bar has keyboard focus, and stays accessible while shown', async () => {
    const el = await chart(basic);
    root(el).querySelector<SVGGElement>('.hit-item')!.focus();
    await el.updateComplete;
    expect(tooltip(el)).to.not.equal(null);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(tooltip(el)).to.equal(null);
  });

  it('stays while the pointer moves onto it (hoverable) and goes when the pointer leaves the chart', async () => {
    const el = await chart(basic);
    await hover(el, 2);
    await waitUntil(() => tooltip(el), 'no tooltip on hover');
    const text = tooltip(el)!.textContent;
    await sendMouse({
      type: 'move',
      position: centre(root(el).querySelector('.tooltip-box')!.getBoundingClientRect()),
    });
    await el.updateComplete;
    expect(tooltip(el)?.textContent).to.equal(text);
    const box = el.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.left + 5), Math.round(box.bottom + 400)] });
    await waitUntil(() => !tooltip(el), 'tooltip stayed after the pointer left');
  });

  const cases: [string, FrequencySummary, number][] = [
    ['sorted, desktop', basic, 720],
    ['phone', basic, 320],
    ['grouped', grouped, 720],
    ['suppressed', suppressed, 640],
  ];
  for (const [name, data, width] of cases) {
    it(`never covers another bar or its value (${name}, ${width} px)`, async () => {
      const el = await chart(data, '', width);
      const items = [...root(el).querySelectorAll<SVGGElement>('.hit-item')];
      for (const item of items) {
        item.focus();
        await el.updateComplete;
        const key = item.getAttribute('data-key')!;
        const box = root(el).querySelector('.tooltip-box')!.getBoundingClientRect();
        const svg = root(el).querySelector('svg.plot')!.getBoundingClientRect();
        expect(box.left >= svg.left && box.right <= svg.right, `${key}: inside the chart`).to.equal(true);
        for (const series of root(el).querySelectorAll('.marks .series')) {
          if (isOwn(series, key)) continue;
          for (const mark of series.querySelectorAll('.bar, .suppressed-mark, .value')) {
            const what = `${series.closest('.row')!.getAttribute('data-key')} ${mark.textContent || mark.getAttribute('class')}`;
            expect(
              intersects(box, mark.getBoundingClientRect()),
              `${key}: the tooltip covers ${what}`,
            ).to.equal(false);
          }
        }
      }
    });
  }
});

/** Whether `series` (one bar with its value) is the bar `key` itself. */
function isOwn(series: Element, key: string): boolean {
  const row = series.closest('.row')!.getAttribute('data-key')!; // "<panel>|<challenge>"
  const challenge = row.split('|')[1];
  const [group, id] = key.split('|');
  if (id !== challenge) return false;
  if (!group) return true;
  // Grouped bars: the series index within the row is the group's index.
  const index = [...series.parentElement!.querySelectorAll(':scope > .series')].indexOf(series);
  const groups = ['nhs', 'local-government', 'vcse'];
  return groups.indexOf(group) === index;
}
