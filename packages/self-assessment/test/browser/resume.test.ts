// "Continue on another device": a code made on one device, the answers sealed in the browser with
// real Web Crypto and kept by a fake collector (saveResume/loadResume/deleteResume as HttpStore
// answers them), restored on another device with its own storage; later changes saved again; the
// code deleted; wrong, expired and mistyped codes, a collector that cannot be reached or refuses
// for too many tries, and the QR code's address.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LocalStore, StoreError, type ResumeEnvelope } from '@netweave/core';
import type { NetweaveSelfAssessment } from '../../src/self-assessment.js';
import { qrPath } from '../../src/lib/qr.js';
import { $, $$, MemoryStorage, SMALL, choose, clickButton, make, settle, text } from './helpers.js';

const EXPIRES = '2027-01-06T10:00:00.000Z';
const active = (el: HTMLElement) => el.shadowRoot!.activeElement as HTMLElement | null;
const said = (el: HTMLElement) => el.querySelector('[slot="announcer"]')?.textContent ?? '';
const checked = (el: NetweaveSelfAssessment, name: string) =>
  $$<HTMLInputElement>(el, `input[name="${name}"]`).find((i) => i.checked)?.value;

/** A collector's resume entries in memory, answering as the HTTP store does (StoreError codes). */
class FakeCollector {
  readonly entries = new Map<string, { envelope: ResumeEnvelope; expiresAt: string }>();
  /** Ids whose time is over (the collector answers 410). */
  readonly expired = new Set<string>();
  mode: 'ok' | 'offline' | 'limited' = 'ok';
  saves = 0;

  private _check(): void {
    if (this.mode === 'offline')
      throw new StoreError('The collector could not be reached.', { status: 0, code: 'network' });
    if (this.mode === 'limited')
      throw new StoreError('Too many requests.', { status: 429, code: 'rate-limited' });
  }

  /** A device: its own storage, this collector. */
  store(storage: Storage = new MemoryStorage()) {
    const local = new LocalStore({ storage });
    return Object.assign(local, {
      saveResume: async (id: string, envelope: ResumeEnvelope) => {
        this._check();
        this.saves += 1;
        const expiresAt = this.entries.get(id)?.expiresAt ?? EXPIRES;
        this.entries.set(id, { envelope, expiresAt });
        return { expiresAt };
      },
      loadResume: async (id: string) => {
        this._check();
        if (this.expired.has(id)) throw new StoreError('Expired.', { status: 410, code: 'resume-expired' });
        const entry = this.entries.get(id);
        if (!entry) throw new StoreError('Not found.', { status: 404, code: 'resume-not-found' });
        return entry;
      },
      deleteResume: async (id: string) => {
        this._check();
        this.entries.delete(id);
      },
    });
  }
}

/** Clicks a button by id, then waits for what it started (a code being made, restored…). */
async function press(el: NetweaveSelfAssessment, id: string): Promise<void> {
  $(el, `#${id}`).click();
  await el.updateComplete;
  await settle(el);
}

async function makeCode(el: NetweaveSelfAssessment): Promise<string> {
  await press(el, 'resume-start');
  await waitUntil(() => $(el, '.resume-code'), 'no code was shown');
  await settle(el);
  return $(el, '.resume-code').textContent!.trim().replace(/\s+/g, '-');
}

async function typeCode(el: NetweaveSelfAssessment, code: string): Promise<void> {
  if (!$(el, '#resume-code')) await press(el, 'resume-have');
  const input = $<HTMLInputElement>(el, '#resume-code');
  input.value = code;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  $<HTMLButtonElement>(el, '.resume-enter button[type=submit]').click();
  // busy (the section) until restored or refused
  await el.updateComplete;
  await settle(el);
}

describe('<netweave-self-assessment> continue on another device', function () {
  // Each derives keys with PBKDF2 (210,000 rounds) or reads files, several times, with axe checks:
  // more than the default 10 s on a busy machine.
  this.timeout(40_000);
  it('makes a code whose answers another device restores; the collector holds nothing readable', async () => {
    const collector = new FakeCollector();
    const first = await make({ catalogue: SMALL, store: collector.store() });
    await choose(first, 'alpha', '2');
    const other = $<HTMLTextAreaElement>(first, 'textarea');
    other.value = 'Parking at the hub';
    other.dispatchEvent(new Event('input', { bubbles: true }));
    await settle(first);
    const code = await makeCode(first);
    expect(code).to.match(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z*~$=]$/);
    expect(active(first)?.id).to.equal('resume-h');
    expect(text(first)).to.contain('Kept until 6 January 2027.');
    expect(text(first)).to.contain('the collector cannot read them');
    expect(said(first)).to.contain(`Your code: ${code}. Kept until 6 January 2027.`);
    // the QR code, made here: a real SVG image with a name
    await waitUntil(() => $(first, '.resume svg path'), 'no QR code');
    expect($(first, '.resume svg').getAttribute('aria-label')).to.equal(
      'QR code that opens this page with your code',
    );
    expect($(first, '.resume svg path').getAttribute('d')!.length).to.be.greaterThan(100);
    // what the collector keeps is ciphertext under an id that is not the code
    const [[id, entry]] = [...collector.entries];
    expect(id).to.match(/^[0-9a-f]{32}$/);
    const stored = JSON.stringify(entry!.envelope);
    for (const words of ['Parking', 'alpha', 'netweave-self-assessment', code, code.replace(/-/g, '')])
      expect(stored).to.not.contain(words);
    await expect(first).to.be.accessible();

    // another device: its own storage
    const second = await make({ catalogue: SMALL, store: collector.store(new MemoryStorage()) });
    await press(second, 'resume-have');
    expect(active(second)?.id).to.equal('resume-code');
    await expect(second).to.be.accessible();
    // typed as people type: lower case, spaces, O for 0
    await typeCode(second, code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o'));
    expect(checked(second, 'alpha')).to.equal('2');
    expect($<HTMLTextAreaElement>(second, 'textarea').value).to.equal('Parking at the hub');
    expect(text(second)).to.match(
      /Restored the answers saved under your code on \d{1,2} \w+ 20\d\d\. Your answers are back\./,
    );
    expect(said(second)).to.contain('Restored the answers saved under your code');
    expect($(second, '#resume-code'), 'the field goes once restored').to.not.exist;
  });

  it('saves later changes under the same code, says so, and deletes it at once when asked', async () => {
    const collector = new FakeCollector();
    const first = await make({ catalogue: SMALL, store: collector.store() });
    await choose(first, 'alpha', '1');
    const code = await makeCode(first);
    expect(collector.saves).to.equal(1);
    expect(text(first)).to.contain('Changes you make on this device are saved under this code too.');
    await choose(first, 'beta', '2');
    await choose(first, 'gamma', '0');
    // one save for both changes, once the person pauses
    await waitUntil(() => collector.saves === 2, 'the change was not saved under the code');
    await settle(first);
    expect(collector.entries.size).to.equal(1);
    const second = await make({ catalogue: SMALL, store: collector.store(new MemoryStorage()) });
    await typeCode(second, code);
    expect([checked(second, 'alpha'), checked(second, 'beta'), checked(second, 'gamma')]).to.deep.equal([
      '1',
      '2',
      '0',
    ]);

    // a failed save is said, and tried again
    collector.mode = 'offline';
    await choose(first, 'alpha', '2');
    await waitUntil(() => text(first).includes('Your latest changes are not saved under this code yet.'), '');
    collector.mode = 'ok';
    $$<HTMLButtonElement>(first, '.resume button')
      .find((b) => b.textContent!.trim() === 'Try again')!
      .click();
    await waitUntil(() => collector.saves === 3, 'not tried again');

    await press(first, 'resume-delete');
    expect(collector.entries.size).to.equal(0);
    expect(text(first)).to.contain(
      'Your code and the answers saved under it have been deleted from the collector.',
    );
    expect(said(first)).to.contain('have been deleted from the collector');
    expect(active(first)?.id).to.equal('resume-start');
    expect(checked(first, 'alpha'), 'the answers stay on this device').to.equal('2');
    // the other device is told it is gone, and keeps what it has
    await choose(second, 'beta', '0');
    await typeCode(second, code);
    expect(text(second)).to.contain('No answers are saved under this code.');
    expect(checked(second, 'beta')).to.equal('0');
  });

  it('keeps the code on this device for the next visit, and says when it has expired', async () => {
    const collector = new FakeCollector();
    const storage = new MemoryStorage();
    const first = await make({ catalogue: SMALL, store: collector.store(storage) });
    await choose(first, 'alpha', '1');
    const code = await makeCode(first);
    first.remove();
    const again = await make({ catalogue: SMALL, store: collector.store(storage) });
    await waitUntil(() => $(again, '.resume-code'), 'the code was not kept');
    expect($(again, '.resume-code').textContent!.trim().replace(/\s+/g, '-')).to.equal(code);
    again.remove();
    // its time is over
    const key = 'netweave:draft:self-assessment:default:resume';
    const kept = JSON.parse(storage.getItem(key)!);
    kept.data.expiresAt = '2026-01-01T00:00:00.000Z';
    storage.setItem(key, JSON.stringify(kept));
    const later = await make({ catalogue: SMALL, store: collector.store(storage) });
    await waitUntil(() => text(later).includes('Your code expired on 1 January 2026'), 'no expiry notice');
    expect($(later, '.resume-code')).to.not.exist;
    expect($(later, '#resume-start')).to.exist;
  });

  it('says what is wrong with a mistyped code, before asking the collector', async () => {
    const collector = new FakeCollector();
    const el = await make({ catalogue: SMALL, store: collector.store() });
    for (const [typed, message] of [
      ['', 'Enter your code'],
      ['ABCD-EFGH', 'Check the code: it has 13 letters and numbers'],
      ['ABCD-EFGH-JKMN-!', 'Check the code: it has only letters and numbers'],
      ['ABCD-EFGH-JKMN-P', 'Check the code: a letter or number in it is not right'],
    ]) {
      await typeCode(el, typed!);
      expect($(el, '#resume-code-error').textContent).to.contain(message);
      expect($(el, '#resume-code').getAttribute('aria-invalid')).to.equal('true');
      expect(active(el)?.id).to.equal('resume-code');
    }
    expect(collector.saves).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('says clearly when a code is wrong or expired, the collector cannot be reached or refuses too many tries', async () => {
    const collector = new FakeCollector();
    const maker = await make({ catalogue: SMALL, store: collector.store() });
    await choose(maker, 'alpha', '1');
    const code = await makeCode(maker);
    const el = await make({ catalogue: SMALL, store: collector.store(new MemoryStorage()) });
    await choose(el, 'gamma', '2');
    const [id] = [...collector.entries.keys()];
    const cases: [() => void, string][] = [
      [
        () => (collector.mode = 'offline'),
        'The collector cannot be reached just now. Check your connection and try again.',
      ],
      [
        () => (collector.mode = 'limited'),
        'Too many codes have been tried from this network. Wait a few minutes, then try again.',
      ],
      [
        () => ((collector.mode = 'ok'), collector.expired.add(id!)),
        'This code has expired, and the answers saved under it have been deleted.',
      ],
    ];
    for (const [arrange, message] of cases) {
      arrange();
      await typeCode(el, code);
      expect($(el, '#keep-notice').textContent).to.contain(message);
      expect($(el, '#keep-notice').textContent).to.contain('Nothing on this device has changed.');
      expect(said(el)).to.contain(message);
      expect(checked(el, 'gamma'), 'nothing lost').to.equal('2');
      expect(checked(el, 'alpha')).to.equal(undefined);
    }
    await expect(el).to.be.accessible();
    // making a code while the collector cannot be reached
    collector.mode = 'offline';
    await press(el, 'resume-start');
    expect($(el, '#keep-notice').textContent).to.contain('The collector cannot be reached just now.');
    expect($(el, '.resume-code')).to.not.exist;
  });

  it('asks before a code replaces answers on screen', async () => {
    const collector = new FakeCollector();
    const maker = await make({ catalogue: SMALL, store: collector.store() });
    await choose(maker, 'alpha', '0');
    const code = await makeCode(maker);
    const el = await make({ catalogue: SMALL, store: collector.store(new MemoryStorage()) });
    await choose(el, 'alpha', '2');
    await typeCode(el, code);
    expect(active(el)?.id).to.equal('keep-replace');
    expect(checked(el, 'alpha')).to.equal('2');
    $$<HTMLButtonElement>(el, '#keep-replace ~ .keep-actions button')[0]!.click();
    await settle(el);
    expect(checked(el, 'alpha')).to.equal('0');
  });

  it('offers to restore from the QR code’s address, and takes the code out of the address bar', async () => {
    const collector = new FakeCollector();
    const maker = await make({ catalogue: SMALL, store: collector.store() });
    await choose(maker, 'beta', '1');
    const code = await makeCode(maker);
    const before = location.href;
    history.replaceState(history.state, '', `${before.replace(/#.*$/, '')}#netweave-resume=${code}`);
    const el = await make({ catalogue: SMALL, store: collector.store(new MemoryStorage()) });
    expect(location.hash).to.equal('');
    expect(text(el)).to.contain('This page was opened with a code for continuing on another device.');
    expect($<HTMLInputElement>(el, '#resume-code').value).to.equal(code);
    expect(checked(el, 'beta'), 'not restored before the person says so').to.equal(undefined);
    $(el, '#resume-code').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await waitUntil(() => checked(el, 'beta') === '1', 'not restored');
    history.replaceState(history.state, '', before);
  });

  it('works in Welsh: the code, its expiry with a Welsh month, and the refusals', async () => {
    const collector = new FakeCollector();
    const el = await make({ catalogue: SMALL, store: collector.store(), lang: 'cy' });
    expect($(el, '#resume-start').textContent!.trim()).to.equal('Parhau ar ddyfais arall');
    await choose(el, 'alpha', '1');
    await makeCode(el);
    expect(text(el)).to.contain('Yn cael ei gadw tan 6 Ionawr 2027.');
    expect($(el, '#resume-delete').textContent!.trim()).to.equal('Ei ddileu nawr');
    await typeCode(el, 'ABCD');
    expect($(el, '#resume-code-error').textContent).to.contain('Gwiriwch y cod');
    await expect(el).to.be.accessible();
  });

  it('draws the QR code of this page’s address with the code after #', async () => {
    const collector = new FakeCollector();
    const el = await make({ catalogue: SMALL, store: collector.store() });
    await choose(el, 'alpha', '1');
    const code = await makeCode(el);
    await waitUntil(() => $(el, '.resume svg path'), 'no QR code');
    const expected = qrPath(`${location.href.replace(/#.*$/, '')}#netweave-resume=${code}`);
    expect($(el, '.resume svg path').getAttribute('d')).to.equal(expected.path);
    expect($(el, '.resume svg').getAttribute('viewBox')).to.equal(`0 0 ${expected.size} ${expected.size}`);
  });

  it('"Forget my answers on this device" also deletes what was kept under a code made here', async () => {
    const collector = new FakeCollector();
    const el = await make({ catalogue: SMALL, store: collector.store() });
    await choose(el, 'alpha', '1');
    await makeCode(el);
    expect(collector.entries.size).to.equal(1);
    await press(el, 'ask-forget');
    await clickButton(el, 'Yes, clear them');
    await waitUntil(() => collector.entries.size === 0, 'the collector still keeps it');
    await settle(el);
    expect($(el, '.resume-code')).to.not.exist;
  });

  it('offers no code on a page that keeps answers on this device only', async () => {
    const el = await make({ catalogue: SMALL });
    expect($(el, '#resume-start')).to.not.exist;
    expect($(el, '#resume-have')).to.not.exist;
    expect(text(el)).to.contain('Open a saved assessment');
  });
});
