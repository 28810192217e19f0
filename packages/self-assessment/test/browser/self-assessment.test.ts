import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { LocalStore, coreCy, coreEn, type AssessmentResponse } from '@netweave/core';
import '@netweave/core/provider.js';
import type { NetweaveSelfAssessment } from '../../src/self-assessment.js';
import {
  $,
  $$,
  MemoryStorage,
  collectorStore,
  SMALL,
  choose,
  clickButton,
  make,
  newStore,
  response,
  settle,
  text,
} from './helpers.js';

const active = (el: HTMLElement) => el.shadowRoot!.activeElement as HTMLElement | null;

describe('<netweave-self-assessment>', () => {
  it('renders every challenge as a fieldset with a legend, the scale and "Not sure"', async () => {
    const el = await make();
    const fieldsets = $$(el, 'fieldset');
    // 9 default challenges, the other challenge, about you
    expect(fieldsets).to.have.length(11);
    const first = fieldsets[0]!;
    expect(first.querySelector('legend')!.textContent).to.contain('Building relationships');
    const radios = [...first.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    expect(radios.map((r) => r.parentElement!.textContent!.trim())).to.deep.equal([
      'Not a challenge',
      'A small challenge',
      'A moderate challenge',
      'A big challenge',
      'A very big challenge',
      'Not sure',
    ]);
    expect($(el, 'select#sector')).to.exist;
    expect($(el, 'select#nation')).to.exist;
    expect($(el, 'input#region')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('shows a built-in introduction, or the host page’s own in the slot', async () => {
    const el = await make();
    expect(text(el)).to.contain('It takes about five minutes.');
    const own = await fixture<NetweaveSelfAssessment>(
      html`<netweave-self-assessment .store=${newStore()}>
        <p>Our own words for the Leeds session.</p>
      </netweave-self-assessment>`,
    );
    await settle(own);
    expect(text(own)).to.not.contain('It takes about five minutes.');
    expect($<HTMLSlotElement>(own, '[part=intro] slot').assignedElements()[0]!.textContent).to.equal(
      'Our own words for the Leeds session.',
    );
  });

  it('records "Not sure" as no answer (null), never as 0', async () => {
    const el = await make({ catalogue: SMALL });
    await choose(el, 'alpha', 'unsure');
    await choose(el, 'beta', '0');
    const value = JSON.parse(el.value) as AssessmentResponse;
    expect(value.ratings).to.deep.equal({ alpha: null, beta: 0, gamma: null });
    expect($<HTMLInputElement>(el, 'input[name=alpha][value=unsure]').checked).to.be.true;
  });

  it('reflects its attributes into properties', async () => {
    const el = await fixture<NetweaveSelfAssessment>(
      html`<netweave-self-assessment
        session="leeds-2026"
        endpoint=""
        layout="stepper"
        threshold="2"
        no-about-you
        no-submit
        catalogue-src="/packages/self-assessment/test/fixtures/small.json"
        .store=${newStore()}
      ></netweave-self-assessment>`,
    );
    expect(el.session).to.equal('leeds-2026');
    expect(el.layout).to.equal('stepper');
    expect(el.threshold).to.equal(2);
    expect(el.noAboutYou).to.be.true;
    expect(el.noSubmit).to.be.true;
    expect(el.catalogueSrc).to.equal('/packages/self-assessment/test/fixtures/small.json');
  });

  it('leaves out the about-you questions with no-about-you', async () => {
    const el = await make();
    el.noAboutYou = true;
    await el.updateComplete;
    expect($(el, 'select#sector')).to.not.exist;
    el.setAttribute('layout', 'stepper');
    await el.updateComplete;
    expect(el.layout).to.equal('stepper');
  });

  it('completes the stepper with the keyboard alone, moving focus to each step heading', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <button id="before">A button on the host page</button>
        <netweave-self-assessment layout="stepper" .store=${newStore()}></netweave-self-assessment>
      </div>`,
    );
    const el = page.querySelector('netweave-self-assessment')!;
    await settle(el);
    let completes = 0;
    el.addEventListener('netweave-complete', () => (completes += 1));
    await expect(el).to.be.accessible(); // intro state
    page.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' }); // into the widget: its first control is "Start now"
    expect(active(el)!.textContent!.trim()).to.equal('Start now');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    for (let step = 1; step <= 9; step += 1) {
      expect(text(el)).to.contain(`Question ${step} of 10`);
      expect(active(el)?.tagName).to.equal('H3');
      if (step === 1) await expect(el).to.be.accessible(); // question state
      await sendKeys({ press: 'Tab' });
      expect((active(el) as HTMLInputElement).type).to.equal('radio');
      await sendKeys({ press: 'ArrowDown' }); // moves to and checks the next point
      await sendKeys({ press: 'Tab' });
      expect(active(el)!.textContent!.trim()).to.equal('Next');
      await sendKeys({ press: 'Enter' });
      await settle(el);
    }
    expect(text(el)).to.contain('Question 10 of 10');
    expect(active(el)!.id).to.equal('h-other');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Commissioning cycles' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(active(el)!.id).to.equal('h-about');
    await sendKeys({ press: 'Tab' }); // sector
    await sendKeys({ press: 'Tab' }); // nation
    await sendKeys({ press: 'Tab' }); // region
    await sendKeys({ type: 'Leeds' });
    await sendKeys({ press: 'Tab' });
    expect(active(el)!.textContent!.trim()).to.equal('See my results');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(active(el)!.id).to.equal('results-h');
    expect(completes).to.equal(1);
    const value = JSON.parse(el.value) as AssessmentResponse;
    expect(Object.values(value.ratings)).to.deep.equal(Array(9).fill(1));
    expect(value.otherChallenge).to.deep.equal({ text: 'Commissioning cycles', rating: 0 });
    expect(value.respondent.region).to.equal('Leeds');
    await expect(el).to.be.accessible(); // results state
  });

  it('shows an NHS-style error summary that takes focus and links to the question', async () => {
    const el = await make({ layout: 'stepper', catalogue: SMALL });
    await clickButton(el, 'Start now');
    await clickButton(el, 'Next');
    const summary = $(el, '.error-summary');
    expect(summary).to.exist;
    expect(active(el)).to.equal(summary);
    expect(summary.textContent).to.contain('There is a problem');
    expect(summary.textContent).to.contain('Choose how much of a challenge “Alpha” is, or choose Not sure');
    expect($(el, '#err-alpha').textContent).to.match(/Error:\s+Choose/);
    await expect(el).to.be.accessible(); // error state
    summary.querySelector('a')!.focus();
    await expect(el).to.be.accessible(); // a focused error link keeps its contrast
    summary.querySelector('a')!.click();
    expect(active(el)!.getAttribute('name')).to.equal('alpha');
    await choose(el, 'alpha', '1');
    expect($(el, '.error-summary')).to.not.exist;
  });

  it('lists every missing answer in the single layout', async () => {
    const el = await make({ catalogue: SMALL });
    await choose(el, 'beta', '1');
    await clickButton(el, 'See my results');
    const items = $$(el, '.error-summary li').map((li) => li.textContent!.trim());
    expect(items).to.have.length(2);
    expect(items[0]).to.contain('Alpha');
    expect(items[1]).to.contain('Gamma');
  });

  it('restores the answers after a reload and says so', async () => {
    const storage = new MemoryStorage();
    const first = await make({ store: newStore(storage), catalogue: SMALL });
    await choose(first, 'beta', '2');
    first.remove();
    const again = await make({ store: newStore(storage), catalogue: SMALL });
    expect($<HTMLInputElement>(again, 'input[name=beta][value="2"]').checked).to.be.true;
    const today = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long' }).format(new Date());
    expect(text(again)).to.contain(`We restored your answers from ${today}.`);
  });

  it('resolves updateComplete once the answers saved on this device are shown, however slow the store', async () => {
    const storage = new MemoryStorage();
    await newStore(storage).saveDraft('self-assessment:default', {
      answers: {
        id: 'r1',
        ratings: { beta: 2 },
        otherText: '',
        sector: '',
        nation: '',
        region: '',
        consent: false,
      },
      step: 0,
      phase: 'questions',
    });
    // A store that reads its drafts a moment later (as one reading over the network or IndexedDB would).
    const store = newStore(storage);
    const read = store.loadDraft.bind(store);
    store.loadDraft = <T>(key: string) =>
      new Promise<void>((done) => setTimeout(done, 50)).then(() => read<T>(key));
    // fixture() awaits updateComplete and nothing else
    const el = await fixture<NetweaveSelfAssessment>(
      html`<netweave-self-assessment .store=${store} .catalogue=${SMALL}></netweave-self-assessment>`,
    );
    expect($<HTMLInputElement>(el, 'input[name=beta][value="2"]').checked).to.be.true;
    expect(text(el)).to.contain('We restored your answers from');
  });

  it('keeps each session’s answers apart', async () => {
    const el = await make({ catalogue: SMALL });
    await choose(el, 'alpha', '2');
    el.session = 'another-session';
    await settle(el);
    expect($$<HTMLInputElement>(el, 'input[type=radio]').some((r) => r.checked)).to.be.false;
    el.session = undefined;
    await settle(el);
    expect($<HTMLInputElement>(el, 'input[name=alpha][value="2"]').checked).to.be.true;
  });

  it('sets a corrupt draft aside and starts fresh with a notice', async () => {
    const storage = new MemoryStorage();
    storage.setItem('netweave:draft:self-assessment:default', '{not json');
    const el = await make({ store: newStore(storage), catalogue: SMALL });
    expect(text(el)).to.contain(coreEn['storage.corrupt']);
    expect($$<HTMLInputElement>(el, 'input[type=radio]').some((r) => r.checked)).to.be.false;
  });

  it('sets aside a draft it cannot read (not its own shape): a copy is kept, and answering does not overwrite it', async () => {
    const storage = new MemoryStorage();
    const store = newStore(storage);
    await store.saveDraft('self-assessment:default', { something: 'else' });
    const el = await make({ store, catalogue: SMALL });
    expect(text(el)).to.contain(coreEn['storage.corrupt']);
    await choose(el, 'alpha', '1');
    const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i)!);
    const aside = keys.find((k) => k.startsWith('netweave:draft:self-assessment:default:set-aside:'));
    expect(aside, 'the unreadable draft is kept aside').to.be.a('string');
    expect(JSON.parse(storage.getItem(aside!)!).data).to.deep.equal({ something: 'else' });
  });

  it('takes session, language, wording and catalogue from <netweave-provider>', async () => {
    const store = newStore();
    const wrapper = await fixture<HTMLElement>(
      html`<netweave-provider
        session="leeds-2026"
        lang="cy"
        .store=${store}
        .catalogue=${SMALL}
        .strings=${{ cy: { title: 'Sut mae eich rhwydwaith?' } }}
      >
        <netweave-self-assessment></netweave-self-assessment>
      </netweave-provider>`,
    );
    const el = wrapper.querySelector('netweave-self-assessment')!;
    await settle(el);
    expect($(el, '#title').textContent).to.equal('Sut mae eich rhwydwaith?');
    expect($$(el, 'legend').map((l) => l.textContent!.trim())[0]).to.equal('Alpha');
    expect(text(el)).to.contain('Ddim yn siŵr');
    await choose(el, 'alpha', '1');
    expect(JSON.parse(el.value).sessionId).to.equal('leeds-2026');
    expect((await store.loadDraft('self-assessment:leeds-2026'))?.value).to.exist;
  });

  it('shows top areas, explains ties in words, and lists only https resources', async () => {
    const el = await make({ catalogue: SMALL });
    await choose(el, 'alpha', '2');
    await choose(el, 'beta', '2');
    await choose(el, 'gamma', '1');
    await clickButton(el, 'See my results');
    const areas = $$(el, '[part~=top-area] h4').map((h) => h.textContent);
    expect(areas).to.deep.equal(['Alpha', 'Beta']);
    expect(text(el)).to.contain(
      'You gave 2 challenges the same highest rating, “Big”, so they share first place',
    );
    const links = $$<HTMLAnchorElement>(el, '[part~=resource] a');
    expect(links.map((a) => a.textContent)).to.deep.equal(['Alpha guide', 'Safe beta']);
    expect(links.every((a) => a.href.startsWith('https://'))).to.be.true;
  });

  it('says when nothing reaches the threshold', async () => {
    const el = await make({ catalogue: SMALL });
    el.threshold = 2;
    await choose(el, 'alpha', '1');
    await choose(el, 'beta', 'unsure');
    await choose(el, 'gamma', '0');
    await clickButton(el, 'See my results');
    expect($$(el, '[part~=top-area]')).to.have.length(0);
    expect(text(el)).to.contain('there are no top areas for action');
  });

  it('compares the latest assessment with an earlier one the person chooses', async () => {
    const store = newStore();
    await store.saveDraft('self-assessment:default:history', [
      response({ alpha: 2, beta: 0, gamma: 1 }, '2026-03-12T10:00:00Z'),
      response({ alpha: 0, beta: 0, gamma: 0 }, '2026-01-05T10:00:00Z'),
    ]);
    const el = await make({ store, catalogue: SMALL });
    await choose(el, 'alpha', '1');
    await choose(el, 'beta', '2');
    await choose(el, 'gamma', '1');
    await clickButton(el, 'See my results');
    expect(text(el)).to.contain('3 completed assessments are kept on this device.');
    const select = $<HTMLSelectElement>(el, 'select#compare');
    expect([...select.options].map((o) => o.text)).to.deep.equal([
      'Do not compare',
      'Assessment of 5 January 2026',
      'Assessment of 12 March 2026',
    ]);
    select.value = select.options[2]!.value; // 12 March
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const rows = $$(el, 'tbody tr').map((tr) => [...tr.children].map((c) => c.textContent!.trim()));
    expect(rows).to.deep.equal([
      ['Alpha', 'Small', 'Big', 'Lower'],
      ['Beta', 'Big', 'Not a challenge', 'Higher'],
      ['Gamma', 'Small', 'Small', 'Same'],
    ]);
    expect(text(el)).to.contain(
      'Compared with your assessment of 12 March 2026: 1 higher, 1 lower, 1 the same.',
    );
    // …and said once, from the light-DOM live region.
    expect(el.querySelector('[slot=announcer][role=status]')?.textContent).to.equal(
      'Compared with your assessment of 12 March 2026: 1 higher, 1 lower, 1 the same.',
    );
  });

  it('works in Welsh throughout', async () => {
    const el = await make({ lang: 'cy', layout: 'stepper' });
    expect(text(el)).to.contain('Eich hunanasesiad gwehyddu rhwydweithiau');
    await clickButton(el, 'Dechrau nawr');
    expect(text(el)).to.contain('Cwestiwn 1 o 10');
    expect(text(el)).to.contain('Meithrin perthnasoedd');
    expect(text(el)).to.contain('Ddim yn siŵr');
    expect(text(el)).to.contain('Her fawr iawn');
    await clickButton(el, 'Nesaf');
    expect(text(el)).to.contain('Mae problem');
    expect(text(el)).to.contain('Gwall:');
    for (let i = 0; i < 9; i += 1) {
      const radio = $<HTMLInputElement>(el, 'input[type=radio][value="4"]');
      expect(radio.checked, 'a new step starts unanswered').to.be.false;
      radio.click();
      await clickButton(el, 'Nesaf');
    }
    expect(text(el)).to.contain('Unrhyw her arall');
    await clickButton(el, 'Nesaf');
    expect(text(el)).to.contain('Amdanoch chi (dewisol)');
    expect($<HTMLSelectElement>(el, '#nation').textContent).to.contain('Cymru');
    await clickButton(el, 'Gweld fy nghanlyniadau');
    expect(text(el)).to.contain('Eich canlyniadau');
    expect(text(el)).to.contain('Eich prif feysydd i weithredu arnyn nhw');
    expect(text(el)).to.contain('Rhoesoch yr un sgôr uchaf, “Her fawr iawn”, i 9 her');
    expect(text(el)).to.contain('Argraffu neu gadw fel PDF');
    await expect(el).to.be.accessible();
  });

  it('takes part in a host form: value, validity and reset', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <netweave-self-assessment
          name="assessment"
          .store=${newStore()}
          .catalogue=${SMALL}
        ></netweave-self-assessment>
      </form>`,
    );
    const el = form.querySelector('netweave-self-assessment')!;
    await settle(el);
    expect(el.form).to.equal(form);
    expect(form.checkValidity()).to.be.false;
    expect(el.validationMessage).to.contain('Alpha');
    for (const id of ['alpha', 'beta', 'gamma']) await choose(el, id, '1');
    expect(form.checkValidity()).to.be.true;
    const sent = JSON.parse(new FormData(form).get('assessment') as string) as AssessmentResponse;
    expect(sent.ratings).to.deep.equal({ alpha: 1, beta: 1, gamma: 1 });
    form.reset();
    await el.updateComplete;
    expect($$<HTMLInputElement>(el, 'input[type=radio]').some((r) => r.checked)).to.be.false;
    expect(form.checkValidity()).to.be.false;
  });

  for (const [name, file, expected] of [
    ['a missing file (404)', 'missing.json', 'the server answered 404'],
    ['invalid JSON', 'not-json.json', 'is not valid JSON'],
    ['schema errors', 'schema-errors.json', 'challenges[0].label: must not be empty'],
  ] as const) {
    it(`shows a readable message for a broken catalogue-src: ${name}`, async () => {
      const src = `/packages/self-assessment/test/fixtures/${file}`;
      const el = await fixture<NetweaveSelfAssessment>(
        html`<netweave-self-assessment .store=${newStore()} catalogue-src=${src}></netweave-self-assessment>`,
      );
      const alert = await waitFor(el, '[role=alert]');
      expect(alert.textContent).to.contain(src);
      expect(alert.textContent).to.contain(expected);
      expect($(el, 'fieldset')).to.not.exist;
    });
  }

  it('uses a valid catalogue-src', async () => {
    const el = await fixture<NetweaveSelfAssessment>(
      html`<netweave-self-assessment
        .store=${newStore()}
        catalogue-src="/packages/self-assessment/test/fixtures/small.json"
      ></netweave-self-assessment>`,
    );
    await waitFor(el, 'fieldset');
    expect($$(el, 'legend').map((l) => l.textContent!.trim())).to.deep.equal([
      'Alpha challenge',
      'Beta challenge',
      'Any other challenge',
      'About you (optional)',
    ]);
  });

  it('keeps working with blocked storage and says so', async () => {
    const el = await make({ store: new LocalStore({ storage: null }), catalogue: SMALL });
    await choose(el, 'alpha', '1');
    expect(text(el)).to.contain(coreEn['storage.blocked']);
    expect(JSON.parse(el.value).ratings.alpha).to.equal(1);
    el.setAttribute('lang', 'cy');
    await el.updateComplete;
    expect(text(el)).to.contain(coreCy['storage.blocked']);
  });

  it('starts again after a confirmation, clearing only this form', async () => {
    const storage = new MemoryStorage();
    storage.setItem('host-page-key', 'keep me');
    const el = await make({ store: newStore(storage), catalogue: SMALL });
    await choose(el, 'alpha', '2');
    await clickButton(el, 'Start again');
    expect(text(el)).to.contain('Start again? Your current answers');
    await clickButton(el, 'Cancel');
    expect($<HTMLInputElement>(el, 'input[name=alpha][value="2"]').checked).to.be.true;
    await clickButton(el, 'Start again');
    await clickButton(el, 'Yes, clear them');
    expect($<HTMLInputElement>(el, 'input[name=alpha][value="2"]').checked).to.be.false;
    expect(storage.getItem('host-page-key')).to.equal('keep me');
  });

  it('forgets everything it saved on this device', async () => {
    const storage = new MemoryStorage();
    const el = await make({ store: newStore(storage), catalogue: SMALL });
    for (const id of ['alpha', 'beta', 'gamma']) await choose(el, id, '1');
    await clickButton(el, 'See my results');
    await clickButton(el, 'Forget my answers on this device');
    await clickButton(el, 'Yes, clear them');
    expect(text(el)).to.contain('Your answers have been removed from this device.');
    expect(
      [...Array(storage.length)].map((_, i) => storage.key(i)).filter((k) => k!.includes('self-assessment')),
    ).to.deep.equal([]);
  });

  it('offers print and downloads on the results', async () => {
    const el = await make({ catalogue: SMALL });
    for (const id of ['alpha', 'beta', 'gamma']) await choose(el, id, '1');
    await clickButton(el, 'See my results');
    const original = window.print;
    let printed = 0;
    window.print = () => void (printed += 1);
    try {
      await clickButton(el, 'Print or save as PDF');
    } finally {
      window.print = original;
    }
    expect(printed).to.equal(1);
    await emulateMedia({ media: 'print' });
    try {
      // the printed page keeps the results and drops the buttons
      expect(getComputedStyle($(el, '[part~=actions]')).display).to.equal('none');
      expect(getComputedStyle($(el, '[part~=keep]')).display).to.equal('none');
      expect(getComputedStyle($(el, '[part~=results]')).display).to.not.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    const created: Blob[] = [];
    const create = URL.createObjectURL;
    const click = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (b: Blob) => (created.push(b), 'blob:test');
    HTMLAnchorElement.prototype.click = function () {};
    try {
      await clickButton(el, 'Download my answers (CSV)');
      await clickButton(el, 'Save my assessment');
    } finally {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    }
    const bytes = new Uint8Array(await created[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]); // BOM, for Excel
    const csv = await created[0]!.text();
    expect(csv.split('\r\n')[0]).to.equal(
      'response_id,session_id,submitted_at,catalogue_version,sector,nation,region,alpha,beta,gamma,other_challenge,other_rating',
    );
    // the JSON download is the saved-assessment file, which "Open a saved assessment" reads back
    const file = JSON.parse(await created[1]!.text());
    expect(file.format).to.equal('netweave-self-assessment');
    expect(file.history.at(-1).ratings).to.deep.equal({ alpha: 1, beta: 1, gamma: 1 });
  });

  describe('events', () => {
    it('fires change once per user edit, never for programmatic changes', async () => {
      const el = await make({ catalogue: SMALL });
      let changes = 0;
      let others = 0;
      el.addEventListener('change', () => (changes += 1));
      for (const type of ['netweave-complete', 'netweave-submit', 'netweave-submit-error'] as const) {
        el.addEventListener(type, () => (others += 1));
      }
      el.catalogue = { ...SMALL };
      el.threshold = 2;
      el.layout = 'stepper';
      await el.updateComplete;
      el.layout = 'single';
      await el.updateComplete;
      el.setAttribute('lang', 'cy');
      el.session = 'another';
      await settle(el);
      expect(changes).to.equal(0);
      expect(others).to.equal(0);
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      await choose(el, 'alpha', '1');
      expect(changes).to.equal(1);
      const region = $<HTMLInputElement>(el, '#region');
      region.focus();
      await sendKeys({ type: 'York' });
      region.dispatchEvent(new Event('change', { bubbles: true }));
      expect(changes).to.equal(2);
    });

    it('fires netweave-complete once with the response and top areas', async () => {
      const el = await make({ catalogue: SMALL });
      for (const id of ['alpha', 'beta', 'gamma']) await choose(el, id, id === 'beta' ? '2' : '1');
      let count = 0;
      el.addEventListener('netweave-complete', () => (count += 1));
      const event = oneEvent(el, 'netweave-complete');
      await clickButton(el, 'See my results');
      const { detail } = await event;
      expect(count).to.equal(1);
      expect(detail.topAreas.map((c: { id: string }) => c.id)).to.deep.equal(['beta']);
      expect(detail.response.ratings.beta).to.equal(2);
    });

    it('submits with consent and shows that it was sent', async () => {
      const store = newStore(new MemoryStorage(), true);
      const el = await make({ store, catalogue: SMALL });
      el.noAboutYou = true;
      for (const id of ['alpha', 'beta', 'gamma']) await choose(el, id, '1');
      let submits = 0;
      el.addEventListener('netweave-submit', () => (submits += 1));
      $<HTMLInputElement>(el, '#consent').click();
      await clickButton(el, 'See my results');
      await waitUntil(() => text(el).includes('Your answers have been sent anonymously.'), 'not sent');
      expect(submits).to.equal(1);
      // also announced from the light DOM, where every screen reader hears live regions
      const announcer = el.querySelector('[slot=announcer][role=status]');
      expect(announcer?.textContent).to.equal('Your answers have been sent anonymously. Thank you.');
      expect(await store.listResponses('default')).to.have.length(1);
      el.remove();
      const again = await make({ store, catalogue: SMALL }); // after a reload, still says it was sent
      expect(text(again)).to.contain('Your answers have been sent anonymously.');
    });

    it('says truthfully what is sent, other challenge included, and asks to leave names out of that box', async () => {
      const store = newStore(new MemoryStorage(), true);
      const el = await make({ store, catalogue: SMALL });
      for (const id of ['alpha', 'beta', 'gamma']) await choose(el, id, '1');
      expect($(el, '#consent-hint')!.textContent).to.contain('any other challenge you described');
      const box = $<HTMLTextAreaElement>(el, '#other-text')!;
      const hint = $(el, `#${box.getAttribute('aria-describedby')}`)!;
      expect(hint.textContent).to.contain('leave out names, contact details');
    });

    it('"Print or save as PDF" prints the results alone, not the partner’s page around them', async () => {
      const header = document.createElement('header');
      header.textContent = 'Partner site header';
      document.body.prepend(header);
      const el = await make({ catalogue: SMALL });
      for (const id of ['alpha', 'beta', 'gamma']) await choose(el, id, '1');
      await clickButton(el, 'See my results');
      const original = window.print;
      let hidden: boolean[] = [];
      window.print = () => {
        const rules = document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText));
        hidden = [
          header.hasAttribute('data-netweave-print-hide'),
          rules.some((r) => r.includes('data-netweave-print-hide') && r.includes('display: none')),
          el.hasAttribute('data-netweave-print-hide'),
        ];
      };
      try {
        await clickButton(el, 'Print or save as PDF');
      } finally {
        window.print = original;
        header.remove();
      }
      expect(hidden).to.deep.equal([true, true, false]);
      expect(header.hasAttribute('data-netweave-print-hide'), 'the page is as it was afterwards').to.equal(
        false,
      );
    });

    it('Cancel in the confirmation puts the keyboard back on the button that asked', async () => {
      const el = await make({ catalogue: SMALL });
      for (const id of ['alpha', 'beta', 'gamma']) await choose(el, id, '1');
      await clickButton(el, 'See my results');
      for (const label of ['Start again', 'Forget my answers on this device']) {
        await clickButton(el, label);
        await clickButton(el, 'Cancel');
        const focused = el.shadowRoot!.activeElement as HTMLElement | null;
        expect(focused?.textContent?.trim(), 'focus is not lost to the page').to.equal(label);
      }
    });

    it('a very long word typed as the other challenge wraps instead of widening the page', async () => {
      const el = await make({ catalogue: SMALL });
      el.style.maxWidth = '320px';
      for (const id of ['alpha', 'beta', 'gamma']) await choose(el, id, '1');
      const box = $<HTMLTextAreaElement>(el, '#other-text')!;
      box.value = 'x'.repeat(400);
      box.dispatchEvent(new Event('input', { bubbles: true }));
      await choose(el, 'other-rating', '2');
      await clickButton(el, 'See my results');
      expect(text(el)).to.contain('x'.repeat(50));
      expect(el.scrollWidth).to.be.at.most(320);
      expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
    });

    it('does not offer submission with no-submit, or without consent sends nothing', async () => {
      const store = newStore(new MemoryStorage(), true);
      const el = await make({ store, catalogue: SMALL });
      expect($(el, '#consent')).to.exist;
      el.noSubmit = true;
      await el.updateComplete;
      expect($(el, '#consent')).to.not.exist;
      el.noSubmit = false;
      await el.updateComplete;
      for (const id of ['alpha', 'beta', 'gamma']) await choose(el, id, '1');
      await clickButton(el, 'See my results');
      expect(await store.listResponses('default')).to.have.length(0);
    });

    it('keeps the response on this device while the collector cannot be reached, says so, and says "sent" only once it is', async () => {
      let up = false;
      const { store } = collectorStore(() => (up ? 'sent' : 'offline'));
      const el = await make({ store, catalogue: SMALL });
      for (const id of ['alpha', 'beta', 'gamma']) await choose(el, id, '1');
      $<HTMLInputElement>(el, '#consent').click();
      const events: string[] = [];
      el.addEventListener('netweave-submit-error', () => events.push('error'));
      el.addEventListener('netweave-submit', (e) => events.push(e.state));
      await clickButton(el, 'See my results');
      await waitUntil(() => text(el).includes('Your answers are saved on this device.'), 'not saved');
      expect(text(el)).to.not.contain('have been sent');
      expect(events).to.deep.equal(['queued']);
      up = true;
      await waitUntil(() => text(el).includes('Your answers have been sent anonymously.'), 'not sent');
      const announcer = el.querySelector('[slot=announcer][role=status]');
      expect(announcer?.textContent).to.equal('Your answers have been sent anonymously. Thank you.');
      // One live region only: the notice in the widget is not a second one.
      expect(el.shadowRoot!.querySelector('[part=notice][role=status]')).to.equal(null);
      store.close();
    });

    it('a queued response that the collector then refuses says so with the reason, never "sent", and is not retried', async () => {
      let up = false;
      const closed = { status: 409, code: 'session-closed', message: 'The session "Pilot" is closed.' };
      const { store, posts } = collectorStore(() => (up ? closed : 'offline'));
      const el = await make({ store, catalogue: SMALL });
      for (const id of ['alpha', 'beta', 'gamma']) await choose(el, id, '1');
      $<HTMLInputElement>(el, '#consent').click();
      await clickButton(el, 'See my results');
      await waitUntil(() => text(el).includes('Your answers are saved on this device.'), 'not saved');
      up = true;
      await waitUntil(() => text(el).includes('Your answers have not been sent.'), 'not refused');
      expect(text(el)).to.contain('This session has closed and no longer takes submissions.');
      expect(text(el)).to.not.contain('have been sent anonymously');
      const tries = posts();
      await store.flush();
      expect(posts(), 'a refusal is not sent again').to.equal(tries);
      await expect(el).to.be.accessible();
      store.close();
    });

    it('a refusal straight away fires netweave-submit-error once and says why, in Welsh too', async () => {
      const unknown = { status: 404, code: 'session-not-found', message: 'There is no session "x".' };
      const { store } = collectorStore(() => unknown);
      const el = await make({ store, catalogue: SMALL, lang: 'cy' });
      for (const id of ['alpha', 'beta', 'gamma']) await choose(el, id, '1');
      $<HTMLInputElement>(el, '#consent').click();
      let errors = 0;
      el.addEventListener('netweave-submit-error', () => (errors += 1));
      await clickButton(el, /Gweld fy nghanlyniadau/);
      await waitUntil(() => text(el).includes('Nid yw eich atebion wedi’u hanfon.'), 'not refused');
      expect(text(el)).to.contain('nid oes gan y casglwr sesiwn');
      expect(errors).to.equal(1);
      store.close();
    });

    it('Start again leaves nothing said about the last submission', async () => {
      const store = newStore(new MemoryStorage(), true);
      const el = await make({ store, catalogue: SMALL });
      for (const id of ['alpha', 'beta', 'gamma']) await choose(el, id, '1');
      $<HTMLInputElement>(el, '#consent').click();
      await clickButton(el, 'See my results');
      await waitUntil(() => text(el).includes('Your answers have been sent anonymously.'), 'not sent');
      await clickButton(el, 'Start again');
      await clickButton(el, 'Yes, clear them');
      expect(text(el)).to.not.contain('have been sent');
      expect(el.querySelector('[slot=announcer]')?.textContent ?? '').to.equal('');
    });
  });
});

/** Waits for `selector` to be rendered (a catalogue-src file fetched and read), then for the element to settle. */
async function waitFor(el: NetweaveSelfAssessment, selector: string): Promise<HTMLElement> {
  await waitUntil(() => el.shadowRoot!.querySelector(selector), `${selector} did not appear`);
  await settle(el);
  return el.shadowRoot!.querySelector<HTMLElement>(selector)!;
}
