/**
 * What a screen reader user is told about the assessment, each once when it changes here: each new
 * state of a consented response (not "Sending…", which is quickly over; a state restored on load is
 * shown, not announced), "forgotten", and the comparison's summary when an earlier assessment is
 * chosen. Live regions inside shadow DOM are unreliable in some screen reader and browser pairs, so
 * the words go to a live region in the element's light DOM, slotted out of sight (`slot="announcer"`).
 */
import type { Localizer } from '@netweave/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AnswersController, Submit } from './answers-controller.js';
import { submitMessage } from './lib/submit-message.js';
import type { Strings } from './strings.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export class AnnounceController implements ReactiveController {
  private readonly _host: Host;
  private readonly _data: AnswersController;
  private readonly _t: () => Localizer<Strings>;
  /** What was on screen after the last update. */
  private _was: { submit?: Submit | undefined; forgotten: boolean; compareId: string } = {
    forgotten: false,
    compareId: '',
  };

  constructor(host: Host, data: AnswersController, t: () => Localizer<Strings>) {
    this._host = host;
    this._data = data;
    this._t = t;
    host.addController(this);
  }

  hostUpdated(): void {
    const { submit, forgotten, compareId } = this._data;
    const was = this._was;
    this._was = { submit, forgotten, compareId };
    const before = was.submit;
    if (submit && before && submit !== before && submit.state !== 'sending' && submit.state !== before.state)
      this.say(submitMessage(submit, this._t()));
    if (forgotten && !was.forgotten) this.say(this._t().t('forgotten'));
    if (compareId && compareId !== was.compareId) {
      const summary = this._host.renderRoot.querySelector('.compare-summary')?.textContent?.trim();
      if (summary) this.say(summary);
    }
  }

  /** What was said no longer applies (the answers were cleared). */
  clear(): void {
    const region = this._region();
    if (region) region.textContent = '';
  }

  private _region(): HTMLElement | null {
    return this._host.querySelector<HTMLElement>(':scope > [slot="announcer"]');
  }

  /** Speaks `message` once (also for the parts loaded on demand). */
  say(message: string): void {
    let region = this._region();
    if (!region) {
      region = document.createElement('div');
      region.slot = 'announcer';
      region.setAttribute('role', 'status');
      this._host.append(region);
    }
    region.textContent = message;
  }
}
