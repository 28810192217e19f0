import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { NetweaveJoin } from '../../src/join.js';
import { fakeCollector } from './fake-collector.js';
import { $, $$, focused, makeJoin, scrollsSideways, text } from './helpers.js';

const loads = () => (window as unknown as { netweaveWidgetLoads?: number }).netweaveWidgetLoads ?? 0;
const heading = (el: NetweaveJoin) => text($(el, 'h1'));
async function settled(el: NetweaveJoin, title: string) {
  await waitUntil(
    () => heading(el) === title,
    `the heading never read "${title}" (it read "${heading(el)}")`,
  );
}
const format = (code: string) => `${code.slice(0, 3)}-${code.slice(3)}`;

/** Sets what the browser says it prefers (navigator.languages), for one test. */
function browserLanguages(languages: string[]): () => void {
  const own = Object.getOwnPropertyDescriptor(navigator, 'languages');
  Object.defineProperty(navigator, 'languages', { configurable: true, get: () => languages });
  return () => {
    if (own) Object.defineProperty(navigator, 'languages', own);
    else delete (navigator as unknown as Record<string, unknown>).languages;
  };
}

describe('<netweave-join>', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('shows a code box made for codes, not one-time passwords (accessible)', async () => {
    const el = await makeJoin(fakeCollector().fetch);
    expect(heading(el)).to.equal('Join a session');
    const box = $<HTMLInputElement>(el, '#code')!;
    expect(box.getAttribute('inputmode')).to.equal('text');
    expect(box.getAttribute('autocapitalize')).to.equal('characters');
    expect(box.getAttribute('spellcheck')).to.equal('false');
    expect(box.getAttribute('autocomplete')).not.to.equal('one-time-code');
    expect(text($(el, 'label[for=code]'))).to.equal('Enter the code you have been given');
    expect(text($(el, 'main'))).to.contain('You do not need an account, and nobody asks your name.');
    await expect(el).to.be.accessible();
  });

  it('reads its attributes as properties, and reflects the code it was given', async () => {
    const collector = fakeCollector();
    const s = collector.addSession({ title: 'Attributes' });
    const el = await makeJoin(collector.fetch, { code: s.code, lang: 'cy' });
    expect(el.code).to.equal(s.code);
    expect(el.lang).to.equal('cy');
    expect(el.endpoint).to.equal('https://collector.example');
    expect(el.widgetsSrc).to.match(/widgets-stub\.js$/);
    expect(el.routing).to.equal(false);
    el.code = 'ZZZ-ZZZ';
    await el.updateComplete;
    expect(el.getAttribute('code')).to.equal('ZZZ-ZZZ');
    await settled(el, 'Nid oes sesiwn â’r cod hwnnw');
  });

  it('says what is wrong with a missing or malformed code, without asking the collector', async () => {
    const collector = fakeCollector();
    const el = await makeJoin(collector.fetch);
    $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
    await waitUntil(() => focused(el)?.id === 'error-summary');
    expect(text($(el, '#code-error'))).to.equal('Error: Enter the code you have been given');
    $<HTMLInputElement>(el, '#code')!.focus();
    await sendKeys({ type: 'K7M-3Q' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text($(el, '#code-error')).includes('6 letters and numbers'));
    expect($(el, '#code')!.getAttribute('aria-invalid')).to.equal('true');
    expect(collector.calls()).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('joins by a typed code (any case, hyphen optional) and shows the wall from the collector’s own file', async () => {
    const collector = fakeCollector();
    const s = collector.addSession({ title: 'Cardiff network weaving', template: 'commitments' });
    const el = await makeJoin(collector.fetch);
    const before = loads();
    $<HTMLInputElement>(el, '#code')!.focus();
    await sendKeys({ type: format(s.code).toLowerCase() });
    await sendKeys({ press: 'Enter' });
    await settled(el, 'Cardiff network weaving');
    expect(collector.calls()).to.deep.equal([`GET /v1/join/${s.code}`]);
    expect(loads()).to.equal(before + 1);
    const provider = $(el, 'netweave-provider')!;
    expect(provider.getAttribute('session')).to.equal(s.id);
    expect(provider.getAttribute('endpoint')).to.equal('https://collector.example');
    expect(provider.getAttribute('lang')).to.equal('en');
    expect(text(provider)).to.equal(`wall for ${s.id} in en`);
    expect(focused(el)?.tagName, 'the keyboard follows to the session').to.equal('H1');
    await expect(el).to.be.accessible();
  });

  it('shows what the session is doing now: the self-assessment, the TRIZ board or the commitments wall', async () => {
    const collector = fakeCollector();
    const cases: [Parameters<typeof collector.addSession>[0], string][] = [
      [{ title: 'Assess', template: 'self-assessment' }, 'self-assessment'],
      [{ title: 'TRIZ, not started', template: 'triz-commitments' }, 'self-assessment'],
      [{ title: 'TRIZ, in groups', template: 'triz-commitments', stage: 'triz' }, 'triz board'],
      [{ title: 'TRIZ, at the end', template: 'triz-commitments', stage: 'commit' }, 'wall'],
      [{ title: 'Commitments', template: 'commitments' }, 'wall'],
    ];
    for (const [fields, shown] of cases) {
      const s = collector.addSession(fields);
      const el = await makeJoin(collector.fetch, { code: s.code.toLowerCase() });
      await settled(el, fields.title);
      expect(text($(el, 'netweave-provider')), fields.title).to.equal(`${shown} for ${s.id} in en`);
    }
  });

  it('follows the session when the facilitator moves it on, and says so once, keeping the keyboard where it is', async () => {
    const collector = fakeCollector();
    const s = collector.addSession({ title: 'Moving on', template: 'triz-commitments' });
    const el = await makeJoin(collector.fetch, { code: s.code });
    await settled(el, 'Moving on');
    const stub = (window as unknown as { netweaveStub: { tell(id: string, s: object): void } }).netweaveStub;
    const said: string[] = [];
    const region = $(el, '.stage-news [role=status]')!;
    new MutationObserver(() => region.textContent?.trim() && said.push(region.textContent.trim())).observe(
      region,
      { childList: true, subtree: true, characterData: true },
    );
    $(el, 'a[lang]')?.focus(); // the keyboard on the language switch
    const before = focused(el);
    stub.tell(s.id, { ...s, stage: 'triz' });
    await waitUntil(
      () => text($(el, 'netweave-provider')).startsWith('triz board for'),
      'the TRIZ board never came',
    );
    expect(text(region)).to.equal('The session has moved on. Now: TRIZ board.');
    expect($(el, '#stage-go'), 'nothing to tap: nothing was typed').to.equal(null);
    expect(focused(el)).to.equal(before);
    // The same stage told again (a reconnect) changes and says nothing.
    stub.tell(s.id, { ...s, stage: 'triz' });
    await el.updateComplete;
    expect(said).to.deep.equal(['The session has moved on. Now: TRIZ board.']);
    await expect(el).to.be.accessible();
  });

  it('waits for the participant’s tap when they have typed something, so nothing is taken from under them', async () => {
    const collector = fakeCollector();
    const s = collector.addSession({ title: 'Half done', template: 'triz-commitments', lang: 'cy' });
    const el = await makeJoin(collector.fetch, { code: s.code });
    await settled(el, 'Half done');
    const stub = (window as unknown as { netweaveStub: { tell(id: string, s: object): void } }).netweaveStub;
    const box = $(el, 'netweave-self-assessment input') as HTMLInputElement;
    box.focus();
    await sendKeys({ type: 'Partly' });
    stub.tell(s.id, { ...s, stage: 'commit' });
    await waitUntil(() => $(el, '#stage-go'), 'no button to go on');
    expect(text($(el, '.stage-news [role=status]'))).to.equal(
      'Mae’r sesiwn wedi symud ymlaen. Nawr: Wal ymrwymiadau.',
    );
    expect($(el, 'netweave-self-assessment'), 'the self-assessment stays').to.not.equal(null);
    expect(($(el, 'netweave-self-assessment input') as HTMLInputElement).value).to.equal('Partly');
    expect(focused(el)?.tagName, 'the keyboard stays in the answer').to.equal('INPUT');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '#stage-go')!.click();
    await waitUntil(() => text($(el, 'netweave-provider')).startsWith('wall for'), 'the wall never came');
    expect($(el, '#stage-go')).to.equal(null);
    expect(focused(el)?.tagName, 'the keyboard goes to the top of the new part').to.equal('H1');
  });

  for (const [name, setUp, title, body] of [
    [
      'an unknown code',
      (c: ReturnType<typeof fakeCollector>) => (void c, 'ZZZ-ZZZ'),
      'No session has that code',
      'Code ZZZ-ZZZ Check the code with the person running the session.',
    ],
    [
      'a closed session’s code (which reveals nothing about it)',
      (c: ReturnType<typeof fakeCollector>) => c.addSession({ title: 'Secret title', open: false }).code,
      'This session has closed',
      'It is no longer taking part. Thank you for your interest.',
    ],
    [
      'too many wrong codes, with the wait',
      (c: ReturnType<typeof fakeCollector>) => ((c.state.missesAllowed = 0), 'QQQQQQ'),
      'Too many codes tried',
      'To keep sessions safe, please wait 42 seconds before you try another code.',
    ],
    [
      'a code the collector calls malformed',
      (c: ReturnType<typeof fakeCollector>) => (
        c.state.refuse.set('GET /v1/join/K7M3QP', { status: 400, code: 'invalid-code' }),
        'K7M3QP'
      ),
      'That is not a join code',
      'A join code has 6 letters and numbers, like K7M-3QP.',
    ],
    [
      'a refusal it has no page for',
      (c: ReturnType<typeof fakeCollector>) => (
        c.state.refuse.set('GET /v1/join/K7M3QP', { status: 500, code: 'internal' }),
        'K7M3QP'
      ),
      'Something went wrong',
      'The session could not be opened (internal).',
    ],
  ] as const) {
    it(`shows a clear page for ${name}, never a blank one (accessible)`, async () => {
      const collector = fakeCollector();
      const code = setUp(collector);
      const el = await makeJoin(collector.fetch, { code });
      await settled(el, title);
      expect(text($(el, 'main'))).to.contain(body);
      expect(text($(el, 'main'))).not.to.contain('Secret title');
      expect($(el, 'netweave-provider')).to.equal(null);
      await expect(el).to.be.accessible();
      // Another code is always one step away.
      const other = $<HTMLAnchorElement>(el, '.actions a')!;
      expect(text(other)).to.equal('Enter a different code');
      other.focus();
      await sendKeys({ press: 'Enter' });
      await settled(el, 'Join a session');
      expect(focused(el)?.tagName).to.equal('H1');
    });
  }

  it('shows a page when the collector cannot be reached, and tries again on request', async () => {
    const collector = fakeCollector();
    const s = collector.addSession({ title: 'Back online' });
    collector.state.refuse.set(`GET /v1/join/${s.code}`, { status: 0, network: true });
    const el = await makeJoin(collector.fetch, { code: s.code });
    await settled(el, 'The session could not be reached');
    expect(text($(el, 'main'))).to.contain('Check that you are online, then try again.');
    await expect(el).to.be.accessible();
    const retry = $<HTMLButtonElement>(el, '.actions button')!;
    retry.focus();
    await sendKeys({ press: 'Enter' });
    await settled(el, 'Back online');
    expect(focused(el)?.tagName).to.equal('H1');
  });

  it('shows a page when the widgets cannot be loaded', async () => {
    const collector = fakeCollector();
    const s = collector.addSession({ title: 'No widgets' });
    const el = await makeJoin(collector.fetch);
    el.widgetsSrc = '/packages/console/test/browser/no-such-file.js';
    el.code = s.code;
    await settled(el, 'The session could not be reached');
  });

  it('opens in the session’s language, else the browser’s; the switch changes it and the widgets follow', async () => {
    const collector = fakeCollector();
    const cy = collector.addSession({ title: 'Sesiwn Gymraeg', lang: 'cy' });
    const en = collector.addSession({ title: 'English session' });
    const el = await makeJoin(collector.fetch, { code: cy.code });
    await settled(el, 'Sesiwn Gymraeg');
    expect($(el, 'main')!.getAttribute('lang')).to.equal('cy');
    expect($(el, 'netweave-provider')!.getAttribute('lang')).to.equal('cy');
    const other = $<HTMLAnchorElement>(el, 'header a')!;
    expect(text(other)).to.equal('English');
    expect(other.getAttribute('lang')).to.equal('en');
    await expect(el).to.be.accessible();
    other.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.lang).to.equal('en');
    expect($(el, 'netweave-provider')!.getAttribute('lang')).to.equal('en');
    expect(focused(el) === other, 'the keyboard stays on the switch').to.equal(true);

    const restore = browserLanguages(['cy-GB', 'en-GB']);
    try {
      const welsh = await makeJoin(collector.fetch, { code: en.code });
      await settled(welsh, 'English session');
      expect(text($(welsh, 'header a'))).to.equal('English');
      expect($(welsh, 'netweave-provider')!.getAttribute('lang')).to.equal('cy');
      const entry = await makeJoin(collector.fetch);
      expect(heading(entry)).to.equal('Ymuno â sesiwn');
    } finally {
      restore();
    }
  });

  it('is in Welsh when asked, in an English browser: the code box and its errors', async () => {
    expect(navigator.language).to.match(/^en/);
    const el = await makeJoin(fakeCollector().fetch, { lang: 'cy' });
    expect(heading(el)).to.equal('Ymuno â sesiwn');
    expect(text($(el, 'label[for=code]'))).to.equal('Rhowch y cod a gawsoch');
    $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
    await waitUntil(() => text($(el, '#code-error')) === 'Gwall: Rhowch y cod a gawsoch');
    await expect(el).to.be.accessible();
    el.remove(); // one page at a time (one banner, one main)
    const closed = fakeCollector();
    const s = closed.addSession({ title: 'x', open: false });
    const page = await makeJoin(closed.fetch, { code: s.code, lang: 'cy' });
    await settled(page, 'Mae’r sesiwn hon wedi cau');
    await expect(page).to.be.accessible();
  });

  it('keeps the language in the address when it runs the page (routing)', async () => {
    const start = location.href;
    try {
      const el = await makeJoin(fakeCollector().fetch);
      el.routing = true;
      await el.updateComplete;
      $<HTMLAnchorElement>(el, 'header a')!.click();
      await el.updateComplete;
      expect(new URL(location.href).searchParams.get('lang')).to.equal('cy');
      expect(document.documentElement.lang).to.equal('cy');
      expect(document.title).to.equal('Ymuno â sesiwn – netweave');
    } finally {
      history.replaceState(history.state, '', start);
      document.documentElement.lang = 'en';
    }
  });

  it('fits a 320 px screen without sideways scrolling, with targets of at least 24 px', async () => {
    await setViewport({ width: 320, height: 640 });
    const collector = fakeCollector();
    const el = await makeJoin(collector.fetch);
    expect(scrollsSideways()).to.equal(false);
    for (const target of $$(el, 'button, input, a')) {
      const box = target.getBoundingClientRect();
      expect(Math.min(box.width, box.height), target.outerHTML).to.be.at.least(24);
    }
    const page = await makeJoin(collector.fetch, { code: 'ZZZZZZ' });
    await settled(page, 'No session has that code');
    expect(scrollsSideways()).to.equal(false);
  });
});
