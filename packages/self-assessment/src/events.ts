import type { AssessmentResponse, Challenge } from '@netweave/core';

/** Fired when the person finishes the assessment and sees the results. */
export class NetweaveCompleteEvent extends Event {
  readonly response: AssessmentResponse;
  readonly topAreas: Challenge[];
  constructor(response: AssessmentResponse, topAreas: Challenge[]) {
    super('netweave-complete', { bubbles: true, composed: true });
    this.response = response;
    this.topAreas = topAreas;
  }
  /** `{ response, topAreas }`, for listeners that prefer `detail`. */
  get detail() {
    return { response: this.response, topAreas: this.topAreas };
  }
}

/** Fired when the store accepted a consented submission (`state`: `sent`, or `queued` to be retried). */
export class NetweaveSubmitEvent extends Event {
  readonly response: AssessmentResponse;
  readonly state: 'sent' | 'queued';
  constructor(response: AssessmentResponse, state: 'sent' | 'queued') {
    super('netweave-submit', { bubbles: true, composed: true });
    this.response = response;
    this.state = state;
  }
  get detail() {
    return { response: this.response, state: this.state };
  }
}

/** Fired when a submission failed; it stays waiting on this device and is retried. */
export class NetweaveSubmitErrorEvent extends Event {
  readonly response: AssessmentResponse;
  readonly error: unknown;
  constructor(response: AssessmentResponse, error: unknown) {
    super('netweave-submit-error', { bubbles: true, composed: true });
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
