/**
 * The public summary from the session's aggregate (summary.ts, release.ts): merging the responses
 * of each batch into the aggregate gives exactly the release the rule gave when every response
 * was re-read (checked against that earlier implementation, kept here as the reference), and a
 * collector reads each response once, not once per release.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { DEFAULT_CATALOGUE, wilson, type AssessmentResponse } from '@netweave/model';
import { nhsRound, summarise } from '@netweave/sdk';
import { SqliteDatabase } from '../src/db/sqlite.js';
import type { Database } from '../src/db/types.js';
import { recordKeys, releasedFrom, SummaryReleases, type ReleaseInfo } from '../src/release.js';
import { aggregateResponses, aggregateSummary, mergeAggregates, publicSummary } from '../src/summary.js';
import { response } from './helpers.js';

const catalogue = DEFAULT_CATALOGUE;
const ids = catalogue.challenges.map((c) => c.id);
const KEY = 'a-session-key-for-these-tests';
const release: ReleaseInfo = {
  number: 1,
  final: false,
  releasedAt: '2026-12-07T10:00:00.000Z',
  frozen: false,
  every: 10,
  intervalSeconds: 60,
};

/** Deterministic responses: ratings 0–4 or no answer, the other challenge now and then. */
function responses(n: number, seed: number): AssessmentResponse[] {
  let x = seed;
  const next = () => (x = (x * 1_103_515_245 + 12_345) % 2_147_483_648);
  return Array.from({ length: n }, (_, i) => {
    const r = response(
      'agg-session',
      `agg-${seed}-${i}`,
      Object.fromEntries(ids.map((id) => [id, next() % 6 === 5 ? null : next() % 5])),
    );
    if (next() % 4 === 0) r.otherChallenge = { text: `Funding ${next() % 3}`, rating: next() % 5 };
    return r;
  });
}

/**
 * The release as it was made before aggregates (release.ts at 4848746): every response re-read,
 * its record key recomputed, each figure's cell key summed over the responses behind it.
 */
function referenceRelease(
  rs: readonly AssessmentResponse[],
  threshold: number | undefined,
  disclosure: 'nhs' | 'survey',
  key = KEY,
) {
  const mac = (key: string, text: string) => createHmac('sha256', key).update(text).digest();
  const FRESH = [-2, -1, -1, -1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 2];
  const perturb = (figure: string, keys: readonly number[]) => {
    if (!keys.length) return 0;
    let cellKey = 0;
    for (const k of keys) cellKey = (cellKey + k) % 4_294_967_296;
    const fresh = FRESH[mac(key, `cell:${cellKey}`).readUInt32BE(0) % FRESH.length]!;
    const fixed = (mac(key, `figure:${figure}`).readUInt32BE(0) % 3) - 1;
    return Math.max(1, keys.length + fresh + fixed);
  };
  const exact = summarise(rs, {
    catalogue,
    disclosure: 'none',
    ...(threshold !== undefined ? { threshold } : {}),
  });
  const t = exact.threshold;
  const keys = rs.map((r) => mac(key, `record:${r.id}`).readUInt32BE(0));
  const publish = (n: number, base: boolean) =>
    disclosure === 'nhs' ? nhsRound(n) : base && n > 0 && n < 10 ? null : n;
  const respondents = perturb('respondents', keys);
  return {
    respondents: disclosure === 'nhs' ? nhsRound(respondents) : respondents,
    challenges: exact.challenges.map((c) => {
      const rated: number[] = [];
      const identified: number[] = [];
      rs.forEach((r, i) => {
        const rating = r.ratings[c.id];
        if (typeof rating !== 'number') return;
        rated.push(keys[i]!);
        if (rating >= t) identified.push(keys[i]!);
      });
      const pb = perturb(`base:${c.id}`, rated);
      const pi = Math.min(pb, perturb(`identified:${t}:${c.id}`, identified));
      let base = publish(pb, true);
      let ident = base === null ? null : publish(pi, false);
      if (ident === null) base = null;
      if (base !== null && ident !== null && ident > base) ident = base;
      return {
        id: c.id,
        identified: ident,
        base,
        proportion: base && ident !== null ? ident / base : null,
        interval: base && ident !== null ? wilson(ident, base) : null,
        suppressed: base === null || ident === null,
      };
    }),
  };
}

describe('the summary from the session’s aggregate', () => {
  const cases = [
    { description: 'nothing yet', sizes: [0], threshold: undefined, disclosure: 'nhs' as const },
    { description: 'one batch of 10', sizes: [10], threshold: undefined, disclosure: 'nhs' as const },
    {
      description: 'batches of 10, 7 and 25 merged',
      sizes: [10, 7, 25],
      threshold: undefined,
      disclosure: 'nhs' as const,
    },
    {
      description: 'batches of 40 and 60, threshold 2',
      sizes: [40, 60],
      threshold: 2,
      disclosure: 'nhs' as const,
    },
    {
      description: '12 batches, survey rule',
      sizes: [12, 3, 9, 30, 1, 1, 2, 50, 10, 10, 10, 70],
      threshold: 4,
      disclosure: 'survey' as const,
    },
  ];
  for (const c of cases) {
    it(`${c.description}: the same release as re-reading every response`, () => {
      let seed = 1;
      const batches = c.sizes.map((n) => responses(n, (seed += 7)));
      const all = batches.flat();
      let upto = 0;
      const aggregate = batches
        .map((batch) =>
          aggregateResponses(batch, { catalogue, upto: (upto += batch.length), recordKey: recordKeys(KEY) }),
        )
        .reduce((a, b) => mergeAggregates(a, b));
      const released = releasedFrom(aggregate, {
        key: KEY,
        catalogue,
        threshold: c.threshold,
        disclosure: c.disclosure,
        release,
      });
      const reference = referenceRelease(all, c.threshold, c.disclosure);
      assert.equal(released.respondents, reference.respondents);
      assert.deepEqual(
        released.challenges.map(({ id, identified, base, proportion, interval, suppressed }) => ({
          id,
          identified,
          base,
          proportion,
          interval,
          suppressed,
        })),
        reference.challenges,
      );
      // And its exact figures are the SDK's for the same responses.
      const exact = aggregateSummary(aggregate, { catalogue, disclosure: 'none', threshold: c.threshold });
      const direct = publicSummary(all, { catalogue, disclosure: 'none', threshold: c.threshold });
      assert.deepEqual({ ...exact, generatedAt: '' }, { ...direct, generatedAt: '' });
    });
  }
});

describe('a collector’s releases', () => {
  it('read each response once, however many releases there are', async () => {
    const db = new SqliteDatabase(':memory:');
    await db.init();
    let read = 0;
    const counting = new Proxy(db, {
      get(target, name) {
        const value = Reflect.get(target, name, target) as unknown;
        if (name !== 'listResponses' || typeof value !== 'function')
          return typeof value === 'function' ? value.bind(target) : value;
        return async (...args: Parameters<Database['listResponses']>) => {
          const rows = await db.listResponses(...args);
          read += rows.length;
          return rows;
        };
      },
    }) as Database;
    let now = 1_000_000;
    const releases = new SummaryReleases(counting, {
      rule: { every: 10, intervalMs: 0, cap: 100 },
      secret: 'a-fixed-secret',
      catalogue,
      disclosure: 'nhs',
      now: () => now,
    });
    try {
      await db.createSession({
        id: 'agg-session',
        title: 'Room',
        date: '2026-12-07',
        moderation: 'none',
        open: true,
        code: 'K7M3QP',
      });
      const all = responses(200, 3);
      for (let i = 0; i < all.length; i += 1) {
        await db.insertResponse(all[i]!, JSON.stringify(all[i]));
        if (i % 10 === 9) {
          now += 1000;
          const summary = await releases.summary('agg-session', undefined);
          assert.equal(summary.release.number, (i + 1) / 10);
        }
      }
      assert.equal(read, 200, 'each response read once over 20 releases (re-reading: 2,100)');
      const last = await releases.summary('agg-session', undefined);
      // The key the collector derives for the session from --disclosure-secret.
      const key = createHmac('sha256', 'a-fixed-secret').update('session:agg-session').digest('hex');
      const reference = referenceRelease(all, undefined, 'nhs', key);
      assert.equal(last.respondents, reference.respondents);
      assert.deepEqual(
        last.challenges.map((c) => [c.identified, c.base]),
        reference.challenges.map((c) => [c.identified, c.base]),
      );
    } finally {
      releases.close();
      await db.close();
    }
  });
});
