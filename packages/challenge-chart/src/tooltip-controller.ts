/**
 * When the chart's tooltip shows (WCAG 1.4.13, content on hover or focus):
 * - on hover of a bar and on keyboard focus of a bar;
 * - dismissible: Escape hides it wherever focus is (a listener on the document while it shows),
 *   and it stays hidden until the pointer or focus moves to another bar;
 * - hoverable: the pointer can move onto the tooltip; moving from one bar to another waits a
 *   moment before switching, so crossing a neighbour on the way to the tooltip keeps it;
 * - persistent: it stays until the pointer leaves the chart, focus leaves the bar, or Escape.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface Tip {
  key: string;
  via: 'hover' | 'focus';
}

/** How long the pointer must rest on another bar before the tooltip follows it (ms). */
const SWITCH_DELAY = 300;

export class TooltipController implements ReactiveController {
  tip: Tip | null = null;
  private readonly _host: ReactiveControllerHost;
  private _dismissed: string | null = null;
  private _timer?: ReturnType<typeof setTimeout>;

  constructor(host: ReactiveControllerHost) {
    this._host = host;
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('keydown', this._onDocumentKeydown, true);
  }

  hostDisconnected(): void {
    document.removeEventListener('keydown', this._onDocumentKeydown, true);
    clearTimeout(this._timer);
    this.tip = null;
  }

  private _set(tip: Tip | null): void {
    clearTimeout(this._timer);
    if (tip?.key === this.tip?.key && tip?.via === this.tip?.via) return;
    this.tip = tip;
    this._host.requestUpdate();
  }

  /** Escape, wherever focus is on the page. */
  private _onDocumentKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.tip) return;
    this._dismissed = this.tip.key;
    this._set(null);
  };

  focused(key: string): void {
    this._dismissed = null;
    this._set({ key, via: 'focus' });
  }

  blurred(): void {
    if (this.tip?.via === 'focus') this._set(null);
  }

  /** The pointer is over bar `key`, over the tooltip (`'tooltip'`) or elsewhere in the chart (null). */
  pointerOver(key: string | null | 'tooltip'): void {
    if (key === 'tooltip' || key === null) {
      clearTimeout(this._timer);
      return;
    }
    if (key === this._dismissed) return;
    this._dismissed = null;
    if (this.tip?.key === key) {
      clearTimeout(this._timer);
      return;
    }
    if (!this.tip) {
      this._set({ key, via: 'hover' });
      return;
    }
    clearTimeout(this._timer);
    this._timer = setTimeout(() => this._set({ key, via: 'hover' }), SWITCH_DELAY);
  }

  pointerLeft(): void {
    this._dismissed = null;
    if (this.tip?.via === 'hover') this._set(null);
    else clearTimeout(this._timer);
  }
}
