import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { FOLLOW_UP_DEFAULT_DAYS, LocalStore, type FollowUpRecord, type ResponseStore } from '@netweave/core';
import type { NetweaveCommitmentsWall } from '../../src/commitments-wall.js';
import {
  $,
  $$,
  MemoryStorage,
  SESSION,
  announcer,
  buttonByText,
  collector,
  make,
  newStore,
  post,
  settle,
} from './helpers.js';

const DAY = 86_400_000;
const recordKey = (id: string) => `follow-up:${SESSION}:${id}`;
const record = async (store: ResponseStore, id: string) =>
  (await store.loadDraft<FollowUpRecord>(recordKey(id)))?.value;
const device = async (store: ResponseStore) =>
  (await store.loadDraft<{ followUps?: Record<string, string> }>(`commitments-wall:${SESSION}`))?.value;

/** A commitment this device posted on 12 March 2026, whose follow-up is due (or not yet). */
async function seed(store: ResponseStore, due = new Date(Date.now() - DAY).toISOString()) {
  await store.saveDraft(`commitments-wall:${SESSION}`, {
    text: '',
    sector: '',
    column: '',
    reacted: [],
    followUps: { c1: due },
  });
  await store.saveDraft(recordKey('c1'), {
    commitment: {
      id: 'c1',
      sessionId: SESSION,
      text: 'Invite the housing team, and the GP practice, to our huddle',
      sector: null,
      postedAt: '2026-03-12T10:00:00.000Z',
    },
    dueAt: due,
    answers: [],
  } satisfies FollowUpRecord);
}

const question = (el: NetweaveCommitmentsWall) =>
  waitUntil(() => $(el, '#fu-heading'), 'the question was not asked');

/** Chooses an answer, types a note and (optionally) ticks the consent box, as a person would. */
async function answer(el: NetweaveCommitmentsWall, choice: string, note: string, share: boolean) {
  $<HTMLInputElement>(el, `#fu-${choice}`)!.click();
  const box = $<HTMLTextAreaElement>(el, '#fu-note')!;
  box.value = note;
  box.dispatchEvent(new Event('input', { bubbles: true }));
  if (share) $<HTMLInputElement>(el, '#fu-share')!.click();
  await el.updateComplete;
}

const submit = async (el: NetweaveCommitmentsWall) => {
  buttonByText(el, 'Save my answer')!.click();
  await el.updateComplete;
};

const outcome = (el: NetweaveCommitmentsWall) => $(el, '#fu-outcome')?.textContent?.trim() ?? '';

/** Captures the file the wall downloads (instead of saving it). */
async function captureDownload(act: () => void): Promise<{ name: string; text: string; type: string }> {
  const create = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  let blob: Blob | undefined;
  let name = '';
  URL.createObjectURL = (b: Blob | MediaSource) => {
    blob = b as Blob;
    return 'blob:captured';
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    name = this.download;
  };
  try {
    act();
  } finally {
    URL.createObjectURL = create;
    HTMLAnchorElement.prototype.click = click;
  }
  return { name, text: await blob!.text(), type: blob!.type };
}

describe('<netweave-commitments-wall> "Did you do it?"', () => {
  it('keeps a follow-up record on this device when the post is stored, due after 4 weeks (accessible)', async () => {
    const store = newStore();
    const el = await make(store);
    expect(el.followUpDays).to.equal(FOLLOW_UP_DEFAULT_DAYS);
    expect(el.noFollowUp).to.equal(false);
    expect($(el, '.follow-up')).to.equal(null); // nothing to ask, nothing loaded
    await post(el, 'Invite the housing team to our next huddle');
    await waitUntil(() => $(el, '#fu-set-heading'), 'no confirmation');
    const [c] = (await store.listCommitments(SESSION)).items;
    const saved = await record(store, c!.id);
    expect(saved!.commitment).to.deep.include({
      id: c!.id,
      text: 'Invite the housing team to our next huddle',
    });
    expect(saved!.commitment.postedAt).to.equal(c!.createdAt);
    expect(Date.parse(saved!.dueAt) - Date.parse(c!.createdAt)).to.equal(28 * DAY);
    expect(saved!.answers).to.deep.equal([]);
    expect((await device(store))!.followUps).to.deep.equal({ [c!.id]: saved!.dueAt });
    const due = new Date(saved!.dueAt).toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
    expect($(el, '.follow-up')!.textContent).to.contain(`We will ask you how it has gone on ${due}`);
    // The keyboard stays where the person was: nothing was asked of them.
    expect(el.shadowRoot!.activeElement?.id ?? '').to.not.match(/^fu-/);
    await expect(el).to.be.accessible();

    // Another interval: the record moves with it.
    const menu = $<HTMLSelectElement>(el, '#fu-days')!;
    expect([...menu.options].map((o) => o.textContent!.trim())).to.deep.equal([
      '2 weeks',
      '4 weeks',
      '3 months',
    ]);
    menu.value = '91';
    menu.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await waitUntil(async () => (await record(store, c!.id))!.dueAt !== saved!.dueAt);
    const moved = await record(store, c!.id);
    expect(Date.parse(moved!.dueAt) - Date.parse(c!.createdAt)).to.equal(91 * DAY);
    expect((await device(store))!.followUps![c!.id]).to.equal(moved!.dueAt);
  });

  it('takes follow-up-days from the page, and keeps nothing with no-follow-up', async () => {
    const store = newStore();
    const el = await make(store, { 'follow-up-days': '42' });
    expect(el.followUpDays).to.equal(42);
    await post(el, 'Ring the pharmacy');
    await waitUntil(() => $(el, '#fu-days'), 'no confirmation');
    expect(
      [...$<HTMLSelectElement>(el, '#fu-days')!.options].map((o) => o.textContent!.trim()),
    ).to.deep.equal(['42 days', '2 weeks', '4 weeks', '3 months']);
    const [c] = (await store.listCommitments(SESSION)).items;
    const saved = await record(store, c!.id);
    expect(Date.parse(saved!.dueAt) - Date.parse(c!.createdAt)).to.equal(42 * DAY);

    const other = newStore();
    const off = await make(other, { 'no-follow-up': true });
    expect(off.noFollowUp).to.equal(true);
    await post(off, 'Share the rota');
    await waitUntil(async () => (await other.listCommitments(SESSION)).items.length === 1);
    await off.updateComplete;
    const [d] = (await other.listCommitments(SESSION)).items;
    expect(await record(other, d!.id)).to.equal(undefined);
    expect($(off, '.follow-up')).to.equal(null);
  });

  it('downloads a calendar reminder: all-day on the due date, escaped and folded, the page without its query', async () => {
    const store = newStore();
    const el = await make(store);
    const text =
      'Invite housing, social care; and the GP practice, to a huddle \\ every month — with a long tail';
    await post(el, text);
    await waitUntil(() => $(el, '#fu-set-heading'), 'no confirmation');
    const [c] = (await store.listCommitments(SESSION)).items;
    const due = new Date((await record(store, c!.id))!.dueAt);
    const file = await captureDownload(() => buttonByText(el, 'Add a reminder to my calendar')!.click());
    const ymd = `${due.getFullYear()}${String(due.getMonth() + 1).padStart(2, '0')}${String(due.getDate()).padStart(2, '0')}`;
    expect(file.name).to.equal(`netweave-reminder-${due.toISOString().slice(0, 10)}.ics`);
    expect(file.type).to.equal('text/calendar;charset=utf-8');
    const lines = file.text.split('\r\n');
    expect(lines[0]).to.equal('BEGIN:VCALENDAR');
    for (const line of lines) expect(new TextEncoder().encode(line).length).to.be.at.most(75);
    const unfolded = file.text.replace(/\r\n /g, '');
    expect(unfolded).to.contain(`UID:follow-up-${c!.id}@netweave`);
    expect(unfolded).to.contain(`DTSTART;VALUE=DATE:${ymd}`);
    expect(unfolded).to.match(/DTSTAMP:\d{8}T\d{6}Z/);
    expect(unfolded).to.contain(
      'SUMMARY;LANGUAGE=en:How has it gone? Invite housing\\, social care\\; and the GP practice\\, to a huddle \\\\ every month — with a long tail',
    );
    const page = `${location.origin}${location.pathname}`;
    expect(location.search, 'the test page has a query to leave out').to.not.equal('');
    expect(unfolded).to.contain(`\r\nURL:${page}\r\n`);
    expect(unfolded).to.not.contain(location.search.slice(1));
    expect(file.text.endsWith('END:VCALENDAR\r\n')).to.equal(true);
  });

  it('asks only when the follow-up is due, without taking the keyboard, and says so once (accessible)', async () => {
    const notYet = newStore();
    await seed(notYet, new Date(Date.now() + DAY).toISOString());
    const early = await make(notYet);
    await early.updateComplete;
    expect($(early, '.follow-up')).to.equal(null);
    early.remove();

    const store = newStore();
    await seed(store);
    const el = await make(store);
    await question(el);
    expect($(el, '#fu-heading')!.textContent).to.equal('Did you do it?');
    expect($(el, '.follow-up')!.textContent)
      .to.contain('On 12 March 2026 you said you would:')
      .and.contain('Invite the housing team, and the GP practice, to our huddle');
    expect($(el, '.follow-up legend')!.textContent).to.equal('How has it gone?');
    expect(
      $$<HTMLInputElement>(el, 'input[name=fu-answer]').map((r) => r.labels![0]!.textContent),
    ).to.deep.equal(['I have done it', 'I have started', 'Not yet']);
    expect($(el, '#fu-count')!.textContent!.trim()).to.equal('You have 280 characters remaining');
    // It comes before the posting form, and the keyboard is left where it was.
    const section = $(el, '.follow-up')!;
    expect(
      section.compareDocumentPosition($(el, 'form[part=form]')!) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).to.not.equal(0);
    expect(el.shadowRoot!.activeElement).to.equal(null);
    await waitUntil(() => announcer()!.textContent === 'A question about your commitment: how has it gone?');
    // A LocalStore that keeps answers to itself offers no sharing.
    expect($(el, '#fu-share')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says what is missing before the fields, by keyboard too', async () => {
    const store = newStore();
    await seed(store);
    const el = await make(store);
    await question(el);
    await submit(el);
    expect($(el, '#fu-error')!.textContent).to.contain('Error:').and.contain('Choose how it has gone');
    expect(el.shadowRoot!.activeElement?.id).to.equal('fu-done');
    await expect(el).to.be.accessible();
    // Arrow keys move through the answers; the message goes once one is chosen.
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#fu-started')!.checked).to.equal(true);
    expect($(el, '#fu-error')).to.equal(null);
    const box = $<HTMLTextAreaElement>(el, '#fu-note')!;
    box.value = 'x'.repeat(290);
    box.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    expect($(el, '#fu-count')!.textContent!.trim()).to.equal('You have 10 characters too many');
    await submit(el);
    expect($(el, '#fu-long')!.textContent).to.contain('Your note must be 280 characters or fewer');
    expect(el.shadowRoot!.activeElement?.id).to.equal('fu-note');
    expect((await record(store, 'c1'))!.answers).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('keeps an answer that was not shared on this device only, and never sends it', async () => {
    const { state, store } = collector();
    const s = store();
    await seed(s);
    const el = await make(s);
    await question(el);
    expect($<HTMLInputElement>(el, '#fu-share')!.checked, 'unticked by default').to.equal(false);
    await answer(el, 'started', 'Met the housing lead once', false);
    await submit(el);
    expect(outcome(el)).to.equal(
      'Thank you. Your answer is saved on this device. It has not been sent anywhere.',
    );
    expect(el.shadowRoot!.activeElement?.id).to.equal('fu-outcome');
    const saved = await record(s, 'c1');
    expect(saved!.answers).to.have.length(1);
    expect(saved!.answers[0]).to.deep.include({
      answer: 'started',
      note: 'Met the housing lead once',
      commitmentId: 'c1',
    });
    expect((await device(s))!.followUps).to.deep.equal({});
    expect(state.followUpPosts).to.equal(0);
    expect(await s.submissions(SESSION)).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('answered offline with consent: saved on this device and queued, then sent when the collector answers', async () => {
    const { state, store } = collector();
    state.followUpAnswer = 'offline';
    const s = store();
    await seed(s);
    const el = await make(s);
    await question(el);
    await answer(el, 'done', 'We meet monthly now', true);
    await submit(el);
    await waitUntil(
      () => outcome(el).includes('It will be sent when the collector can be reached'),
      'not queued',
    );
    expect(outcome(el)).to.equal(
      'Thank you. Your answer is saved on this device. It will be sent when the collector can be reached.',
    );
    expect((await record(s, 'c1'))!.answers[0]).to.deep.include({
      answer: 'done',
      note: 'We meet monthly now',
    });
    await expect(el).to.be.accessible();
    state.followUpAnswer = 'stored';
    await waitUntil(() => outcome(el).includes('shared anonymously'), 'not sent once back');
    expect(state.followUps).to.have.length(1);
    expect(state.followUps[0]).to.deep.include({
      commitmentId: 'c1',
      answer: 'done',
      note: 'We meet monthly now',
    });
    await waitUntil(
      () =>
        announcer()!.textContent ===
        'Thank you. Your answer is saved on this device. It has been shared anonymously.',
    );
    await expect(el).to.be.accessible();
  });

  it('refused: says why in plain words, and keeps the answer and the note to change and try again', async () => {
    const { state, store } = collector();
    state.followUpAnswer = { status: 403, code: 'not-your-commitment', message: 'Posted by another device.' };
    const s = store();
    await seed(s);
    const el = await make(s);
    await question(el);
    await answer(el, 'not-yet', 'Still waiting for a date', true);
    await submit(el);
    await waitUntil(() => outcome(el).includes('not sent'), 'no refusal');
    expect(el.shadowRoot!.activeElement?.id, 'the keyboard is on the reason').to.equal('fu-outcome');
    expect(outcome(el)).to.equal(
      'Your answer was not sent. Only the device that posted the commitment can say how it has gone. It is still here, so you can change it and try again.',
    );
    expect($<HTMLTextAreaElement>(el, '#fu-note')!.value).to.equal('Still waiting for a date');
    expect($<HTMLInputElement>(el, '#fu-not-yet')!.checked).to.equal(true);
    expect((await record(s, 'c1'))!.answers[0]).to.deep.include({ note: 'Still waiting for a date' });
    await expect(el).to.be.accessible();
    // Tried again once the collector takes it: the refused answer is replaced, not kept twice.
    state.followUpAnswer = 'stored';
    await submit(el);
    await waitUntil(() => outcome(el).includes('shared anonymously'), 'not sent');
    expect((await record(s, 'c1'))!.answers).to.have.length(1);
    expect(state.followUps).to.have.length(1);
  });

  it('never says "saved on this device" when the browser saves nothing', async () => {
    const store = new LocalStore({ storage: null });
    await seed(store);
    const el = await make(store);
    await question(el);
    await answer(el, 'done', '', false);
    await submit(el);
    expect(outcome(el)).to.equal(
      'Thank you. Your browser is not letting this page save data, so your answer is kept only until you close or reload the page. It has not been sent anywhere.',
    );
    await expect(el).to.be.accessible();
  });

  it('a note held for a moderator: sent, and said to wait for approval', async () => {
    const { state, store } = collector();
    state.followUpStatus = 'pending';
    const s = store();
    await seed(s);
    const el = await make(s);
    await question(el);
    await answer(el, 'done', 'Call me on 07700 900123', true);
    await submit(el);
    await waitUntil(() => outcome(el).includes('moderator'), 'not held');
    expect(outcome(el)).to.equal(
      'Thank you. Your answer is saved on this device. It has been sent. Your note will be shared once a moderator has checked it.',
    );
    await expect(el).to.be.accessible();
  });

  it('"Ask me later" asks again in 7 days; "Don\'t ask again" forgets it on this device', async () => {
    const storage = new MemoryStorage();
    const store = newStore(storage);
    await seed(store);
    const el = await make(store);
    await question(el);
    const before = Date.now();
    buttonByText(el, 'Ask me later')!.click();
    await el.updateComplete;
    expect(outcome(el)).to.match(/^We will ask you again on \d+ \w+ \d{4}\.$/);
    expect(el.shadowRoot!.activeElement?.id).to.equal('fu-outcome');
    const moved = await record(store, 'c1');
    expect(Date.parse(moved!.dueAt) - before).to.be.within(7 * DAY - 1000, 7 * DAY + 5000);
    expect((await device(store))!.followUps!.c1).to.equal(moved!.dueAt);
    await expect(el).to.be.accessible();
    el.remove();
    const again = await make(newStore(storage));
    await again.updateComplete;
    expect($(again, '.follow-up'), 'not asked before the new date').to.equal(null);
    again.remove();

    const other = newStore();
    await seed(other);
    const wall = await make(other);
    await question(wall);
    buttonByText(wall, 'Don’t ask again')!.click();
    await wall.updateComplete;
    expect(outcome(wall)).to.equal('We will not ask you about this commitment again.');
    expect(wall.shadowRoot!.activeElement?.id).to.equal('fu-outcome');
    await waitUntil(async () => (await record(other, 'c1')) === undefined);
    expect((await device(other))!.followUps).to.deep.equal({});
  });

  it('asks in Welsh on a Welsh page, with Welsh dates, and fits a 320 px phone (accessible)', async () => {
    const store = newStore();
    await seed(store);
    const el = await fixture<NetweaveCommitmentsWall>(
      html`<netweave-commitments-wall
        session=${SESSION}
        lang="cy"
        .store=${store}
      ></netweave-commitments-wall>`,
    );
    await settle(el);
    await question(el);
    expect($(el, '#fu-heading')!.textContent).to.equal('Ydych chi wedi’i wneud?');
    expect($(el, '.follow-up')!.textContent).to.contain(
      'Ar 12 Mawrth 2026, dywedoch chi y byddech chi’n gwneud hyn:',
    );
    expect($(el, '.follow-up legend')!.textContent).to.equal('Sut mae wedi mynd?');
    expect(buttonByText(el, 'Gofyn i mi yn nes ymlaen')).to.exist;
    await waitUntil(() => announcer()!.textContent === 'Cwestiwn am eich ymrwymiad: sut mae wedi mynd?');
    await expect(el).to.be.accessible();
    await setViewport({ width: 320, height: 640 });
    try {
      await el.updateComplete;
      expect(document.documentElement.scrollWidth, 'page width').to.be.at.most(320);
      for (const b of $$(el, '.follow-up button, .follow-up textarea'))
        expect(b.getBoundingClientRect().right).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('offers the Welsh reminder on a Welsh wall, and a partner’s wording', async () => {
    const store = newStore();
    const el = await fixture<NetweaveCommitmentsWall>(
      html`<netweave-commitments-wall
        session=${SESSION}
        lang="cy"
        .store=${store}
        .strings=${{ cy: { 'followup.calendar': 'Ychwanegu at fy nghalendr' } }}
      ></netweave-commitments-wall>`,
    );
    await settle(el);
    await post(el, 'Ffonio’r fferyllfa');
    await waitUntil(() => $(el, '#fu-set-heading'), 'no confirmation');
    expect($(el, '#fu-set-heading')!.textContent).to.equal('Byddwn yn gofyn sut aeth hi');
    expect(
      [...$<HTMLSelectElement>(el, '#fu-days')!.options].map((o) => o.textContent!.trim()),
    ).to.deep.equal(['pythefnos', '4 wythnos', '3 mis']);
    await expect(el).to.be.accessible();
    const file = await captureDownload(() => buttonByText(el, 'Ychwanegu at fy nghalendr')!.click());
    const unfolded = file.text.replace(/\r\n /g, '');
    expect(unfolded).to.contain('SUMMARY;LANGUAGE=cy:Sut mae wedi mynd? Ffonio’r fferyllfa');
    expect(unfolded).to.contain(
      'DESCRIPTION;LANGUAGE=cy:Dywedoch chi y byddech chi’n gwneud hyn: Ffonio’r fferyllfa\\n',
    );
  });
});
