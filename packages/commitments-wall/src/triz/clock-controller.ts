/**
 * The round's countdown on this device. The collector tells the time left (`leftMs`) each time it
 * sends the session; this counts down from the moment that arrived with the host's monotonic
 * clock (`performance.now()` unless the host gives another, as tests do), never `Date.now()`: a
 * device whose clock is wrong still shows the right time. While a round runs it asks the host to
 * render once a second (the ticking text is not a live region: nobody hears every second).
 */
import { INITIAL_ROUND, type RoundState } from '@netweave/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { roundAfter } from './lib/board.js';

export class ClockController implements ReactiveController {
  private readonly _host: ReactiveControllerHost;
  private readonly _now: () => number;
  private _told: RoundState = INITIAL_ROUND;
  private _at = 0;
  private _timer?: ReturnType<typeof setInterval> | undefined;

  /** @param now the monotonic clock to count with (read each time, so a host may replace it) */
  constructor(host: ReactiveControllerHost, now: () => number) {
    this._host = host;
    this._now = now;
    host.addController(this);
  }

  /** The collector told the round as it stands now. */
  tell(round: RoundState | undefined): void {
    this._told = round ?? INITIAL_ROUND;
    this._at = this._now();
    this._schedule();
  }

  /** The round as it stands at this moment (a running round's time left counted down). */
  get round(): RoundState {
    return roundAfter(this._told, this._now() - this._at);
  }

  hostConnected(): void {
    this._schedule();
  }

  hostDisconnected(): void {
    clearInterval(this._timer);
    this._timer = undefined;
  }

  private _schedule(): void {
    const running = this._told.phase === 'running';
    if (running && !this._timer) this._timer = setInterval(() => this._host.requestUpdate(), 1000);
    if (!running && this._timer) this.hostDisconnected();
  }
}
