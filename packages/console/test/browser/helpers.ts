import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { NetweaveConsole } from '../../src/console.js';
import type { CollectorApi } from '../../src/api.js';
import type { NetweaveJoin } from '../../src/join.js';

/** An element in a shadow root. */
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
export const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** What the element has the keyboard on (inside its shadow root). */
export const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;

/** The console's live region (light DOM, one per element). */
export const announcer = (name: string) =>
  document.querySelector<HTMLElement>(`[data-netweave-announcer="${name}"]`)!;

/** Waits until the live region says `words` (it is emptied and filled again for each message). */
export async function heard(name: string, words: string | RegExp): Promise<string> {
  await waitUntil(
    () => {
      const said = announcer(name)?.textContent ?? '';
      return typeof words === 'string' ? said === words : words.test(said);
    },
    `the live region did not say ${String(words)} (it said "${announcer(name)?.textContent}")`,
  );
  return announcer(name).textContent ?? '';
}

export async function makeConsole(api: CollectorApi, lang?: string): Promise<NetweaveConsole> {
  const el = await fixture<NetweaveConsole>(
    lang
      ? html`<netweave-console .api=${api} lang=${lang}></netweave-console>`
      : html`<netweave-console .api=${api}></netweave-console>`,
  );
  await waitUntil(
    () => !/Loading|Wrthi’n llwytho/.test(text($(el, 'main'))) && $(el, 'h1'),
    'the console did not start',
  );
  await el.updateComplete;
  return el;
}

/** Waits for the console's heading to read `title` (a view has been shown). */
export async function view(el: Element, title: string | RegExp): Promise<void> {
  await waitUntil(
    () => {
      const h1 = text($(el, 'h1'));
      return typeof title === 'string' ? h1 === title : title.test(h1);
    },
    `the page heading never read ${String(title)} (it read "${text($(el, 'h1'))}")`,
  );
}

export async function makeJoin(
  fetch: typeof globalThis.fetch,
  attrs: { code?: string; lang?: string } = {},
): Promise<NetweaveJoin> {
  const stub = new URL('./widgets-stub.js', import.meta.url).href;
  const el = await fixture<NetweaveJoin>(
    html`<netweave-join
      .fetch=${fetch}
      endpoint="https://collector.example"
      widgets-src=${stub}
      code=${attrs.code ?? ''}
      lang=${attrs.lang ?? ''}
    ></netweave-join>`,
  );
  await el.updateComplete;
  return el;
}

/** Whether the page scrolls sideways (WCAG 1.4.10 at 320 px). */
export const scrollsSideways = () => document.documentElement.scrollWidth > window.innerWidth;
