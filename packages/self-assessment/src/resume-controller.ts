/**
 * "Continue on another device", on a page whose store keeps resume entries (a collector's): a
 * resume code made here, the saved assessment (the same as a saved file) sealed with it in the
 * browser and stored by the collector under an id derived from it, shown large and as a QR code
 * (made here) of this page's address with `#netweave-resume=<code>`, with its expiry; later
 * changes saved under it again (debounced) while it lasts; "Delete it now". And "I have a code":
 * a code typed (or brought by the QR code's address) fetched, opened and restored as a file is.
 * Every refusal says why; nothing on either device is lost. Loaded on demand.
 */
import { hasResume } from '@netweave/core';
import { newResumeCode, openResume, parseResumeCode, resumeKeys, sealResume } from '@netweave/core/resume';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { KeepController, KeepHost, Notice } from './keep-controller.js';
import { readResumeLink, resumeLink, resumeWhy } from './lib/resume-link.js';
import { checkSaved } from './lib/saved-file.js';

/** The code this device saves under, kept beside the draft (`<key>:resume`). */
interface Active {
  readonly code: string;
  readonly expiresAt: string;
}

/** Changes are saved under the code once the person pauses for this long. */
export const RESAVE_AFTER = 1500;

export class ResumeController implements ReactiveController {
  /** The code this device saves under, while it lasts. */
  active?: Active | undefined;
  /** What is under way. */
  busy?: 'making' | 'saving' | 'deleting' | 'restoring' | undefined;
  /** The latest changes could not be saved under the code (they are safe on this device). */
  behind = false;
  /** What the last action did, when the keep controller does not say it. */
  notice?: Notice | undefined;
  /** The "I have a code" field is shown; `fromLink` when this page was opened with a code. */
  entering = false;
  fromLink = false;
  typed = '';
  /** What is wrong with the typed code. */
  problem?: string | undefined;
  /** The QR code of this page's address with the code, once made. */
  qr?: { size: number; path: string } | undefined;
  private readonly _host: ReactiveControllerHost;
  private readonly _h: KeepHost;
  private readonly _keep: KeepController;
  /** What was last saved under the code (answers, history, phase, step, as JSON), and what failed to be. */
  private _saved?: string | undefined;
  private _failed?: string | undefined;
  private _timer?: ReturnType<typeof setTimeout>;
  private _read = false;
  private _forgot = false;

  constructor(host: ReactiveControllerHost, h: KeepHost, keep: KeepController) {
    this._host = host;
    this._h = h;
    this._keep = keep;
    host.addController(this);
  }

  /** Whether the store keeps resume entries (the page is connected to a collector). */
  get available(): boolean {
    return hasResume(this._h.store());
  }

  hostConnected(): void {
    if (this._read) return;
    this._read = true;
    this._fromAddress();
    void this._restoreActive();
  }

  hostDisconnected(): void {
    clearTimeout(this._timer);
  }

  hostUpdated(): void {
    const d = this._h.data;
    if (!this.active) return;
    // "Forget my answers on this device": what is kept under the code goes too.
    // Tried once; if the collector cannot be reached, the code stays, with the reason, for "Delete it now".
    if (d.forgotten) {
      if (!this._forgot) void this.remove(false);
      this._forgot = true;
      return;
    }
    this._forgot = false;
    if (this.busy) return;
    // The same content (a field left without a change) is not saved again.
    const now = this._snapshot();
    if (now === this._saved || now === this._failed) return;
    clearTimeout(this._timer);
    this._timer = setTimeout(() => void this._resave(), RESAVE_AFTER);
  }

  /** "Continue on another device": makes a code and saves under it. */
  async start(): Promise<void> {
    const store = this._h.store();
    if (!hasResume(store) || this.busy) return;
    this._begin('making');
    const code = newResumeCode();
    try {
      const saved = this._snapshot();
      const { id, envelope } = await sealResume(code, this._keep.current());
      const { expiresAt } = await store.saveResume(id, envelope);
      this.active = { code, expiresAt };
      this._saved = saved;
      this.behind = false;
      await this._remember();
      await this._drawQr();
      this.busy = undefined;
      this._h.focus('#resume-h');
      this._h.say(`${this._h.t().t('resume.title')}: ${code}. ${this._kept()}`);
      this._host.requestUpdate();
    } catch (error) {
      this._fail(error);
    }
  }

  /** "Delete it now" (and "Forget my answers on this device"): the collector's copy goes at once. */
  async remove(tell = true): Promise<void> {
    const store = this._h.store();
    const active = this.active;
    if (!active || !hasResume(store)) return;
    this._begin('deleting');
    try {
      await store.deleteResume((await resumeKeys(active.code)).id);
    } catch (error) {
      const code = (error as { code?: string }).code;
      // Already gone: what the person asked for is done.
      if (code !== 'resume-not-found' && code !== 'resume-expired') return this._fail(error);
    }
    this._end();
    this.busy = undefined;
    if (tell) {
      this.notice = { kind: 'success', text: this._h.t().t('resume.deleted') };
      this._h.say(this.notice.text);
      this._h.focus('#resume-start');
    }
    this._host.requestUpdate();
  }

  /** "I have a code": shows the field. */
  enter(): void {
    this.entering = true;
    this.notice = undefined;
    this._h.focus('#resume-code');
  }

  cancel(): void {
    this.entering = false;
    this.fromLink = false;
    this.problem = undefined;
    this._h.focus('#resume-have');
  }

  /** "Restore my answers": checks the typed code, fetches, opens and restores what it holds. */
  async restore(): Promise<void> {
    const t = this._h.t();
    const store = this._h.store();
    if (this.busy) return;
    const parsed = parseResumeCode(this.typed);
    if ('problem' in parsed) {
      this.problem = t.t(`resume.problem.${parsed.problem}`);
      this._h.focus('#resume-code');
      return;
    }
    this.problem = undefined;
    if (!hasResume(store)) return this._fail({ code: 'no-collector' });
    this._begin('restoring');
    try {
      const { id } = await resumeKeys(parsed.code);
      const { envelope } = await store.loadResume(id);
      const read = checkSaved(await openResume(parsed.code, envelope));
      this.busy = undefined;
      if (!('file' in read)) return this._keep.refuse(read, parsed.code);
      this.entering = this.fromLink = false;
      this.typed = '';
      this._keep.offer(read.file, t.t('keep.restored', { date: t.date(read.file.savedAt) }));
    } catch (error) {
      this._fail(error);
    }
  }

  /** Saves the latest answers under the code again. */
  async resave(): Promise<void> {
    this._failed = undefined;
    await this._resave();
  }

  private async _resave(): Promise<void> {
    const store = this._h.store();
    const active = this.active;
    if (!active || this.busy || !hasResume(store)) return;
    if (Date.parse(active.expiresAt) <= Date.now()) return this._expired();
    const snapshot = this._snapshot();
    this.busy = 'saving';
    this._host.requestUpdate();
    try {
      const { id, envelope } = await sealResume(active.code, this._keep.current());
      await store.saveResume(id, envelope);
      this._saved = snapshot;
      this._failed = undefined;
      this.behind = false;
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'resume-expired') return this._expired();
      // Tried again at the next change (or "Try again").
      this._failed = snapshot;
      this.behind = true;
    }
    this.busy = undefined;
    this._host.requestUpdate();
  }

  private _begin(busy: NonNullable<ResumeController['busy']>): void {
    this.busy = busy;
    this.notice = undefined;
    this._keep.notice = undefined;
    this._host.requestUpdate();
  }

  /** Says why it did not work; nothing on this device has changed. */
  private _fail(error: unknown): void {
    this.busy = undefined;
    const t = this._h.t();
    const message = (error as { message?: string }).message ?? String(error);
    const text = `${t.t(`resume.why.${resumeWhy(error)}`, { message })} ${t.t('keep.unchanged')}`;
    this.notice = { kind: 'error', text };
    this._h.say(text);
    this._host.requestUpdate();
  }

  private _kept(): string {
    const t = this._h.t();
    return t.t('resume.kept', { date: t.date(this.active!.expiresAt) });
  }

  /** The code's time is over: the collector has deleted what was under it. */
  private _expired(): void {
    const t = this._h.t();
    const date = t.date(this.active!.expiresAt);
    this._end();
    this.busy = undefined;
    this.notice = { kind: 'error', text: t.t('resume.ended', { date }) };
    this._host.requestUpdate();
  }

  private _end(): void {
    clearTimeout(this._timer);
    this.active = undefined;
    this.qr = undefined;
    this.behind = false;
    this._h
      .store()
      .clearDraft(`${this._h.data.key}:resume`)
      .catch(() => undefined);
  }

  private _remember(): Promise<void> {
    return this._h
      .store()
      .saveDraft(`${this._h.data.key}:resume`, this.active)
      .catch(() => undefined);
  }

  /** The code this device saved under on an earlier visit, while it lasts. */
  private async _restoreActive(): Promise<void> {
    const store = this._h.store();
    if (!hasResume(store)) return;
    await this._h.data.loading;
    const saved = await store.loadDraft<Active>(`${this._h.data.key}:resume`).catch(() => undefined);
    const a = saved?.value;
    if (!a || typeof a.code !== 'string' || 'problem' in parseResumeCode(a.code) || this.active) return;
    this.active = { code: a.code, expiresAt: String(a.expiresAt) };
    if (!(Date.parse(a.expiresAt) > Date.now())) return this._expired();
    this._saved = this._snapshot();
    await this._drawQr();
    this._host.requestUpdate();
  }

  /** A page opened with `#netweave-resume=<code>` (the QR code's address): offers to restore. */
  private _fromAddress(): void {
    const link = readResumeLink(location.hash);
    if (!link) return;
    // The code leaves the address bar (and the history) at once.
    history.replaceState(history.state, '', location.href.replace(/#.*$/, '') + link.hash);
    if (!this.available) return this._fail({ code: 'no-collector' });
    this.entering = this.fromLink = true;
    this.typed = link.code;
    this._host.requestUpdate();
  }

  private async _drawQr(): Promise<void> {
    const code = this.active?.code;
    if (!code) return;
    const { qrPath } = await import('./lib/qr.js');
    if (this.active?.code === code) this.qr = qrPath(resumeLink(location.href, code));
  }

  private _snapshot(): string {
    const d = this._h.data;
    return JSON.stringify([d.answers, d.history, d.phase, d.step]);
  }
}
