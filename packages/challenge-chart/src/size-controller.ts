/**
 * The chart's room: its width (a ResizeObserver on the host) and the reader's letter and word
 * spacing (a text-spacing override, WCAG 1.4.12), both of which change the layout. Measured before
 * each render; the host renders again when its width changes, or its size changes because a
 * text-spacing override was applied after the chart was drawn.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Spacing } from './lib/layout.js';

/** The host's letter and word spacing in px (a reader's text-spacing override), if any. */
function spacingOf(el: Element): Spacing | undefined {
  const style = getComputedStyle(el);
  const letter = parseFloat(style.letterSpacing) || 0;
  const word = parseFloat(style.wordSpacing) || 0;
  return letter || word ? { letter, word } : undefined;
}

const sameSpacing = (a: Spacing | undefined, b: Spacing | undefined): boolean =>
  a?.letter === b?.letter && a?.word === b?.word;

export class SizeController implements ReactiveController {
  /** The host's width in px (its own at the first render, else 640, until the observer says). */
  width = 0;
  spacing?: Spacing | undefined;
  private readonly _host: ReactiveControllerHost & HTMLElement;
  private _observer?: ResizeObserver;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this._host = host;
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'undefined') return;
    const host = this._host;
    this._observer = new ResizeObserver((entries) => {
      const w = Math.round(entries[0]?.contentRect.width ?? 0);
      if (w > 0 && w !== this.width) {
        this.width = w;
        host.requestUpdate();
      }
      // A text-spacing override applied later changes the host's size too: measure again.
      else if (!sameSpacing(spacingOf(host), this.spacing)) host.requestUpdate();
    });
    this._observer.observe(host);
  }

  hostDisconnected(): void {
    this._observer?.disconnect();
  }

  hostUpdate(): void {
    if (!this.width) this.width = Math.round(this._host.clientWidth) || 640;
    this.spacing = spacingOf(this._host);
  }
}
