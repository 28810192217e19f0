/**
 * A client that resumes from before the pruned live events is sent the session as it stands
 * instead of what it missed. A moderator's console (the admin stream and its polling form) must
 * then get every post, held for review and hidden ones too, with their status; a public stream
 * still never hears of them.
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { call, cleanUp, createSession, readSse, start, TOKEN, uid } from './helpers.js';

after(cleanUp);

interface Polled {
  events: {
    seq: number;
    event: { type: string; commitment?: { id: string; status: string }; id?: string };
  }[];
  lastEventId: number;
}

/** Every commitment a stream or a poll told of, as it last stood (removals take it away). */
function standing(events: Polled['events'][number]['event'][]): Map<string, string> {
  const shown = new Map<string, string>();
  for (const event of events)
    if (event.type === 'commitment') shown.set(event.commitment!.id, event.commitment!.status);
    else if (event.type === 'commitment-removed') shown.delete(event.id!);
  return shown;
}

/** Reads a live stream until it has told of every id in `ids` (or `ms` have passed). */
async function streamed(
  url: string,
  headers: Record<string, string>,
  ids: readonly string[],
  ms = 10_000,
): Promise<Polled['events'][number]['event'][]> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ms);
  const told: Polled['events'][number]['event'][] = [];
  try {
    const res = await fetch(url, {
      headers: { accept: 'text/event-stream', ...headers },
      signal: controller.signal,
    });
    assert.equal(res.status, 200);
    for await (const msg of readSse(res.body!)) {
      if (msg.event !== 'commitment' && msg.event !== 'commitment-removed') continue;
      told.push(JSON.parse(msg.data) as Polled['events'][number]['event']);
      const seen = standing(told);
      if (ids.every((id) => seen.has(id))) break;
    }
  } catch (error) {
    if (!controller.signal.aborted) throw error;
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
  return told;
}

describe('resuming from before the pruned events', () => {
  it('gives a moderator every post as it stands, held and hidden ones with their status; the public only the wall', async () => {
    const server = await start({ args: ['--keep-events', '100'] });
    try {
      const sid = await createSession(server.url);
      const posted: string[] = [];
      const post = async (text = 'I will ask a colleague in social care to lunch.') => {
        const id = uid('c');
        posted.push(id);
        const r = await call(server.url, 'POST', `/v1/sessions/${sid}/commitments`, {
          body: { id, sessionId: sid, text },
        });
        assert.equal(r.status, 201, r.text);
        return id;
      };
      const moderate = async (id: string, status: string) => {
        const r = await call(server.url, 'POST', `/v1/admin/sessions/${sid}/commitments/${id}/moderation`, {
          admin: true,
          body: { status },
        });
        assert.equal(r.status, 200, r.text);
      };
      const from = (await call(server.url, 'GET', `/v1/sessions/${sid}/events`)).body.lastEventId as number;
      const shown = await post();
      // Held by screening (a phone number), held by the moderator, hidden by the moderator.
      const screened = await post('Call me on 07700 900123 about the network map.');
      const held = await post();
      await moderate(held, 'pending');
      const hidden = await post();
      await moderate(hidden, 'hidden');
      const changed = (await call(server.url, 'GET', `/v1/sessions/${sid}/events`)).body
        .lastEventId as number;
      // Enough newer posts for all of the above to be pruned (the last 100 events are kept).
      for (let i = 0; i < 12; i += 1) await Promise.all(Array.from({ length: 10 }, () => post()));
      // Pruning runs in the background: wait until the horizon has passed those changes.
      const publicPoll = () =>
        call(server.url, 'GET', `/v1/sessions/${sid}/events?after=${from}`).then((r) => r.body as Polled);
      for (let tries = 0; ; tries += 1) {
        const first = (await publicPoll()).events[0];
        if (first && first.seq >= changed) break;
        assert.ok(tries < 100, 'the events were pruned');
        await new Promise((r) => setTimeout(r, 100));
      }
      const expected = new Map([
        [shown, 'visible'],
        [screened, 'pending'],
        [held, 'pending'],
        [hidden, 'hidden'],
      ]);
      const offTheWall = [screened, held, hidden];
      const onTheWall = posted.filter((id) => !offTheWall.includes(id));

      // The moderator's stream and its polling form: every post, with its status.
      const admin = standing(
        await streamed(
          `${server.url}/v1/admin/sessions/${sid}/events`,
          { authorization: `Bearer ${TOKEN}`, 'last-event-id': String(from) },
          posted,
        ),
      );
      assert.equal(admin.size, posted.length, 'every post');
      for (const [id, status] of expected) assert.equal(admin.get(id), status, `stream: ${status} post`);
      const adminPolled = await call(server.url, 'GET', `/v1/admin/sessions/${sid}/events?after=${from}`, {
        admin: true,
      });
      const adminPoll = standing((adminPolled.body as Polled).events.map((e) => e.event));
      for (const [id, status] of expected) assert.equal(adminPoll.get(id), status, `poll: ${status} post`);
      assert.equal(adminPoll.size, posted.length, 'every post');

      // The public: the wall as it stands, never a post that is not on it (not even its id).
      const publicStream = await streamed(
        `${server.url}/v1/sessions/${sid}/events`,
        { 'last-event-id': String(from) },
        onTheWall,
      );
      const publicPolled = (await publicPoll()).events.map((e) => e.event);
      for (const told of [publicStream, publicPolled]) {
        assert.deepEqual([...standing(told).keys()].sort(), [...onTheWall].sort(), 'the wall as it stands');
        const text = JSON.stringify(told);
        for (const id of offTheWall) assert.ok(!text.includes(id), 'a post off the wall is not told');
      }
    } finally {
      await server.stop();
    }
  });
});
