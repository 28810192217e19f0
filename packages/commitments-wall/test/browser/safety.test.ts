import { expect, waitUntil } from '@open-wc/testing';
import { StoreError, parseCsv } from '@netweave/core';
import {
  $,
  $$,
  FailingStore,
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

describe('<netweave-commitments-wall> safety', () => {
  it('renders an XSS corpus as inert text, bidi overrides contained', async () => {
    const store = newStore();
    for (const text of XSS) await other(store, text);
    const el = await make(store);
    await new Promise((r) => setTimeout(r, 100));
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

  it('a reload during a failed send loses nothing, and the post is sent once the store works', async () => {
    const storage = new MemoryStorage();
    const failing = new FailingStore({ storage });
    let el = await make(failing);
    await post(el, 'Do not lose this one');
    await waitUntil(() => $(el, '.note')?.textContent?.trim().startsWith('Not sent yet'), 'no retry note');
    const box = $<HTMLTextAreaElement>(el, 'textarea')!;
    box.value = 'Half-typed next thought';
    box.dispatchEvent(new Event('input'));
    el.remove();

    // Reload: the store still fails.
    el = await make(new FailingStore({ storage }));
    await waitUntil(() => cardTexts(el).includes('Do not lose this one'), 'the post was lost');
    expect($(el, '.note')!.textContent).to.contain('Not sent yet');
    expect($<HTMLTextAreaElement>(el, 'textarea')!.value).to.equal('Half-typed next thought');
    await expect(el).to.be.accessible();
    el.remove();

    // Reload with a working connection: it is stored, once.
    const working = newStore(storage);
    el = await make(working);
    await waitUntil(
      async () => (await working.listCommitments(SESSION)).items.some((c) => c.status === 'visible'),
      'never stored',
    );
    await el.updateComplete;
    expect(cardTexts(el)).to.deep.equal(['Do not lose this one']);
    expect($(el, '.note')).to.equal(null);
  });

  it('a refused post comes back into the box with the reason', async () => {
    const failing = new FailingStore({ storage: new MemoryStorage() });
    failing.refuse = new StoreError('the session is closed', { status: 403, code: 'closed' });
    const el = await make(failing);
    await post(el, 'Try to post into a closed session');
    await waitUntil(() => $(el, '.error-message'), 'no error shown');
    expect($(el, '.error-message')!.textContent).to.contain('the session is closed');
    expect($<HTMLTextAreaElement>(el, 'textarea')!.value).to.equal('Try to post into a closed session');
    expect(cardTexts(el)).to.deep.equal([]);
  });

  it('a post refused because the session has closed stays in the box, under a notice saying so', async () => {
    const failing = new FailingStore({ storage: new MemoryStorage() });
    let open = true;
    Object.assign(failing, {
      getSession: async () => ({
        id: SESSION,
        title: 'Gwent',
        date: '2026-11-25',
        moderation: 'none' as const,
        open,
      }),
    });
    const el = await make(failing);
    open = false; // the organiser closes it while the participant writes
    failing.refuse = new StoreError('The session "Gwent" is closed: it no longer takes submissions.', {
      status: 409, // what the collector answers
      code: 'session-closed',
    });
    await post(el, 'Meet the housing team monthly');
    await waitUntil(() => $(el, '.closed'), 'the closed notice');
    expect($<HTMLTextAreaElement>(el, 'textarea')!.value).to.equal('Meet the housing team monthly');
    expect($(el, '.error-message')!.textContent).to.contain('is closed');
    await expect(el).to.be.accessible();
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
