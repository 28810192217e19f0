/**
 * Takes part in a host page's `<form>` like a native control, through ElementInternals: the
 * response as the form's value, "every question answered" as its validity (the first gap's message,
 * and the field a browser points to), and a form reset that empties the answers.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the form needs from the element. */
export interface FormSource {
  /** The value submitted with the host form; null while there is none (no catalogue yet). */
  value(): string | null;
  /** The first question still to answer: what to say, and its field; undefined when none is left. */
  gap(): { message: string; anchor: HTMLElement | undefined } | undefined;
  /** The host form was reset. */
  reset(): void;
}

export class FormController implements ReactiveController {
  private readonly _internals: ElementInternals;
  private readonly _source: FormSource;

  /** Call from the element's constructor (or a field initialiser): it attaches the element's internals. */
  constructor(host: ReactiveControllerHost & HTMLElement, source: FormSource) {
    this._internals = host.attachInternals();
    this._source = source;
    host.addController(this);
  }

  get form(): HTMLFormElement | null {
    return this._internals.form;
  }

  get validity(): ValidityState {
    return this._internals.validity;
  }

  get validationMessage(): string {
    return this._internals.validationMessage;
  }

  checkValidity(): boolean {
    return this._internals.checkValidity();
  }

  reportValidity(): boolean {
    return this._internals.reportValidity();
  }

  /** The element's `formResetCallback`. */
  formResetCallback(): void {
    this._source.reset();
  }

  /** After each render, the form value and validity follow the answers (and the fields now on screen). */
  hostUpdated(): void {
    this._internals.setFormValue(this._source.value());
    const gap = this._source.gap();
    if (gap) this._internals.setValidity({ valueMissing: true }, gap.message, gap.anchor);
    else this._internals.setValidity({});
  }
}
