import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport, emulateMedia } from '@web/test-runner-commands';
import { LocalStore, MemoryStorage } from '@netweave/core';
import {
  $,
  $$,
  FakeBoards,
  SID,
  announcer,
  button,
  focused,
  hearing,
  makeBoard,
  note,
  noteEl,
  running,
  testClock,
  texts,
  type,
} from './triz-helpers.js';

const spoken = () => announcer()?.textContent ?? '';
const say = async (words: string) =>
  waitUntil(() => spoken() === words, `heard “${spoken()}”, not “${words}”`);

describe('<netweave-triz-board> groups', () => {
  it('asks for a group first: the session’s groups and “any group”; auto joins the one with fewest people', async () => {
    const store = new FakeBoards({ groups: [{ id: 'g1', name: 'Housing' }, { id: 'g2' }, { id: 'g3' }] }, [
      note('Never share the agenda', 'worst', { group: 'g2' }),
      note('Skip the handover', 'worst', { group: 'g1' }),
    ]);
    const el = await makeBoard(store);
    expect($(el, '#picker-heading')!.textContent!.trim()).to.equal('Choose your group');
    expect($$(el, '.picker li button').map((b) => b.textContent!.trim())).to.deep.equal([
      'Housing',
      'Group 2',
      'Group 3',
      'Any group (the one with fewest people)',
    ]);
    expect($(el, '.sections'), 'no board before a group').to.equal(null);
    await expect(el).to.be.accessible();

    button(el, 'Any group (the one with fewest people)')!.click();
    await waitUntil(() => $(el, '.sections'), 'the board after joining');
    expect(store.calls).to.include('join auto');
    expect($(el, '.group-line')!.textContent).to.contain('Your group: Group 2');
    expect(texts(el, 'worst')).to.deep.equal(['Never share the agenda']);
    await say('You are in Group 2.');
    expect(focused(el)?.id).to.equal('heading');

    button(el, 'Change group')!.click();
    await waitUntil(() => focused(el)?.id === 'picker-heading', 'the keyboard goes to the picker');
    expect(button(el, 'Stay in Group 2')).to.exist;
    button(el, 'Housing')!.click();
    await waitUntil(() => texts(el, 'worst')[0] === 'Skip the handover', 'Housing’s board');
    expect($(el, '.group-line')!.textContent).to.contain('Your group: Housing');
    expect(store.member).to.equal('g1');
  });

  it('a session without groups has one board: joined as g1 without asking', async () => {
    const store = new FakeBoards({}, [note('Keep budgets secret')]);
    const el = await makeBoard(store);
    expect($(el, '.picker')).to.equal(null);
    expect(store.calls).to.include('join g1');
    expect(texts(el, 'worst')).to.deep.equal(['Keep budgets secret']);
    expect(button(el, 'Change group')).to.equal(undefined);
  });

  it('a device already in a group goes straight to its board', async () => {
    const store = new FakeBoards({ groups: [{ id: 'g1' }, { id: 'g2' }] }, [
      note('Ignore emails', 'worst', { group: 'g2' }),
    ]);
    store.member = 'g2';
    const el = await makeBoard(store);
    expect(texts(el, 'worst')).to.deep.equal(['Ignore emails']);
    expect(store.calls.filter((c) => c.startsWith('join'))).to.deep.equal([]);
  });

  it('a refused join says why and keeps the choices', async () => {
    const store = new FakeBoards({ groups: [{ id: 'g1' }, { id: 'g2' }] });
    const el = await makeBoard(store);
    store.refuse = { status: 400, code: 'device-required', message: 'device' };
    button(el, 'Group 1')!.click();
    await waitUntil(() => $(el, '#join-error'), 'the reason');
    expect($(el, '#join-error')!.textContent).to.contain('did not say which device it is');
    expect($(el, '.picker')).to.exist;
    await expect(el).to.be.accessible();
  });
});

describe('<netweave-triz-board> notes', () => {
  it('shows three named sections, each with its colour in words, an icon and a count (accessible)', async () => {
    const store = new FakeBoards({ round: running('stop') }, [
      note('Never share the agenda'),
      note('Book rooms far away', 'already'),
      note('Keep data to ourselves', 'stop'),
    ]);
    const el = await makeBoard(store);
    const headings = $$(el, '.section h3').map((h) => h.textContent!.replace(/\s+/g, ' ').trim());
    expect(headings).to.deep.equal([
      'Worst results yellow notes · 1 note',
      'We do this already pink notes · 1 note',
      'First steps to stop green notes · 1 note',
    ]);
    for (const icon of $$(el, '.section h3 .icon')) {
      expect(icon.getAttribute('aria-hidden')).to.equal('true');
      expect(getComputedStyle(icon, '::before').content).to.not.equal('none');
    }
    // A pattern, not colour alone: dashed, dotted, solid.
    expect($$(el, '.note').map((n) => getComputedStyle(n).borderLeftStyle)).to.deep.equal([
      'dashed',
      'dotted',
      'solid',
    ]);
    expect(noteEl(el, 'Keep data to ourselves')!.textContent).to.contain(
      'First step: Stop: Keep data to ourselves',
    );
    expect(noteEl(el, 'Keep data to ourselves')!.querySelector('.meta')!.textContent!.trim()).to.equal(
      'Written in round 1 · recognised in round 2 · first step given in round 3',
    );
    expect(el.shadowRoot!.textContent).to.not.match(/commitment|I’ll do this too/i);
    await expect(el).to.be.accessible();
  });

  it('round 1 (and before it) adds yellow notes; the text stays in the box while it is sent', async () => {
    const store = new FakeBoards({ round: running(null) });
    const clock = testClock();
    const el = await makeBoard(store, { now: clock.now });
    expect($(el, '.round-title')!.textContent!.trim()).to.equal(
      'Waiting for the facilitator to start round 1',
    );
    expect($(el, '[role=timer]')).to.equal(null);
    let release!: () => void;
    store.gate = new Promise((r) => (release = r));
    const box = $<HTMLTextAreaElement>(el, '#add-text')!;
    expect($(el, 'label[for=add-text]')!.textContent).to.contain(
      'what could we do to get the worst possible result?',
    );
    await type(el, box, 'Never return calls');
    box.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '.add button')!.textContent!.trim() === 'Sending…', 'sending');
    expect(box.value).to.equal('Never return calls');
    expect(box.readOnly).to.equal(true);
    release();
    await waitUntil(() => texts(el, 'worst').length === 1, 'the note');
    expect(texts(el, 'worst')).to.deep.equal(['Never return calls']);
    expect(box.value).to.equal('');
    expect(store.calls).to.include('add worst Never return calls');
    await say('Your note is on the board.');
  });

  it('round 2: “We do this” turns a note pink, with its history, said once; the keyboard goes to its next action', async () => {
    const store = new FakeBoards({ round: running('already') }, [
      note('Never share the agenda'),
      note('Meet only in office hours'),
    ]);
    const el = await makeBoard(store);
    expect($(el, '.round-title')!.textContent!.trim()).to.equal('Round 2 of 3: what we do already');
    expect($(el, '.round p')!.textContent).to.contain(
      'is there anything we are doing now that in any way resembles this?',
    );
    expect($(el, 'label[for=add-text]')!.textContent!.trim()).to.equal('Add something we already do');
    const listen = hearing();
    const recognise = noteEl(el, 'Never share the agenda')!.querySelector<HTMLButtonElement>(
      '[data-action=recognise]',
    )!;
    expect(recognise.textContent!.trim()).to.equal('We do this');
    recognise.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => texts(el, 'already').includes('Never share the agenda'), 'not pink');
    expect(texts(el, 'worst')).to.deep.equal(['Meet only in office hours']);
    expect(noteEl(el, 'Never share the agenda')!.querySelector('.meta')!.textContent!.trim()).to.equal(
      'Written in round 1 · recognised in round 2',
    );
    await say('“Never share the agenda” is now pink: we do this already.');
    await waitUntil(
      () => focused(el)?.textContent?.trim() === 'Not us',
      `focus on ${focused(el)?.outerHTML}`,
    );
    expect(focused(el)!.closest('section')!.classList.contains('state-already')).to.equal(true);
    expect(listen.heard.filter((h) => h.includes('is now pink'))).to.have.length(1);
    listen.stop();
    await expect(el).to.be.accessible();

    // "Not us" undoes it: yellow again, the keyboard on its "We do this".
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => texts(el, 'worst').includes('Never share the agenda'), 'not yellow again');
    await waitUntil(() => focused(el)?.textContent?.trim() === 'We do this', 'focus back on We do this');
    await say('“Never share the agenda” is yellow again.');
  });

  it('round 2 adds pink notes; a note written pink has no “Not us”', async () => {
    const store = new FakeBoards({ round: running('already') });
    const el = await makeBoard(store);
    await type(el, $<HTMLTextAreaElement>(el, '#add-text')!, 'We cancel at short notice');
    $<HTMLButtonElement>(el, '.add button')!.click();
    await waitUntil(() => texts(el, 'already').length === 1, 'the pink note');
    const li = noteEl(el, 'We cancel at short notice')!;
    expect(li.querySelector('.meta')!.textContent!.trim()).to.equal('Added in round 2');
    expect(li.querySelector('button')).to.equal(null);
  });

  it('round 3: the first step turns a pink note green; change and undo it', async () => {
    const store = new FakeBoards({ round: running('stop') }, [note('Book rooms far away', 'already')]);
    const el = await makeBoard(store);
    expect($(el, '#add-text'), 'no add form in round 3').to.equal(null);
    expect($(el, '.round p')!.textContent).to.contain(
      'For each pink note, decide the first step that will stop it.',
    );
    button(el, 'Add the first step')!.click();
    await waitUntil(() => focused(el)?.tagName === 'TEXTAREA', 'the step box takes the keyboard');
    const box = focused(el) as HTMLTextAreaElement;
    expect(el.shadowRoot!.querySelector(`label[for="${box.id}"]`)!.textContent!.trim()).to.equal(
      'The first step that will stop it',
    );
    button(el, 'Save the step')!.click();
    await waitUntil(() => $(el, '.note .error-message'), 'a message for the empty step');
    expect($(el, '.note .error-message')!.textContent).to.contain('Write the first step before you save it');
    expect(store.calls.some((c) => c.startsWith('change'))).to.equal(false);
    await type(el, box, 'Meet in the community centre');
    button(el, 'Save the step')!.click();
    await waitUntil(() => texts(el, 'stop').length === 1, 'not green');
    const green = noteEl(el, 'Book rooms far away')!;
    expect(green.textContent).to.contain('First step: Meet in the community centre');
    expect(green.querySelector('.meta')!.textContent).to.contain('first step given in round 3');
    await waitUntil(() => focused(el)?.textContent?.trim() === 'Change the step', 'focus on Change the step');
    await say('“Book rooms far away” is now green, with its first step.');
    await expect(el).to.be.accessible();

    button(el, 'Change the step')!.click();
    await waitUntil(() => focused(el)?.tagName === 'TEXTAREA', 'the step box');
    expect((focused(el) as HTMLTextAreaElement).value).to.equal('Meet in the community centre');
    button(el, 'Cancel')!.click();
    await waitUntil(() => focused(el)?.textContent?.trim() === 'Change the step', 'back on Change the step');
    button(el, 'Undo')!.click();
    await waitUntil(() => texts(el, 'already').length === 1, 'pink again');
    await say('“Book rooms far away” is pink again.');
    await waitUntil(
      () => focused(el)?.textContent?.trim() === 'Add the first step',
      'focus on Add the first step',
    );
  });

  it('votes: a toggle on pink and green notes, the count used once near the top, the limit said in words', async () => {
    const store = new FakeBoards({ round: running('stop'), votes: 1 }, [
      note('Book rooms far away', 'already'),
      note('Keep data to ourselves', 'already', { votes: 3 }),
      note('Never share the agenda'),
    ]);
    const el = await makeBoard(store);
    expect($$(el, '.votes-used').map((p) => p.textContent!.trim())).to.deep.equal(['0 of 1 vote used']);
    expect(texts(el, 'already'), 'most voted first').to.deep.equal([
      'Keep data to ourselves',
      'Book rooms far away',
    ]);
    expect(
      noteEl(el, 'Never share the agenda')!.querySelector('[data-action=vote]'),
      'no votes on yellow',
    ).to.equal(null);
    const vote = noteEl(el, 'Book rooms far away')!.querySelector<HTMLButtonElement>('[data-action=vote]')!;
    expect(vote.textContent!.trim()).to.equal('Vote');
    vote.click();
    await waitUntil(() => $(el, '.votes-used')!.textContent!.trim() === '1 of 1 vote used', 'vote counted');
    await say('Vote given. 1 of 1 vote used');
    expect(noteEl(el, 'Book rooms far away')!.querySelector('.votes')!.textContent).to.equal('1 vote');
    const other = noteEl(el, 'Keep data to ourselves')!.querySelector<HTMLButtonElement>(
      '[data-action=vote]',
    )!;
    expect(other.getAttribute('aria-disabled')).to.equal('true');
    other.click();
    await waitUntil(() => noteEl(el, 'Keep data to ourselves')!.querySelector('.error-message'), 'the limit');
    expect(noteEl(el, 'Keep data to ourselves')!.textContent).to.contain(
      'You have used all your votes. Take one back to vote for another note.',
    );
    expect(store.calls.filter((c) => c.startsWith('vote'))).to.have.length(1);
    await expect(el).to.be.accessible();
    const back = noteEl(el, 'Book rooms far away')!.querySelector<HTMLButtonElement>('[data-action=vote]')!;
    expect(back.textContent!.trim()).to.equal('Take back vote');
    back.click();
    await waitUntil(
      () => $(el, '.votes-used')!.textContent!.trim() === '0 of 1 vote used',
      'vote taken back',
    );
  });

  it('a vote the collector refuses for its limit says so', async () => {
    const store = new FakeBoards({ round: running('already'), votes: 2 }, [
      note('Book rooms far away', 'already'),
    ]);
    const el = await makeBoard(store);
    store.refuse = { status: 409, code: 'vote-limit', message: 'all given' };
    button(el, 'Vote')!.click();
    await waitUntil(() => $(el, '.note .error-message'), 'the reason');
    expect($(el, '.note .error-message')!.textContent).to.contain('You have used all your votes.');
  });
});

describe('<netweave-triz-board> time', () => {
  it('counts down from leftMs on its own monotonic clock (never Date.now), and says time is up once', async () => {
    const clock = testClock(10_000);
    const store = new FakeBoards({
      round: running('worst', { leftMs: 65_000, endsAt: Date.now() + 65_000 }),
    });
    const realNow = Date.now;
    Date.now = () => 0; // a device whose clock is wrong
    try {
      const el = await makeBoard(store, { now: clock.now });
      const timer = () => $(el, '[role=timer]')!.textContent!.trim();
      expect(timer()).to.equal('1:05');
      expect($(el, '[role=timer]')!.hasAttribute('aria-live')).to.equal(false);
      expect($(el, '#clock-label')!.textContent).to.equal('Time left');
      const listen = hearing();
      clock.t += 60_500;
      el.requestUpdate();
      await el.updateComplete;
      expect(timer()).to.equal('0:05');
      clock.t += 5_000;
      el.requestUpdate();
      await el.updateComplete;
      expect(timer()).to.equal('0:00');
      const up = 'Time is up for round 1. Finish your note: writing stays open.';
      expect($(el, '.round .status')!.textContent!.trim()).to.equal(up);
      expect($(el, '#add-text')!.getAttribute('aria-disabled'), 'writing stays open').to.equal('false');
      await say(up);
      for (let i = 0; i < 3; i++) {
        clock.t += 1000;
        el.requestUpdate();
        await el.updateComplete;
      }
      // A later message proves the earlier ones are all in: time up was said once.
      store.tell({ locked: true });
      await say('The facilitator has stopped writing for now.');
      expect(listen.heard.filter((h) => h === up)).to.have.length(1);
      listen.stop();
      await expect(el).to.be.accessible();
    } finally {
      Date.now = realNow;
    }
  });

  it('paused: “Paused” with the time left, standing still; a new round is said', async () => {
    const clock = testClock();
    const store = new FakeBoards({ round: running('worst') });
    const el = await makeBoard(store, { now: clock.now });
    store.tell({ phase: 'paused', leftMs: 192_000, endsAt: undefined });
    await el.updateComplete;
    clock.t += 30_000;
    el.requestUpdate();
    await el.updateComplete;
    expect($(el, '[role=timer]')!.textContent!.trim()).to.equal('3:12');
    expect($(el, '.round .status')!.textContent!.trim()).to.equal('Paused');
    store.tell({ kind: 'already', phase: 'running', leftMs: 480_000 });
    await say('Round 2 of 3 has started: what we do already.');
    expect($(el, '[role=timer]')!.textContent!.trim()).to.equal('8:00');
  });

  it('locked: forms and actions stay, marked disabled, with the reason; the keyboard stays put', async () => {
    const store = new FakeBoards({ round: running('already') }, [note('Never share the agenda')]);
    const el = await makeBoard(store);
    const box = $<HTMLTextAreaElement>(el, '#add-text')!;
    await type(el, box, 'Half a thought');
    const recognise = button(el, 'We do this')!;
    recognise.focus();
    store.tell({ locked: true });
    await say('The facilitator has stopped writing for now.');
    expect(focused(el)).to.equal(recognise);
    expect(recognise.getAttribute('aria-disabled')).to.equal('true');
    expect(box.readOnly).to.equal(true);
    expect(box.value).to.equal('Half a thought');
    expect($(el, '#add-reason')!.textContent).to.equal('The facilitator has stopped writing for now.');
    expect(box.getAttribute('aria-describedby')).to.contain('add-reason');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '.note .error-message'), 'the reason on the note');
    expect(store.calls.some((c) => c.startsWith('change'))).to.equal(false);
    await expect(el).to.be.accessible();
    store.tell({ locked: false });
    await say('Writing is open again.');
    expect(recognise.getAttribute('aria-disabled')).to.equal('false');
  });
});

describe('<netweave-triz-board> honest states', () => {
  it('a refused note keeps its words and says why, before the box', async () => {
    const store = new FakeBoards({ round: running('worst') });
    const el = await makeBoard(store);
    const box = $<HTMLTextAreaElement>(el, '#add-text')!;
    await type(el, box, 'Never answer emails');
    store.refuse = { status: 409, code: 'board-full', message: 'full' };
    $<HTMLButtonElement>(el, '.add button')!.click();
    await waitUntil(() => $(el, '#add-error'), 'the reason');
    expect($(el, '#add-error')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Error: Your note was not added. This group’s board is full. Your words are still in the box.',
    );
    expect(box.value).to.equal('Never answer emails');
    expect(box.getAttribute('aria-invalid')).to.equal('true');
    await waitUntil(() => focused(el) === box, 'the box takes the keyboard');
    await expect(el).to.be.accessible();

    store.refuse = 'offline';
    $<HTMLButtonElement>(el, '.add button')!.click();
    await waitUntil(
      () => $(el, '#add-error')?.textContent?.includes('could not be reached'),
      'no connection',
    );
    expect(box.value).to.equal('Never answer emails');
  });

  it('an empty note is not sent: the message is before the box', async () => {
    const store = new FakeBoards();
    const el = await makeBoard(store);
    $<HTMLButtonElement>(el, '.add button')!.click();
    await waitUntil(() => $(el, '#add-error'), 'the message');
    expect($(el, '#add-error')!.textContent).to.contain('Write your note before you add it');
    expect(store.calls.some((c) => c.startsWith('add'))).to.equal(false);
  });

  it('a note screening holds (202) is shown to its author as held', async () => {
    const store = new FakeBoards();
    const el = await makeBoard(store);
    store.hold = true;
    await type(el, $<HTMLTextAreaElement>(el, '#add-text')!, 'Call me on 07700 900123');
    $<HTMLButtonElement>(el, '.add button')!.click();
    await waitUntil(() => texts(el, 'worst').length === 1, 'the held note');
    expect(noteEl(el, 'Call me on 07700 900123')!.textContent).to.contain(
      'Held for the facilitator to check (it may contain contact details).',
    );
    await say(
      'Held for the facilitator to check (it may contain contact details). Only you can see it for now.',
    );
    await expect(el).to.be.accessible();
    // Read again (a reconnect): the author still sees it, though the public list leaves it out.
    store.emit({ type: 'connection', state: 'reconnecting' });
    store.emit({ type: 'session', sessionId: SID, session: store.session });
    await waitUntil(() => store.calls.filter((c) => c.startsWith('list')).length === 2, 'read again');
    await el.updateComplete;
    expect(texts(el, 'worst')).to.deep.equal(['Call me on 07700 900123']);
  });

  it('the draft survives a reload (a new element on the same store)', async () => {
    const drafts = new Map<string, unknown>();
    const store = new FakeBoards({}, [], drafts);
    const first = await makeBoard(store);
    await type(first, $<HTMLTextAreaElement>(first, '#add-text')!, 'Half-written idea');
    await waitUntil(() => drafts.size === 1, 'saved');
    expect([...drafts.keys()]).to.deep.equal([`triz-board:${SID}:g1`]);
    first.remove();
    const again = await makeBoard(new FakeBoards({}, [], drafts));
    await waitUntil(
      () => $<HTMLTextAreaElement>(again, '#add-text')!.value === 'Half-written idea',
      'the draft',
    );
  });

  it('a board that cannot be loaded says so, and “Try again” loads it', async () => {
    const store = new FakeBoards({}, [note('Keep budgets secret')]);
    const session = store.getSession.bind(store);
    store.getSession = () => Promise.reject(new TypeError('Failed to fetch'));
    const el = await makeBoard(store);
    expect($(el, '.nw-notice--error')!.textContent).to.contain(
      'The board could not be loaded. Check your connection and try again.',
    );
    await expect(el).to.be.accessible();
    store.getSession = session;
    button(el, 'Try again')!.click();
    await waitUntil(() => texts(el, 'worst').length === 1, 'the board after trying again');
  });

  it('a board that cannot be joined says why', async () => {
    const store = new FakeBoards();
    store.refuse = { status: 400, code: 'device-required', message: 'device' };
    const el = await makeBoard(store);
    expect($(el, '.nw-notice--error')!.textContent).to.contain('The board could not be loaded.');
    expect($(el, '.nw-notice--error')!.textContent).to.contain('did not say which device it is');
  });

  it('a store without boards says so in plain words and logs it once', async () => {
    const logged: unknown[][] = [];
    const error = console.error;
    console.error = (...args: unknown[]) => logged.push(args);
    try {
      const el = await makeBoard(new LocalStore({ storage: new MemoryStorage() }));
      const message =
        'This board needs a netweave collector: the page has no `endpoint` set on <netweave-provider>.';
      expect($(el, '.nw-notice--error')!.textContent!.trim()).to.equal(message);
      el.requestUpdate();
      await el.updateComplete;
      expect(logged).to.have.length(1);
      expect(String(logged[0]![0])).to.contain(message);
      await expect(el).to.be.accessible();
    } finally {
      console.error = error;
    }
  });
});

describe('<netweave-triz-board> live', () => {
  it('takes notes of its own group only; a note moved away goes, the keyboard to its neighbour', async () => {
    const store = new FakeBoards({ round: running('already') }, [
      note('First'),
      note('Second'),
      note('Third'),
    ]);
    const el = await makeBoard(store);
    store.put(note('From my group'));
    store.put(note('From another group', 'worst', { group: 'g2' }));
    await waitUntil(() => texts(el, 'worst').length === 4, 'the live note');
    expect(texts(el, 'worst')).to.not.include('From another group');
    await say('1 new note');

    noteEl(el, 'Second')!.querySelector('button')!.focus();
    store.put({ ...store.notes.find((n) => n.text === 'Second')!, group: 'g3' }); // the facilitator moved it
    await waitUntil(() => !texts(el, 'worst').includes('Second'), 'moved away');
    await waitUntil(
      () => focused(el)?.closest('[data-note]')?.textContent?.includes('Third'),
      'focus on the next note',
    );

    store.emit({ type: 'note-removed', sessionId: SID, id: 'n-first' });
    await waitUntil(() => !texts(el, 'worst').includes('First'), 'removed');
  });

  it('reads the notes again when the stream comes back, so nothing missed is lost', async () => {
    const store = new FakeBoards({}, [note('Before')]);
    const el = await makeBoard(store);
    const lists = () => store.calls.filter((c) => c.startsWith('list')).length;
    const before = lists();
    store.emit({ type: 'connection', state: 'reconnecting' });
    store.notes = [...store.notes, note('While away')]; // no event: the stream was down
    store.emit({ type: 'connection', state: 'live' });
    store.emit({ type: 'session', sessionId: SID, session: store.session });
    await waitUntil(() => texts(el, 'worst').includes('While away'), 'the missed note');
    expect(lists()).to.equal(before + 1);
    // A session event while live reads nothing again.
    store.tell({ leftMs: 100_000 });
    await el.updateComplete;
    expect(lists()).to.equal(before + 1);
  });
});

describe('<netweave-triz-board> pages', () => {
  it('speaks Welsh on a Welsh page in an English browser, never English first', async () => {
    expect(navigator.language).to.match(/^en/);
    const { trizBoardStrings } = await import('../../src/triz/strings.js');
    delete trizBoardStrings.cy;
    document.documentElement.lang = 'cy';
    try {
      const store = new FakeBoards({ round: running('already'), votes: 3 }, [
        note('Peidio â rhannu’r agenda'),
        note('Cadw data i ni ein hunain', 'already', { votes: 2 }),
      ]);
      const el = await makeBoard(store);
      expect($(el, 'h2')!.textContent!.trim()).to.equal('Bwrdd TRIZ');
      expect($(el, '.round-title')!.textContent!.trim()).to.equal(
        'Rownd 2 o 3: yr hyn rydyn ni’n ei wneud yn barod',
      );
      expect($$(el, '.section h3 .name').map((h) => h.textContent!.trim())).to.deep.equal([
        'Canlyniadau gwaethaf',
        'Rydyn ni’n gwneud hyn yn barod',
        'Camau cyntaf i roi’r gorau iddo',
      ]);
      expect(noteEl(el, 'Cadw data i ni ein hunain')!.querySelector('.votes')!.textContent).to.equal(
        '2 bleidlais',
      );
      expect(button(el, 'Marcio “Rydyn ni’n gwneud hyn”')).to.exist;
      expect($(el, '#clock-label')!.textContent).to.equal('Amser ar ôl');
      await expect(el).to.be.accessible();
      button(el, 'Marcio “Rydyn ni’n gwneud hyn”')!.click();
      await say('Mae “Peidio â rhannu’r agenda” yn binc nawr: rydyn ni’n gwneud hyn yn barod.');
      expect(announcer()!.lang).to.equal('cy');
    } finally {
      document.documentElement.lang = 'en';
    }
  });

  it('fits a 320 px phone: the sections stack, no sideways scroll', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const store = new FakeBoards(
        { round: running('stop'), votes: 3, groups: [{ id: 'g1', name: 'Iechyd a gofal cymdeithasol' }] },
        [
          note('Anghydffurfiaethgynhwysfawrhaoldebau'),
          note('Book rooms far away', 'already'),
          note('Keep data to ourselves', 'stop'),
        ],
      );
      store.member = 'g1';
      const el = await makeBoard(store, { attrs: { lang: 'cy' } });
      expect(document.documentElement.scrollWidth, 'page width').to.be.at.most(320);
      const lefts = $$(el, '.section').map((s) => Math.round(s.getBoundingClientRect().left));
      expect(new Set(lefts).size, 'stacked').to.equal(1);
      for (const b of $$(el, 'button')) {
        const r = b.getBoundingClientRect();
        expect(r.right, b.textContent!).to.be.at.most(320);
        expect(Math.min(r.width, r.height), `${b.textContent} target`).to.be.at.least(24);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('partners’ wording overrides the board’s', async () => {
    const store = new FakeBoards();
    const el = await makeBoard(store);
    el.strings = { en: { 'state.worst': 'How to fail' } };
    await el.updateComplete;
    expect($(el, '.section h3')!.textContent).to.contain('How to fail');
  });
});

describe('<netweave-triz-board display="projector">', () => {
  it('every group as a grid that fits the screen: counts per state, votes, a large countdown, no controls', async () => {
    const store = new FakeBoards(
      {
        round: running('already'),
        votes: 3,
        groups: [{ id: 'g1', name: 'Housing' }, { id: 'g2' }, { id: 'g3' }],
      },
      [
        note('Never share the agenda'),
        note('Skip handovers', 'worst', { group: 'g1' }),
        note('Book rooms far away', 'already', { group: 'g2', votes: 2 }),
        note('Keep data to ourselves', 'stop', { group: 'g3' }),
      ],
    );
    const el = await makeBoard(store, { attrs: { display: 'projector' } });
    expect(el.display).to.equal('projector');
    await waitUntil(() => $$(el, '.group').length === 3, 'three groups');
    expect(store.calls).to.include('list all');
    expect($(el, 'h2')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('TRIZ board: Every group');
    expect($(el, '.legend')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Worst results: yellow notes We do this already: pink notes First steps to stop: green notes',
    );
    expect($$(el, '.group h3').map((h) => h.textContent)).to.deep.equal(['Housing', 'Group 2', 'Group 3']);
    expect($$(el, '.group')[0]!.querySelector('.counts')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      '2 worst results 0 we do already 0 first steps',
    );
    expect($$(el, '.group')[1]!.textContent).to.contain('(2 votes)');
    expect(getComputedStyle($(el, '.groups')!).gridTemplateColumns.split(' ').length).to.be.at.least(2);
    expect($$(el, 'button, textarea, input')).to.have.length(0);
    const clock = parseFloat(getComputedStyle($(el, '[role=timer]')!).fontSize);
    expect(clock).to.be.greaterThan(parseFloat(getComputedStyle($(el, '.round h3')!).fontSize));
    await expect(el).to.be.accessible();
    store.put(note('Arrives live', 'worst', { group: 'g3' }));
    await waitUntil(
      () => $$(el, '.group')[2]!.textContent!.includes('Arrives live'),
      'live on the projector',
    );
  });

  it('one group’s board, read-only; no animation when motion is reduced', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const store = new FakeBoards({ round: running('stop'), groups: [{ id: 'g1' }, { id: 'g2' }] }, [
        note('Book rooms far away', 'already', { group: 'g2' }),
        note('Elsewhere', 'already', { group: 'g1' }),
      ]);
      const el = await makeBoard(store, { attrs: { display: 'projector', group: 'g2' } });
      expect([el.display, el.group]).to.deep.equal(['projector', 'g2']);
      await waitUntil(() => texts(el, 'already').length === 1, 'g2’s note');
      expect(texts(el, 'already')).to.deep.equal(['Book rooms far away']);
      expect($$(el, 'button')).to.have.length(0);
      expect(getComputedStyle($(el, '.note')!).animationName).to.equal('none');
      await expect(el).to.be.accessible();
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});
