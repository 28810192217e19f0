/**
 * The chart's status messages, spoken from a polite live region in the LIGHT DOM (appended to
 * `document.body`, as the wall does): live regions inside shadow roots are not heard by some
 * screen reader and browser pairs. Messages are spoken once, after a short quiet spell, and only
 * the latest: a burst of live updates is one announcement, never one per redraw.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class Announcer implements ReactiveController {
  /** The region (exists while the host is connected). */
  region?: HTMLElement;
  private _timer?: ReturnType<typeof setTimeout>;
  private readonly _delay: number;

  constructor(host: ReactiveControllerHost, delay = 1000) {
    this._delay = delay;
    host.addController(this);
  }

  hostConnected(): void {
    const el = document.createElement('div');
    el.setAttribute('role', 'status');
    el.setAttribute('aria-live', 'polite');
    el.setAttribute('aria-atomic', 'true');
    el.dataset.netweaveAnnouncer = 'challenge-chart';
    // CSSOM (not a style attribute), so a strict CSP allows it. Visually hidden, still heard.
    Object.assign(el.style, {
      position: 'absolute',
      width: '1px',
      height: '1px',
      margin: '-1px',
      padding: '0',
      overflow: 'hidden',
      clipPath: 'inset(50%)',
      whiteSpace: 'nowrap',
      border: '0',
    });
    document.body.append(el);
    this.region = el;
  }

  hostDisconnected(): void {
    clearTimeout(this._timer);
    this.region?.remove();
    this.region = undefined;
  }

  /** Speaks `text` once things have been quiet for a moment (a later call replaces it). */
  say(text: string, lang: string): void {
    clearTimeout(this._timer);
    this._timer = setTimeout(() => {
      const el = this.region;
      if (!el) return;
      el.lang = lang;
      el.textContent = text;
    }, this._delay);
  }
}
