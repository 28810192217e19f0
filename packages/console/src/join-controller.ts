/**
 * The participant page's one question to the collector: which open session does this code lead
 * to? Then the widgets, loaded from the collector itself (never bundled into this page).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ApiError } from './http.js';
import { lookupJoin, type JoinInfo } from './join-api.js';
import { normaliseCode } from './lib/code.js';
import { participantWidget, widgetFile, type Stage } from './lib/templates.js';

export type JoinState = 'entry' | 'looking' | 'widgets' | 'ready' | 'error';

export class JoinController implements ReactiveController {
  state: JoinState = 'entry';
  info: JoinInfo | undefined;
  error: ApiError | undefined;
  /** The code as the collector reads it (capitals, no hyphen). */
  code = '';
  /** A stage the session has moved to that this page does not show yet (the participant chooses when). */
  waiting: Stage | undefined;
  /** The widget of a new stage is on its way. */
  switching = false;
  /** The widget of a new stage could not be loaded (the one shown stays). */
  switchFailed = false;
  private readonly _host: ReactiveControllerHost;
  private _run = 0;

  constructor(host: ReactiveControllerHost) {
    this._host = host;
    host.addController(this);
  }

  hostConnected(): void {}

  /** Back to the code box. */
  reset(): void {
    this._run += 1;
    this.state = 'entry';
    this.info = undefined;
    this.error = undefined;
    this.code = '';
    this.waiting = undefined;
    this._host.requestUpdate();
  }

  /**
   * Shows `stage`: loads its widget (the one shown stays until it has come), then swaps. Resolves
   * true once it is shown; false when its widget could not be loaded (`switchFailed`).
   */
  async show(stage: Stage, widgets?: string): Promise<boolean> {
    const info = this.info;
    if (!info || this.state !== 'ready') return false;
    const run = this._run;
    this.switching = true;
    this.switchFailed = false;
    this._host.requestUpdate();
    try {
      await import(/* @vite-ignore */ widgets ?? widgetFile(participantWidget(info.template, stage).tag));
    } catch {
      if (run === this._run) this.switchFailed = true;
      return false;
    } finally {
      if (run === this._run) {
        this.switching = false;
        this._host.requestUpdate();
      }
    }
    if (run !== this._run) return false;
    this.info = { ...info, stage };
    if (this.waiting === stage) this.waiting = undefined;
    return true;
  }

  /**
   * Looks `typed` up and loads the widgets its session needs. A code that cannot be one is
   * refused here (`invalid-code`) without asking the collector.
   */
  async join(
    typed: string,
    options: { base?: string; fetch?: typeof fetch; widgets?: string } = {},
  ): Promise<void> {
    const run = ++this._run;
    const code = normaliseCode(typed);
    this.code = code ?? typed;
    this.info = undefined;
    this.error = undefined;
    this.waiting = undefined;
    this.switchFailed = false;
    if (!code) {
      this._fail(new ApiError('invalid-code', 400));
      return;
    }
    this.state = 'looking';
    this._host.requestUpdate();
    try {
      const info = await lookupJoin(code, options);
      if (run !== this._run) return;
      this.info = info;
      this.state = 'widgets';
      this._host.requestUpdate();
      if (!info.partnerUrl) {
        // The one widget this session shows now, from its own file (the smallest download).
        const src = options.widgets ?? widgetFile(participantWidget(info.template, info.stage).tag);
        await import(/* @vite-ignore */ src);
      }
      if (run !== this._run) return;
      this.state = 'ready';
    } catch (error) {
      if (run !== this._run) return;
      this._fail(error instanceof ApiError ? error : new ApiError('network', 0));
      return;
    }
    this._host.requestUpdate();
  }

  private _fail(error: ApiError): void {
    this.state = 'error';
    this.error = error;
    this._host.requestUpdate();
  }
}
