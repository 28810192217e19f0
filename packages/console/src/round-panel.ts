/**
 * The facilitator's TRIZ round: start a round (the next, or any in the agenda), pause, resume,
 * add a minute, end it, lock or unlock writing. Each action carries the round version this console
 * last saw, so another console's change is never undone: the collector refuses it (`stale-round`)
 * with the round as it stands, which is shown and said in plain words. Each outcome is said once;
 * so is time being up (not each tick: the countdown is a timer, not a live region).
 */
import type { Localizer, RoundAction, RoundKind } from '@netweave/model';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ApiError, type AdminSession, type CollectorApi } from './api.js';
import { Countdown } from './countdown.js';
import { agendaOf, canAct, nextRound, roundOf, roundStatus } from './lib/round.js';
import type { SessionsController } from './sessions-controller.js';
import type { ConsoleStrings } from './strings.js';
import { renderRound } from './views/round.js';

export interface RoundPanelOptions {
  t(): Localizer<ConsoleStrings>;
  api(): CollectorApi;
  readonly sessions: SessionsController;
  explain(error: unknown): string;
  say(text: string): void;
  /** The monotonic clock the countdown counts with. */
  now(): number;
}

export class RoundPanel implements ReactiveController {
  private readonly _host: ReactiveControllerHost;
  private readonly _o: RoundPanelOptions;
  private readonly _clock: Countdown;
  private _busy = false;
  private _problem = '';
  private _picked: RoundKind | undefined;
  /** The next telling of the round is this console's own action, already said. */
  private _quiet = false;
  private _sid = '';

  constructor(host: ReactiveControllerHost, options: RoundPanelOptions) {
    this._host = host;
    this._o = options;
    this._clock = new Countdown(host, options.now);
    host.addController(this);
  }

  hostConnected(): void {}

  /** Another page is shown: nothing counts down. */
  close(): void {
    this._clock.stop();
    this._sid = '';
    this._problem = '';
    this._picked = undefined;
  }

  /** Before each render of a TRIZ session's page: the round as last told, and time up said once. */
  sync(s: AdminSession): void {
    if (s.id !== this._sid) {
      this._sid = s.id;
      this._problem = '';
      this._picked = undefined;
    }
    this._clock.tell(s.id, s.round);
    if (this._quiet) {
      this._quiet = false;
      this._clock.settle();
      return;
    }
    const { over } = this._clock.check();
    const kind = this._clock.round.kind;
    if (over && kind) this._o.say(this._o.t().t('round.timeUp', { round: this._o.t().t(`round.${kind}`) }));
  }

  private async _press(s: AdminSession, press: RoundAction): Promise<void> {
    if (this._busy) return;
    this._busy = true;
    this._problem = '';
    this._host.requestUpdate();
    const t = this._o.t();
    const { sessions } = this._o;
    try {
      const now = await this._o.api().round(s.id, { ...press, version: roundOf(s).version });
      this._quiet = true;
      sessions.put(now);
      this._o.say(this._done(t, press, now));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.status === 401) sessions.seen(error);
      else if (error.code === 'stale-round' && error.details.round) {
        // Another console acted first: show the round as it stands, and say so.
        this._quiet = true;
        sessions.put({ ...(sessions.get(s.id) ?? s), round: error.details.round as AdminSession['round'] });
        this._problem = t.t('round.stale');
        this._o.say(this._problem);
      } else {
        this._problem = this._o.explain(error);
        this._o.say(this._problem);
      }
    } finally {
      this._busy = false;
      this._host.requestUpdate();
    }
  }

  private _done(t: Localizer<ConsoleStrings>, press: RoundAction, now: AdminSession): string {
    const kind = roundOf(now).kind;
    const round = kind ? t.t(`round.${kind}`) : '';
    switch (press.action) {
      case 'start':
        return t.t('round.done.start', { round });
      case 'end':
        return t.t('round.done.end', { round });
      default:
        return t.t(`round.done.${press.action}`);
    }
  }

  render(s: AdminSession) {
    const t = this._o.t();
    const agenda = agendaOf(s);
    const round = this._clock.round;
    const next = nextRound(agenda, round.kind);
    const picked =
      this._picked && agenda.some((i) => i.kind === this._picked) ? this._picked : (next ?? agenda[0]!.kind);
    return renderRound({
      t,
      agenda,
      round,
      status: roundStatus(round),
      next,
      picked,
      can: (press) => canAct(round, press, agenda),
      busy: this._busy,
      problem: this._problem,
      press: (press) => void this._press(s, press),
      pick: (kind) => {
        this._picked = kind;
        this._host.requestUpdate();
      },
      startPicked: () => {
        const kind = this._picked && agenda.some((i) => i.kind === this._picked) ? this._picked : picked;
        void this._press(s, { action: 'start', kind });
      },
    });
  }
}
