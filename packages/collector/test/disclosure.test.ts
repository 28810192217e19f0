/**
 * The public summary's release rule against a real collector: batches, a cap, a final release at
 * close, no per-response signal, and the attack it exists for (an anonymous client adding its own
 * responses one at a time to recover suppressed counts and the next respondent's answers).
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CATALOGUE } from '@netweave/model';
import { releaseDue, MAX_NOISE, NO_RELEASE } from '../src/release.js';
import { call, cleanUp, createSession, readSse, response, start, streamStart } from './helpers.js';

after(cleanUp);

const SECRET = ['--disclosure-secret', 'a-fixed-secret-for-deterministic-tests'];
const ids = DEFAULT_CATALOGUE.challenges.map((c) => c.id);

let n = 0;
/** Response ids are fixed (with the fixed secret, every run sees the same noise). */
async function post(base: string, sid: string, ratings: Record<string, number | null>): Promise<void> {
  const r = await call(base, 'POST', `/v1/sessions/${sid}/responses`, {
    body: response(sid, `${sid}-r${(n += 1)}`, ratings),
  });
  assert.equal(r.status, 201, r.text);
}
const summary = async (base: string, sid: string) =>
  (await call(base, 'GET', `/v1/sessions/${sid}/summary`)).body;

describe('when a release is due (injected clock)', () => {
  const rule = { every: 10, intervalMs: 60_000, cap: 3 };
  it('needs both enough new responses and enough time, then stops at the cap until close', () => {
    const open = { open: true, latest: 9, pending: 9 };
    assert.deepEqual(releaseDue(NO_RELEASE, open, 1_000, rule), { due: false });
    assert.deepEqual(releaseDue(NO_RELEASE, { ...open, pending: 10 }, 1_000, rule), {
      due: true,
      final: false,
    });
    const first = { seq: 1, live: 1, upto: 10, releasedAt: 1_000, final: false };
    assert.deepEqual(releaseDue(first, { open: true, latest: 30, pending: 20 }, 30_000, rule), {
      due: false,
      at: 61_000,
    });
    assert.deepEqual(releaseDue(first, { open: true, latest: 30, pending: 20 }, 61_000, rule), {
      due: true,
      final: false,
    });
    const capped = { ...first, seq: 3, live: 3 };
    assert.deepEqual(releaseDue(capped, { open: true, latest: 99, pending: 69 }, 10_000_000, rule), {
      due: false,
    });
    assert.deepEqual(releaseDue(capped, { open: false, latest: 99, pending: 69 }, 10_000_000, rule), {
      due: true,
      final: true,
    });
    const closed = { ...capped, seq: 4, upto: 99, final: true };
    assert.deepEqual(releaseDue(closed, { open: false, latest: 99, pending: 0 }, 10_000_000, rule), {
      due: false,
    });
  });
});

describe('public summary releases', () => {
  it('changes only per batch, says so once per release, freezes at the cap and releases at close', async () => {
    const server = await start({
      args: [...SECRET, '--release-interval', '0', '--release-cap', '2'],
    });
    const controller = new AbortController();
    try {
      const sid = await createSession(server.url);
      const res = await fetch(`${server.url}/v1/sessions/${sid}/events`, {
        headers: { accept: 'text/event-stream' },
        signal: controller.signal,
      });
      const messages = readSse(res.body!);
      await streamStart(messages);
      for (let i = 0; i < 9; i += 1) await post(server.url, sid, { 'finding-the-time': 4 });
      const before = await summary(server.url, sid);
      assert.equal(before.release.number, 0, 'nothing released before 10 responses');
      assert.equal(before.respondents, 0);
      const polled = await call(server.url, 'GET', `/v1/sessions/${sid}/events?after=0`);
      assert.equal(polled.body.responsesVersion, 0, 'polling learns nothing per response');
      await post(server.url, sid, { 'finding-the-time': 4 });
      // The first thing the public stream hears is the release, not any of the ten responses.
      const first = (await messages.next()).value!;
      assert.equal(first.event, 'responses');
      const released = await summary(server.url, sid);
      assert.equal(released.release.number, 1);
      assert.deepEqual(await summary(server.url, sid), released, 'the same release reads the same');
      assert.ok([null, 10, 15].includes(released.respondents), `10 ± ${MAX_NOISE}, rounded`);
      for (let i = 0; i < 25; i += 1) await post(server.url, sid, { 'finding-the-time': 4 });
      const capped = await summary(server.url, sid);
      assert.equal(capped.release.number, 2, 'two live releases at most');
      assert.equal(capped.release.frozen, true);
      const exact = await call(server.url, 'GET', `/v1/admin/sessions/${sid}/summary`, { admin: true });
      assert.equal(exact.body.respondents, 35, 'admin figures are exact and current');
      await call(server.url, 'PATCH', `/v1/admin/sessions/${sid}`, { admin: true, body: { open: false } });
      let closed = await summary(server.url, sid);
      for (let i = 0; !closed.release.final && i < 100; i += 1) closed = await summary(server.url, sid);
      assert.equal(closed.release.final, true, 'a final release at close');
      assert.ok([30, 35, 40].includes(closed.respondents), `35 ± ${MAX_NOISE}, rounded`);
    } finally {
      controller.abort();
      await server.stop();
    }
  });
});

/** What an attacker can conclude: the values of a count consistent with everything published. */
function consistent(
  observations: { own: number; published: number | null }[],
  candidates: number[],
  noisy: boolean,
): number[] {
  const nhs = (n: number) => (n === 0 ? 0 : n <= 7 ? null : Math.round(n / 5) * 5);
  const fixed = noisy ? [-1, 0, 1] : [0];
  const fresh = noisy ? [-2, -1, 0, 1, 2] : [0];
  return candidates.filter((t) =>
    fixed.some((s) =>
      observations.every(({ own, published }) => {
        const x = t + own;
        if (x === 0) return published === 0;
        return fresh.some((f) => nhs(Math.max(1, x + s + f)) === published);
      }),
    ),
  );
}

describe('the differencing attack (an anonymous client, default rate limits)', () => {
  it('recovers no suppressed count and not the next respondent’s answers', async () => {
    // Default limits and batch size; releases as often as allowed (interval 0 only helps the attacker).
    const server = await start({ args: [...SECRET, '--rate-limit', '120', '--release-interval', '0'] });
    try {
      const sid = 'attacked-session';
      const created = await call(server.url, 'POST', '/v1/admin/sessions', {
        admin: true,
        body: { id: sid, title: 'Attacked', date: '2026-11-25' },
      });
      assert.equal(created.status, 201);
      // Nine real respondents: every challenge identified by 1–7 of them (all published as *).
      const truth = [1, 2, 3, 4, 5, 6, 7, 3, 5];
      for (let r = 0; r < 9; r += 1)
        await post(server.url, sid, Object.fromEntries(ids.map((id, k) => [id, r < truth[k]! ? 4 : 1])));
      const next = [1, 0, 1, 1, 0, 0, 1, 0, 1];

      // The attacker adds its own responses one at a time and reads the summary after each,
      // varying how many of them identify each challenge (boundary probing).
      const own = ids.map(() => 0);
      const seen: {
        number: number | undefined;
        own: number[];
        published: (number | null)[];
        next: boolean;
      }[] = [];
      let last: string | undefined;
      let nextIn = false;
      const attack = async (count: number, batch0: number) => {
        for (let j = 0; j < count; j += 1) {
          const batch = batch0 + Math.floor(j / 10);
          const ratings = Object.fromEntries(
            ids.map((id, k) => [id, j % 10 < ((batch * 3 + k) % 5) + 5 ? 4 : 0]),
          );
          await post(server.url, sid, ratings);
          ids.forEach((id, k) => (own[k]! += ratings[id] === 4 ? 1 : 0));
          const s = await summary(server.url, sid);
          const text = JSON.stringify(s.challenges);
          if (text === last || s.release?.number === 0) continue; // release 0 holds no response
          last = text;
          seen.push({
            number: s.release?.number,
            own: [...own],
            published: ids.map((id) => s.challenges.find((c: { id: string }) => c.id === id).identified),
            next: nextIn,
          });
        }
      };
      await attack(60, 0);
      // The next real respondent.
      await post(server.url, sid, Object.fromEntries(ids.map((id, k) => [id, next[k] ? 4 : 1])));
      nextIn = true;
      await attack(40, 6);

      const noisy = seen.some((s) => s.number !== undefined);
      let recovered = 0;
      let answers = 0;
      ids.forEach((_, k) => {
        const before = seen
          .filter((s) => !s.next)
          .map((s) => ({ own: s.own[k]!, published: s.published[k]! }));
        const values = consistent(before, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], noisy);
        if (values.length === 1 && values[0] === truth[k]) recovered += 1;
        // The next respondent's answer: r is known when every (count, r) consistent with all releases agrees.
        const rs = [0, 1].filter(
          (r) =>
            consistent(
              seen.map((s) => ({ own: s.own[k]! + (s.next ? r : 0), published: s.published[k]! })),
              [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
              noisy,
            ).length,
        );
        if (rs.length === 1 && rs[0] === next[k]) answers += 1;
      });
      assert.ok(seen.length >= 5, `the attacker saw ${seen.length} different summaries`);
      assert.equal(recovered, 0, `suppressed counts recovered exactly: ${recovered} of 9`);
      assert.equal(answers, 0, `the next respondent's answers recovered: ${answers} of 9`);
      assert.ok(seen.length <= 10, `at most 10 live releases (saw ${seen.length})`);
    } finally {
      await server.stop();
    }
  });
});
