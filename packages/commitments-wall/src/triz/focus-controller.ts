/**
 * Keeps the keyboard somewhere sensible while the board changes under it. Before each render it
 * notes where the keyboard is (a note and the control on it, the notes either side, the section);
 * after the render, if that control went (a note moved to another section or group, a round
 * ended its actions), it puts the keyboard on the same control of the same note wherever it now
 * is, else the note's first control, else a neighbouring note, the section, the board's heading.
 * An explicit move (`moveTo`) wins: after a note turns pink, its next action.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where the keyboard was, or is to go. */
export interface Spot {
  /** A note's id, and the `data-action` of the control on it. */
  note?: string | undefined;
  action?: string | undefined;
  /** The notes beside it, for when it has gone. */
  next?: string | undefined;
  prev?: string | undefined;
  /** Its section's heading id. */
  section?: string | undefined;
  /** Any element, by a selector. */
  selector?: string | undefined;
}

type Host = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

export class FocusController implements ReactiveController {
  private readonly _host: Host;
  private _was?: Spot | undefined;
  private _to?: Spot | undefined;

  constructor(host: Host) {
    this._host = host;
    host.addController(this);
  }

  /** Puts the keyboard on `spot` after the next render. */
  moveTo(spot: Spot): void {
    this._to = spot;
    this._host.requestUpdate();
  }

  private get _active(): HTMLElement | null {
    return (this._host.renderRoot as ShadowRoot).activeElement as HTMLElement | null;
  }

  hostUpdate(): void {
    const active = this._active;
    if (!active) {
      this._was = undefined;
      return;
    }
    const li = active.closest<HTMLElement>('[data-note]');
    const near = (el: Element | null | undefined) => (el as HTMLElement | null)?.dataset.note;
    this._was = {
      note: li?.dataset.note,
      action: active.dataset.action,
      next: near(li?.nextElementSibling),
      prev: near(li?.previousElementSibling),
      section: active.closest('section')?.querySelector('h3')?.id,
      selector: active.id ? `#${CSS.escape(active.id)}` : undefined,
    };
  }

  hostUpdated(): void {
    const to = this._to;
    this._to = undefined;
    if (to) this._focus(to);
    else if (this._was && !this._active && document.activeElement === document.body) this._focus(this._was);
  }

  private _focus(spot: Spot): void {
    const q = (s: string) => this._host.renderRoot.querySelector<HTMLElement>(s);
    const note = (id?: string) => (id ? q(`[data-note="${CSS.escape(id)}"]`) : null);
    const li = note(spot.note);
    const target =
      (li &&
        ((spot.action && li.querySelector<HTMLElement>(`[data-action="${spot.action}"]`)) ||
          li.querySelector<HTMLElement>('button, textarea') ||
          li)) ||
      (spot.selector && q(spot.selector)) ||
      note(spot.next) ||
      note(spot.prev) ||
      (spot.section && q(`#${spot.section}`)) ||
      q('#heading');
    target?.focus();
  }
}
