/**
 * Signing in with the admin token through the collector's own form endpoint (it sets an HttpOnly
 * cookie), checked here first; what is wrong is said the NHS way (a summary that takes the
 * keyboard, a message above the field).
 */
import type { Localizer } from '@netweave/model';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ApiError, type CollectorApi } from './api.js';
import type { ConsoleStrings } from './strings.js';
import { renderSignIn } from './views/sign-in.js';

export interface SignInOptions {
  t(): Localizer<ConsoleStrings>;
  api(): CollectorApi;
  explain(error: unknown): string;
  /** Signed in: the console shows the sessions. */
  done(): Promise<void>;
}

export class SignInForm implements ReactiveController {
  private readonly _host: ReactiveControllerHost & HTMLElement;
  private readonly _o: SignInOptions;
  private _error = '';
  private _problem = '';
  private _busy = false;

  constructor(host: ReactiveControllerHost & HTMLElement, options: SignInOptions) {
    this._host = host;
    this._o = options;
    host.addController(this);
  }

  hostConnected(): void {}

  /** The form afresh (signed out, or the cookie stopped working: `problem` says why). */
  reset(problem = ''): void {
    this._error = '';
    this._problem = problem;
  }

  private async _submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this._busy) return;
    const input = this._host.shadowRoot!.querySelector<HTMLInputElement>('#token')!;
    const token = input.value.trim();
    const t = this._o.t();
    this._problem = '';
    this._error = token ? '' : t.t('error.token.missing');
    if (token) {
      this._busy = true;
      try {
        await this._o.api().signIn(token, t.locale);
        input.value = '';
        await this._o.done();
        return;
      } catch (error) {
        if (error instanceof ApiError && error.code === 'bad-token') this._error = this._o.explain(error);
        else this._problem = this._o.explain(error);
      } finally {
        this._busy = false;
      }
    }
    this._host.requestUpdate();
    await this._host.updateComplete;
    this._host.shadowRoot!.querySelector<HTMLElement>('#error-summary')?.focus();
  }

  render(notice: string) {
    return renderSignIn({
      t: this._o.t(),
      error: this._error,
      problem: this._problem,
      notice,
      busy: this._busy,
      submit: (e) => void this._submit(e),
    });
  }
}
