/**
 * The limits' arithmetic (limits.ts) with an injected clock: buckets that hold a minute's worth,
 * a rate per live stream, the narrowest limit spent first, and how long a refused client waits.
 * The same rules against a real collector are in room.test.ts.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { IncomingMessage } from 'node:http';
import { LIMIT_DEFAULTS, Limits, MemoryCounters, type Bucket } from '../src/limits.js';
import { HttpError } from '../src/http.js';

function clock(start = 1_000_000) {
  const c = { now: start, tick: (ms: number) => (c.now += ms) };
  return c;
}

/** Takes from `buckets` n times; how many were allowed. */
function takeMany(counters: MemoryCounters, buckets: Bucket[], n: number): number {
  let allowed = 0;
  for (let i = 0; i < n; i += 1) if (!counters.takeNow(buckets)) allowed += 1;
  return allowed;
}

describe('a bucket that holds a minute’s worth', () => {
  const cases: { description: string; perMinute: number; burst: number; after: number; more: number }[] = [
    {
      description: '30 a minute: 30 at once, then one every 2 s',
      perMinute: 30,
      burst: 30,
      after: 2000,
      more: 1,
    },
    {
      description: '2,400 a minute: a room’s 2,400 at once, then 40 a second',
      perMinute: 2400,
      burst: 2400,
      after: 1000,
      more: 40,
    },
    {
      description: '1 a minute: one, then one a minute later',
      perMinute: 1,
      burst: 1,
      after: 60_000,
      more: 1,
    },
  ];
  for (const c of cases) {
    it(c.description, async () => {
      const t = clock();
      const counters = new MemoryCounters(() => t.now);
      const bucket = [{ key: 'k', perMinute: c.perMinute }];
      try {
        assert.equal(takeMany(counters, bucket, c.burst + 5), c.burst);
        const refused = counters.takeNow(bucket)!;
        assert.equal(refused.index, 0);
        assert.ok(refused.waitMs > 0 && refused.waitMs <= 60_000 / c.perMinute, `waits ${refused.waitMs} ms`);
        t.tick(c.after);
        assert.equal(takeMany(counters, bucket, c.more + 5), c.more);
      } finally {
        await counters.stop();
      }
    });
  }
});

describe('a rate per live stream', () => {
  it('gives an address one device’s rate per stream it holds, at least one, at most its ceiling', async () => {
    const t = clock();
    const counters = new MemoryCounters(() => t.now);
    const bucket = (key: string) => [{ key, perMinute: 30, perStream: { key: `s:${key}`, max: 2400 } }];
    try {
      assert.equal(takeMany(counters, bucket('none'), 100), 30, 'no stream: one device');
      for (let i = 0; i < 500; i += 1) assert.equal(await counters.open([{ key: 's:room', max: 1000 }]), -1);
      assert.equal(takeMany(counters, bucket('room'), 3000), 2400, '500 streams: 15,000, capped at 2,400');
      for (let i = 0; i < 3; i += 1) await counters.open([{ key: 's:three', max: 1000 }]);
      assert.equal(takeMany(counters, bucket('three'), 200), 90, 'three streams: 3 × 30');
    } finally {
      await counters.stop();
    }
  });
});

describe('several limits on one request', () => {
  it('spends the narrowest first and stops at the first that refuses', async () => {
    const t = clock();
    const counters = new MemoryCounters(() => t.now);
    const device = { key: 'device', perMinute: 3 };
    const address = { key: 'address', perMinute: 5 };
    const session = { key: 'session', perMinute: 100 };
    try {
      assert.equal(takeMany(counters, [device, address, session], 10), 3);
      const byDevice = counters.takeNow([device, address, session])!;
      assert.equal(byDevice.index, 0, 'the device is refused');
      // Another device behind the same address: the address allows 2 more.
      assert.equal(takeMany(counters, [{ key: 'device-2', perMinute: 3 }, address, session], 10), 2);
      assert.equal(counters.takeNow([{ key: 'device-3', perMinute: 3 }, address, session])!.index, 1);
      // The session was spent only by requests every narrower limit allowed.
      assert.equal(takeMany(counters, [session], 200), 95);
    } finally {
      await counters.stop();
    }
  });

  it('counts streams per key and refuses beyond the max without counting the refused one', async () => {
    const counters = new MemoryCounters();
    try {
      const keys = [
        { key: 'device', max: 2 },
        { key: 'address', max: 3 },
      ];
      assert.deepEqual(
        [await counters.open(keys), await counters.open(keys), await counters.open(keys)],
        [-1, -1, 0],
      );
      assert.equal(await counters.open([{ key: 'device-2', max: 2 }, keys[1]!]), -1);
      assert.equal(await counters.open([{ key: 'device-3', max: 2 }, keys[1]!]), 1, 'the address is full');
      await counters.close(['device', 'address']);
      assert.equal(
        await counters.open([{ key: 'device-3', max: 2 }, keys[1]!]),
        -1,
        'room again once one closes',
      );
    } finally {
      await counters.stop();
    }
  });
});

describe('Limits', () => {
  const request = (method: string, headers: Record<string, string> = {}) =>
    ({ method, headers }) as unknown as IncomingMessage;
  const url = (path: string) => new URL(path, 'http://collector.invalid');

  it('refuses with the error shape, a clear code and Retry-After', async () => {
    const limits = new Limits({ ...LIMIT_DEFAULTS, deviceRate: 2 }, new MemoryCounters());
    try {
      const post = (headers: Record<string, string> = {}) =>
        limits.admit(request('POST', headers), url('/v1/sessions/s1/commitments'), 'address', {});
      await post();
      await post();
      await assert.rejects(post(), (e: unknown) => {
        assert.ok(e instanceof HttpError);
        assert.deepEqual([e.status, e.code], [429, 'rate-limited']);
        assert.match(e.message, /for the people following it from here \(2 a minute each\)/);
        assert.ok(Number(e.headers['retry-after']) >= 1);
        return true;
      });
      // A named device is held to its own rate too.
      const device = { 'x-netweave-device': 'phone-0123456789' };
      const other = new Limits({ ...LIMIT_DEFAULTS, deviceRate: 2 }, new MemoryCounters());
      const postAs = () =>
        other.admit(request('POST', device), url('/v1/sessions/s1/responses'), 'address', {});
      await postAs();
      await postAs();
      await assert.rejects(
        postAs(),
        (e: unknown) => e instanceof HttpError && e.code === 'device-rate-limited',
      );
      await other.stop();
    } finally {
      await limits.stop();
    }
  });

  it('counts a TRIZ board’s writes (notes, votes, joining a group) like the wall’s, per device (the room’s allowance follows its streams)', async () => {
    const limits = new Limits({ ...LIMIT_DEFAULTS, deviceRate: 2 }, new MemoryCounters());
    try {
      const write = (method: string, path: string) =>
        limits.admit(request(method, { 'x-netweave-device': 'phone-0123456789' }), url(path), 'address', {});
      await write('PUT', '/v1/sessions/s1/member');
      await write('POST', '/v1/sessions/s1/notes');
      await assert.rejects(
        write('POST', '/v1/sessions/s1/notes/n1/vote'),
        (e: unknown) => e instanceof HttpError && e.code === 'device-rate-limited',
      );
    } finally {
      await limits.stop();
    }
  });

  it('ignores a device id that is not one (too short, odd characters): counted by address instead', () => {
    const limits = new Limits(LIMIT_DEFAULTS, new MemoryCounters());
    const cases: { description: string; id: string; named: boolean }[] = [
      { description: 'a random id', id: '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0', named: true },
      { description: 'too short', id: 'abc', named: false },
      { description: 'spaces', id: 'my phone is here', named: false },
      { description: 'too long', id: 'x'.repeat(101), named: false },
    ];
    for (const c of cases)
      assert.equal(
        limits.device(request('GET', { 'x-netweave-device': c.id })) !== undefined,
        c.named,
        c.description,
      );
    assert.notEqual(
      limits.device(request('GET'), url('/v1/sessions/s1/events?device=tab-0123456789')),
      undefined,
      'a stream names its device in the address (EventSource sends no headers)',
    );
    void limits.stop();
  });

  it('turns away requests beyond the instance’s rate with 503 collector-busy', async () => {
    // The clock stands still while the requests arrive (a busy machine must not refill the bucket).
    const clock = { now: Date.now() };
    const limits = new Limits({ ...LIMIT_DEFAULTS, maxRequestRate: 5 }, new MemoryCounters(), {
      now: () => clock.now,
    });
    const admitted = (i: number) =>
      limits.admit(request('GET'), url('/v1/sessions/s1'), `address-${i}`, {}).then(
        () => 'ok' as const,
        (e: HttpError) => e.status,
      );
    try {
      const statuses: (number | 'ok')[] = [];
      for (let i = 0; i < 12; i += 1) statuses.push(await admitted(i));
      assert.deepEqual(statuses.slice(0, 10), Array(10).fill('ok'), 'two seconds’ worth at once');
      assert.deepEqual(statuses.slice(10), [503, 503]);
      // A fifth of a second later, room for one more.
      clock.now += 200;
      assert.deepEqual([await admitted(12), await admitted(13)], ['ok', 503]);
    } finally {
      await limits.stop();
    }
  });
});
