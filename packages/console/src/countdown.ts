/**
 * A round's countdown on this device. The collector sends the time left (`round.leftMs`) each
 * time it sends the session; this counts down from the moment that arrived with a monotonic clock
 * (`performance.now()` unless the page gives another, as tests do), never the device's calendar
 * clock. While the round runs it asks the host to render once a second; the ticking text is a
 * `role="timer"` (not announced), and whether time is up is told once, as it happens.
 */
import { INITIAL_ROUND, type RoundState } from '@netweave/model';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { roundAfter, roundStatus, type RoundStatus } from './lib/round.js';

export class Countdown implements ReactiveController {
  private readonly _host: ReactiveControllerHost;
  private readonly _now: () => number;
  private _told: RoundState = INITIAL_ROUND;
  private _at = 0;
  private _timer?: ReturnType<typeof setInterval> | undefined;
  private _key = '';
  private _status: RoundStatus | undefined;

  /** @param now the monotonic clock (read each time, so the host may replace it) */
  constructor(host: ReactiveControllerHost, now: () => number) {
    this._host = host;
    this._now = now;
    host.addController(this);
  }

  /**
   * The round as the collector sent it for `key` (the session): a new object is a new telling,
   * counted from now; the same object told again changes nothing. Another key starts afresh.
   */
  tell(key: string, round: RoundState | undefined): void {
    const told = round ?? INITIAL_ROUND;
    if (key !== this._key) {
      this._key = key;
      this._status = undefined;
    } else if (told === this._told) return;
    this._told = told;
    this._at = this._now();
    this._schedule();
  }

  /** The round at this moment. */
  get round(): RoundState {
    return roundAfter(this._told, this._now() - this._at);
  }

  /**
   * The round's status now, and whether it has just become `up` or `ended` since the last call
   * (not on the first look at a session: a round found ended is read, not announced).
   */
  check(): { status: RoundStatus; over: boolean } {
    const status = roundStatus(this.round);
    const was = this._status;
    this._status = status;
    const done = (s: RoundStatus | undefined) => s === 'up' || s === 'ended';
    return { status, over: was !== undefined && done(status) && !done(was) };
  }

  /** Takes the status as it is now without telling it (the facilitator's own action said it). */
  settle(): void {
    this._status = roundStatus(this.round);
  }

  hostConnected(): void {
    this._schedule();
  }

  hostDisconnected(): void {
    clearInterval(this._timer);
    this._timer = undefined;
  }

  /** Stops ticking (the session's page is no longer shown). */
  stop(): void {
    this._key = '';
    this._told = INITIAL_ROUND;
    this.hostDisconnected();
  }

  private _schedule(): void {
    const running = this._told.phase === 'running';
    if (running && !this._timer) this._timer = setInterval(() => this._host.requestUpdate(), 1000);
    if (!running && this._timer) this.hostDisconnected();
  }
}
