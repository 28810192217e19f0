import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import {
  ConfigController,
  LocalStore,
  defineElement,
  definedVersion,
  getStore,
  resolveLocale,
} from '../../src/index.js';
import '../../src/provider-define.js';

class ProbeWidget extends LitElement {
  @property() session?: string;
  @property() endpoint?: string;
  readonly config = new ConfigController(this);
  override render() {
    return html`<p>${this.config.locale === 'cy' ? 'Croeso' : 'Welcome'}</p>`;
  }
}
customElements.define('nw-probe-widget', ProbeWidget);

describe('defineElement', () => {
  let warnings: unknown[][] = [];
  const warn = console.warn;
  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
  });
  afterEach(() => {
    console.warn = warn;
  });

  it('skips silently when the same version is defined twice', () => {
    class A extends HTMLElement {}
    class B extends HTMLElement {}
    defineElement('nw-twice-same', A, '1.2.3');
    expect(() => defineElement('nw-twice-same', B, '1.2.3')).not.to.throw();
    expect(customElements.get('nw-twice-same')).to.equal(A);
    expect(warnings).to.have.length(0);
  });

  it('warns, keeps the first and never throws when another version is defined', () => {
    class A extends HTMLElement {}
    class B extends HTMLElement {}
    defineElement('nw-twice-diff', A, '1.0.0');
    expect(() => defineElement('nw-twice-diff', B, '2.0.0')).not.to.throw();
    expect(customElements.get('nw-twice-diff')).to.equal(A);
    expect(definedVersion('nw-twice-diff')).to.equal('1.0.0');
    expect(String(warnings[0]?.[0])).to.contain('<nw-twice-diff> is already defined by version 1.0.0');
  });

  it('warns when the name was taken by something that is not netweave', () => {
    customElements.define('nw-taken', class extends HTMLElement {});
    defineElement('nw-taken', class extends HTMLElement {}, '1.0.0');
    expect(String(warnings[0]?.[0])).to.contain('already defined by another script');
  });
});

describe('<netweave-provider>', () => {
  it('configures the widgets inside it', async () => {
    const el = await fixture(
      html`<netweave-provider session="leeds-2026" lang="cy"
        ><nw-probe-widget></nw-probe-widget
      ></netweave-provider>`,
    );
    const probe = el.querySelector('nw-probe-widget') as ProbeWidget;
    await probe.updateComplete;
    expect(probe.config.session).to.equal('leeds-2026');
    expect(probe.config.locale).to.equal('cy');
    expect(probe.config.store).to.equal(getStore({}));
  });

  it('lets a widget’s own attributes win', async () => {
    const el = await fixture(
      html`<netweave-provider session="leeds-2026"
        ><nw-probe-widget session="mine" lang="en"></nw-probe-widget
      ></netweave-provider>`,
    );
    const probe = el.querySelector('nw-probe-widget') as ProbeWidget;
    expect(probe.config.session).to.equal('mine');
    expect(probe.config.locale).to.equal('en');
  });

  it('passes a store object and partner strings down, and updates them live', async () => {
    const el = await fixture<HTMLElement & { store?: LocalStore; strings?: object }>(
      html`<netweave-provider session="s"><nw-probe-widget></nw-probe-widget></netweave-provider>`,
    );
    const probe = el.querySelector('nw-probe-widget') as ProbeWidget;
    const store = new LocalStore({ namespace: 'nwprov', storage: null });
    el.store = store;
    el.strings = { cy: { title: 'Teitl y partner' } };
    await (el as unknown as LitElement).updateComplete;
    expect(probe.config.store).to.equal(store);
    expect(probe.config.strings).to.deep.equal({ cy: { title: 'Teitl y partner' } });
  });

  it('takes no space of its own in the host page’s layout', async () => {
    const el = await fixture(html`<netweave-provider></netweave-provider>`);
    expect(getComputedStyle(el).display).to.equal('contents');
  });
});

describe('resolveLocale', () => {
  it('finds the closest lang across shadow roots, then the document', async () => {
    const outer = await fixture(html`<div lang="cy-GB"><span></span></div>`);
    const host = outer.querySelector('span')!;
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('b');
    root.append(inner);
    expect(resolveLocale(inner)).to.equal('cy');
    const plain = await fixture(html`<p></p>`);
    document.documentElement.lang = 'en-GB';
    expect(resolveLocale(plain)).to.equal('en');
  });
});

describe('a provider defined after the widget upgraded', () => {
  it('still configures the widget (scripts may load in any order)', async () => {
    // A provider tag that is not defined yet, around an already-upgraded widget.
    const el = await fixture(
      html`<nw-late-provider session="late-session"><nw-probe-widget></nw-probe-widget></nw-late-provider>`,
    );
    const probe = el.querySelector('nw-probe-widget') as ProbeWidget;
    expect(probe.config.session).to.equal('default');
    const { NetweaveProvider } = await import('../../src/provider.js');
    customElements.define('nw-late-provider', class extends NetweaveProvider {});
    await (el as LitElement).updateComplete;
    await probe.updateComplete;
    expect(probe.config.session).to.equal('late-session');
  });
});

describe('a page that changes language', () => {
  it('re-renders widgets when an ancestor’s lang changes', async () => {
    const el = await fixture(html`<div lang="en"><nw-probe-widget></nw-probe-widget></div>`);
    const probe = el.querySelector('nw-probe-widget') as ProbeWidget;
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent).to.equal('Welcome');
    el.setAttribute('lang', 'cy');
    await waitUntil(
      () => probe.shadowRoot!.textContent === 'Croeso',
      'the widget follows the page into Welsh',
    );
  });

  it('does not re-render when a lang attribute is written with the same value', async () => {
    const el = await fixture(html`<div lang="en"><nw-probe-widget></nw-probe-widget></div>`);
    const probe = el.querySelector('nw-probe-widget') as ProbeWidget;
    await probe.updateComplete;
    let updates = 0;
    const original = probe.requestUpdate.bind(probe);
    probe.requestUpdate = (...args: Parameters<LitElement['requestUpdate']>) => {
      updates += 1;
      return original(...args);
    };
    el.setAttribute('lang', 'en');
    // The page's lang is observed by a MutationObserver, whose callback runs in the microtask
    // queued by that write; a microtask queued now runs after it. Then a real change, seen in a
    // later callback: one update in all means the unchanged write caused none.
    await new Promise<void>((resolve) => queueMicrotask(resolve));
    el.setAttribute('lang', 'cy');
    await waitUntil(() => probe.shadowRoot?.textContent?.includes('Croeso'), 'the real change is rendered');
    expect(updates, 'only the real change re-rendered').to.equal(1);
  });
});
