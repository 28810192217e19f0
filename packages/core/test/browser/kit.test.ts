import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import {
  Announcer,
  ConfigController,
  DEFAULT_COLUMN,
  LanguageController,
  LIMITS,
  download,
  isId,
  pendingCommitment,
  validateCommitment,
  type NewCommitment,
} from '../../src/index.js';
import '../../src/provider-define.js';

type Table = { hello: string };
const EN: Table = { hello: 'Hello' };
const CY: Table = { hello: 'Helo' };

/** What the probe's Welsh loader does next; how often it was asked. */
const welsh = { fail: false, calls: 0 };

class KitProbe extends LitElement {
  static override properties = { lang: { reflect: true } };
  override lang!: string;
  /** The probe's tables (one object for every probe, as a widget's module would have). */
  static tables: { en: Table; cy?: Table } = { en: EN };
  readonly config = new ConfigController(this);
  readonly language = new LanguageController(this, this.config, KitProbe.tables, () => {
    welsh.calls += 1;
    return welsh.fail ? Promise.reject(new Error('offline')) : Promise.resolve({ cy: CY });
  });
  readonly announcer = new Announcer(this, 'kit-probe');
  override render() {
    // As a widget whose Welsh is loaded on demand: nothing until it has arrived, never English first.
    return this.language.loading ? html`` : html`<p>${this.language.t.t('hello')}</p>`;
  }
}
customElements.define('nw-kit-probe', KitProbe);

const text = (el: Element) => el.shadowRoot!.querySelector('p')?.textContent ?? '';
const region = () => document.querySelector<HTMLElement>('[data-netweave-announcer="kit-probe"]');

/** Everything the region says from now on, in order (each time words are put into it). */
function hearing(el: HTMLElement) {
  const heard: string[] = [];
  const observer = new MutationObserver(() => {
    if (el.textContent) heard.push(el.textContent);
  });
  observer.observe(el, { childList: true, characterData: true, subtree: true });
  return { heard, stop: () => observer.disconnect() };
}

describe('widget kit: LanguageController', () => {
  beforeEach(() => {
    delete KitProbe.tables.cy;
    welsh.fail = false;
    welsh.calls = 0;
  });

  it('speaks English by default and Welsh from its own lang, loading the Welsh table on demand', async () => {
    const el = await fixture<KitProbe>(html`<nw-kit-probe></nw-kit-probe>`);
    expect(text(el)).to.equal('Hello');
    expect(welsh.calls).to.equal(0);
    el.lang = 'cy';
    await el.updateComplete;
    expect(el.language.loading, 'Welsh on its way').to.be.instanceOf(Promise);
    expect(text(el), 'no English while Welsh loads').to.equal('');
    await el.language.loading;
    await el.updateComplete;
    expect(text(el)).to.equal('Helo');
    expect(el.language.t.locale).to.equal('cy');
    expect(welsh.calls).to.equal(1);
    el.lang = 'en-GB';
    await el.updateComplete;
    expect(text(el)).to.equal('Hello');
  });

  it('registers Welsh dates and list joiners with the Welsh wording', async () => {
    const el = await fixture<KitProbe>(html`<nw-kit-probe lang="cy"></nw-kit-probe>`);
    await waitUntil(() => text(el) === 'Helo', 'no Welsh');
    // Chromium here has no Welsh locale data: these come from netweave's own tables.
    expect(el.language.t.list(['Cymru', 'Lloegr', 'Tai'])).to.equal('Cymru, Lloegr a Thai');
    expect(el.language.t.date('2026-12-06T12:00:00Z', { month: 'long', timeZone: 'UTC' })).to.equal(
      'Rhagfyr',
    );
  });

  it('follows the provider’s lang, and its changes', async () => {
    const provider = await fixture(
      html`<netweave-provider lang="cy"><nw-kit-probe></nw-kit-probe></netweave-provider>`,
    );
    const el = provider.querySelector<KitProbe>('nw-kit-probe')!;
    await waitUntil(() => text(el) === 'Helo', 'not Welsh from the provider');
    provider.setAttribute('lang', 'en');
    await waitUntil(() => text(el) === 'Hello', 'did not follow the provider');
  });

  it('follows the page’s <html lang> as it changes', async () => {
    const before = document.documentElement.lang;
    const el = await fixture<KitProbe>(html`<nw-kit-probe></nw-kit-probe>`);
    try {
      document.documentElement.lang = 'cy';
      await waitUntil(() => text(el) === 'Helo', 'did not follow the page');
      document.documentElement.lang = 'en';
      await waitUntil(() => text(el) === 'Hello', 'did not follow the page back');
    } finally {
      document.documentElement.lang = before;
    }
  });

  it('speaks English when the Welsh table cannot be loaded, and Welsh once the page is back online', async () => {
    welsh.fail = true;
    const el = await fixture<KitProbe>(html`<nw-kit-probe lang="cy"></nw-kit-probe>`);
    await waitUntil(() => text(el) === 'Hello', 'nothing shown when Welsh failed');
    expect(el.language.loading, 'no retry until online').to.equal(undefined);
    expect(welsh.calls).to.equal(1);
    welsh.fail = false;
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => text(el) === 'Helo', 'no Welsh after coming back online');
    expect(welsh.calls).to.equal(2);
  });
});

describe('widget kit: Announcer', () => {
  afterEach(() => fixtureCleanup());

  it('is a polite status region in the light DOM, gone with its widget', async () => {
    const el = await fixture<KitProbe>(html`<nw-kit-probe></nw-kit-probe>`);
    const r = region()!;
    expect(r.parentElement).to.equal(document.body);
    expect(r.getAttribute('role')).to.equal('status');
    expect(r.getAttribute('aria-live')).to.equal('polite');
    expect(r.getBoundingClientRect().width).to.be.at.most(1);
    el.remove();
    expect(region()).to.equal(null);
  });

  it('says each message once, and the same words again when they are said again', async () => {
    const el = await fixture<KitProbe>(html`<nw-kit-probe></nw-kit-probe>`);
    const { heard, stop } = hearing(region()!);
    el.announcer.say('Saved', 'en');
    await waitUntil(() => heard.length === 1, 'not said');
    el.announcer.say('Saved', 'en');
    await waitUntil(() => heard.length === 2, 'the same words were not said again');
    el.announcer.say('Wedi’i gadw', 'cy');
    await waitUntil(() => heard.length === 3, 'not said');
    stop();
    expect(heard).to.deep.equal(['Saved', 'Saved', 'Wedi’i gadw']);
    expect(region()!.lang).to.equal('cy');
  });

  it('says a burst of later messages once, the latest', async () => {
    const el = await fixture<KitProbe>(html`<nw-kit-probe></nw-kit-probe>`);
    const { heard, stop } = hearing(region()!);
    let count = 0;
    for (let i = 0; i < 5; i++) {
      count += 1;
      el.announcer.sayLater(() => `${count} new`, 'en', 100);
    }
    await waitUntil(() => heard.length === 1, 'not said');
    // The next message is the next thing heard: the burst was said once.
    el.announcer.say('Next', 'en');
    await waitUntil(() => heard.length === 2, 'not said');
    stop();
    expect(heard).to.deep.equal(['5 new', 'Next']);
  });
});

describe('widget kit: download', () => {
  const saved: { name: string; blob: Blob }[] = [];
  const { createObjectURL, revokeObjectURL } = URL;
  const click = HTMLAnchorElement.prototype.click;
  beforeEach(() => {
    saved.length = 0;
    const blobs = new Map<string, Blob>();
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      const url = `blob:kit-${blobs.size}`;
      blobs.set(url, blob as Blob);
      return url;
    };
    URL.revokeObjectURL = () => {};
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, blob: blobs.get(this.href)! });
    };
  });
  afterEach(() => {
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    HTMLAnchorElement.prototype.click = click;
  });

  it('saves text under the name and type given, and a Blob as it is', async () => {
    download('commitments-gwent.csv', 'id,text\n', 'text/csv;charset=utf-8');
    const png = new Blob(['png'], { type: 'image/png' });
    download('chart.png', png);
    expect(saved.map((s) => s.name)).to.deep.equal(['commitments-gwent.csv', 'chart.png']);
    expect(saved[0]!.blob.type).to.equal('text/csv;charset=utf-8');
    expect(await saved[0]!.blob.text()).to.equal('id,text\n');
    expect(saved[1]!.blob).to.equal(png);
    expect(document.querySelector('a[download]'), 'the link is not left on the page').to.equal(null);
  });
});

describe('widget kit: commitment defaults and ids', () => {
  const input: NewCommitment = { id: 'c-1', sessionId: 's-1', text: 'Ring the council' };

  it('fills in what the model fills in when a commitment is stored', () => {
    const result = validateCommitment({ ...input, createdAt: '2026-12-06T10:00:00.000Z', status: 'pending' });
    if (!result.success) throw new Error(result.issues[0]!.message);
    const stored = result.value;
    expect(DEFAULT_COLUMN).to.equal(stored.column);
    const pending = pendingCommitment({ ...input, createdAt: '2026-12-06T10:00:00.000Z' });
    expect(pending).to.deep.equal({ ...stored, reactions: 0 });
    expect(pendingCommitment({ ...input, column: 'triz-stop', sector: 'vcse' })).to.include({
      column: 'triz-stop',
      sector: 'vcse',
      status: 'pending',
    });
  });

  it('takes ids by the model’s pattern and length', () => {
    for (const id of ['a', 'triz-worst', 'leeds.2026:03_a', 'A'.repeat(LIMITS.idLength)])
      expect(isId(id), id).to.equal(true);
    for (const id of ['', '-a', 'a b', 'a/b', 'A'.repeat(LIMITS.idLength + 1), 42, null])
      expect(isId(id), String(id)).to.equal(false);
  });
});
