/**
 * `npm run bench`: two measurements on loopback.
 *
 * 1. Throughput: submissions per second and p50/p99 latency for N concurrent clients, against the
 *    collector and against a bare node:http + SQLite handler (same schema, same durability
 *    settings) measured in the same run. Goal: collector ≥ 0.7× the baseline. Bounded: a fixed
 *    number of requests per round, and a time cap per round.
 * 2. The room (room.ts): 500 followers and 500 posters from one address with the default limits,
 *    on SQLite, then split over two instances on PostgreSQL.
 *
 * BENCH_ONLY=throughput or BENCH_ONLY=room runs one of them.
 */
import { type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { collectorCommand, launch, stopAll, TOKEN } from './launch.js';
import { measureCounters, printRoom, runRoom, startPostgres } from './room.js';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 32);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
const TIME_CAP_MS = 30_000;
const GOAL = 0.7;
const ONLY = process.env.BENCH_ONLY ?? 'all';
const ROOM = {
  followers: Number(process.env.BENCH_ROOM_FOLLOWERS ?? 500),
  posters: Number(process.env.BENCH_ROOM_POSTERS ?? 500),
  windowMs: Number(process.env.BENCH_ROOM_WINDOW_MS ?? 20_000),
  devices: process.env.BENCH_ROOM_DEVICES === '1',
  workers: Number(process.env.BENCH_ROOM_WORKERS ?? 1),
};
/** Extra collector options for the room (e.g. to try other limits); none: the defaults. */
const ROOM_ARGS = (process.env.BENCH_ROOM_ARGS ?? '').split(' ').filter(Boolean);
const dir = mkdtempSync(join(tmpdir(), 'netweave-bench-'));

function post(
  agent: Agent,
  port: number,
  path: string,
  body: string,
  headers: Record<string, string> = {},
): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...headers,
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

function responseBody(sessionId: string): string {
  return JSON.stringify({
    id: randomUUID(),
    sessionId,
    submittedAt: new Date().toISOString(),
    catalogueVersion: '2024.1',
    respondent: { sector: 'vcse', nation: 'wales', region: 'Gwent' },
    ratings: {
      'building-relationships': 2,
      'evaluating-your-network': 3,
      'finding-the-time': 4,
      'generating-ideas': 1,
      'hassles-with-hierarchies': 3,
      'ideas-to-action': null,
      'inclusivity-and-diversity': 2,
      'network-mapping': 0,
      'peer-support': 3,
    },
    otherChallenge: { text: 'Funding cycles', rating: 2 },
  });
}

interface Result {
  perSecond: number;
  p50: number;
  p99: number;
  count: number;
}

async function load(port: number, path: string, sessionId: string, total: number): Promise<Result> {
  const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (next < total && performance.now() - started < TIME_CAP_MS) {
        next += 1;
        const t = performance.now();
        const status = await post(agent, port, path, responseBody(sessionId));
        if (status !== 201) throw new Error(`unexpected status ${status}`);
        latencies.push(performance.now() - t);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!;
  return { perSecond: latencies.length / elapsed, p50: q(0.5), p99: q(0.99), count: latencies.length };
}

const bin = collectorCommand();

async function throughput(children: ChildProcess[]): Promise<void> {
  const collector = await launch([
    ...bin.args,
    '--port',
    '0',
    '--db',
    join(dir, 'collector.sqlite'),
    '--admin-token',
    TOKEN,
    // Limits are checked but never reached: this measures throughput.
    '--rate-limit',
    '1000000',
    '--session-rate-limit',
    '1000000',
    '--max-request-rate',
    '1000000',
  ]);
  const baseline = await launch(['--import', 'tsx', 'bench/baseline.ts', join(dir, 'baseline.sqlite')]);
  children.push(collector.child, baseline.child);
  const agent = new Agent({ keepAlive: true });
  const status = await post(
    agent,
    collector.port,
    '/v1/admin/sessions',
    JSON.stringify({ id: 'bench', title: 'Bench', date: '2026-01-01' }),
    {
      authorization: `Bearer ${TOKEN}`,
    },
  );
  if (status !== 201) throw new Error(`could not create the bench session (${status})`);
  agent.destroy();
  const collectorPath = '/v1/sessions/bench/responses';
  // Warm up both (JIT, SQLite page cache).
  await load(collector.port, collectorPath, 'bench', 200);
  await load(baseline.port, '/', 'bench', 200);
  const best = { collector: undefined as Result | undefined, baseline: undefined as Result | undefined };
  for (let round = 0; round < ROUNDS; round += 1) {
    // Alternate which goes first, so neither always runs on a disk the other has just loaded.
    let b: Result;
    let c: Result;
    if (round % 2 === 0) {
      b = await load(baseline.port, '/', 'bench', REQUESTS);
      c = await load(collector.port, collectorPath, 'bench', REQUESTS);
    } else {
      c = await load(collector.port, collectorPath, 'bench', REQUESTS);
      b = await load(baseline.port, '/', 'bench', REQUESTS);
    }
    if (!best.baseline || b.perSecond > best.baseline.perSecond) best.baseline = b;
    if (!best.collector || c.perSecond > best.collector.perSecond) best.collector = c;
  }
  const c = best.collector!;
  const b = best.baseline!;
  const ratio = c.perSecond / b.perSecond;
  const fmt = (r: Result) =>
    `${r.perSecond.toFixed(0).padStart(6)} submissions/s  p50 ${r.p50.toFixed(2)} ms  p99 ${r.p99.toFixed(2)} ms  (${r.count} requests)`;
  console.log(
    `@netweave/collector bench: ${CLIENTS} concurrent clients on loopback, SQLite WAL synchronous=FULL, best of ${ROUNDS} rounds`,
  );
  console.log(`  baseline (bare node:http + same schema): ${fmt(b)}`);
  console.log(`  collector (validation, limits, logs):    ${fmt(c)}`);
  console.log(
    `  throughput ratio ${ratio.toFixed(2)}× the baseline (goal ≥ ${GOAL}×) ${ratio >= GOAL ? 'OK' : 'BELOW GOAL'}`,
  );
  console.log(`  p99 latency ratio ${(c.p99 / b.p99).toFixed(2)}× the baseline (no budget)`);
  await stopAll(children.splice(0));
}

async function room(children: ChildProcess[]): Promise<void> {
  console.log(
    `@netweave/collector bench, the room: ${ROOM.followers} followers and ${ROOM.posters} posters from one address (127.0.0.1, no proxy headers), each on its own connection, posts at random moments within ${ROOM.windowMs / 1000} s, ${ROOM.devices ? 'each device named' : 'no device ids (as today’s clients)'}, ${ROOM_ARGS.length ? `options ${ROOM_ARGS.join(' ')}` : 'default limits'}`,
  );
  const single = await launch([
    ...bin.args,
    '--port',
    '0',
    '--db',
    join(dir, 'room.sqlite'),
    '--admin-token',
    TOKEN,
    ...ROOM_ARGS,
  ]);
  children.push(single.child);
  printRoom('SQLite, one instance', await runRoom([`http://127.0.0.1:${single.port}`], ROOM));
  await stopAll(children.splice(0));

  const pg = await startPostgres();
  if ('why' in pg) {
    console.log(`  PostgreSQL, two instances: not run. ${pg.why}`);
    return;
  }
  try {
    const instance = () =>
      launch([
        ...bin.args,
        '--port',
        '0',
        '--db',
        pg.url,
        '--admin-token',
        TOKEN,
        '--hash-secret',
        'bench-hash-secret-shared-by-instances',
        ...ROOM_ARGS,
      ]);
    const a = await instance();
    children.push(a.child);
    const b = await instance();
    children.push(b.child);
    printRoom(
      'PostgreSQL, two instances (followers and posters split between them)',
      await runRoom([`http://127.0.0.1:${a.port}`, `http://127.0.0.1:${b.port}`], ROOM),
    );
    await stopAll(children.splice(0));
    console.log(`    ${await measureCounters(pg.url)}`);
  } finally {
    pg.stop();
  }
}

const children: ChildProcess[] = [];
try {
  if (bin.from !== 'dist') console.log(`(collector run from ${bin.from})`);
  if (ONLY !== 'room') await throughput(children);
  if (ONLY !== 'throughput') await room(children);
} finally {
  await stopAll(children);
  rmSync(dir, { recursive: true, force: true });
}
