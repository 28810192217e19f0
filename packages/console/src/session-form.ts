/**
 * The session form's state: its values as typed, checked here first and then by the collector,
 * whose refusals are put into the same words field by field. Errors follow the NHS pattern (a
 * summary that takes the keyboard, links to each field, a message above each field).
 */
import type { Localizer } from '@netweave/model';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ApiError, type AdminSession } from './api.js';
import {
  agendaValues,
  checkSession,
  emptyValues,
  isTriz,
  MINUTES_FIELDS,
  TRIZ_DEFAULTS,
  isoToday,
  issuesToErrors,
  sessionBody,
  type Field,
  type FieldErrors,
  type SessionValues,
} from './lib/form.js';
import type { SessionsController } from './sessions-controller.js';
import { TRIZ_AGENDA } from '@netweave/model';
import type { ConsoleStrings } from './strings.js';
import { renderForm } from './views/form.js';

export type FormMode = 'create' | 'edit';

export interface SessionFormOptions {
  t(): Localizer<ConsoleStrings>;
  readonly sessions: SessionsController;
  explain(error: unknown): string;
  done(session: AdminSession, mode: FormMode): void;
  cancel(mode: FormMode, sid: string | undefined): void;
}

export class SessionForm implements ReactiveController {
  private readonly _host: ReactiveControllerHost & HTMLElement;
  private readonly _o: SessionFormOptions;
  private _mode: FormMode = 'create';
  private _sid: string | undefined;
  private _values: SessionValues = emptyValues(isoToday());
  private _errors: FieldErrors = {};
  private _problem = '';
  private _busy = false;

  constructor(host: ReactiveControllerHost & HTMLElement, options: SessionFormOptions) {
    this._host = host;
    this._o = options;
    host.addController(this);
  }

  hostConnected(): void {}

  /** A new form: empty (today's date) to create, or the session's settings to edit. */
  start(mode: FormMode, session?: AdminSession): void {
    this._mode = mode;
    this._sid = session?.id;
    this._errors = {};
    this._problem = '';
    this._values = session
      ? {
          template: session.template ?? 'commitments',
          title: session.title,
          date: session.date,
          prompt: session.prompt ?? '',
          moderation: session.moderation ?? 'none',
          lang: session.lang === 'cy' ? 'cy' : 'en',
          partnerUrl: session.partnerUrl ?? '',
          // A TRIZ session without groups has one board for everyone.
          groups: String(session.groups?.length || 1),
          votes: String(session.votes ?? TRIZ_DEFAULTS.votes),
          ...agendaValues(session.agenda?.length ? session.agenda : TRIZ_AGENDA),
        }
      : emptyValues(isoToday());
  }

  private _input(field: Field, value: string): void {
    this._values = { ...this._values, [field]: value };
    if (field === 'template' && !isTriz(this._values)) {
      // The TRIZ settings are not asked for any more: nor are their problems.
      const { groups: _g, votes: _v, ...rest } = this._errors;
      for (const f of MINUTES_FIELDS) delete rest[f];
      this._errors = rest;
    }
    // A message goes once the field is put right (the summary stays until the next submit).
    if (this._errors[field] && !checkSession(this._values)[field]) {
      const { [field]: _gone, ...rest } = this._errors;
      this._errors = rest;
    }
    this._host.requestUpdate();
  }

  private async _submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this._busy) return;
    this._problem = '';
    this._errors = checkSession(this._values);
    if (!Object.keys(this._errors).length) {
      this._busy = true;
      this._host.requestUpdate();
      const body = sessionBody(this._values, this._mode === 'edit');
      try {
        const { sessions } = this._o;
        const session =
          this._mode === 'create' ? await sessions.create(body) : await sessions.update(this._sid!, body);
        this._o.done(session, this._mode);
        return;
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return; // the sign-in form replaces this
        this._errors = error instanceof ApiError ? issuesToErrors(error.issues) : {};
        if (error instanceof ApiError && error.code === 'groups-not-empty') {
          // "Group 3 has notes on its board…": which group, in the form's own words.
          const n = /\bGroup (\d+)/.exec(error.message)?.[1];
          this._errors = {
            groups: n ? { key: 'error.groups.notEmpty', params: { n } } : { key: 'error.groups.notEmptyAny' },
          };
        }
        if (!Object.keys(this._errors).length) this._problem = this._o.explain(error);
      } finally {
        this._busy = false;
        this._host.requestUpdate();
      }
    }
    this._host.requestUpdate();
    await this._host.updateComplete;
    this._host.shadowRoot?.querySelector<HTMLElement>('#error-summary')?.focus();
  }

  render(mode: FormMode) {
    return renderForm({
      t: this._o.t(),
      mode,
      values: this._values,
      errors: this._errors,
      problem: this._problem,
      busy: this._busy,
      input: (field, value) => this._input(field, value),
      submit: (e) => void this._submit(e),
      cancel: () => this._o.cancel(this._mode, this._sid),
    });
  }
}
