import type { NewCommitment } from '@netweave/core';

/** Fired when the participant posts a commitment (before it is stored; retried until it is). */
export class CommitmentAddEvent extends Event {
  static readonly eventName = 'netweave-commitment-add';
  readonly commitment: NewCommitment;
  constructor(commitment: NewCommitment) {
    super(CommitmentAddEvent.eventName, { bubbles: true, composed: true });
    this.commitment = commitment;
  }
}

/** Fired when the participant presses "I'll do this too" on a card (once per card). */
export class CommitmentReactEvent extends Event {
  static readonly eventName = 'netweave-commitment-react';
  readonly commitmentId: string;
  constructor(commitmentId: string) {
    super(CommitmentReactEvent.eventName, { bubbles: true, composed: true });
    this.commitmentId = commitmentId;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'netweave-commitment-add': CommitmentAddEvent;
    'netweave-commitment-react': CommitmentReactEvent;
  }
}
