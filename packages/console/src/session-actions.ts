/**
 * What the facilitator does to a session from its page, one change at a time: move it on to
 * another stage, close or reopen it, duplicate it, delete it (after its confirmation page), and signing out. Each outcome is
 * said once; a refusal is shown and said in plain words; a 401 means signed out.
 */
import type { Localizer, SessionStage } from '@netweave/model';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ApiError, type AdminSession, type CollectorApi } from './api.js';
import { formatCode } from './lib/code.js';
import type { SessionsController } from './sessions-controller.js';
import type { ConsoleStrings } from './strings.js';

export interface SessionActionsOptions {
  t(): Localizer<ConsoleStrings>;
  api(): CollectorApi;
  readonly sessions: SessionsController;
  explain(error: unknown): string;
  say(text: string): void;
  /** Shows a page: the session's, or the list (`sid` undefined), with a notice said once. */
  go(view: 'session' | 'list', sid: string | undefined, notice: string): void;
  /** Signed out: here (with a notice) or elsewhere. */
  signedOut(notice?: string): void;
}

export class SessionActions implements ReactiveController {
  /** A change is on its way (the buttons say so, and another waits for it). */
  busy = false;
  /** The last refusal, in plain words. */
  problem = '';
  private readonly _host: ReactiveControllerHost;
  private readonly _o: SessionActionsOptions;

  constructor(host: ReactiveControllerHost, options: SessionActionsOptions) {
    this._host = host;
    this._o = options;
    host.addController(this);
  }

  hostConnected(): void {}

  private async _task(work: (t: Localizer<ConsoleStrings>) => Promise<void>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.problem = '';
    this._host.requestUpdate();
    try {
      await work(this._o.t());
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) this._o.signedOut();
      else {
        this.problem = this._o.explain(error);
        this._o.say(this.problem);
      }
    } finally {
      this.busy = false;
      this._host.requestUpdate();
    }
  }

  toggle(s: AdminSession): void {
    void this._task(async (t) => {
      const now = await this._o.sessions.update(s.id, { open: s.open === false });
      this._o.say(t.t(now.open === false ? 'closedDone' : 'reopened'));
    });
  }

  /** Moves the session on (or back) to `stage`: every joined phone follows. */
  stage(s: AdminSession, stage: SessionStage): void {
    void this._task(async (t) => {
      const now = await this._o.sessions.update(s.id, { stage });
      this._o.say(t.t('stage.done', { stage: t.t(`stage.${now.stage ?? stage}`) }));
    });
  }

  duplicate(s: AdminSession): void {
    void this._task(async (t) => {
      const copy = await this._o.sessions.duplicate(s);
      this._o.go('session', copy.id, t.t('duplicated', { code: formatCode(copy.code ?? '') }));
    });
  }

  remove(s: AdminSession): void {
    void this._task(async (t) => {
      await this._o.sessions.remove(s.id);
      this._o.go('list', undefined, t.t('deleted', { title: s.title }));
    });
  }

  signOut(): void {
    void this._task(async (t) => {
      await this._o.api().signOut(t.locale);
      this._o.signedOut(t.t('signedOut'));
    });
  }
}
