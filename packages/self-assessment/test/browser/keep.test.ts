// "Save my assessment" and "Open a saved assessment": the file written, read back in a fresh
// element with storage of its own (a new device), refused clearly when damaged, newer or foreign,
// and never replacing answers on screen without asking.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { NetweaveSelfAssessment } from '../../src/self-assessment.js';
import {
  $,
  $$,
  MemoryStorage,
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
const said = (el: HTMLElement) => el.querySelector('[slot="announcer"]')?.textContent ?? '';

/** Runs `act` with downloads caught: the files it would save, by name. */
async function downloads(act: () => Promise<void>): Promise<{ name: string; text: string }[]> {
  const blobs: Blob[] = [];
  const names: string[] = [];
  const create = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = (b: Blob) => (blobs.push(b), 'blob:test');
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    names.push(this.download);
  };
  try {
    await act();
  } finally {
    URL.createObjectURL = create;
    HTMLAnchorElement.prototype.click = click;
  }
  return Promise.all(blobs.map(async (b, i) => ({ name: names[i]!, text: await b.text() })));
}

/** Chooses `content` as the file to open, as the file picker would. */
async function openFile(el: NetweaveSelfAssessment, name: string, content: string): Promise<void> {
  const input = $<HTMLInputElement>(el, '#keep-file');
  const files = new DataTransfer();
  files.items.add(new File([content], name, { type: 'application/json' }));
  input.files = files.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  // busy while the file is read
  await el.updateComplete;
  await settle(el);
  expect($(el, '#keep-notice') ?? $(el, '#keep-replace'), 'the file was not read').to.exist;
}

async function saved(el: NetweaveSelfAssessment): Promise<{ name: string; text: string }> {
  const [file] = await downloads(async () => {
    $(el, '#keep-save').click();
    await settle(el);
  });
  return file!;
}

const checked = (el: NetweaveSelfAssessment, name: string) =>
  $$<HTMLInputElement>(el, `input[name="${name}"]`).find((i) => i.checked)?.value;

describe('<netweave-self-assessment> save and open a file', function () {
  // Each derives keys with PBKDF2 (210,000 rounds) or reads files, several times, with axe checks:
  // more than the default 10 s on a busy machine.
  this.timeout(40_000);
  it('saves a file that opens in a fresh element on another device: answers, history, nothing doubled', async () => {
    const store = newStore();
    await store.saveDraft('self-assessment:default:history', [
      response({ alpha: 2, beta: 0, gamma: 1 }, '2026-10-01T10:00:00Z', 'earlier'),
    ]);
    const first = await make({ catalogue: SMALL, store });
    // nothing on screen yet: only the completed one to save
    await choose(first, 'alpha', '2');
    await choose(first, 'beta', 'unsure');
    const file = await saved(first);
    expect(file.name).to.match(/^netweave-self-assessment-\d{4}-\d{2}-\d{2}\.json$/);
    expect(text(first)).to.contain(`Saved on your device as “${file.name}”`);
    expect(text(first)).to.contain('Nothing was sent anywhere.');
    expect(said(first)).to.contain(`Saved on your device as “${file.name}”`);
    const json = JSON.parse(file.text);
    expect(json).to.include({ format: 'netweave-self-assessment', version: 1, session: 'default' });
    expect(json.catalogue).to.deep.equal({ id: 'small', version: 's1' });
    expect(json.draft.answers.ratings).to.deep.equal({ alpha: 2, beta: 'unsure' });
    expect(json.history.map((h: { id: string }) => h.id)).to.deep.equal(['earlier']);
    await expect(first).to.be.accessible();

    // another device: its own storage, nothing on it
    const other = new MemoryStorage();
    const second = await make({ catalogue: SMALL, store: newStore(other) });
    expect(text(second)).to.not.contain('Save my assessment');
    await openFile(second, file.name, file.text);
    expect(checked(second, 'alpha')).to.equal('2');
    expect(checked(second, 'beta')).to.equal('unsure');
    expect(checked(second, 'gamma')).to.equal(undefined);
    const opened = `Opened “${file.name}”, saved on`;
    expect(text(second)).to.contain(opened);
    expect(text(second)).to.contain(
      'Your answers are back. 1 completed assessment was added to those on this device.',
    );
    expect(said(second)).to.contain(opened);
    // kept on the new device: a reload there finds them
    expect(JSON.parse(other.getItem('netweave:draft:self-assessment:default:history')!).data).to.have.length(
      1,
    );
    await expect(second).to.be.accessible();

    // the same file again adds nothing
    await openFile(second, file.name, file.text);
    expect(text(second)).to.contain('There was nothing in it that this device did not already have.');
    second.remove();
    const reloaded = await make({ catalogue: SMALL, store: newStore(other) });
    expect(checked(reloaded, 'alpha')).to.equal('2');
    await choose(reloaded, 'gamma', '0');
    await clickButton(reloaded, 'See my results');
    // the earlier assessment is there to compare with, once
    expect($$(reloaded, '#compare option').map((o) => o.textContent!.trim())).to.deep.equal([
      'Do not compare',
      'Assessment of 1 October 2026',
    ]);
  });

  it('saves from the results too, and says where the printable copy is', async () => {
    const el = await make({ catalogue: SMALL });
    for (const id of ['alpha', 'beta', 'gamma']) await choose(el, id, '1');
    await clickButton(el, 'See my results');
    const file = await saved(el);
    expect(text(el)).to.contain('use “Print or save as PDF” as well');
    const json = JSON.parse(file.text);
    expect(json.draft.phase).to.equal('results');
    // opened elsewhere, it shows the results
    const other = await make({ catalogue: SMALL, store: newStore(new MemoryStorage()) });
    await openFile(other, file.name, file.text);
    expect($(other, '#results-h')).to.exist;
    expect(active(other)?.id).to.equal('results-h');
    expect(text(other)).to.contain('Your answers are back.');
  });

  for (const [what, name, content, message] of [
    [
      'not JSON',
      'notes.json',
      '{"format": "netweave-self-assess',
      '“notes.json” cannot be opened: the file is damaged (it is not complete, readable JSON). Nothing on this device has changed.',
    ],
    [
      'another format',
      'export.json',
      JSON.stringify({ format: 'netweave-session-export', version: 1 }),
      '“export.json” is not a saved self-assessment, so it cannot be opened here. Choose a file made with “Save my assessment”. Nothing on this device has changed.',
    ],
    [
      'a newer version',
      'new.json',
      JSON.stringify({ format: 'netweave-self-assessment', version: 3 }),
      '“new.json” was saved by a newer version of this self-assessment (file version 3), so it cannot be opened here.',
    ],
    [
      'a broken field',
      'edited.json',
      JSON.stringify({
        format: 'netweave-self-assessment',
        version: 1,
        savedAt: '2026-12-07T10:00:00Z',
        session: 'default',
        catalogue: { id: 'small', version: 's1' },
        draft: null,
        history: [{ ...response({ alpha: 1 }, '2026-12-01T10:00:00Z'), submittedAt: 'last week' }],
      }),
      '“edited.json” cannot be opened: the file is damaged (history[0].submittedAt is not valid). Nothing on this device has changed.',
    ],
  ] as const) {
    it(`refuses ${what} clearly and changes nothing`, async () => {
      const storage = new MemoryStorage();
      const el = await make({ catalogue: SMALL, store: newStore(storage) });
      await choose(el, 'alpha', '1');
      const before = storage.getItem('netweave:draft:self-assessment:default');
      await openFile(el, name, content);
      expect($(el, '#keep-notice').className).to.contain('nw-notice--error');
      expect(text(el)).to.contain(message);
      expect(said(el)).to.contain(message);
      expect(checked(el, 'alpha')).to.equal('1');
      expect(storage.getItem('netweave:draft:self-assessment:default')).to.equal(before);
      await expect(el).to.be.accessible();
    });
  }

  it('asks before replacing answers on screen; "Keep my answers" keeps them and adds the history', async () => {
    const source = await make({ catalogue: SMALL });
    await choose(source, 'alpha', '0');
    const older = await saved(source);
    const withHistory = JSON.parse(older.text);
    withHistory.history = [response({ alpha: 1, beta: 1, gamma: 1 }, '2026-11-11T10:00:00Z', 'h1')];
    const el = await make({ catalogue: SMALL, store: newStore(new MemoryStorage()) });
    await choose(el, 'alpha', '2');
    await openFile(el, 'mine.json', JSON.stringify(withHistory));
    const question = $(el, '#keep-replace');
    expect(question.textContent).to.contain(
      'You have answers on screen that are not in what you are opening.',
    );
    expect(active(el)).to.equal(question);
    expect(checked(el, 'alpha'), 'nothing replaced yet').to.equal('2');
    await expect(el).to.be.accessible();
    await clickButton(el, 'Keep my answers');
    expect(checked(el, 'alpha')).to.equal('2');
    expect(text(el)).to.contain('The answers you had on screen were kept. 1 completed assessment was added');
    expect(active(el)?.id).to.equal('keep-open');

    await openFile(el, 'mine.json', JSON.stringify(withHistory));
    await clickButton(el, 'Replace my answers');
    expect(checked(el, 'alpha')).to.equal('0');
    expect(text(el)).to.contain('Your answers are back.');
  });

  it('asks before an older save of the same assessment replaces newer answers', async () => {
    const el = await make({ catalogue: SMALL });
    await choose(el, 'alpha', '1');
    const older = await saved(el);
    await choose(el, 'alpha', '2');
    await openFile(el, older.name, older.text);
    expect($(el, '#keep-replace')).to.exist;
    expect(checked(el, 'alpha')).to.equal('2');
    await clickButton(el, 'Keep my answers');
    // the same answers as on screen: nothing to ask
    const same = await saved(el);
    await openFile(el, same.name, same.text);
    expect($(el, '#keep-replace')).to.not.exist;
    expect(text(el)).to.contain('There was nothing in it that this device did not already have.');
  });

  it('opens the file picker from a real button, with the keyboard', async () => {
    const el = await make({ catalogue: SMALL });
    let picked = 0;
    $(el, '#keep-file').addEventListener('click', (e) => {
      picked += 1;
      e.preventDefault();
    });
    $(el, '#keep-open').focus();
    await sendKeys({ press: 'Enter' });
    expect(picked).to.equal(1);
    await sendKeys({ press: 'Space' });
    expect(picked).to.equal(2);
  });

  it('works in Welsh, refusals included', async () => {
    const el = await make({ catalogue: SMALL, lang: 'cy' });
    expect(text(el)).to.contain('Cadw a dod yn ôl');
    expect(text(el)).to.contain('Agor asesiad sydd wedi’i gadw');
    await openFile(el, 'x.json', '[]');
    expect(text(el)).to.contain('Nid hunanasesiad wedi’i gadw yw “x.json”, felly does dim modd ei agor yma.');
    await choose(el, 'alpha', '1');
    const file = await saved(el);
    expect(text(el)).to.contain(`Wedi’i gadw ar eich dyfais fel “${file.name}”`);
    await expect(el).to.be.accessible();
  });

  it('takes a partner’s wording', async () => {
    const el = await make({ catalogue: SMALL });
    el.strings = { en: { 'keep.open': 'Load a file you saved' } };
    await settle(el);
    expect($(el, '#keep-open').textContent!.trim()).to.equal('Load a file you saved');
  });
});
