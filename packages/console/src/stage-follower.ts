/**
 * Follows the session a participant has joined as the facilitator moves it on (its stage, open or
 * closed), through the store the widgets on the page already use: one live connection per
 * participant, not two. The store is asked of the widgets' `<netweave-provider>` with the context
 * protocol the widgets use themselves (its key is a global symbol, so this page needs none of
 * their code), from an element inside that provider.
 */

import type { AgendaItem, RoundState, SessionGroup } from '@netweave/model';

/** The key of the widgets' page-wide configuration (`netweaveContext` in @netweave/core). */
const CONTEXT = Symbol.for('netweave.config.v1');

/** What the pages need of a session event from the store (the projector: its TRIZ round too). */
export interface LiveSession {
  readonly stage?: string;
  readonly open?: boolean;
  readonly title?: string;
  readonly round?: RoundState;
  readonly agenda?: readonly AgendaItem[];
  readonly groups?: readonly SessionGroup[];
}

interface StoreLike {
  subscribe(
    sessionId: string,
    listener: (event: { type: string; sessionId?: string; session?: LiveSession }) => void,
  ): () => void;
}

type Callback = (value: { store?: StoreLike } | undefined, unsubscribe?: () => void) => void;

export class StageFollower {
  #store: StoreLike | undefined;
  #stopStore: (() => void) | undefined;
  #stopContext: (() => void) | undefined;
  #session = '';

  /** Whether it is following `sessionId` now. */
  following(sessionId: string): boolean {
    return this.#session === sessionId;
  }

  /**
   * Starts following `sessionId` with the store of the provider around `inside`; `changed` hears
   * the session each time the store tells it (as it stands when the live connection opens, then
   * every change). The provider may not be ready yet: the protocol answers once it is.
   */
  follow(inside: Element, sessionId: string, changed: (session: LiveSession) => void): void {
    this.stop();
    this.#session = sessionId;
    const callback: Callback = (config, unsubscribe) => {
      if (unsubscribe) this.#stopContext = unsubscribe;
      const store = config?.store;
      if (!store || store === this.#store || typeof store.subscribe !== 'function') return;
      this.#stopStore?.();
      this.#store = store;
      this.#stopStore = store.subscribe(sessionId, (event) => {
        if (event.type === 'session' && event.session && (event.sessionId ?? sessionId) === sessionId)
          changed(event.session);
      });
    };
    const request = new Event('context-request', { bubbles: true, composed: true });
    Object.assign(request, { context: CONTEXT, contextTarget: inside, callback, subscribe: true });
    inside.dispatchEvent(request);
  }

  stop(): void {
    this.#stopStore?.();
    this.#stopContext?.();
    this.#stopStore = this.#stopContext = this.#store = undefined;
    this.#session = '';
  }
}
