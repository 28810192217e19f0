/**
 * A room of people on one network (one address, no proxy headers) against a real collector with
 * its default limits: 500 follow one session live and each post once, none refused, every post
 * reaching every follower. And a hostile client on one address held back: a stream flood, a
 * post flood (per address, per device, per session), a reader that stops reading. Other
 * addresses are made with loopback's other addresses (127.0.0.2, …). With PostgreSQL
 * (`npm run test:pg`), the same limits hold across two instances.
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { request, type ClientRequest, type IncomingMessage } from 'node:http';
import { LIMIT_DEFAULTS } from '../src/limits.js';
import { call, cleanUp, createSession, start, TOKEN, uid, type Running } from './helpers.js';

after(cleanUp);

/** The default limits (the helpers start collectors with the rates out of the way otherwise). */
const DEFAULTS = [
  '--rate-limit',
  String(LIMIT_DEFAULTS.rateLimit),
  '--device-rate-limit',
  String(LIMIT_DEFAULTS.deviceRate),
  '--session-rate-limit',
  String(LIMIT_DEFAULTS.sessionRate),
];

interface Follower {
  status: number;
  /** The refusal's code and Retry-After, when refused. */
  code?: string;
  retryAfter?: string | null;
  /** Ids of commitments received, in order; and of removals. */
  readonly got: string[];
  readonly removed: string[];
  lastId: string | null;
  /** Resolves once every id is among those received. */
  waitFor(ids: readonly string[]): Promise<void>;
  /** Resolves when the collector ends the stream. */
  readonly ended: Promise<void>;
  readonly res?: IncomingMessage;
  close(): void;
}

/** A live stream as an EventSource opens one (own connection, optional source address). */
function follow(
  base: string,
  sid: string,
  options: { from?: string; device?: string; lastEventId?: string; pause?: boolean; admin?: boolean } = {},
): Promise<Follower> {
  const url = new URL(base);
  const query = options.device ? `?device=${options.device}` : '';
  return new Promise((resolve, reject) => {
    const waiters: { ids: readonly string[]; resolve: () => void }[] = [];
    let ended!: () => void;
    const follower: Follower = {
      status: 0,
      got: [],
      removed: [],
      lastId: null,
      ended: new Promise((r) => (ended = r)),
      waitFor(ids) {
        return new Promise((done) => {
          waiters.push({ ids, resolve: done });
          check();
        });
      },
      close: () => undefined,
    };
    const seen = new Set<string>();
    const check = () => {
      for (const w of [...waiters])
        if (w.ids.every((id) => seen.has(id))) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve();
        }
    };
    const req: ClientRequest = request(
      {
        host: url.hostname,
        port: url.port,
        path: `/v1${options.admin ? '/admin' : ''}/sessions/${sid}/events${query}`,
        agent: false,
        ...(options.from ? { localAddress: options.from } : {}),
        headers: {
          accept: 'text/event-stream',
          ...(options.admin ? { authorization: `Bearer ${TOKEN}` } : {}),
          ...(options.lastEventId ? { 'last-event-id': options.lastEventId } : {}),
        },
      },
      (res) => {
        follower.status = res.statusCode ?? 0;
        res.setEncoding('utf8');
        if (res.statusCode !== 200) {
          let text = '';
          res.on('data', (c: string) => (text += c));
          res.on('end', () => {
            follower.code = errorCode(text, res.statusCode);
            follower.retryAfter = res.headers['retry-after'] ?? null;
            resolve(follower);
          });
          return;
        }
        Object.assign(follower, { res });
        let buffer = '';
        res.on('data', (chunk: string) => {
          buffer += chunk;
          let end;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const id = /^id: (.*)$/m.exec(block)?.[1];
            if (id !== undefined) follower.lastId = id;
            const event = /^event: (.*)$/m.exec(block)?.[1];
            const data = /^data: (.*)$/m.exec(block)?.[1];
            if (event === 'commitment') {
              const cid = (JSON.parse(data!) as { commitment: { id: string } }).commitment.id;
              follower.got.push(cid);
              seen.add(cid);
              check();
            } else if (event === 'commitment-removed') {
              const cid = (JSON.parse(data!) as { id: string }).id;
              follower.removed.push(cid);
              seen.delete(cid);
            }
          }
        });
        res.on('close', () => ended());
        // A fresh stream says `ready`; a resumed one starts with its `retry:` line.
        if (options.pause) {
          res.once('data', () => {
            res.pause();
            resolve(follower);
          });
        } else if (options.lastEventId) resolve(follower);
        else {
          const onReady = () => {
            if (follower.lastId === null) return;
            res.off('data', onReady);
            resolve(follower);
          };
          res.on('data', onReady);
        }
      },
    );
    follower.close = () => req.destroy();
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (follower.status === 0) reject(error);
      else ended();
    });
    req.end();
  });
}

/** The error code of a refusal, or what came instead of one. */
function errorCode(text: string, status: number | undefined): string {
  try {
    return (JSON.parse(text) as { error: { code: string } }).error.code;
  } catch {
    return `status ${status}: ${text.slice(0, 100)}`;
  }
}

interface Posted {
  id: string;
  status: number;
  code?: string;
  retryAfter: string | null;
}

/** Posts a commitment as core's HttpStore does (own connection here, optional source address). */
function post(
  base: string,
  sid: string,
  options: { from?: string; device?: string; text?: string; path?: string; method?: string } = {},
): Promise<Posted> {
  const url = new URL(base);
  const id = uid('c');
  const body = JSON.stringify({
    id,
    sessionId: sid,
    text: options.text ?? 'I will ask a colleague in social care to lunch.',
  });
  return new Promise((resolve) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: options.path ?? `/v1/sessions/${sid}/commitments`,
        method: options.method ?? 'POST',
        agent: false,
        ...(options.from ? { localAddress: options.from } : {}),
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...(options.device ? { 'x-netweave-device': options.device } : {}),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => {
          const result: Posted = {
            id,
            status: res.statusCode ?? 0,
            retryAfter: res.headers['retry-after'] ?? null,
          };
          if (res.statusCode !== 201) result.code = errorCode(text, res.statusCode);
          resolve(result);
        });
        // Cut off while the answer arrived: said as such, never left hanging.
        res.on('aborted', () => resolve({ id, status: 0, code: 'aborted', retryAfter: null }));
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) =>
      resolve({ id, status: 0, code: error.code ?? 'error', retryAfter: null }),
    );
    req.end(body);
  });
}

/** Runs `work` for each of `n` items, `width` at a time, in order. */
async function inBatches<T>(n: number, width: number, work: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < n; i += width)
    out.push(...(await Promise.all(Array.from({ length: Math.min(width, n - i) }, (_, j) => work(i + j)))));
  return out;
}

const count = <T>(items: T[], test: (item: T) => boolean) => items.filter(test).length;

/**
 * A burst against a limit of `perMinute`: everything up to the limit is taken, and beyond it only
 * what the bucket refilled while the burst lasted (on a busy machine a burst can take seconds).
 */
async function burst<T>(perMinute: number, send: () => Promise<T[]>, accepted: (item: T) => boolean) {
  const started = performance.now();
  const items = await send();
  const refill = Math.ceil(((performance.now() - started) * perMinute) / 60_000);
  const n = count(items, accepted);
  assert.ok(
    n >= perMinute && n <= perMinute + refill,
    `${n} accepted: the limit (${perMinute}) and at most ${refill} refilled during the burst`,
  );
  return items;
}

/** Resolves when the collector logs a line with `msg`. */
function logged(server: Running, msg: string): Promise<void> {
  const has = () => server.logs.some((l) => l.includes(`"msg":"${msg}"`));
  if (has()) return Promise.resolve();
  return new Promise((resolve) => {
    const check = () => {
      if (!has()) return;
      server.child.stdout!.off('data', check);
      resolve();
    };
    server.child.stdout!.on('data', check);
  });
}

describe('a room of 500 on one network, default limits', () => {
  it('500 follow one session and each post once from one address: none refused, every follower gets every post', async () => {
    const server = await start({ args: DEFAULTS });
    const followers: Follower[] = [];
    try {
      const sid = await createSession(server.url);
      followers.push(...(await inBatches(500, 100, () => follow(server.url, sid))));
      assert.equal(
        count(followers, (f) => f.status !== 200),
        0,
        'no stream refused',
      );
      assert.equal((await call(server.url, 'GET', '/health')).body.streams, 500);
      // Within the minute: 50 at a time, as a room posts (not all 500 in one instant).
      const posts = await inBatches(500, 50, () => post(server.url, sid));
      const refused = posts.filter((p) => p.status !== 201);
      assert.deepEqual(refused, [], 'no post refused');
      const ids = posts.map((p) => p.id);
      await Promise.all(followers.map((f) => f.waitFor(ids)));
      assert.equal(
        followers.reduce((n, f) => n + f.got.length, 0),
        500 * 500,
        'every post reached every follower once',
      );
    } finally {
      for (const f of followers) f.close();
      await server.stop();
    }
  });
});

describe('a hostile client on one address is held back', () => {
  it('stream flood: refused beyond the streams per address (on a session, across sessions, per device), not others', async () => {
    const server = await start({ args: [...DEFAULTS, '--streams-per-address', '20'] });
    const open: Follower[] = [];
    try {
      const [s1, s2, s3] = [
        await createSession(server.url),
        await createSession(server.url),
        await createSession(server.url),
      ];
      const flood = await inBatches(25, 25, () => follow(server.url, s1));
      open.push(...flood);
      assert.equal(
        count(flood, (f) => f.status === 200),
        20,
      );
      const refused = flood.find((f) => f.status !== 200)!;
      assert.deepEqual([refused.status, refused.code], [429, 'too-many-streams']);
      assert.ok(Number(refused.retryAfter) >= 1, 'with Retry-After');
      // The facilitator on the same network still follows it (admin routes are not held back).
      const facilitator = await follow(server.url, s1, { admin: true });
      open.push(facilitator);
      assert.equal(facilitator.status, 200);
      // Someone on another network still follows the session.
      const neighbour = await follow(server.url, s1, { from: '127.0.0.2' });
      open.push(neighbour);
      assert.equal(neighbour.status, 200);
      // Across sessions the address may hold twice as many: 20 more on another session, then no more.
      const more = await inBatches(21, 21, () => follow(server.url, s2));
      open.push(...more);
      assert.deepEqual(
        [count(more, (f) => f.status === 200), more.find((f) => f.status !== 200)?.code],
        [20, 'too-many-streams'],
      );
      // A device that names itself: at most 10 streams.
      const device = 'tab-flood-0123456789';
      const tabs = await inBatches(11, 11, () => follow(server.url, s3, { from: '127.0.0.3', device }));
      open.push(...tabs);
      assert.equal(
        count(tabs, (f) => f.status === 200),
        10,
      );
      // Streams that end are no longer counted.
      const first = flood.filter((f) => f.status === 200).slice(0, 5);
      for (const f of first) f.close();
      await Promise.all(first.map((f) => f.ended));
      let reopened: Follower | undefined;
      // The collector sees the close a moment after the client: retried until it has (never more than 5 refusals).
      for (let i = 0; i < 50 && reopened?.status !== 200; i += 1) {
        reopened = await follow(server.url, s1);
        open.push(reopened);
        if (reopened.status !== 200) await new Promise((r) => setImmediate(r));
      }
      assert.equal(reopened!.status, 200, 'a closed stream frees its place');
    } finally {
      for (const f of open) f.close();
      await server.stop();
    }
  });

  it('post flood: a client that follows nothing writes at one person’s rate; a device is held to its own; the room next to it is not held back', async () => {
    const server = await start({ args: DEFAULTS });
    const room: Follower[] = [];
    try {
      const sid = await createSession(server.url);
      const rate = LIMIT_DEFAULTS.deviceRate;
      const flood = await burst(
        rate,
        () => inBatches(2 * rate, 10, () => post(server.url, sid)),
        (p) => p.status === 201,
      );
      const refused = flood.filter((p) => p.status !== 201);
      assert.ok(
        refused.every((p) => p.status === 429 && p.code === 'rate-limited' && Number(p.retryAfter) >= 1),
      );

      // A room of 40 on another network follows the session and posts once each: all accepted, all delivered.
      room.push(...(await inBatches(40, 40, () => follow(server.url, sid, { from: '127.0.0.2' }))));
      const posts = await Promise.all(room.map(() => post(server.url, sid, { from: '127.0.0.2' })));
      assert.equal(
        count(posts, (p) => p.status === 201),
        40,
      );
      await Promise.all(room.map((f) => f.waitFor(posts.map((p) => p.id))));

      // In that room, one phone that names itself cannot post more than one person would.
      const phone = 'phone-0123456789abcdef';
      const own = await burst(
        rate,
        () => inBatches(rate + 10, 10, () => post(server.url, sid, { from: '127.0.0.2', device: phone })),
        (p) => p.status === 201,
      );
      assert.ok(own.filter((p) => p.status !== 201).every((p) => p.code === 'device-rate-limited'));
    } finally {
      for (const f of room) f.close();
      await server.stop();
    }
  });

  it('session flood from several networks: at most the session’s rate, other sessions untouched', async () => {
    const server = await start({ args: [...DEFAULTS, '--session-rate-limit', '50'] });
    try {
      const [sid, other] = [await createSession(server.url), await createSession(server.url)];
      const all = await burst(
        50,
        async () =>
          (
            await inBatches(4, 4, (n) =>
              inBatches(20, 5, () => post(server.url, sid, { from: `127.0.0.${n + 2}` })),
            )
          ).flat(),
        (p) => p.status === 201,
      );
      assert.ok(all.filter((p) => p.status !== 201).every((p) => p.code === 'session-busy'));
      assert.equal((await post(server.url, other, { from: '127.0.0.2' })).status, 201);
    } finally {
      await server.stop();
    }
  });

  it('slow reader: a stream whose client stops reading is closed and resumes without loss; the others get every post', async () => {
    const server = await start({
      // Posting is not what is limited here (the helpers' rates stay out of the way).
      args: ['--stream-buffer', '65536', '--device-rate-limit', '1000000', '--session-rate-limit', '1000000'],
    });
    const open: Follower[] = [];
    try {
      const sid = await createSession(server.url);
      const reader = await follow(server.url, sid);
      const stalled = await follow(server.url, sid, { from: '127.0.0.2', pause: true });
      open.push(reader, stalled);
      const text = `I will ${'meet the council’s team and '.repeat(35)}listen.`.slice(0, 1000);
      // Until the collector has closed the stalled stream (more than the kernel's buffers and the 64 KiB).
      const posts: Posted[] = [];
      let closed = false;
      void stalled.ended.then(() => (closed = true));
      while (!closed && posts.length < 5000) {
        posts.push(...(await inBatches(100, 20, () => post(server.url, sid, { text }))));
        const health = await call(server.url, 'GET', '/health');
        if (health.body.streams === 1) break;
      }
      assert.equal(
        count(posts, (p) => p.status !== 201),
        0,
      );
      const ids = posts.map((p) => p.id);
      await reader.waitFor(ids);
      assert.equal(
        (await call(server.url, 'GET', '/health')).body.streams,
        1,
        'the stalled stream was closed',
      );
      // It reads what reached it, then resumes from its last id and gets the rest.
      stalled.res!.resume();
      await stalled.ended;
      assert.ok(stalled.got.length < ids.length, `it had ${stalled.got.length} of ${ids.length}`);
      const resumed = await follow(server.url, sid, { from: '127.0.0.2', lastEventId: stalled.lastId! });
      open.push(resumed);
      await resumed.waitFor(ids.filter((id) => !stalled.got.includes(id)));
    } finally {
      for (const f of open) f.close();
      await server.stop();
    }
  });
});

describe('old live events are pruned', () => {
  it('keeps the last N per session; a client resuming from before them gets the wall as it stands', async () => {
    const server = await start({
      args: [...DEFAULTS, '--keep-events', '100', '--device-rate-limit', '1000000'],
    });
    const open: Follower[] = [];
    try {
      const sid = await createSession(server.url);
      const first = await follow(server.url, sid);
      open.push(first);
      const from = first.lastId!;
      const posts = await inBatches(150, 10, () => post(server.url, sid));
      const hidden = posts[3]!.id;
      const hide = await call(
        server.url,
        'POST',
        `/v1/admin/sessions/${sid}/commitments/${hidden}/moderation`,
        {
          admin: true,
          body: { status: 'hidden' },
        },
      );
      assert.equal(hide.status, 200);
      await logged(server, 'events-pruned');
      const visible = posts.map((p) => p.id).filter((id) => id !== hidden);
      // By stream: the wall (149 posts), then the events kept since.
      const resumed = await follow(server.url, sid, { lastEventId: from });
      open.push(resumed);
      await resumed.waitFor(visible);
      assert.ok(
        !resumed.got.includes(hidden) || resumed.removed.includes(hidden),
        'the hidden post is not on its wall',
      );
      // By polling: the same.
      const polled = await call(server.url, 'GET', `/v1/sessions/${sid}/events?after=${from}`);
      const shown = new Set<string>();
      for (const { event } of polled.body.events as {
        event: { type: string; commitment?: { id: string }; id?: string };
      }[])
        if (event.type === 'commitment') shown.add(event.commitment!.id);
        else shown.delete(event.id!);
      assert.deepEqual([...shown].sort(), [...visible].sort());
      // The wall comes first, all at the horizon (the newest pruned event); then only the kept events.
      const events = polled.body.events as { seq: number }[];
      const horizon = events[0]!.seq;
      assert.equal(
        count(events, (e) => e.seq === horizon),
        149,
      );
      assert.ok(count(events, (e) => e.seq > horizon) <= 111, 'the older events are gone');
    } finally {
      for (const f of open) f.close();
      await server.stop();
    }
  });
});

const shared = process.env.NETWEAVE_TEST_DB;

if (shared) {
  describe('limits across two instances on one PostgreSQL database', () => {
    it('counts streams and posts per address across instances, and every follower on either gets every post', async () => {
      const args = [...DEFAULTS, '--hash-secret', 'shared-by-both-instances', '--streams-per-address', '10'];
      const a = await start({ db: shared, args });
      const b = await start({ db: shared, args });
      const open: Follower[] = [];
      try {
        const sid = await createSession(a.url);
        const onA = await inBatches(6, 6, () => follow(a.url, sid));
        const onB = await inBatches(6, 6, () => follow(b.url, sid));
        open.push(...onA, ...onB);
        assert.equal(
          count(onA, (f) => f.status === 200),
          6,
        );
        assert.deepEqual(
          [count(onB, (f) => f.status === 200), onB.find((f) => f.status !== 200)?.code],
          [4, 'too-many-streams'],
          'ten in all from one address, whichever instance',
        );
        // A client on another network that follows nothing, posting through both instances in turn.
        const rate = LIMIT_DEFAULTS.deviceRate;
        // One person's rate across both instances (and what refilled while they were sent).
        const flood = await burst(
          rate,
          () => inBatches(2 * rate, 10, (i) => post(i % 2 ? b.url : a.url, sid, { from: '127.0.0.2' })),
          (p) => p.status === 201,
        );
        // The ten followers posting through either instance: all accepted, all delivered everywhere.
        const posts = await Promise.all(
          open.filter((f) => f.status === 200).map((_, i) => post(i % 2 ? b.url : a.url, sid)),
        );
        assert.equal(
          count(posts, (p) => p.status === 201),
          10,
        );
        const ids = [...flood, ...posts].filter((p) => p.status === 201).map((p) => p.id);
        await Promise.all(open.filter((f) => f.status === 200).map((f) => f.waitFor(ids)));
      } finally {
        for (const f of open) f.close();
        await a.stop();
        await b.stop();
      }
    });
  });
}
