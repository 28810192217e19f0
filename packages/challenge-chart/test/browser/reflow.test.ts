// Nothing clipped under a reader's text-spacing override (WCAG 1.4.12) or on a 320 px screen, and
// no sideways scroll there (1.4.10), in English and Welsh.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { ChallengeChart } from '../../src/challenge-chart.js';
import { basic, grouped, suppressed } from '../fixtures.js';
import { chart, frames, partsLoaded, root } from './helpers.js';

/** The WCAG 1.4.12 test bookmarklet's rules. */
const SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

let style: HTMLStyleElement | null = null;
afterEach(async () => {
  style?.remove();
  style = null;
  await setViewport({ width: 800, height: 600 });
});

/** Every piece of chart text lies inside the SVG, and wide-layout labels end before their bars. */
function expectNothingClipped(el: ChallengeChart): void {
  const svg = root(el).querySelector('svg.plot')!;
  const frame = svg.getBoundingClientRect();
  for (const text of svg.querySelectorAll('text')) {
    const r = text.getBoundingClientRect();
    if (!r.width) continue;
    const what = `“${text.textContent}”`;
    expect(r.left, `${what} starts left of the chart`).to.be.at.least(frame.left - 0.5);
    expect(r.right, `${what} runs past the chart’s right edge`).to.be.at.most(frame.right + 0.5);
    expect(r.bottom, `${what} runs below the chart`).to.be.at.most(frame.bottom + 0.5);
  }
  for (const row of svg.querySelectorAll('.marks .row')) {
    const label = row.querySelector('.label');
    const bar = row.querySelector('.bar, .suppressed-mark');
    if (!label || !bar || !label.classList.contains('end')) continue;
    expect(
      label.getBoundingClientRect().right,
      `label “${label.textContent}” runs into its bar`,
    ).to.be.at.most(bar.getBoundingClientRect().left + 0.5);
  }
}

async function openTable(el: ChallengeChart): Promise<void> {
  root(el).querySelector<HTMLButtonElement>('button[aria-controls="data-table"]')!.click();
  await el.updateComplete;
  await frames();
}

describe('<netweave-challenge-chart> text spacing and small screens', () => {
  for (const lang of ['en', 'cy']) {
    it(`keeps every word visible under the text-spacing override (${lang}, desktop)`, async () => {
      style = document.head.appendChild(document.createElement('style'));
      style.textContent = SPACING;
      for (const data of [basic, suppressed, grouped]) {
        const el = await chart(data, `lang="${lang}"`, 720);
        expectNothingClipped(el);
      }
    });
  }

  for (const lang of ['en', 'cy']) {
    it(`fits a 320 px screen without sideways scrolling, table open, text spacing on (${lang})`, async () => {
      await setViewport({ width: 320, height: 640 });
      style = document.head.appendChild(document.createElement('style'));
      style.textContent = SPACING;
      for (const data of [suppressed, grouped]) {
        const page = await fixture<HTMLElement>(html`<main></main>`);
        const el = document.createElement('netweave-challenge-chart');
        el.lang = lang;
        el.data = data;
        page.append(el);
        await el.updateComplete;
        await frames();
        await el.updateComplete;
        await partsLoaded(el);
        await openTable(el);
        expectNothingClipped(el);
        expect(document.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(320);
        for (const box of [el, ...root(el).querySelectorAll<HTMLElement>('.table-wrap, table, .toolbar')]) {
          expect(box.scrollWidth, `${box.localName}.${box.className} is wider than its room`).to.be.at.most(
            box.clientWidth + 1,
          );
        }
        await expect(el).to.be.accessible();
        page.remove();
      }
    });
  }
});
