import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { TrizNote } from '@netweave/model';
import type { NetweaveConsole } from '../../src/console.js';
import { fakeCollector } from './fake-collector.js';
import { $, $$, announcer, focused, heard, makeConsole, scrollsSideways, text, view } from './helpers.js';

const click = (el: Element, selector: string) => {
  const target = $<HTMLElement>(el, selector);
  if (!target) throw new Error(`nothing matches ${selector}`);
  target.focus();
  target.click();
};

type Collector = ReturnType<typeof fakeCollector>;

/**
 * A console signed in and open at a TRIZ session (`setUp` adds to it first), its countdown on a
 * clock the test moves.
 */
async function trizConsole(
  options: {
    lang?: string;
    setUp?: (collector: Collector, s: Collector['state']['sessions'][number]) => void;
  } = {},
) {
  const collector = fakeCollector();
  collector.state.signedIn = true;
  const s = collector.addSession({ title: 'Gwent TRIZ', template: 'triz-commitments', groups: 3, votes: 2 });
  options.setUp?.(collector, s);
  const el = await makeConsole(collector.api(), options.lang);
  let clock = 1000;
  el.now = () => clock;
  click(el, `a[data-id="${s.id}"]`);
  await view(el, 'Gwent TRIZ');
  await el.updateComplete;
  const advance = async (ms: number) => {
    clock += ms;
    el.requestUpdate();
    await el.updateComplete;
  };
  return { collector, el, s, advance };
}

const clockText = (el: Element) => text($(el, '#round-clock'));
const disabled = (el: Element, id: string) => $(el, `#${id}`)!.getAttribute('aria-disabled') === 'true';
const rounds = (collector: Collector) =>
  collector.state.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/round')).map((r) => r.body);

/** Everything the console's live region says from now on. */
function listen(): string[] {
  const said: string[] = [];
  new MutationObserver(() => {
    const words = announcer('console').textContent ?? '';
    if (words) said.push(words);
  }).observe(announcer('console'), { childList: true, characterData: true, subtree: true });
  return said;
}

describe('<netweave-console> TRIZ rounds', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('shows the agenda and a round not started; controls that cannot act yet say so and stay (accessible)', async () => {
    const { el } = await trizConsole();
    expect($$(el, '.agenda li').map(text)).to.deep.equal([
      'Worst results 8 minutes',
      'We do this already 8 minutes',
      'First steps to stop 12 minutes',
      'Commitments 5 minutes',
    ]);
    expect(text($(el, '#round-name'))).to.equal('No round has started yet.');
    expect($(el, '#round-clock')!.getAttribute('role')).to.equal('timer');
    expect(clockText(el)).to.equal('00:00');
    expect(text($(el, '#round-next'))).to.equal('Start: Worst results');
    expect(disabled(el, 'round-next')).to.equal(false);
    for (const id of ['round-pause', 'round-add', 'round-end', 'round-lock'])
      expect(disabled(el, id), id).to.equal(true);
    // A control that cannot act does nothing when pressed, and keeps the keyboard.
    click(el, '#round-end');
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('round-end');
    await expect(el).to.be.accessible();
  });

  it('starts the next round with the version it saw; counts down from the time the collector sent; said once', async () => {
    const { collector, el, advance } = await trizConsole();
    const said = listen();
    click(el, '#round-next');
    await heard('console', 'Round started: Worst results.');
    expect(rounds(collector)).to.deep.equal([{ action: 'start', kind: 'worst', version: 0 }]);
    expect(focused(el)?.id, 'the keyboard stays on the button').to.equal('round-next');
    expect(text($(el, '#round-next'))).to.equal('Start: We do this already');
    expect(clockText(el)).to.equal('08:00');
    expect(text($(el, '.agenda li[aria-current=step]'))).to.equal('Worst results 8 minutes Now');
    expect(text($(el, '.stage-now')), 'the round moved the stage').to.equal('Now: TRIZ board');
    await advance(61_000);
    expect(clockText(el)).to.equal('06:59');
    // It ticks by itself, once a second, and is never announced.
    await advance(1000);
    await waitUntil(() => clockText(el) === '06:58', 'the countdown did not tick');
    await new Promise((r) => setTimeout(r, 1200));
    expect(said).to.deep.equal(['Round started: Worst results.']);
    await expect(el).to.be.accessible();
  });

  it('pauses, resumes, adds a minute, locks and ends: each with the latest version, said once, the keyboard kept', async () => {
    const { collector, el, advance } = await trizConsole();
    click(el, '#round-next');
    await heard('console', 'Round started: Worst results.');
    click(el, '#round-pause');
    await heard('console', 'Round paused.');
    expect(text($(el, '#round-pause'))).to.equal('Resume');
    expect(focused(el)?.id).to.equal('round-pause');
    expect(text($(el, '#round-status'))).to.equal('Paused');
    const stopped = clockText(el);
    await advance(10_000);
    expect(clockText(el), 'a paused round does not count down').to.equal(stopped);
    await expect(el).to.be.accessible();
    click(el, '#round-pause');
    await heard('console', 'Round resumed.');
    click(el, '#round-add');
    await heard('console', '1 minute added.');
    expect(clockText(el)).to.equal('09:00');
    click(el, '#round-lock');
    await heard('console', 'Writing locked: participants cannot add or change notes.');
    expect(text($(el, '#round-lock'))).to.equal('Unlock writing');
    expect(text($(el, '#round-status'))).to.contain('Writing locked');
    click(el, '#round-end');
    await heard('console', 'Round ended: Worst results.');
    expect(text($(el, '#round-status'))).to.contain('Ended');
    expect(disabled(el, 'round-end')).to.equal(true);
    expect(focused(el)?.id).to.equal('round-end');
    expect(rounds(collector)).to.deep.equal([
      { action: 'start', kind: 'worst', version: 0 },
      { action: 'pause', version: 1 },
      { action: 'resume', version: 2 },
      { action: 'add', minutes: 1, version: 3 },
      { action: 'lock', version: 4 },
      { action: 'end', version: 5 },
    ]);
    await expect(el).to.be.accessible();
  });

  it('starts any round of the agenda from the menu', async () => {
    const { collector, el } = await trizConsole();
    const menu = $<HTMLSelectElement>(el, '#round-kind')!;
    expect([...menu.options].map((o) => o.textContent?.trim())).to.deep.equal([
      'Worst results',
      'We do this already',
      'First steps to stop',
      'Commitments',
    ]);
    menu.value = 'stop';
    menu.dispatchEvent(new Event('change'));
    click(el, '#round-start');
    await heard('console', 'Round started: First steps to stop.');
    expect(rounds(collector)).to.deep.equal([{ action: 'start', kind: 'stop', version: 0 }]);
    expect(focused(el)?.id).to.equal('round-start');
    // The closing round moves participants to the commitments wall.
    click(el, '#round-next');
    await heard('console', 'Round started: Commitments.');
    expect(text($(el, '.stage-now'))).to.equal('Now: Commitments wall');
    expect(disabled(el, 'round-next'), 'no round after the last').to.equal(true);
    expect(text($(el, '#round-next'))).to.equal('Start the next round');
  });

  it('is refused as stale when another console acted first: says so in plain words and shows the round as it stands', async () => {
    const { collector, el, s } = await trizConsole();
    click(el, '#round-next');
    await heard('console', 'Round started: Worst results.');
    // Another console paused the round; this one has not heard yet.
    const stored = collector.state.sessions.find((x) => x.id === s.id)!;
    stored.round = { kind: 'worst', phase: 'paused', leftMs: 300_000, locked: false, version: 2 };
    click(el, '#round-pause');
    await heard('console', 'Another console changed the round: this is where it stands now.');
    expect(text($(el, '.round .nw-notice'))).to.equal(
      'Another console changed the round: this is where it stands now.',
    );
    expect(text($(el, '#round-status'))).to.equal('Paused');
    expect(clockText(el)).to.equal('05:00');
    expect(text($(el, '#round-pause'))).to.equal('Resume');
    expect(focused(el)?.id).to.equal('round-pause');
    await expect(el).to.be.accessible();
    click(el, '#round-pause');
    await heard('console', 'Round resumed.');
    expect(rounds(collector).at(-1)).to.deep.equal({ action: 'resume', version: 2 });
    expect(!!$(el, '.round .nw-notice')).to.equal(false);
  });

  it('follows another console’s changes live, and says once when time is up', async () => {
    const { collector, el, s, advance } = await trizConsole();
    await waitUntil(() => text($(el, '#connection')) === 'Live updates on');
    const said = listen();
    const stored = collector.state.sessions.find((x) => x.id === s.id)!;
    stored.round = {
      kind: 'already',
      phase: 'running',
      endsAt: Date.now() + 90_000,
      leftMs: 90_000,
      locked: false,
      version: 1,
    };
    stored.stage = 'triz';
    collector.tellSession(stored);
    await waitUntil(() => text($(el, '#round-name')) === 'We do this already', 'the round did not change');
    expect(clockText(el)).to.equal('01:30');
    expect(said, 'a round told, not started here, is shown without a word').to.deep.equal([]);
    await advance(90_000);
    await heard('console', 'Time is up: We do this already.');
    expect(text($(el, '#round-status'))).to.equal('Time is up');
    await advance(5000);
    await new Promise((r) => setTimeout(r, 1200));
    expect(said).to.deep.equal(['Time is up: We do this already.']);
  });
});

describe('<netweave-console> TRIZ groups', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  async function withNotes(lang?: string) {
    let notes!: Record<'secret' | 'meetings' | 'portal' | 'held', TrizNote>;
    const t = await trizConsole({
      ...(lang ? { lang } : {}),
      setUp: (collector, s) => {
        notes = {
          secret: collector.addNote(s.id, 'g1', 'Keep referral criteria secret'),
          meetings: collector.addNote(s.id, 'g1', 'Cancel the shared meetings', {
            state: 'already',
            votes: 2,
          }),
          portal: collector.addNote(s.id, 'g2', 'Never update the portal', {
            state: 'stop',
            step: 'Name an owner for the portal',
          }),
          held: collector.addNote(s.id, 'g3', 'Ring Dai about the rota', { status: 'pending' }),
        };
      },
    });
    await waitUntil(() => $$(t.el, '.group .note').length === 4, 'the notes were not shown');
    return { ...t, notes };
  }

  const groupOf = (el: NetweaveConsole, note: TrizNote) =>
    text($(el, `#note-${note.id}`)?.closest('.group')?.querySelector('h3'));

  it('shows each group’s board: notes by state, named, with colours in words and icons (accessible)', async () => {
    const { el, notes } = await withNotes();
    expect($$(el, '.group h3').map(text)).to.deep.equal(['Group 1', 'Group 2', 'Group 3']);
    const first = $(el, '.group')!;
    expect([...first.querySelectorAll('h4')].map(text)).to.deep.equal([
      'Worst results (yellow notes) 1',
      'We do this already (pink notes) 1',
      'First steps to stop (green notes) 0',
    ]);
    expect(first.querySelectorAll('h4 .icon[aria-hidden=true]').length).to.equal(3);
    expect(text($(el, `#note-${notes.meetings.id}`))).to.contain('2 votes');
    expect(text($(el, `#note-${notes.portal.id}`))).to.contain('First step: Name an owner for the portal');
    expect(text($(el, `#note-${notes.held.id}`))).to.contain('Held for you to check');
    expect(text($(el, '.group:nth-child(3) .group-counts'))).to.equal('1 note · 1 held for you to check');
    await expect(el).to.be.accessible();
  });

  it('shows notes as the admin stream tells them, and takes them down when they go', async () => {
    const { collector, el, s } = await withNotes();
    const late = collector.addNote(s.id, 'g2', 'Only talk to our own sector');
    collector.tellNote(s.id, late);
    await waitUntil(() => $(el, `#note-${late.id}`), 'the new note was not shown');
    expect(groupOf(el, late)).to.equal('Group 2');
    collector.tellNote(s.id, { removed: late.id });
    await waitUntil(() => !$(el, `#note-${late.id}`), 'the note was not taken down');
  });

  it('moves a note to another group: the keyboard follows it, the move is said once', async () => {
    const { collector, el, notes } = await withNotes();
    const menu = $<HTMLSelectElement>(el, `#move-${notes.secret.id}`)!;
    expect([...menu.options].map((o) => o.textContent?.trim())).to.deep.equal(['Group 2', 'Group 3']);
    menu.value = 'g3';
    menu.dispatchEvent(new Event('change'));
    click(el, `#note-${notes.secret.id} [data-action=move]`);
    await heard('console', 'Moved “Keep referral criteria secret” to another group: Group 3.');
    const patch = collector.state.requests.find((r) => r.method === 'PATCH' && r.path.includes('/notes/'))!;
    expect(patch.path).to.match(new RegExp(`/notes/${notes.secret.id}$`));
    expect(patch.body).to.deep.equal({ group: 'g3' });
    expect(groupOf(el, notes.secret)).to.equal('Group 3');
    await waitUntil(
      () => focused(el)?.id === `note-${notes.secret.id}`,
      'the keyboard did not follow the note',
    );
    await expect(el).to.be.accessible();
  });

  it('shows or hides a held note; the keyboard stays on a button that stays', async () => {
    const { collector, el, notes } = await withNotes();
    const id = notes.held.id;
    // What was asked of this note (the console may also be reading the session meanwhile).
    const changes = () =>
      collector.state.requests
        .filter((r) => r.method === 'PATCH' && r.path.endsWith(`/notes/${id}`))
        .map((r) => r.body);
    click(el, `#note-${id} [data-action=hide]`);
    await heard('console', 'Hidden: Ring Dai about the rota');
    expect(changes()).to.deep.equal([{ status: 'hidden' }]);
    expect(text($(el, `#note-${id}`))).to.contain('Hidden: participants do not see it.');
    expect(focused(el)?.dataset.action).to.equal('hide');
    expect(focused(el)?.getAttribute('aria-disabled')).to.equal('true');
    click(el, `#note-${id} [data-action=show]`);
    await heard('console', 'On the board: Ring Dai about the rota');
    expect(changes()).to.deep.equal([{ status: 'hidden' }, { status: 'visible' }]);
    expect(!!$(el, `#note-${id} [data-action=show]`), 'a note on the board has nothing to show').to.equal(
      false,
    );
    await waitUntil(() => focused(el)?.dataset.action === 'hide', 'the keyboard was lost');
  });

  it('renames a group in place: the list of groups sent back, the keyboard back on Rename', async () => {
    const { collector, el } = await withNotes();
    click(el, '#rename-g2');
    await waitUntil(() => focused(el)?.id === 'group-name-g2');
    expect(text($(el, 'label[for=group-name-g2]'))).to.equal('New name for Group 2');
    await expect(el).to.be.accessible();
    await sendKeys({ type: 'Newport' });
    await sendKeys({ press: 'Enter' });
    await heard('console', 'Renamed: Newport.');
    const patch = collector.state.requests.filter((r) => r.method === 'PATCH').at(-1)!;
    expect(patch.body).to.deep.equal({ groups: [{ id: 'g1' }, { id: 'g2', name: 'Newport' }, { id: 'g3' }] });
    expect($$(el, '.group h3').map(text)).to.deep.equal(['Group 1', 'Newport', 'Group 3']);
    await waitUntil(() => focused(el)?.id === 'rename-g2', 'the keyboard did not go back to Rename');
    // Too long a name is said at the field, nothing sent.
    click(el, '#rename-g1');
    await waitUntil(() => focused(el)?.id === 'group-name-g1');
    await sendKeys({ type: 'x'.repeat(61) });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text($(el, '#group-name-g1-error')).includes('60 characters or fewer'));
    expect(focused(el)?.id).to.equal('group-name-g1');
    click(el, '.rename .nw-link-button');
    await waitUntil(() => focused(el)?.id === 'rename-g1');
  });

  it('stacks the groups at 320 px without sideways scrolling, and sets them side by side on a tablet', async () => {
    await setViewport({ width: 320, height: 640 });
    const { el } = await withNotes();
    expect(scrollsSideways(), 'session page at 320 px').to.equal(false);
    const tops = () => $$(el, '.group').map((g) => Math.round(g.getBoundingClientRect().top));
    const [a, b] = tops();
    expect(b!).to.be.greaterThan(a!);
    for (const target of $$(el, '.round button, .round select, .groups button, .groups select')) {
      const box = target.getBoundingClientRect();
      expect(Math.min(box.height, box.width), target.outerHTML.slice(0, 80)).to.be.at.least(24);
    }
    await setViewport({ width: 1024, height: 768 });
    await el.updateComplete;
    const [c, d] = tops();
    expect(c).to.equal(d, 'side by side on a tablet');
    expect(scrollsSideways(), 'tablet').to.equal(false);
  });

  it('is in Welsh: rounds, groups, counts and notes', async () => {
    const { el } = await withNotes('cy');
    await view(el, 'Gwent TRIZ');
    expect(text($(el, '#round-title'))).to.equal('Rownd');
    expect(text($(el, '#round-next'))).to.equal('Dechrau: Canlyniadau gwaethaf');
    expect($$(el, '.agenda li').map(text)[0]).to.equal('Canlyniadau gwaethaf 8 munud');
    expect($$(el, '.group h3').map(text)).to.deep.equal(['Grŵp 1', 'Grŵp 2', 'Grŵp 3']);
    expect(text($(el, '.group h4'))).to.equal('Canlyniadau gwaethaf (nodiadau melyn) 1');
    expect(text($(el, '.group .note-meta'))).to.equal('2 bleidlais');
    await expect(el).to.be.accessible();
  });
});

describe('<netweave-console> TRIZ settings in the session form', () => {
  it('asks for groups, votes and each round’s minutes; says what is wrong at each field', async () => {
    const collector = fakeCollector();
    collector.state.signedIn = true;
    const el = await makeConsole(collector.api());
    click(el, '#create');
    await view(el, 'Create a session');
    expect(!!$(el, '#f-groups'), 'not for a commitments session').to.equal(false);
    click(el, '#f-template-triz-commitments');
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#f-groups')!.value).to.equal('4');
    expect($<HTMLInputElement>(el, '#f-votes')!.value).to.equal('3');
    expect(
      ['worst', 'already', 'stop', 'commit'].map((k) => $<HTMLInputElement>(el, `#f-minutes-${k}`)!.value),
    ).to.deep.equal(['8', '8', '12', '5']);
    expect(text($(el, 'label[for=f-minutes-stop]'))).to.equal('First steps to stop');
    expect($(el, '#f-groups')!.getAttribute('inputmode')).to.equal('numeric');
    await expect(el).to.be.accessible();
    $<HTMLInputElement>(el, '#f-title')!.focus();
    await sendKeys({ type: 'Blaenau TRIZ' });
    $<HTMLInputElement>(el, '#f-votes')!.select();
    await sendKeys({ type: '11' });
    $<HTMLInputElement>(el, '#f-minutes-stop')!.select();
    await sendKeys({ press: 'Backspace' });
    click(el, 'form button[type=submit]');
    await waitUntil(() => focused(el)?.id === 'error-summary');
    expect($$(el, '#error-summary a').map(text)).to.deep.equal([
      'Enter a number of votes from 0 to 10',
      'Enter the minutes for “First steps to stop” as a whole number from 1 to 120',
    ]);
    expect(text($(el, '#f-votes-error'))).to.equal('Error: Enter a number of votes from 0 to 10');
    await expect(el).to.be.accessible();
    $<HTMLAnchorElement>(el, '#error-summary a')!.click();
    expect(focused(el)?.id).to.equal('f-votes');
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '2' });
    expect(!!$(el, '#f-votes-error'), 'the message goes once it is put right').to.equal(false);
    $<HTMLInputElement>(el, '#f-minutes-stop')!.focus();
    await sendKeys({ type: '15' });
    click(el, 'form button[type=submit]');
    await view(el, 'Blaenau TRIZ');
    expect(collector.state.requests.find((r) => r.method === 'POST')!.body).to.deep.include({
      groups: 4,
      votes: 2,
      agenda: [
        { kind: 'worst', minutes: 8 },
        { kind: 'already', minutes: 8 },
        { kind: 'stop', minutes: 15 },
        { kind: 'commit', minutes: 5 },
      ],
    });
  });

  it('says a group that still holds notes cannot go, at the groups field, in its own words; nothing typed is lost', async () => {
    const { el } = await trizConsole({ setUp: (c, s) => void c.addNote(s.id, 'g3', 'Never share the rota') });
    click(el, '#edit');
    await view(el, 'Edit the session');
    expect($<HTMLInputElement>(el, '#f-groups')!.value).to.equal('3');
    expect($<HTMLInputElement>(el, '#f-votes')!.value).to.equal('2');
    $<HTMLInputElement>(el, '#f-title')!.focus();
    await sendKeys({ type: ' (afternoon)' });
    $<HTMLInputElement>(el, '#f-groups')!.select();
    await sendKeys({ type: '2' });
    click(el, 'form button[type=submit]');
    await waitUntil(() => focused(el)?.id === 'error-summary', 'the summary did not take the keyboard');
    expect(text($(el, '#f-groups-error'))).to.equal(
      'Error: Group 3 has notes on its board: move them to another group before you remove the group',
    );
    expect($<HTMLInputElement>(el, '#f-title')!.value).to.equal('Gwent TRIZ (afternoon)');
    expect($<HTMLInputElement>(el, '#f-groups')!.value).to.equal('2');
    expect($(el, '#f-groups')!.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
  });
});
