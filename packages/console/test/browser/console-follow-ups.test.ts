import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { fakeCollector } from './fake-collector.js';
import { $, $$, focused, heard, makeConsole, scrollsSideways, text, view } from './helpers.js';

/** The answers' words (the first line of each) in one list. */
const answersIn = (el: Element, status: string) =>
  $$(el, `ul[data-status="fu-${status}"] .post`).map((li) => text(li.querySelector('.fu-answer')));
const notesIn = (el: Element, status: string) =>
  $$(el, `ul[data-status="fu-${status}"] .fu-note`).map((p) => text(p));

/** A console signed in and open at a pre-moderated session with answers weeks later. */
async function following(lang?: string) {
  const collector = fakeCollector();
  collector.state.signedIn = true;
  const s = collector.addSession({ title: 'Weeks later', moderation: 'pre' });
  const housing = collector.addPost(s.id, 'Meet the housing team monthly', { status: 'visible' });
  const map = collector.addPost(s.id, 'Share our referral map', { status: 'visible' });
  collector.addFollowUp(s.id, housing.id, 'done', { note: 'We meet every first Tuesday', status: 'pending' });
  collector.addFollowUp(s.id, map.id, 'started', {
    note: 'Ring me on 07700 900123 for the map',
    status: 'pending',
    heldFor: ['phone'],
  });
  collector.addFollowUp(s.id, map.id, 'not-yet');
  const el = await makeConsole(collector.api(), lang);
  $<HTMLAnchorElement>(el, `a[data-id="${s.id}"]`)!.click();
  await view(el, 'Weeks later');
  // The answers (one read) and the commitments they answer (the posts' own read, which can come
  // later) arrive apart: wait for the page a facilitator reads, every answer under its commitment.
  await waitUntil(
    () => $$(el, '.follow-ups .post').length === 3 && $$(el, '.follow-ups .fu-commitment').length === 3,
    'the follow-ups were not shown with the commitments they answer',
  );
  return { collector, el, s };
}

/** A button pressed as a person does: the keyboard (or the pointer) is on it. */
function press(button: HTMLButtonElement): void {
  button.focus();
  button.click();
}

const sent = (collector: ReturnType<typeof fakeCollector>) =>
  collector.state.requests.filter((r) => r.path.includes('/follow-ups/')).map((r) => r.body);

describe('<netweave-console> follow-ups ("Did you do it?")', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('lists every answer, held ones first, with the commitment, the note and why it is held (accessible)', async () => {
    const { el, s } = await following();
    expect(text($(el, '#follow-ups-title'))).to.equal('Follow-ups: “Did you do it?”');
    expect(text($(el, '#h-fu-pending'))).to.equal('Waiting for review (2)');
    expect(answersIn(el, 'pending')).to.deep.equal(['How it has gone: Done', 'How it has gone: Started']);
    expect(answersIn(el, 'visible')).to.deep.equal(['How it has gone: Not yet']);
    expect(text($(el, '#h-fu-visible'))).to.equal('Approved (1)');
    expect(notesIn(el, 'pending')).to.deep.equal([
      'Note: We meet every first Tuesday',
      'Note: Ring me on 07700 900123 for the map',
    ]);
    expect(notesIn(el, 'visible')).to.deep.equal(['No note.']);
    const first = $(el, 'ul[data-status="fu-pending"] .post')!;
    expect(text(first.querySelector('.fu-commitment'))).to.equal(
      'Their commitment: Meet the housing team monthly',
    );
    expect(text(first.querySelector('.post-meta:not(.fu-commitment)'))).to.equal(
      'Answered 21 December 2026 at 10:00',
    );
    expect(text($(el, 'ul[data-status="fu-pending"] .post:nth-child(2) .held'))).to.equal(
      'Held because it may contain a phone number',
    );
    // The session's counts say how many wait, where the posts' counts are.
    expect($$(el, 'ul.counts li').map(text)).to.include.members([
      '3 follow-up answers',
      '2 follow-up answers waiting for review',
    ]);
    expect(text($(el, 'ul[data-status="fu-pending"] .post-actions'))).to.equal('Approve Edit Hide');
    expect($$(el, 'ul[data-status="fu-visible"] .post-actions button').map((b) => text(b))).to.deep.equal([
      'Hide',
    ]);
    expect(text($(el, '.follow-ups'))).to.not.contain('undefined');
    expect(s.id).to.be.a('string');
    await expect(el).to.be.accessible();
  });

  it('counts waiting answers in the session list', async () => {
    const collector = fakeCollector();
    collector.state.signedIn = true;
    const s = collector.addSession({ title: 'Listed' });
    const c = collector.addPost(s.id, 'Call the GP surgery', { status: 'visible' });
    collector.addFollowUp(s.id, c.id, 'done', { note: 'Done it', status: 'pending' });
    const el = await makeConsole(collector.api());
    const row = $(el, `a[data-id="${s.id}"]`)!.closest('li')!;
    expect(text(row)).to.contain('1 follow-up answer waiting for review');
  });

  it('approves a held answer: the collector is told, it moves, it is said once, the keyboard moves on', async () => {
    const { collector, el, s } = await following();
    const [done, started] = collector.state.followUps.get(s.id)!;
    press($<HTMLButtonElement>(el, 'ul[data-status="fu-pending"] .post [data-action=approve]')!);
    await waitUntil(() => answersIn(el, 'visible').length === 2);
    await heard('console', 'Approved: We meet every first Tuesday');
    expect(sent(collector)).to.deep.equal([{ status: 'visible' }]);
    expect(collector.state.followUps.get(s.id)![0]!.status).to.equal('visible');
    expect(focused(el)?.dataset.id, 'the next waiting answer').to.equal(started!.id);
    expect(done!.id).to.not.equal(started!.id);
    await expect(el).to.be.accessible();
  });

  it('hides with H from the keyboard; with nothing left waiting the keyboard goes to the heading', async () => {
    const { collector, el, s } = await following();
    $<HTMLElement>(el, 'ul[data-status="fu-pending"] .post')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(text(focused(el)?.querySelector('.fu-answer'))).to.equal('How it has gone: Started');
    await sendKeys({ press: 'h' });
    await waitUntil(() => answersIn(el, 'hidden').length === 1);
    await heard('console', 'Hidden: Ring me on 07700 900123 for the map');
    expect(focused(el)?.dataset.id).to.equal(collector.state.followUps.get(s.id)![0]!.id);
    await sendKeys({ press: 'h' });
    await waitUntil(() => answersIn(el, 'hidden').length === 2);
    expect(focused(el)?.id).to.equal('h-fu-pending');
    expect(text($(el, '#h-fu-pending'))).to.equal('Waiting for review (0)');
    expect(sent(collector)).to.deep.equal([{ status: 'hidden' }, { status: 'hidden' }]);
    // A hidden answer can be approved after all.
    expect(text($(el, 'ul[data-status="fu-hidden"] [data-action=approve]'))).to.equal('Approve');
  });

  it('edits a held note before approving it: only the new words are kept', async () => {
    const { collector, el, s } = await following();
    $$<HTMLElement>(el, 'ul[data-status="fu-pending"] .post')[1]!.focus();
    await sendKeys({ press: 'e' });
    const box = $<HTMLTextAreaElement>(el, 'textarea[id^=fu-edit-]')!;
    await waitUntil(() => focused(el) === box, 'the box did not take the keyboard');
    expect(box.value).to.equal('Ring me on 07700 900123 for the map');
    expect(text($(el, `label[for="${box.id}"]`))).to.equal('Edit the note before you approve it');
    expect(text($(el, '.follow-ups .screening'))).to.equal('It still seems to contain a phone number.');
    await expect(el).to.be.accessible();
    box.select();
    await sendKeys({ type: 'The map is on the shared drive' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => notesIn(el, 'visible').includes('Note: The map is on the shared drive'));
    await heard('console', 'Edited and approved: The map is on the shared drive');
    expect(sent(collector)).to.deep.equal([{ status: 'visible', note: 'The map is on the shared drive' }]);
    expect(JSON.stringify(collector.state.followUps.get(s.id))).not.to.contain('07700');
    expect(focused(el)?.tagName, 'the keyboard stays among the answers').to.equal('LI');
  });

  it('says a refusal in plain words and keeps the answer where it was', async () => {
    const { collector, el, s } = await following();
    const first = collector.state.followUps.get(s.id)![0]!;
    collector.state.refuse.set(`POST /v1/admin/sessions/${s.id}/follow-ups/${first.id}/moderation`, {
      status: 503,
      code: 'storage-unavailable',
    });
    $<HTMLElement>(el, 'ul[data-status="fu-pending"] .post')!.focus();
    await sendKeys({ press: 'a' });
    await heard('console', 'The collector cannot store anything right now. Try again in a minute.');
    expect(answersIn(el, 'pending')).to.have.length(2);
    expect(text($(el, '.follow-ups .nw-notice--error'))).to.contain('cannot store anything right now');
    expect(focused(el)?.dataset.id).to.equal(first.id);
    expect(first.status).to.equal('pending');
    await expect(el).to.be.accessible();
  });

  it('says an answer that is no longer on the collector, and shows the lists as they now are', async () => {
    const { collector, el, s } = await following();
    const list = collector.state.followUps.get(s.id)!;
    const gone = list.shift()!;
    press($<HTMLButtonElement>(el, `.follow-ups .post[data-id="${gone.id}"] [data-action=hide]`)!);
    await heard('console', 'That answer is no longer on the collector.');
    await waitUntil(() => answersIn(el, 'pending').length === 1, 'the list was not read again');
    expect(focused(el)?.closest('.follow-ups'), 'the keyboard stays in the panel').to.not.equal(null);
  });

  it('says when no one has answered yet', async () => {
    const collector = fakeCollector();
    collector.state.signedIn = true;
    const s = collector.addSession({ title: 'Quiet' });
    const el = await makeConsole(collector.api());
    $<HTMLAnchorElement>(el, `a[data-id="${s.id}"]`)!.click();
    await view(el, 'Quiet');
    await waitUntil(() => $(el, '#fu-empty'));
    expect(text($(el, '#fu-empty'))).to.equal('No one has answered yet.');
    expect(collector.calls()).to.include(`GET /v1/admin/sessions/${s.id}/follow-ups`);
  });

  it('works in Welsh: the answers as the wall says them, ymrwymiad, the chi register', async () => {
    const { el } = await following('cy');
    expect(text($(el, '#follow-ups-title'))).to.equal('Atebion dilynol: “Ydych chi wedi’i wneud?”');
    expect(text($(el, '#h-fu-pending'))).to.equal('Yn aros i gael eu hadolygu (2)');
    expect(text($(el, '#h-fu-visible'))).to.equal('Wedi’u cymeradwyo (1)');
    expect(answersIn(el, 'pending')).to.deep.equal([
      'Sut mae wedi mynd: Wedi’i wneud',
      'Sut mae wedi mynd: Wedi dechrau',
    ]);
    expect(answersIn(el, 'visible')).to.deep.equal(['Sut mae wedi mynd: Ddim eto']);
    expect(text($(el, 'ul[data-status="fu-pending"] .fu-commitment'))).to.equal(
      'Eu hymrwymiad: Meet the housing team monthly',
    );
    expect(text($(el, 'ul[data-status="fu-visible"] .fu-note'))).to.equal('Dim nodyn.');
    expect($$(el, 'ul.counts li').map(text)).to.include('2 ateb dilynol yn aros i gael eu hadolygu');
    $<HTMLElement>(el, 'ul[data-status="fu-pending"] .post')!.focus();
    await sendKeys({ press: 'a' });
    await heard('console', 'Cymeradwywyd: We meet every first Tuesday');
    await expect(el).to.be.accessible();
  });

  it('fits a 320 px screen without sideways scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const { el } = await following();
    $<HTMLButtonElement>(el, 'ul[data-status="fu-pending"] .post [data-action=fu-edit]')!.click();
    await waitUntil(() => $(el, 'textarea[id^=fu-edit-]'));
    expect(scrollsSideways()).to.equal(false);
  });
});
