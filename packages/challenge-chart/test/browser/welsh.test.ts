// A Welsh page gets Welsh only: every string the chart shows or speaks, its errors included
// (a store's, a server's or the browser's English is replaced by our own words).
import { expect, waitUntil } from '@open-wc/testing';
import { StoreError, type ResponseStore } from '@netweave/core';
import type { ChallengeChart } from '../../src/challenge-chart.js';
import { chartEn } from '../../src/strings.js';
import { basic, grouped, suppressed } from '../fixtures.js';
import { chart, root } from './helpers.js';

/** Everything a reader can see or hear from the chart: text, accessible names, descriptions. */
function allWords(el: ChallengeChart): string {
  const r = root(el);
  const names = [...r.querySelectorAll('[aria-label]')].map((n) => n.getAttribute('aria-label'));
  return [r.textContent, ...names].join('\n');
}

/** English wording of our own that must not appear (placeholders split the phrases). */
const english = Object.values(chartEn)
  .flatMap((m) => (typeof m === 'string' ? [m] : Object.values(m)))
  .flatMap((m) => m.split(/\{\w+\}/))
  .map((m) => m.replace(/^[\s*:.,()]+|[\s*:.,()]+$/g, ''))
  .filter((m) => /[a-z]{4,}/.test(m) && !/^(SVG|PNG|CSV)$/.test(m));

function expectNoEnglish(text: string): void {
  for (const phrase of english) expect(text, `English “${phrase}” on a Welsh page`).not.to.include(phrase);
}

const failing = (error: unknown) =>
  ({
    acceptsSubmissions: false,
    getSummary: () => Promise.reject(error),
    subscribe: () => () => {},
  }) as unknown as ResponseStore;

describe('<netweave-challenge-chart> in Welsh', () => {
  it('shows and names everything in Welsh: bars, notes, table, tooltip', async () => {
    for (const data of [basic, suppressed, grouped]) {
      const el = await chart(data, 'lang="cy"');
      root(el).querySelector<HTMLButtonElement>('button[aria-controls="data-table"]')!.click();
      root(el).querySelector<SVGGElement>('.hit-item')!.focus();
      await el.updateComplete;
      expectNoEnglish(allWords(el));
    }
    const el = await chart(suppressed, 'lang="cy"');
    expect(allWords(el)).to.include(
      '* Nododd llai nag 8 person yr her honno, felly ni ddangosir ei ffigurau.',
    );
    expect(allWords(el)).to.include('Mae’r cyfrifon wedi’u talgrynnu i’r 5 agosaf');
    expect(allWords(el)).to.include('Ni ddangosir 2 her (wedi’u marcio â *).');
  });

  const errors: [string, unknown, RegExp][] = [
    [
      'a collector that cannot be reached',
      new StoreError('The collector could not be reached. Try again in a moment.', { code: 'offline' }),
      /nid oedd modd cyrraedd y casglwr/,
    ],
    [
      'an unknown session',
      new StoreError('There is no session "x" on this collector.', {
        status: 404,
        code: 'session-not-found',
      }),
      /nid oes gan y casglwr sesiwn “room”/,
    ],
    [
      'a refusal',
      new StoreError('The collector refused the request (403).', { status: 403, code: 'forbidden' }),
      /atebodd y casglwr 403/,
    ],
    ['any other failure', new Error('Failed to fetch'), /aeth rhywbeth o’i le/],
  ];
  for (const [name, error, message] of errors) {
    it(`explains ${name} in Welsh only`, async () => {
      const el = await chart(null, 'session="room" lang="cy"');
      el.store = failing(error);
      await waitUntil(() => root(el).querySelector('.nw-notice--error'), 'no error shown');
      const text = root(el).querySelector('.nw-notice--error')!.textContent!;
      expect(text).to.match(message);
      expect(text).to.include('Nid oedd modd llwytho’r crynodeb byw');
      expect(text).not.to.match(/collector|refused|Failed|fetch|session "/);
      expectNoEnglish(text);
    });
  }

  it('explains a file that is not JSON, and a 404, without the browser’s English', async () => {
    for (const [src, message] of [
      ['/packages/challenge-chart/test/csp-page.html', /nid yw’n JSON dilys/],
      ['/packages/challenge-chart/test/no-such-summary.json', /atebodd y gweinydd 404\)/],
    ] as const) {
      const el = await chart(null, `src="${src}" lang="cy"`);
      await waitUntil(() => root(el).querySelector('.nw-notice--error'), 'no error shown');
      const text = root(el).querySelector('.nw-notice--error')!.textContent!;
      expect(text).to.match(message);
      expect(text).not.to.match(/Unexpected|token|JSON at|Not Found/);
      expectNoEnglish(text);
    }
  });

  it('gives checks of bad data in Welsh', async () => {
    const el = await chart(
      { ...basic, challenges: [{ ...basic.challenges[0]!, identified: 70 }] },
      'lang="cy"',
    );
    const text = root(el).querySelector('.nw-notice--error')!.textContent!;
    expect(text).to.include('yn fwy na’r nifer a’i sgoriodd');
    expectNoEnglish(text);
  });
});
