/**
 * What a screen reader user is told, from one polite live region per widget in the LIGHT DOM
 * (appended to `document.body`): live regions inside shadow roots are not heard by some screen
 * reader and browser pairs. The region is visually hidden through the CSSOM (no style attribute,
 * so a strict Content Security Policy allows it) and goes when the widget leaves the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class Announcer implements ReactiveController {
  private _region?: HTMLElement | undefined;
  private readonly _name: string;
  private _timer?: ReturnType<typeof setTimeout>;

  /** @param name the widget's name, on the region as `data-netweave-announcer` */
  constructor(host: ReactiveControllerHost, name: string) {
    this._name = name;
    host.addController(this);
  }

  hostConnected(): void {
    const el = (this._region = document.createElement('div'));
    el.setAttribute('role', 'status');
    el.setAttribute('aria-live', 'polite');
    el.setAttribute('aria-atomic', 'true');
    el.dataset.netweaveAnnouncer = this._name;
    // Visually hidden as theme.ts's .nw-visually-hidden (the same text: it costs nothing gzipped).
    el.style.cssText =
      'position: absolute !important;width: 1px !important;height: 1px !important;margin: 0 !important;padding: 0 !important;overflow: hidden !important;clip: rect(0 0 0 0) !important;clip-path: inset(50%) !important;border: 0 !important;white-space: nowrap !important;';
    document.body.append(el);
  }

  hostDisconnected(): void {
    clearTimeout(this._timer);
    this._region?.remove();
    this._region = undefined;
  }

  /**
   * Speaks `text` now, once. The region is emptied first and filled a moment later, so the same
   * words said twice are heard twice. `lang` is the text's language (`en`, `cy`).
   */
  say(text: string, lang: string): void {
    const el = this._region;
    if (!el) return;
    // Only on change: core re-renders every widget when a `lang` attribute on the page changes.
    if (el.lang !== lang) el.lang = lang;
    el.textContent = '';
    setTimeout(() => (el.textContent = text), 50);
  }

  /**
   * Speaks `text` once calls stop for `delay` ms: a burst (typing in a search box, a batch of live
   * updates) is heard as one message, the latest. `text` may be a function, read when it is spoken.
   */
  sayLater(text: string | (() => string), lang: string, delay = 1000): void {
    clearTimeout(this._timer);
    this._timer = setTimeout(() => this.say(typeof text === 'function' ? text() : text, lang), delay);
  }
}
