/**
 * A polite live region in the LIGHT DOM (appended to `document.body`): live regions inside shadow
 * roots are not heard by some screen reader and browser pairs. Arrivals are counted and announced
 * as one summary ("3 new commitments") after a short quiet spell, never card by card.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class Announcer implements ReactiveController {
  /** The region (exists while the host is connected). */
  region?: HTMLElement;
  private _count = 0;
  private _timer?: ReturnType<typeof setTimeout>;
  private readonly _delay: number;
  private readonly _summary: (count: number) => string;

  constructor(host: ReactiveControllerHost, summary: (count: number) => string, delay = 1000) {
    this._summary = summary;
    this._delay = delay;
    host.addController(this);
  }

  hostConnected(): void {
    const el = document.createElement('div');
    el.setAttribute('role', 'status');
    el.setAttribute('aria-live', 'polite');
    el.setAttribute('aria-atomic', 'true');
    el.dataset.netweaveAnnouncer = 'commitments-wall';
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
    this._count = 0;
    this.region?.remove();
    this.region = undefined;
  }

  /** Counts `n` arrivals; the summary is spoken once they stop for a moment. */
  arrived(n = 1): void {
    this._count += n;
    clearTimeout(this._timer);
    this._timer = setTimeout(() => {
      const count = this._count;
      this._count = 0;
      if (count) this.say(this._summary(count));
    }, this._delay);
  }

  /** Speaks `text` now (cleared first, so the same words are heard again). */
  say(text: string, lang?: string): void {
    const el = this.region;
    if (!el) return;
    if (lang && el.lang !== lang) el.lang = lang;
    el.textContent = '';
    setTimeout(() => {
      el.textContent = text;
    }, 50);
  }
}
