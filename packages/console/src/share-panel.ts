/**
 * How participants join a session, as the console shows it: the join link (the collector's public
 * address), the embed snippet, and copying each of them (said once, "Copied", and shown beside
 * the button for a few seconds; a browser that refuses is told so).
 */
import type { Localizer } from '@netweave/model';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AdminSession, CollectorApi } from './api.js';
import { copyText } from './copy.js';
import { formatCode } from './lib/code.js';
import { embedSnippet } from './lib/snippet.js';
import type { ConsoleStrings } from './strings.js';
import { renderShare, type CopyWhat } from './views/share.js';

export interface SharePanelOptions {
  t(): Localizer<ConsoleStrings>;
  api(): CollectorApi;
  say(text: string): void;
}

export class SharePanel implements ReactiveController {
  private readonly _host: ReactiveControllerHost;
  private readonly _o: SharePanelOptions;
  private _copied: CopyWhat | undefined;
  private _failed: CopyWhat | undefined;
  private _timer?: ReturnType<typeof setTimeout>;

  constructor(host: ReactiveControllerHost, options: SharePanelOptions) {
    this._host = host;
    this._o = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this._timer);
  }

  /** Forgets what was copied (another page is shown). */
  reset(): void {
    clearTimeout(this._timer);
    this._copied = this._failed = undefined;
  }

  joinUrl(s: AdminSession): string {
    return s.joinUrl || `${this._o.api().origin}/j/${s.code ?? ''}`;
  }

  snippet(s: AdminSession): string {
    return embedSnippet({
      collector: this._o.api().origin,
      session: s.id,
      template: s.template ?? 'commitments',
      lang: s.lang === 'cy' ? 'cy' : 'en',
    });
  }

  private async _copy(what: CopyWhat, s: AdminSession): Promise<void> {
    const text =
      what === 'code' ? formatCode(s.code ?? '') : what === 'url' ? this.joinUrl(s) : this.snippet(s);
    const ok = await copyText(text);
    clearTimeout(this._timer);
    this._copied = ok ? what : undefined;
    this._failed = ok ? undefined : what;
    this._o.say(this._o.t().t(ok ? 'copied' : 'copy.failed'));
    if (ok)
      this._timer = setTimeout(() => {
        this._copied = undefined;
        this._host.requestUpdate();
      }, 5000);
    this._host.requestUpdate();
  }

  render(s: AdminSession) {
    const t = this._o.t();
    return renderShare({
      t,
      session: s,
      joinUrl: this.joinUrl(s),
      qrUrl: this._o.api().qrUrl(s.id, t.locale),
      // In the session's language (the room's), as the participant page opens.
      displayUrl: this._o.api().displayUrl(s.code ?? ''),
      snippet: this.snippet(s),
      copied: this._copied,
      copyFailed: this._failed,
      copy: (what) => void this._copy(what, s),
    });
  }
}
