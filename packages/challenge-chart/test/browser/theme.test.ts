// A partner's dark theme: the page's light text colour must never end up on the chart's white.
import { expect, fixture, html } from '@open-wc/testing';
import type { ChallengeChart } from '../../src/challenge-chart.js';
import { basic, suppressed } from '../fixtures.js';
import { frames, partsLoaded, root } from './helpers.js';

async function onDarkPage(data: unknown, tokens = ''): Promise<ChallengeChart> {
  const page = await fixture<HTMLElement>(
    html`<main style=${`background:#121212;color:#eeeeee;padding:16px;width:720px;${tokens}`}></main>`,
  );
  const el = document.createElement('netweave-challenge-chart');
  el.lang = 'en';
  el.data = data as never;
  page.append(el);
  await el.updateComplete;
  await frames();
  await el.updateComplete;
  await partsLoaded(el);
  return el;
}

/** WCAG contrast ratio of two rgb()/rgba() colours (opaque). */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((v) => Number(v) / 255);
    const f = (x: number) => (x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4);
    return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(bl!);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('<netweave-challenge-chart> on a dark page', () => {
  it('sets its text and surface colours together, whatever colour the page’s text is', async () => {
    const el = await onDarkPage(suppressed);
    const style = getComputedStyle(el);
    expect(contrast(style.color, style.backgroundColor)).to.be.at.least(7);
    root(el).querySelector<HTMLButtonElement>('button[aria-controls="data-table"]')!.click();
    await el.updateComplete;
    for (const node of root(el).querySelectorAll('caption, th, td, .table-note, button')) {
      expect(contrast(getComputedStyle(node).color, style.backgroundColor), node.textContent!).to.be.at.least(
        4.5,
      );
    }
    await expect(el).to.be.accessible();
  });

  it('keeps its notices readable (error and empty states)', async () => {
    const bad = await onDarkPage({ hello: 'world' });
    expect(root(bad).querySelector('.nw-notice--error')).to.not.equal(null);
    await expect(bad).to.be.accessible();
    const empty = await onDarkPage({ ...basic, challenges: [] });
    expect(root(empty).querySelector('.nw-notice')).to.not.equal(null);
    await expect(empty).to.be.accessible();
  });

  it('follows a partner’s dark pair of tokens (surface with its text)', async () => {
    const el = await onDarkPage(
      basic,
      '--netweave-colour-surface:#1d2125;--netweave-colour-text:#f0f4f5;--netweave-colour-secondary-button:#8fc3ff;--netweave-challenge-chart-bar:#8fc3ff',
    );
    const style = getComputedStyle(el);
    expect(style.backgroundColor).to.equal('rgb(29, 33, 37)');
    expect(style.color).to.equal('rgb(240, 244, 245)');
    root(el).querySelector<HTMLButtonElement>('button[aria-controls="data-table"]')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('keeps nhsuk-frontend’s tokens as the defaults on an NHS page', async () => {
    const el = await onDarkPage(basic, '--nhsuk-text-colour:#0b0c0c;--nhsuk-card-background-colour:#fafafa');
    const style = getComputedStyle(el);
    expect(style.color).to.equal('rgb(11, 12, 12)');
    expect(style.backgroundColor).to.equal('rgb(250, 250, 250)');
  });
});
