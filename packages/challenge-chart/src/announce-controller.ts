/**
 * What the chart says through the widget kit's announcer (one polite live region in the light DOM:
 * live regions inside shadow roots are not heard everywhere). An error is spoken once, not again at
 * every render while it shows; a live update once, as a summary of what the chart now shows; a
 * download that could not be made, as it is shown (`say`). The notices in the shadow root carry no
 * live role of their own, so nothing is heard twice.
 */
import { Announcer } from '@netweave/core';
import type { ReactiveControllerHost } from 'lit';
import { textSummary, type ChartLocalizer } from './lib/format.js';
import type { View } from './lib/view.js';

export class AnnounceController extends Announcer {
  private readonly _host: ReactiveControllerHost;
  private readonly _view: () => View | null;
  private readonly _t: () => ChartLocalizer;
  private _spoken = '';

  /**
   * @param view what the chart shows now
   * @param t the wording to use now
   */
  constructor(host: ReactiveControllerHost, view: () => View | null, t: () => ChartLocalizer) {
    super(host, 'challenge-chart');
    this._host = host;
    this._view = view;
    this._t = t;
  }

  /** The error shown now (`''` for none): spoken when it first shows. */
  error(text: string, lang: string): void {
    if (text === this._spoken) return;
    this._spoken = text;
    if (text) this.sayLater(text, lang);
  }

  /** A live summary was released: once the chart shows it, its first sentence is spoken. */
  released(): void {
    this._host.requestUpdate();
    void this._host.updateComplete.then(() => {
      const view = this._view();
      const l = this._t();
      if (!view) return;
      const n = view.summary.respondents;
      const head = n === null ? l.t('live.updated.plain') : l.t('live.updated', { count: n });
      const top = textSummary(l, view.model).split(/(?<=\.) /)[0] ?? '';
      this.sayLater(`${head} ${top}`.trim(), l.locale);
    });
  }
}
