/**
 * The bars as keyboard and pointer targets. One tab stop among them (the bar last focused); the
 * arrow keys, Home and End move focus along them (src/lib/hits.ts); focus on a bar, or the pointer
 * over it, shows its tooltip (tooltip-controller.ts decides when). The element binds the handlers
 * on the chart's wrapper, where events from the SVG arrive.
 */
import type { ReactiveControllerHost } from 'lit';
import { moveFocus, tabStop, type HitItem } from './lib/hits.js';
import { TooltipController, type Tip } from './tooltip-controller.js';

type Host = ReactiveControllerHost & { readonly renderRoot: ParentNode };

/** The key of the bar an event happened in, if any. */
const keyOf = (event: Event) =>
  (event.target as Element).closest?.('.hit-item')?.getAttribute('data-key') ?? null;

export class BarsController {
  private readonly _host: Host;
  private readonly _hits: () => readonly HitItem[];
  private readonly _tips: TooltipController;
  private _focused: string | null = null;

  /** @param hits the bars drawn now, in reading order */
  constructor(host: Host, hits: () => readonly HitItem[]) {
    this._host = host;
    this._hits = hits;
    this._tips = new TooltipController(host);
  }

  /** The tooltip to show, if any. */
  get tip(): Tip | null {
    return this._tips.tip;
  }

  /** The bar that takes Tab among `hits`. */
  tabStop(hits: readonly HitItem[]): string | null {
    return tabStop(hits, this._focused);
  }

  private _focus(key: string): void {
    if (key === this._focused) return;
    this._focused = key;
    this._host.requestUpdate();
  }

  readonly keydown = (event: KeyboardEvent): void => {
    const hits = this._hits();
    const from = keyOf(event);
    const i = hits.findIndex((h) => h.key === from);
    const next = i < 0 ? null : moveFocus(event.key, i, hits.length);
    if (next === null) return;
    event.preventDefault();
    const key = hits[next]!.key;
    this._focus(key);
    this._host.renderRoot.querySelector<SVGGElement>(`.hit-item[data-key="${CSS.escape(key)}"]`)?.focus();
  };

  readonly focusin = (event: FocusEvent): void => {
    const key = keyOf(event);
    if (key) {
      this._focus(key);
      this._tips.focused(key);
    }
  };

  readonly focusout = (): void => this._tips.blurred();

  readonly pointerover = (event: PointerEvent): void => {
    if ((event.target as Element).closest?.('.tooltip')) return this._tips.pointerOver('tooltip');
    this._tips.pointerOver(keyOf(event));
  };

  readonly pointerleave = (): void => this._tips.pointerLeft();
}
