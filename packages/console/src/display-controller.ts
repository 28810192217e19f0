/**
 * The projector page's questions to the collector: which open session does this code lead to
 * (the participant page's lookup, with its limits), and where does its TRIZ round stand now (the
 * public session, with the time left by the collector's clock). Then the widget the room's screen
 * shows, loaded from the collector itself; when the session moves on, the next one, swapped in
 * once it has come (the screen is never blank meanwhile).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ApiError } from './http.js';
import { lookupJoin, type JoinInfo } from './join-api.js';
import { normaliseCode } from './lib/code.js';
import { displayWidget, widgetFile, type DisplayView, type WidgetTag } from './lib/templates.js';
import type { LiveSession } from './stage-follower.js';

export type DisplayState = 'entry' | 'looking' | 'ready' | 'error';

export interface DisplayOptions {
  /** The collector's origin ('' for this page's). */
  base?: string;
  fetch?: typeof fetch;
  /** A file that defines the widgets (tests); default each widget's own CDN file. */
  widgets?: string;
  view?: DisplayView;
  group?: string;
}

export class DisplayController implements ReactiveController {
  state: DisplayState = 'entry';
  info: JoinInfo | undefined;
  error: ApiError | undefined;
  /** The code as the collector reads it (capitals, no hyphen). */
  code = '';
  /** The session as last told (its stage, round, agenda, groups; `open` false once closed). */
  live: LiveSession = {};
  /** The widget shown now (undefined: none, e.g. a self-assessment session). */
  widget: WidgetTag | undefined;
  private readonly _host: ReactiveControllerHost;
  private _run = 0;
  private _options: DisplayOptions = {};

  constructor(host: ReactiveControllerHost) {
    this._host = host;
    host.addController(this);
  }

  hostConnected(): void {}

  private _load(tag: WidgetTag): Promise<unknown> {
    return import(/* @vite-ignore */ this._options.widgets ?? widgetFile(tag.tag));
  }

  /** Looks the code up, reads where its round stands, and loads the widget the screen shows. */
  async open(typed: string, options: DisplayOptions = {}): Promise<void> {
    const run = ++this._run;
    this._options = options;
    const code = normaliseCode(typed);
    this.code = code ?? typed;
    this.info = undefined;
    this.error = undefined;
    this.live = {};
    this.widget = undefined;
    if (!code) {
      this._fail(new ApiError(typed ? 'invalid-code' : 'no-code', 400));
      return;
    }
    this.state = 'looking';
    this._host.requestUpdate();
    const get = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    try {
      const info = await lookupJoin(code, options);
      if (run !== this._run) return;
      this.info = info;
      // Where the round stands (the join lookup does not say): the live stream keeps it after.
      const res = await get(`${options.base ?? ''}/v1/sessions/${encodeURIComponent(info.session)}`, {
        headers: { accept: 'application/json' },
        credentials: 'omit',
        cache: 'no-store',
      }).catch(() => undefined);
      const session = res?.ok ? ((await res.json().catch(() => ({}))) as LiveSession) : {};
      if (run !== this._run) return;
      this.live = { ...session, stage: info.stage };
      const widget = displayWidget(info.template, info.stage, options);
      if (widget) await this._load(widget);
      if (run !== this._run) return;
      this.widget = widget;
      this.state = 'ready';
    } catch (error) {
      if (run !== this._run) return;
      this._fail(error instanceof ApiError ? error : new ApiError('network', 0));
      return;
    }
    this._host.requestUpdate();
  }

  /**
   * The session as the live stream tells it: its round (the countdown starts again from it), and
   * its stage (the screen's widget follows once the new one has loaded). Resolves true when the
   * widget changed.
   */
  async told(session: LiveSession): Promise<boolean> {
    const info = this.info;
    if (!info || this.state !== 'ready') return false;
    const run = this._run;
    this.live = { ...this.live, ...session };
    if (session.open === false) {
      this._fail(new ApiError('session-closed', 410));
      return false;
    }
    this._host.requestUpdate();
    const widget = displayWidget(info.template, this.live.stage, this._options);
    if (JSON.stringify(widget) === JSON.stringify(this.widget)) return false;
    try {
      if (widget) await this._load(widget);
    } catch {
      return false; // the screen keeps what it shows; the next change tries again
    }
    if (run !== this._run) return false;
    this.widget = widget;
    this._host.requestUpdate();
    return true;
  }

  private _fail(error: ApiError): void {
    this.state = 'error';
    this.error = error;
    this._host.requestUpdate();
  }
}
