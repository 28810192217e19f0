/**
 * "Save my assessment" and "Open a saved assessment": the answers in progress and the completed
 * assessments on this device written to one file (nothing is sent anywhere), and such a file read
 * back: the draft restored (after asking, when answers on screen would be lost) and the history
 * merged without duplicates. A resume code restores through `offer` too. Loaded on demand.
 */
import { download, type Catalogue, type Localizer, type ResponseStore } from '@netweave/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AnswersController, Phase } from './answers-controller.js';
import type { Answers, Draft } from './lib/answers.js';
import {
  mergeHistory,
  readSavedFile,
  savedAssessment,
  savedFileName,
  savedFileText,
  type SavedAssessment,
  type SavedFileProblem,
} from './lib/saved-file.js';
import type { Strings } from './strings.js';

/** What the controllers ask of the element. */
export interface KeepHost {
  data: AnswersController;
  store(): ResponseStore;
  session(): string;
  t(): Localizer<Strings>;
  catalogue(): Catalogue;
  /** Speaks a status message once (the element's light-DOM live region). */
  say(text: string): void;
  /** Moves to `phase` (saved with the draft), the keyboard with it. */
  go(phase: Phase, step: number): void;
  /** Focuses `selector` after the next render. */
  focus(selector: string): void;
}

export interface Notice {
  readonly kind: 'success' | 'error';
  readonly text: string;
}

/** Files larger than this are not saved assessments (50 completed ones take well under 100 KB). */
const MAX_FILE = 2_000_000;

export class KeepController implements ReactiveController {
  /** What the last save or open did (shown in the section, and spoken once). */
  notice?: Notice | undefined;
  /** A chosen file is being read. */
  reading = false;
  /** An assessment waiting for the person's answer to "Replace the answers on screen?". */
  pending?: { file: SavedAssessment; intro: string } | undefined;
  private readonly _host: ReactiveControllerHost;
  private readonly _h: KeepHost;
  /** The answers when the notice was given: a later edit makes it out of date, so it goes. */
  private _noticeFor?: unknown;

  constructor(host: ReactiveControllerHost, h: KeepHost) {
    this._host = host;
    this._h = h;
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.notice && this._noticeFor !== this._h.data.answers) {
      this.notice = undefined;
      this.pending = undefined;
      this._host.requestUpdate();
    }
  }

  /** Whether there is anything to save: answers given, or completed assessments. */
  get canSave(): boolean {
    return started(this._h.data) || this._h.data.history.length > 0;
  }

  /** The saved assessment for what is on this device now. */
  current(): SavedAssessment {
    const d = this._h.data;
    const draft: Draft | null =
      started(d) || d.phase === 'results'
        ? {
            answers: d.answers,
            step: d.step,
            phase: d.phase,
            ...(d.submit?.state === 'sent' ? { sent: true } : {}),
          }
        : null;
    return savedAssessment({
      session: this._h.session(),
      catalogue: this._h.catalogue(),
      draft,
      history: d.history,
    });
  }

  /** "Save my assessment": downloads the file and says so. */
  save(): void {
    const name = savedFileName();
    download(name, savedFileText(this.current()), 'application/json');
    const t = this._h.t();
    let text = t.t('keep.saved', { name });
    if (this._h.data.phase === 'results') text += ' ' + t.t('keep.saved-print');
    this._tell({ kind: 'success', text });
  }

  /** "Open a saved assessment": reads the chosen file; refuses it clearly, or offers it. */
  async open(file: File): Promise<void> {
    const t = this._h.t();
    const name = file.name;
    let text: string;
    this.reading = true;
    this._host.requestUpdate();
    try {
      if (file.size > MAX_FILE) return this._refuse({ problem: 'foreign' }, name);
      text = await file.text();
    } catch {
      return this._tell({
        kind: 'error',
        text: `${t.t('keep.unreadable', { name })} ${t.t('keep.unchanged')}`,
      });
    } finally {
      this.reading = false;
    }
    const read = readSavedFile(text);
    if (!('file' in read)) return this._refuse(read, name);
    this.offer(read.file, t.t('keep.opened', { name, date: t.date(read.file.savedAt) }));
  }

  /** Says why a file (or what a code holds) cannot be opened; nothing here changes. */
  refuse(problem: SavedFileProblem, name: string): void {
    this._refuse(problem, name);
  }

  /**
   * Restores `file` (from a file or a code): at once, unless answers on screen would be lost,
   * when the person is asked first. `intro` says where it came from.
   */
  offer(file: SavedAssessment, intro: string): void {
    if (file.draft && unsaved(this._h.data, file.draft)) {
      this.pending = { file, intro };
      this.notice = undefined;
      this._h.focus('#keep-replace');
      this._host.requestUpdate();
      return;
    }
    this._restore(file, true, intro);
  }

  /** The person's answer to "Replace the answers on screen?". */
  answer(replace: boolean): void {
    const pending = this.pending;
    this.pending = undefined;
    if (pending) this._restore(pending.file, replace, pending.intro);
  }

  private _restore(file: SavedAssessment, replace: boolean, intro: string): void {
    const d = this._h.data;
    const t = this._h.t();
    const had = new Set(d.history.map((h) => h.id));
    d.history = mergeHistory(d.history, file.history);
    const added = d.history.filter((h) => !had.has(h.id)).length;
    if (added)
      this._h
        .store()
        .saveDraft(`${d.key}:history`, d.history)
        .catch(() => this._host.requestUpdate());
    const parts = [intro];
    const draft = file.draft;
    // The same answers as on screen: nothing to replace.
    const same = !!draft && sameAnswers(d.answers, draft.answers);
    const replaced = !!draft && replace && !same;
    if (replaced) {
      d.answers = draft.answers;
      d.submit = draft.sent ? { state: 'sent' } : undefined;
      d.restoredAt = file.savedAt;
      d.forgotten = false;
      d.unreadable = false;
      d.compareId = '';
      parts.push(t.t('keep.answers-back'));
    } else if (draft && !same) parts.push(t.t('keep.answers-kept'));
    if (added) parts.push(t.t('keep.history-added', { count: added }));
    else if (!replaced) parts.push(t.t('keep.nothing-new'));
    if (replaced) this._h.go(draft.phase, draft.step);
    else this._h.focus('#keep-open');
    this._tell({ kind: 'success', text: parts.join(' ') });
  }

  private _refuse(read: SavedFileProblem, name: string): void {
    const t = this._h.t();
    const why =
      read.problem === 'newer'
        ? t.t('keep.newer', { name, version: read.version })
        : read.problem === 'foreign'
          ? t.t('keep.foreign', { name })
          : read.field
            ? t.t('keep.damaged-field', { name, field: read.field })
            : t.t('keep.damaged', { name });
    this._tell({ kind: 'error', text: `${why} ${t.t('keep.unchanged')}` });
  }

  /** Shows and speaks what happened (once). */
  private _tell(notice: Notice): void {
    this.notice = notice;
    this.pending = undefined;
    this._noticeFor = this._h.data.answers;
    this._h.say(notice.text);
    this._host.requestUpdate();
  }
}

/** Whether any answer has been given (a rating, the other challenge, "about you"). */
function started(d: AnswersController): boolean {
  const a = d.answers;
  return !!(
    Object.keys(a.ratings).length ||
    a.otherText.trim() ||
    a.otherRating !== undefined ||
    a.sector ||
    a.nation ||
    a.region.trim()
  );
}

/** Answers on screen that replacing them with `incoming` would lose (not completed, not the same). */
function unsaved(d: AnswersController, incoming: Draft): boolean {
  return (
    started(d) && !d.history.some((h) => h.id === d.answers.id) && !sameAnswers(d.answers, incoming.answers)
  );
}

/** The same answers (in whatever order they were written). */
function sameAnswers(a: Answers, b: Answers): boolean {
  return canonical(a) === canonical(b);
}

/** JSON with every object's keys in order. */
function canonical(value: unknown): string {
  if (!value || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  return `{${entries
    .sort(([x], [y]) => (x < y ? -1 : 1))
    .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
    .join(',')}}`;
}
