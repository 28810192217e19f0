import type { AssessmentResponse, Challenge, SubmissionState } from '@netweave/core';

/** Fired when the person finishes the assessment and sees the results. */
export class NetweaveCompleteEvent extends Event {
  static readonly eventName = 'netweave-complete';
  readonly response: AssessmentResponse;
  readonly topAreas: Challenge[];
  constructor(response: AssessmentResponse, topAreas: Challenge[]) {
    super(NetweaveCompleteEvent.eventName, { bubbles: true, composed: true });
    this.response = response;
    this.topAreas = topAreas;
  }
  /** `{ response, topAreas }`, for listeners that prefer `detail`. */
  get detail() {
    return { response: this.response, topAreas: this.topAreas };
  }
}

/**
 * Fired when the store accepted a consented submission: `state` is `sent`, or `queued` (kept on
 * this device and sent when the collector can be reached).
 */
export class NetweaveSubmitEvent extends Event {
  static readonly eventName = 'netweave-submit';
  readonly response: AssessmentResponse;
  readonly state: SubmissionState;
  constructor(response: AssessmentResponse, state: SubmissionState) {
    super(NetweaveSubmitEvent.eventName, { bubbles: true, composed: true });
    this.response = response;
    this.state = state;
  }
  get detail() {
    return { response: this.response, state: this.state };
  }
}

/**
 * Fired when the collector refused a consented submission (a closed or unknown session, invalid
 * data): `error` is a StoreError whose `code` says why. It is not retried; the results stay.
 */
export class NetweaveSubmitErrorEvent extends Event {
  static readonly eventName = 'netweave-submit-error';
  readonly response: AssessmentResponse;
  readonly error: unknown;
  constructor(response: AssessmentResponse, error: unknown) {
    super(NetweaveSubmitErrorEvent.eventName, { bubbles: true, composed: true });
    this.response = response;
    this.error = error;
  }
  get detail() {
    return { response: this.response, error: this.error };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'netweave-complete': NetweaveCompleteEvent;
    'netweave-submit': NetweaveSubmitEvent;
    'netweave-submit-error': NetweaveSubmitErrorEvent;
  }
}
