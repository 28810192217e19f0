/**
 * Moving through the form: the steps (each challenge, the other challenge, "about you"), Next, Back
 * and "See my results" with the error summary when something still needs an answer, the
 * "Start again" / "Forget" question, and where the keyboard goes after each move (the new step's
 * heading, the summary, the results' heading, the confirmation, or back to the button that asked).
 * Where the person is (phase and stepper position) is saved with the answers.
 */
import type { Catalogue } from '@netweave/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AnswersController, Phase } from './answers-controller.js';
import { missing } from './lib/answers.js';

type Host = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

export interface FlowOptions {
  catalogue(): Catalogue | undefined;
  /** One question at a time. */
  stepper(): boolean;
  /** The "about you" step is left out. */
  noAboutYou(): boolean;
}

export class FlowController implements ReactiveController {
  /** Questions shown with an error (a challenge id, or `other`). */
  errors: readonly string[] = [];
  /** The "Start again" or "Forget" question being asked. */
  confirm?: 'again' | 'forget' | undefined;
  private readonly _host: Host;
  private readonly _data: AnswersController;
  private readonly _options: FlowOptions;
  /** The element to focus after the next render (a selector). */
  private _focus?: string | undefined;

  constructor(host: Host, data: AnswersController, options: FlowOptions) {
    this._host = host;
    this._data = data;
    this._options = options;
    host.addController(this);
  }

  /** Ids of the steps in order: each challenge, `other`, then `about` unless it is left out. */
  get steps(): string[] {
    return [
      ...(this._options.catalogue()?.challenges.map((c) => c.id) ?? []),
      'other',
      ...(this._options.noAboutYou() ? [] : ['about']),
    ];
  }

  hostUpdated(): void {
    if (!this._focus) return;
    const root = this._host.renderRoot;
    const target = root.querySelector<HTMLElement>(this._focus);
    // Still arriving (loaded on demand): focus it once it is there.
    if (target || !root.querySelector('[aria-busy=true]')) this._focus = undefined;
    target?.focus();
  }

  /** Focuses `selector` after the next render. */
  focus(selector: string): void {
    this._focus = selector;
    this._host.requestUpdate();
  }

  go(phase: Phase, step = 0): void {
    this.errors = [];
    this.confirm = undefined;
    this._data.go(phase, step);
    this.focus(
      phase === 'results'
        ? '#results-h'
        : phase === 'intro'
          ? '#title'
          : `#h-${CSS.escape(this.steps[step] ?? '')}`,
    );
  }

  /** Next or "See my results": the next step, or the summary of what still needs an answer; true when all is answered. */
  next(): boolean {
    const gaps = missing(this._data.answers, this._options.catalogue()!);
    const { step } = this._data;
    if (this._options.stepper()) {
      const stepGaps = gaps.filter((g) => g === this.steps[step]);
      if (stepGaps.length) return this._showErrors(stepGaps);
      if (step < this.steps.length - 1) {
        this.go('questions', step + 1);
        return false;
      }
    }
    return gaps.length ? this._showErrors(gaps) : true;
  }

  /** An answer was given: the errors it fixed go. */
  answered(): void {
    if (!this.errors.length) return;
    const gaps = missing(this._data.answers, this._options.catalogue()!);
    this.errors = this.errors.filter((id) => gaps.includes(id));
    this._host.requestUpdate();
  }

  ask(what: 'again' | 'forget'): void {
    this.confirm = what;
    this.focus('#confirm');
  }

  /** Cancel: the question goes, and the keyboard goes back to the button that asked it. */
  cancel(): void {
    this.focus(`#ask-${this.confirm}`);
    this.confirm = undefined;
  }

  /** The answers were cleared: no errors, no question. */
  cleared(): void {
    this.errors = [];
    this.confirm = undefined;
    this._host.requestUpdate();
  }

  private _showErrors(ids: string[]): false {
    this.errors = ids;
    this.focus('.error-summary');
    return false;
  }
}
