/**
 * A wall whose page is set up wrongly (a session id the collector does not have) says so in plain
 * words, on screen and in the console, instead of "You are offline" or "check your connection".
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { HttpStore, LocalStore, MemoryStorage } from '@netweave/core';
import '../../src/define.js';
import type { NetweaveCommitmentsWall } from '../../src/commitments-wall.js';

const MESSAGE = 'No session has the id wrong-session.';

function unknownSession() {
  const json = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  const fetch = (async (_input: RequestInfo | URL, init?: RequestInit) => {
    if (init?.mode === 'no-cors') return new Response(null, { status: 200 });
    return json(404, { error: { code: 'session-not-found', message: MESSAGE } });
  }) as typeof globalThis.fetch;
  return new HttpStore('https://collector.example', {
    fetch,
    EventSource: null,
    pollInterval: 60_000,
    local: new LocalStore({ storage: new MemoryStorage() }),
  });
}

describe('a wall on a page set up with a session the collector does not have', () => {
  for (const [lang, words] of [
    ['en', /not set up correctly: the collector has no session with this page’s session id/],
    ['cy', /Nid yw’r dudalen hon wedi’i gosod yn gywir/],
  ] as const) {
    it(`says so in plain words (${lang}), and nothing about the connection`, async () => {
      const errors: string[] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => errors.push(args.join(' '));
      try {
        const el = await fixture<NetweaveCommitmentsWall>(
          html`<netweave-commitments-wall
            session="wrong-session"
            lang=${lang}
            .store=${unknownSession()}
          ></netweave-commitments-wall>`,
        );
        const alert = () => el.shadowRoot!.querySelector<HTMLElement>('[role="alert"]');
        await waitUntil(() => words.test(alert()?.textContent ?? ''), 'the set-up mistake is said');
        const text = el.shadowRoot!.textContent ?? '';
        expect(text).not.to.match(/offline|connection|all-lein|cysylltiad/i);
        // nothing to type into that could only fail: the form is not offered
        expect(el.shadowRoot!.querySelector('textarea')).to.equal(null);
        expect(errors.some((e) => e.includes(MESSAGE))).to.equal(true, 'the console names the problem');
        await expect(el).to.be.accessible();
      } finally {
        console.error = original;
      }
    });
  }
});
