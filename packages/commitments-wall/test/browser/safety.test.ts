import { setViewport } from '@web/test-runner-commands';
import { expect, waitUntil } from '@open-wc/testing';
import { parseCsv } from '@netweave/core';
import type { NetweaveCommitmentsWall } from '../../src/commitments-wall.js';
import {
  $,
  $$,
  collector,
  MemoryStorage,
  SESSION,
  cardTexts,
  make,
  newStore,
  other,
  post,
} from './helpers.js';

const XSS = [
  '<script>window.__xss = 1</script>',
  '<img src=x onerror="window.__xss = 2">',
  '<a href="javascript:window.__xss = 3">click me</a>',
  '<svg onload="window.__xss = 4"><script>window.__xss = 5</script></svg>',
  '"><iframe src="javascript:window.__xss = 6"></iframe>',
  '\u202Egnp.exe\u202C and \u2067isolate\u2069 then more',
  '{{constructor.constructor("window.__xss = 7")()}}',
];

/**
 * Resolves once markup like the corpus, put on the page on purpose after the cards were rendered,
 * has run: an `<img src=x>` has failed to load (its `onerror` would have run) and a `javascript:`
 * frame has run its script. Had a card turned its text into markup, that markup, on the page
 * earlier, would have run by then too: so "nothing ran" is proved by something that did.
 */
async function markupHadItsChance(): Promise<void> {
  const img = document.createElement('img');
  const failed = new Promise((resolve) => img.addEventListener('error', resolve, { once: true }));
  img.src = 'x';
  const frame = document.createElement('iframe');
  const ran = new Promise<void>((resolve) => {
    (window as unknown as { __control?: () => void }).__control = resolve;
  });
  frame.src = 'javascript:parent.__control()';
  document.body.append(img, frame);
  try {
    await Promise.all([failed, ran]);
  } finally {
    img.remove();
    frame.remove();
    delete (window as unknown as { __control?: () => void }).__control;
  }
}

describe('<netweave-commitments-wall> safety', () => {
  it('renders an XSS corpus as inert text, bidi overrides contained', async () => {
    const store = newStore();
    for (const text of XSS) await other(store, text);
    const el = await make(store);
    await markupHadItsChance();
    expect((window as unknown as { __xss?: number }).__xss).to.equal(undefined);
    expect(cardTexts(el).sort()).to.deep.equal([...XSS].sort());
    for (const card of $$(el, '.card')) {
      expect(card.querySelector('script, img, svg, iframe, a[href]')).to.equal(null);
    }
    const bidi = $$(el, '.card .text').find((p) => p.textContent!.includes('\u202E'))!;
    expect(bidi.getAttribute('dir')).to.equal('auto');
    expect(getComputedStyle(bidi).unicodeBidi).to.equal('plaintext');
  });

  it('pre-moderation: the author sees "waiting for approval" until a moderator approves', async () => {
    const store = newStore();
    const el = await make(store, { moderation: 'pre' });
    await post(el, 'Co-host a session with the council');
    await waitUntil(
      () => $(el, '.note')?.textContent?.trim().startsWith('Waiting for approval'),
      'no waiting note',
    );
    expect($(el, '.react')).to.equal(null);
    const stored = (await store.allCommitments(SESSION))[0]!;
    expect(stored.status).to.equal('pending');
    await expect(el).to.be.accessible();
    await store.moderate(SESSION, stored.id, 'visible');
    await el.updateComplete;
    expect($(el, '.note')).to.equal(null);
    expect($(el, '.react')).to.exist;
  });

  it('post-moderation: a hidden card vanishes live', async () => {
    const store = newStore();
    const el = await make(store, { moderation: 'post' });
    const c = await other(store, 'Something to hide');
    await other(store, 'Something to keep');
    await el.updateComplete;
    expect(cardTexts(el)).to.have.length(2);
    await store.moderate(SESSION, c.id, 'hidden');
    await el.updateComplete;
    expect(cardTexts(el)).to.deep.equal(['Something to keep']);
  });

  const holds: [string, string][] = [
    ['Email me at jo.bloggs@example.org', 'an e-mail address'],
    ['Ring me on 07700 900123', 'a phone number'],
    ['Meet me at CF10 3NQ', 'a postcode'],
    ['Patient 943 476 5919 is my example', 'an NHS number'],
    ['This is shit, honestly', 'language that may upset people'],
  ];
  for (const [text, reason] of holds) {
    it(`holds a post containing ${reason} and tells the author why`, async () => {
      const store = newStore();
      const el = await make(store);
      await post(el, text);
      await waitUntil(() => $(el, '.note')?.textContent?.trim().startsWith('Held for review'), 'not held');
      expect($(el, '.note')!.textContent).to.contain(reason).and.contain('Only you can see it');
      expect((await store.allCommitments(SESSION))[0]!.status).to.equal('pending');
      await expect(el).to.be.accessible();
    });
  }

  it('exports CSV with a BOM and every formula-looking cell neutralised, and JSON', async () => {
    const store = newStore();
    const risky = [
      '=HYPERLINK("https://evil.example")',
      '+1+2',
      '-3-4 cmd',
      '@SUM(A1)',
      '\tTab first',
      '\rCR first',
      '\nLF first',
    ];
    // Stores trim text, so feed cells the way any store (or an old export) could deliver them.
    store.listCommitments = async () => ({
      items: risky.map((text, i) => ({
        id: `r${i}`,
        sessionId: SESSION,
        createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, 60 - i)).toISOString(),
        text,
        column: 'commitments',
        sector: null,
        status: 'visible' as const,
        reactions: 0,
      })),
      nextCursor: null,
    });
    const el = await make(store);
    const csv = el.toCsv();
    expect(csv.charCodeAt(0)).to.equal(0xfeff);
    const rows = parseCsv(csv);
    const textIndex = rows[0]!.indexOf('text');
    const texts = rows.slice(1).map((r) => r[textIndex]!);
    expect(texts).to.have.length(risky.length);
    for (const cell of texts) {
      expect(cell.startsWith("'"), cell).to.equal(true);
      expect(risky).to.include(cell.slice(1));
    }
    const json = JSON.parse(el.toJson()) as { text: string }[];
    expect(json.map((c) => c.text).sort()).to.deep.equal([...risky].sort());
  });

  it('a reload while the collector cannot be reached loses nothing, and the post is stored once when it can', async () => {
    const storage = new MemoryStorage();
    const c = collector(storage);
    c.state.answer = 'offline';
    let store = c.store();
    let el = await make(store);
    await post(el, 'Do not lose this one');
    await waitUntil(() => $(el, '.note')?.textContent?.includes('Saved on this device'), 'no saved note');
    expect($(el, '.note')!.textContent, 'not "waiting for approval": nothing was sent').to.not.contain(
      'approval',
    );
    const box = $<HTMLTextAreaElement>(el, 'textarea')!;
    box.value = 'Half-typed next thought';
    box.dispatchEvent(new Event('input'));
    el.remove();
    store.close();

    // Reload: still no collector.
    store = c.store();
    el = await make(store);
    await waitUntil(() => cardTexts(el).includes('Do not lose this one'), 'the post was lost');
    expect($(el, '.note')!.textContent).to.contain('Saved on this device');
    expect($<HTMLTextAreaElement>(el, 'textarea')!.value).to.equal('Half-typed next thought');
    await expect(el).to.be.accessible();

    // The collector is back: it is stored, once, and the note goes.
    c.state.answer = 'stored';
    await store.flush();
    await waitUntil(() => !$(el, '.note'), 'still shown as unsent');
    expect(cardTexts(el)).to.include('Do not lose this one');
    expect(c.state.stored.map((x) => x.text)).to.deep.equal(['Do not lose this one']);
    store.close();
  });

  it('a refused post comes back into the box with the reason in plain words, and is not retried', async () => {
    const c = collector();
    c.state.answer = { status: 400, code: 'invalid', message: 'text: must be at most 280 characters long' };
    const store = c.store();
    const el = await make(store);
    await post(el, 'Try to post something the collector refuses');
    await waitUntil(() => $(el, '.error-message'), 'no error shown');
    expect($(el, '.error-message')!.textContent).to.contain('part of it is not valid');
    expect($<HTMLTextAreaElement>(el, 'textarea')!.value).to.equal(
      'Try to post something the collector refuses',
    );
    expect(cardTexts(el)).to.deep.equal([]);
    const tries = c.state.posts;
    await store.flush();
    expect(c.state.posts).to.equal(tries);
    store.close();
  });

  it('a post refused because the session has closed stays in the box, under a notice saying so', async () => {
    const c = collector();
    const store = c.store();
    const el = await make(store);
    c.state.open = false; // the organiser closes it while the participant writes
    c.state.answer = {
      status: 409, // what the collector answers
      code: 'session-closed',
      message: 'The session "Gwent" is closed: it no longer takes submissions.',
    };
    await post(el, 'Meet the housing team monthly');
    await waitUntil(() => $(el, '.closed'), 'the closed notice');
    await waitUntil(() => $(el, '.error-message'), 'the reason');
    expect($<HTMLTextAreaElement>(el, 'textarea')!.value).to.equal('Meet the housing team monthly');
    expect($(el, '.error-message')!.textContent).to.contain('This session has closed');
    await expect(el).to.be.accessible();
    store.close();
  });

  it('fits a 320 px phone in Welsh, sector menus included (no sideways scroll)', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const store = newStore();
      await other(store, 'Cwrdd â’r tîm tai bob mis', { sector: 'vcse' });
      const el = await make(store, { lang: 'cy' });
      await waitUntil(() => $(el, 'select'), 'the form');
      expect(document.documentElement.scrollWidth, 'page width').to.be.at.most(320);
      for (const select of $$<HTMLSelectElement>(el, 'select'))
        expect(select.getBoundingClientRect().right, `#${select.id}`).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('keeps every text readable on a dark partner page (text and surface colours set together)', async () => {
    const store = newStore();
    await other(store, 'Invite housing to our next meeting', { sector: 'housing' });
    const page = document.createElement('div');
    // A dark partner theme: light text, and its own link and button colours (as such a theme
    // sets them); the widget's surfaces (cards, fields, notices) stay light with dark text.
    page.style.cssText =
      'background:#111;color:#eee;padding:1rem;--netweave-colour-link:#8cc8ff;--netweave-colour-secondary-button:#8cc8ff';
    document.body.append(page);
    try {
      const el = document.createElement('netweave-commitments-wall') as NetweaveCommitmentsWall;
      el.setAttribute('session', SESSION);
      el.store = store;
      page.append(el);
      await waitUntil(() => $(el, '.card'), 'the card');
      await el.updateComplete;
      for (const selector of ['.card .text', '.card .meta', '[part=local]', 'textarea', '.hint'])
        expect(getComputedStyle($(el, selector)!).color, selector).to.not.equal('rgb(238, 238, 238)');
      await expect(el).to.be.accessible();
    } finally {
      page.remove();
    }
  });

  it('says on screen and in the console that a wall with no endpoint keeps posts on this device', async () => {
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const el = await make(newStore());
      expect($(el, '[part=local]')!.textContent).to.contain('not connected to a collector');
      await waitUntil(() => warnings.some((w) => String(w[0]).includes('endpoint=')), 'no console warning');
      await expect(el).to.be.accessible();
    } finally {
      console.warn = original;
    }
  });

  it('shows an error with a way to try again when the wall cannot load (accessible)', async () => {
    const store = newStore();
    let fail = true;
    const list = store.listCommitments.bind(store);
    store.listCommitments = async (...args) => {
      if (fail) throw new TypeError('Failed to fetch');
      return list(...args);
    };
    await other(store, 'Visible after retry');
    const el = await make(store);
    expect($(el, '.nw-notice--error')!.textContent).to.contain('The wall could not be loaded');
    await expect(el).to.be.accessible();
    fail = false;
    $<HTMLButtonElement>(el, '.nw-notice--error button')!.click();
    await waitUntil(() => cardTexts(el).length === 1);
    expect(cardTexts(el)).to.deep.equal(['Visible after retry']);
  });
});
