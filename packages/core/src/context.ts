/**
 * Page-wide configuration through @lit/context. The key is a global symbol so that widgets from
 * separate CDN bundles (each with its own copy of Lit and core) still find the same provider.
 */
import { ContextConsumer, ContextRoot, createContext } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Catalogue, Locale, ResponseStore, StringOverrides } from '@netweave/model';
import { resolveLocale } from './lang.js';
import { getStore } from './store/registry.js';

export { findLang, resolveLocale } from './lang.js';

export interface NetweaveConfig {
  /** Session id responses and commitments belong to. */
  session?: string | undefined;
  /** Base URL of a netweave collector; none keeps data on this device. */
  endpoint?: string | undefined;
  /** Language tag (`en`, `cy`); otherwise the page's. */
  lang?: string | undefined;
  /** A store object (overrides `endpoint`). */
  store?: ResponseStore | undefined;
  /** Partner wording or translations, by locale. */
  strings?: StringOverrides | undefined;
  /** A partner's challenge catalogue. */
  catalogue?: Catalogue | undefined;
}

export const netweaveContext = createContext<NetweaveConfig>(Symbol.for('netweave.config.v1'));

/**
 * A widget can upgrade before `<netweave-provider>` is defined (scripts load in any order). A
 * ContextRoot keeps such unanswered requests and replays them when a provider appears. One root
 * serves every copy of netweave on the page (the protocol is shared), so attach it once.
 */
const ROOT_KEY = Symbol.for('netweave.context-root');
if (typeof document !== 'undefined' && !(globalThis as Record<symbol, unknown>)[ROOT_KEY]) {
  (globalThis as Record<symbol, unknown>)[ROOT_KEY] = true;
  new ContextRoot().attach(document.documentElement);
}

/**
 * Widgets follow the page's language as it changes (a framework switching `lang` on an
 * ancestor): one MutationObserver per page watches `lang` attributes in the document and asks
 * every connected widget to render again.
 */
const langWatchers = new Set<ReactiveControllerHost>();
let langObserver: MutationObserver | undefined;
function watchLang(host: ReactiveControllerHost): void {
  langWatchers.add(host);
  if (langObserver || typeof MutationObserver === 'undefined' || typeof document === 'undefined') return;
  langObserver = new MutationObserver((records) => {
    // Only a real change: writing the same value again (as widgets may) must not re-render.
    if (!records.some((r) => r.oldValue !== (r.target as Element).getAttribute('lang'))) return;
    for (const h of langWatchers) h.requestUpdate();
  });
  langObserver.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
    attributeOldValue: true,
    subtree: true,
  });
}

/** What a widget may set directly; its own values win over the provider's. */
export interface ConfigurableHost extends ReactiveControllerHost, HTMLElement {
  session?: string | undefined;
  endpoint?: string | undefined;
  store?: ResponseStore | undefined;
  strings?: StringOverrides | undefined;
}

/**
 * Combines a widget's own attributes with `<netweave-provider>`'s configuration and re-renders
 * the widget when the provider changes.
 */
export class ConfigController implements ReactiveController {
  readonly #host: ConfigurableHost;
  readonly #consumer: ContextConsumer<typeof netweaveContext, ConfigurableHost>;

  constructor(host: ConfigurableHost) {
    this.#host = host;
    this.#consumer = new ContextConsumer(host, { context: netweaveContext, subscribe: true });
    host.addController(this);
  }

  hostConnected(): void {
    watchLang(this.#host);
  }

  hostDisconnected(): void {
    langWatchers.delete(this.#host);
  }

  get provided(): NetweaveConfig {
    return this.#consumer.value ?? {};
  }

  get session(): string {
    return this.#host.session || this.provided.session || 'default';
  }

  get endpoint(): string | undefined {
    return this.#host.endpoint || this.provided.endpoint || undefined;
  }

  get store(): ResponseStore {
    if (this.#host.store) return this.#host.store;
    if (this.#host.endpoint) return getStore({ endpoint: this.#host.endpoint });
    return this.provided.store ?? getStore({ endpoint: this.provided.endpoint });
  }

  get strings(): StringOverrides {
    const mine = this.#host.strings ?? {};
    const theirs = this.provided.strings ?? {};
    const out: StringOverrides = { ...theirs };
    for (const [locale, table] of Object.entries(mine))
      out[locale] = { ...(theirs[locale] ?? {}), ...(table ?? {}) };
    return out;
  }

  get catalogue(): Catalogue | undefined {
    return this.provided.catalogue;
  }

  /** The element's `lang`, then the closest `[lang]` (the provider's included), then the page's. */
  get locale(): Locale {
    return resolveLocale(this.#host);
  }
}
