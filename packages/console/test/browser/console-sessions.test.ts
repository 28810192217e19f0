import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { fakeCollector, ORIGIN } from './fake-collector.js';
import { $, $$, focused, heard, makeConsole, scrollsSideways, text, view } from './helpers.js';

/** A console signed in to a collector holding `titles` (newest first). */
async function signedIn(...titles: string[]) {
  const collector = fakeCollector();
  collector.state.signedIn = true;
  for (const title of [...titles].reverse()) collector.addSession({ title });
  const el = await makeConsole(collector.api());
  return { collector, el };
}

const click = (el: Element, selector: string) => {
  const target = $<HTMLElement>(el, selector);
  if (!target) throw new Error(`nothing matches ${selector}`);
  target.focus();
  target.click();
};

describe('<netweave-console> sessions', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('lists sessions by title and date with their state, join code and counts (accessible)', async () => {
    const collector = fakeCollector();
    collector.state.signedIn = true;
    const closed = collector.addSession({ title: 'Gwent', date: '2026-03-04', open: false });
    const open = collector.addSession({ title: 'Cardiff and Vale', date: '2026-11-25' });
    collector.addPost(open.id, 'Meet the housing team monthly');
    collector.addPost(open.id, 'Share our referral map', { status: 'visible' });
    collector.state.responses.set(open.id, 12);
    const el = await makeConsole(collector.api());
    await view(el, 'Your sessions');
    const items = $$(el, '.session').map(text);
    expect(text($(el, '.session h2'))).to.equal('Cardiff and Vale');
    expect(text($(el, '.session .session-meta'))).to.equal(
      `25 November 2026 Open Code ${open.code.slice(0, 3)}-${open.code.slice(3)}`,
    );
    expect($$(el, '.session:first-child .counts li').map(text)).to.deep.equal([
      '12 responses',
      '2 commitments',
      '1 waiting for review',
    ]);
    expect(items[1]).to.contain('Gwent 4 March 2026 Closed');
    expect(items[1]).to.contain(`${closed.code.slice(0, 3)}-${closed.code.slice(3)}`);
    await expect(el).to.be.accessible();
  });

  it('says when there are no sessions yet', async () => {
    const { el } = await signedIn();
    expect(text($(el, 'main'))).to.contain('You have no sessions yet.');
    await expect(el).to.be.accessible();
  });

  it('creates a session from a template: checks the form first, then shows its code, link, QR code and embed', async () => {
    const { collector, el } = await signedIn();
    click(el, '#create');
    await view(el, 'Create a session');
    expect(focused(el)?.tagName).to.equal('H1');
    expect($$(el, 'input[name=template]').map((r) => (r as HTMLInputElement).value)).to.deep.equal([
      'commitments',
      'triz-commitments',
      'self-assessment',
    ]);
    await expect(el).to.be.accessible();

    // Nothing typed and a partner page that is not https: the NHS error pattern.
    const url = $<HTMLInputElement>(el, '#f-partnerUrl')!;
    url.focus();
    await sendKeys({ type: 'http://partner.example/session' });
    click(el, 'form button[type=submit]');
    await waitUntil(() => focused(el)?.id === 'error-summary', 'the summary did not take the keyboard');
    expect($$(el, '#error-summary a').map(text)).to.deep.equal([
      'Enter a title for the session',
      'The partner page’s address must start with https://',
    ]);
    expect(text($(el, '#f-title-error'))).to.equal('Error: Enter a title for the session');
    expect(collector.calls().filter((c) => c.startsWith('POST /v1/admin/sessions'))).to.deep.equal([]);
    await expect(el).to.be.accessible();

    $<HTMLInputElement>(el, '#f-title')!.focus();
    await sendKeys({ type: 'Cardiff network weaving' });
    url.select();
    await sendKeys({ press: 'Backspace' });
    click(el, '#f-template-triz-commitments');
    click(el, '#f-lang-cy');
    click(el, 'form button[type=submit]');
    await view(el, 'Cardiff network weaving');
    const created = collector.state.requests.find(
      (r) => r.method === 'POST' && r.path === '/v1/admin/sessions',
    )!;
    expect(created.body).to.include({
      title: 'Cardiff network weaving',
      template: 'triz-commitments',
      lang: 'cy',
      groups: 4,
      votes: 3,
    });
    expect(created.headers.get('x-netweave-csrf')).to.equal('1');
    const s = collector.state.sessions[0]!;
    const code = `${s.code.slice(0, 3)}-${s.code.slice(3)}`;
    await heard('console', `Session created. Its join code is ${code}.`);
    expect(focused(el)?.tagName).to.equal('H1');
    expect(text($(el, '#join-code'))).to.equal(code);
    expect(text($(el, '#join-url'))).to.equal(`${ORIGIN}/j/${s.code}`);
    const qr = $<HTMLImageElement>(el, '.qr img')!;
    expect(qr.getAttribute('src')).to.equal(`${ORIGIN}/v1/admin/sessions/${s.id}/qr.svg?lang=en`);
    expect(qr.alt).to.equal(`QR code for ${ORIGIN}/j/${s.code}`);
    expect($<HTMLElement>(el, '#snippet')!.textContent).to.equal(
      [
        `<script type="module" src="${ORIGIN}/cdn/commitments-wall/triz-board.js"></script>`,
        `<script type="module" src="${ORIGIN}/cdn/commitments-wall/commitments-wall.js"></script>`,
        `<netweave-provider session="${s.id}" endpoint="${ORIGIN}" lang="cy">`,
        '  <netweave-triz-board></netweave-triz-board>',
        '  <netweave-commitments-wall></netweave-commitments-wall>',
        '</netweave-provider>',
      ].join('\n'),
    );
    expect($<HTMLAnchorElement>(el, '#display-url')!.href).to.equal(`${ORIGIN}/d/${s.code}`);
    await expect(el).to.be.accessible();
  });

  it('puts a refusal from the collector into the form’s own words, field by field', async () => {
    const { collector, el } = await signedIn();
    click(el, '#create');
    await view(el, 'Create a session');
    collector.state.refuse.set('POST /v1/admin/sessions', {
      status: 400,
      code: 'invalid',
      issues: [{ path: 'partnerUrl', code: 'max-length', params: { count: 500 }, message: 'too long' }],
    });
    $<HTMLInputElement>(el, '#f-title')!.focus();
    await sendKeys({ type: 'Swansea Bay' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text($(el, '#error-summary')).includes('500 characters or fewer'));
    expect(focused(el)?.id).to.equal('error-summary');
    expect(text($(el, '#f-partnerUrl-error'))).to.equal(
      'Error: The partner page’s address must be 500 characters or fewer',
    );
    // A refusal that belongs to no field is said in plain words, never as a code.
    collector.state.refuse.set('POST /v1/admin/sessions', { status: 503, code: 'storage-unavailable' });
    $<HTMLInputElement>(el, '#f-title')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text($(el, '#error-summary')).includes('cannot store anything right now'));
    await expect(el).to.be.accessible();
  });

  it('edits a session: its settings in the form, cleared fields sent as null, Cancel back to Edit', async () => {
    const collector = fakeCollector();
    collector.state.signedIn = true;
    const s = collector.addSession({
      title: 'Powys',
      prompt: 'What will you do?',
      partnerUrl: 'https://partner.example/powys',
      lang: 'cy',
    });
    const el = await makeConsole(collector.api());
    click(el, `a[data-id="${s.id}"]`);
    await view(el, 'Powys');
    click(el, '#edit');
    await view(el, 'Edit the session');
    expect($<HTMLInputElement>(el, '#f-title')!.value).to.equal('Powys');
    expect($<HTMLInputElement>(el, '#f-partnerUrl')!.value).to.equal('https://partner.example/powys');
    expect($<HTMLInputElement>(el, '#f-lang-cy')!.checked).to.equal(true);
    expect($(el, 'input[name=template]')).to.equal(null, 'the template is chosen once');
    click(el, '.actions .nw-link-button');
    await view(el, 'Powys');
    expect(focused(el)?.id).to.equal('edit');

    click(el, '#edit');
    await view(el, 'Edit the session');
    $<HTMLTextAreaElement>(el, '#f-prompt')!.select();
    await sendKeys({ press: 'Backspace' });
    $<HTMLInputElement>(el, '#f-partnerUrl')!.select();
    await sendKeys({ press: 'Backspace' });
    $<HTMLInputElement>(el, '#f-title')!.focus();
    await sendKeys({ type: ' and Ceredigion' });
    await sendKeys({ press: 'Enter' });
    await view(el, 'Powys and Ceredigion');
    const patch = collector.state.requests.find((r) => r.method === 'PATCH')!;
    expect(patch.body).to.deep.equal({
      title: 'Powys and Ceredigion',
      date: s.date,
      moderation: 'pre',
      lang: 'cy',
      prompt: null,
      partnerUrl: null,
    });
    await heard('console', 'Changes saved.');
  });

  it('closes and reopens a session: the keyboard stays on the button, the change is said once', async () => {
    const { collector, el } = await signedIn('Wrexham');
    click(el, '.session a');
    await view(el, 'Wrexham');
    click(el, '#toggle');
    await waitUntil(() => text($(el, '#toggle')) === 'Reopen session');
    expect(focused(el)?.id).to.equal('toggle');
    expect(text($(el, 'main'))).to.contain('This session is closed.');
    expect(collector.state.requests.find((r) => r.method === 'PATCH')!.body).to.deep.equal({ open: false });
    await heard('console', 'Session closed.');
    await expect(el).to.be.accessible();
    click(el, '#toggle');
    await waitUntil(() => text($(el, '#toggle')) === 'Close session');
    await heard('console', 'Session reopened.');
    expect(collector.state.sessions[0]!.open).to.equal(true);
  });

  it('moves a TRIZ session on, stage by stage: the keyboard stays on the button, the change is said once', async () => {
    const collector = fakeCollector();
    collector.state.signedIn = true;
    const s = collector.addSession({ title: 'Torfaen', template: 'triz-commitments' });
    collector.addSession({ title: 'Blaenau', template: 'commitments' });
    const el = await makeConsole(collector.api());
    click(el, `a[data-id="${s.id}"]`);
    await view(el, 'Torfaen');
    const pressed = () =>
      [...$$(el, '.stages button')].map((b) => `${text(b)}:${b.getAttribute('aria-pressed')}`);
    expect(pressed()).to.deep.equal(['Self-assessment:true', 'TRIZ board:false', 'Commitments wall:false']);
    expect(text($(el, '.stage-now'))).to.equal('Now: Self-assessment');
    await expect(el).to.be.accessible();
    click(el, '#stage-triz');
    await waitUntil(() => text($(el, '.stage-now')) === 'Now: TRIZ board');
    expect(collector.state.requests.find((r) => r.method === 'PATCH')!.body).to.deep.equal({ stage: 'triz' });
    expect(focused(el)?.id).to.equal('stage-triz');
    expect(pressed()).to.deep.equal(['Self-assessment:false', 'TRIZ board:true', 'Commitments wall:false']);
    await heard('console', 'Participants now see: TRIZ board.');
    // Pressing the stage shown now asks nothing of the collector.
    click(el, '#stage-triz');
    await el.updateComplete;
    expect(collector.state.requests.filter((r) => r.method === 'PATCH')).to.have.length(1);
    // A template with one stage has nothing to choose.
    click(el, '#back');
    await view(el, 'Your sessions');
    click(el, 'a[data-id]:not([data-id="' + s.id + '"])');
    await view(el, 'Blaenau');
    expect($(el, '.stages')).to.equal(null);
  });

  it('duplicates a session: the copy opens with its own join code', async () => {
    const { collector, el } = await signedIn('Conwy');
    const original = collector.state.sessions[0]!;
    click(el, '.session a');
    await view(el, 'Conwy');
    click(el, '#duplicate');
    await waitUntil(() => collector.state.sessions.length === 2);
    const copy = collector.state.sessions[0]!;
    const code = `${copy.code.slice(0, 3)}-${copy.code.slice(3)}`;
    await waitUntil(() => text($(el, '#join-code')) === code);
    expect(copy.code).not.to.equal(original.code);
    await heard('console', new RegExp(`Duplicated\\. This is the copy, with its own join code, ${code}\\.`));
    expect(focused(el)?.tagName).to.equal('H1');
  });

  it('deletes a session only once confirmed; Cancel and Delete each put the keyboard somewhere sensible', async () => {
    const collector = fakeCollector();
    collector.state.signedIn = true;
    collector.addSession({ title: 'Other' });
    const s = collector.addSession({ title: 'Anglesey' });
    collector.addPost(s.id, 'One', { status: 'visible' });
    const el = await makeConsole(collector.api());
    click(el, `a[data-id="${s.id}"]`);
    await view(el, 'Anglesey');
    click(el, '#delete');
    await view(el, 'Delete “Anglesey”?');
    expect(focused(el)?.tagName).to.equal('H1');
    expect(text($(el, 'main'))).to.contain('It holds 0 responses and 1 commitment.');
    await expect(el).to.be.accessible();
    click(el, '.actions .nw-link-button');
    await view(el, 'Anglesey');
    expect(focused(el)?.id).to.equal('delete');
    expect(collector.state.sessions).to.have.length(2);

    click(el, '#delete');
    await view(el, 'Delete “Anglesey”?');
    click(el, '#confirm-delete');
    await view(el, 'Your sessions');
    expect(focused(el)?.tagName).to.equal('H1');
    expect(collector.calls()).to.include(`DELETE /v1/admin/sessions/${s.id}`);
    expect($$(el, '.session').map(text).join()).not.to.contain('Anglesey');
    await heard('console', 'Deleted “Anglesey”.');
  });

  it('copies the code, the link and the snippet, and says “Copied” once each time', async () => {
    const { collector, el } = await signedIn('Ceredigion');
    const s = collector.state.sessions[0]!;
    const copied: string[] = [];
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (t: string) => void copied.push(t) },
    });
    try {
      click(el, '.session a');
      await view(el, 'Ceredigion');
      click(el, '#copy-code');
      await heard('console', 'Copied');
      expect(text($(el, '.copied'))).to.equal('✓ Copied');
      expect(focused(el)?.id).to.equal('copy-code');
      click(el, '#copy-url');
      await waitUntil(() => copied.length === 2);
      click(el, '#copy-snippet');
      await waitUntil(() => copied.length === 3);
      expect(copied[0]).to.equal(`${s.code.slice(0, 3)}-${s.code.slice(3)}`);
      expect(copied[1]).to.equal(`${ORIGIN}/j/${s.code}`);
      expect(copied[2]).to.match(
        /^<script type="module" src="https:\/\/collector\.example\/cdn\/commitments-wall\/commitments-wall\.js"><\/script>/,
      );
      await expect(el).to.be.accessible();
      // A browser that refuses: the person is told to copy it themselves.
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: () => Promise.reject(new Error('denied')) },
      });
      const exec = document.execCommand;
      document.execCommand = () => false;
      try {
        click(el, '#copy-url');
        await heard('console', 'Could not copy. Select the text and copy it yourself.');
        expect(focused(el)?.id).to.equal('copy-url');
      } finally {
        document.execCommand = exec;
      }
    } finally {
      if (original) Object.defineProperty(navigator, 'clipboard', original);
      else delete (navigator as unknown as Record<string, unknown>).clipboard;
    }
  });

  it('says a failed list in plain words, with a way to try again', async () => {
    const collector = fakeCollector();
    collector.state.signedIn = true;
    collector.state.refuse.set('GET /v1/admin/sessions', { status: 0, network: true });
    collector.addSession({ title: 'Later' });
    const el = await makeConsole(collector.api());
    expect(text($(el, 'main'))).to.contain(
      'Could not reach the collector. Check your connection and try again.',
    );
    await expect(el).to.be.accessible();
    click(el, '.nw-notice button');
    await waitUntil(() => text($(el, '.sessions')).includes('Later'));
  });

  it('is in Welsh in an English browser: dates, counts and template names included', async () => {
    const collector = fakeCollector();
    collector.state.signedIn = true;
    const s = collector.addSession({ title: 'Caerdydd', date: '2026-12-06', template: 'self-assessment' });
    collector.state.responses.set(s.id, 2);
    const el = await makeConsole(collector.api(), 'cy');
    await view(el, 'Eich sesiynau');
    expect(text($(el, '.session'))).to.contain('6 Rhagfyr 2026 Ar agor');
    expect($$(el, '.session .counts li').map(text)).to.deep.equal([
      '2 ymateb',
      '0 ymrwymiad',
      '0 yn aros i gael eu hadolygu',
    ]);
    click(el, '.session a');
    await view(el, 'Caerdydd');
    expect(text($(el, '.session-meta'))).to.contain('Templed: Hunanasesiad yn unig');
    expect($<HTMLImageElement>(el, '.qr img')!.alt).to.equal(`Cod QR ar gyfer ${ORIGIN}/j/${s.code}`);
    expect($<HTMLElement>(el, '#snippet')!.textContent).to.contain(
      '<netweave-self-assessment></netweave-self-assessment>',
    );
    await expect(el).to.be.accessible();
  });

  it('offers the CSVs (responses, commitments, follow-ups), the write-up (Word, web page, Markdown) and everything as JSON, in the console’s language', async () => {
    for (const [lang, words] of [
      [
        'en',
        [
          'Download responses (CSV)',
          'Download commitments (CSV)',
          'Download follow-ups: “Did you do it?” (CSV)',
          'Download the write-up (Word)',
          'Download the write-up (web page)',
          'Download the write-up (Markdown)',
          'Download everything (JSON)',
        ],
      ],
      [
        'cy',
        [
          'Lawrlwytho’r ymatebion (CSV)',
          'Lawrlwytho’r ymrwymiadau (CSV)',
          'Lawrlwytho’r atebion dilynol: “Ydych chi wedi’i wneud?” (CSV)',
          'Lawrlwytho’r adroddiad (Word)',
          'Lawrlwytho’r adroddiad (tudalen we)',
          'Lawrlwytho’r adroddiad (Markdown)',
          'Lawrlwytho’r cyfan (JSON)',
        ],
      ],
    ] as const) {
      const collector = fakeCollector();
      collector.state.signedIn = true;
      const s = collector.addSession({ title: 'Gŵyl Gwent', template: 'triz-commitments' });
      const el = await makeConsole(collector.api(), lang);
      click(el, '.session a');
      await view(el, 'Gŵyl Gwent');
      const links = $$<HTMLAnchorElement>(el, '.downloads a');
      expect(links.map(text)).to.deep.equal([...words]);
      const admin = `${ORIGIN}/v1/admin/sessions/${s.id}`;
      expect(links.map((a) => a.href)).to.deep.equal([
        `${admin}/responses.csv`,
        `${admin}/commitments.csv`,
        `${admin}/follow-ups.csv`,
        `${admin}/writeup?format=docx&lang=${lang}`,
        `${admin}/writeup?format=html&lang=${lang}`,
        `${admin}/writeup?format=md&lang=${lang}`,
        `${admin}/export.json`,
      ]);
      expect(links.every((a) => a.hasAttribute('download'))).to.equal(true);
      await expect(el).to.be.accessible();
      el.remove();
    }
  });

  it('fits a 320 px screen: the list, a session and the form, without sideways scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const { collector, el } = await signedIn(
      'A session with a rather long title that has to wrap on a phone',
    );
    collector.addPost(collector.state.sessions[0]!.id, 'x'.repeat(300));
    expect(scrollsSideways()).to.equal(false);
    click(el, '.session a');
    await view(el, /rather long title/);
    await waitUntil(() => $$(el, '.post').length === 1);
    expect(scrollsSideways(), 'session page').to.equal(false);
    for (const target of $$(el, 'button, a')) {
      const box = target.getBoundingClientRect();
      if (target.closest('p') && target.tagName === 'A' && !target.closest('.back, .downloads')) continue; // links in a sentence
      expect(Math.min(box.height, box.width), target.outerHTML.slice(0, 80)).to.be.at.least(24);
    }
    click(el, '#edit');
    await view(el, 'Edit the session');
    expect(scrollsSideways(), 'form').to.equal(false);
  });
});
