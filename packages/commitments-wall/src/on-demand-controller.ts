/**
 * Code and wording the wall loads on demand: the projector (display mode), the board (columns),
 * "Did you do it?" (follow-ups) and the Welsh table. Nothing is rendered while the first three are
 * on their way (never English first, never a plain list before its board); if they cannot be
 * loaded, the wall says so and offers to try again. Follow-ups are not waited for.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly isConnected: boolean;
  display: boolean;
};

export interface OnDemandNeeds {
  /** Whether the wall has board columns (read after the element's `willUpdate`). */
  board(): boolean;
  /** The Welsh table, while it is wanted and on its way (the language controller's `loading`). */
  welsh(): Promise<unknown> | undefined;
  /** "Did you do it?": the participant has just posted, or a follow-up is due on this device. */
  followUp(): boolean;
}

export class OnDemandController implements ReactiveController {
  /** The projector view, loaded the first time `display` is on. */
  view?: import('./display.js').Projector;
  /** Board mode, loaded the first time there are columns. */
  board?: typeof import('./board.js');
  /** "Did you do it?", loaded the first time it is wanted (never waited for: the wall shows meanwhile). */
  followUp?: import('./follow-up.js').FollowUps;
  /** What is still on its way (the element's `updateComplete` waits for it). */
  loading?: Promise<unknown>;
  /** Something could not be loaded: the wall says so, with a retry, instead of waiting. */
  failed = false;
  private readonly _host: Host;
  private readonly _needs: OnDemandNeeds;
  /** Whether the wall has been shown (a later switch to Welsh keeps English up until Welsh arrives). */
  private _shown = false;

  constructor(host: Host, needs: OnDemandNeeds) {
    this._host = host;
    this._needs = needs;
    host.addController(this);
  }

  /** The projector's or the board's code is wanted and not here. */
  get missing(): boolean {
    return (this._host.display && !this.view) || (this._needs.board() && !this.board);
  }

  /** Whether the wall renders now: not while what it needs is on its way (unless it could not be loaded). */
  ready(): boolean {
    if (!this.failed && (this.missing || (!!this._needs.welsh() && !this._shown))) return false;
    return (this._shown = true);
  }

  /** Starts loading what this update needs. */
  hostUpdate(): void {
    if (this.loading) return;
    const needs: Promise<unknown>[] = [];
    const welsh = this._needs.welsh();
    if (welsh) needs.push(welsh);
    if (this._host.display && !this.view)
      needs.push(
        import('./display.js').then((m) => {
          this._adopt(m.displayStyles.styleSheet);
          this.view = new m.Projector(this._host);
        }),
      );
    if (this._needs.followUp() && !this.followUp)
      needs.push(import('./follow-up.js').then((m) => (this.followUp = new m.FollowUps(this._host))));
    if (this._needs.board() && !this.board)
      needs.push(import('./board.js').then((m) => this._adopt((this.board = m).boardStyles.styleSheet)));
    if (needs.length && !this.failed) {
      const loading: Promise<unknown> = (this.loading = Promise.all(needs)
        .catch(() => (this.failed = true))
        .finally(() => {
          if (this.loading === loading) this.loading = undefined;
          this._host.requestUpdate();
        }));
    }
  }

  private _adopt(sheet: CSSStyleSheet | undefined): void {
    const root = this._host.renderRoot as ShadowRoot;
    if (sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}
