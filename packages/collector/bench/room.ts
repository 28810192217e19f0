/**
 * The room: N people on one network (one address, no proxy headers) follow one session's wall
 * live and each post a commitment within the same minute, as core's HttpStore does it (an
 * EventSource per person, a POST per commitment, each on its own connection). Prints refusals,
 * deliveries and p50/p99 delivery latency (post sent → a follower read it).
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync, chmodSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ConnectedReport, DoneReport, FollowersInput } from './room-followers.js';
import { TOKEN } from './launch.js';

export interface RoomOptions {
  followers: number;
  posters: number;
  /** Posts are sent at random moments within this many ms (all of them inside one minute). */
  windowMs: number;
  /** Name each device (`X-Netweave-Device`, `?device=`), as a client that sends one would. */
  devices: boolean;
  /** Worker threads the followers are spread over. */
  workers: number;
}

export interface RoomResult {
  followers: number;
  following: number;
  streamRefusals: Record<string, number>;
  posts: number;
  accepted: number;
  postRefusals: Record<string, number>;
  expected: number;
  delivered: number;
  dropped: number;
  p50: number;
  p99: number;
  max: number;
  /** How long the posts took to be answered (stored): p50 and p99 in ms. */
  postP50: number;
  postP99: number;
  /** How late the followers' event loops ran while the posts were delivered (worst worker's p99, ms). */
  loopDelayP99: number;
  seconds: number;
}

const now = () => performance.timeOrigin + performance.now();

interface Reply {
  status: number;
  text: string;
}

function send(
  base: string,
  method: string,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Reply> {
  const url = new URL(base);
  const text = JSON.stringify(body);
  return new Promise((resolve) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path,
        method,
        agent: false,
        headers: {
          accept: 'application/json',
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(text),
          ...headers,
        },
      },
      (res) => {
        let out = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (out += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: out }));
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) => resolve({ status: 0, text: error.code ?? 'error' }));
    req.end(text);
  });
}

function code(reply: Reply): string {
  try {
    return (JSON.parse(reply.text) as { error: { code: string } }).error.code;
  } catch {
    return reply.status ? `status ${reply.status}` : reply.text;
  }
}

const bump = (record: Record<string, number>, key: string) => (record[key] = (record[key] ?? 0) + 1);

/** Runs the room against the collectors at `urls` (followers and posters taken in turn). */
export async function runRoom(urls: string[], options: RoomOptions): Promise<RoomResult> {
  const sessionId = `room-${randomUUID().slice(0, 8)}`;
  const created = await send(
    urls[0]!,
    'POST',
    '/v1/admin/sessions',
    { id: sessionId, title: 'The room', date: '2026-12-07', moderation: 'none' },
    { authorization: `Bearer ${TOKEN}` },
  );
  if (created.status !== 201) throw new Error(`could not create the room's session: ${created.text}`);

  // A worker does not inherit tsx's loader on Node 20: it loads the followers through tsx's API.
  const script = JSON.stringify(new URL('./room-followers.ts', import.meta.url).href);
  const threads = Math.max(1, options.workers);
  const workers = Array.from({ length: threads }, (_, w) => {
    // Followers w, w + threads, w + 2 × threads, …: each worker follows every instance in turn.
    const worker = new Worker(
      `import('tsx/esm/api').then(({ tsImport }) => tsImport(${script}, ${script}))`,
      {
        eval: true,
        workerData: {
          urls,
          sessionId,
          followers: Array.from({ length: options.followers }, (_, i) => i).filter((i) => i % threads === w),
          devices: options.devices,
        } satisfies FollowersInput,
      },
    );
    const messages: (ConnectedReport | DoneReport)[] = [];
    const waiting: ((m: ConnectedReport | DoneReport) => void)[] = [];
    worker.on('message', (m: ConnectedReport | DoneReport) => {
      const next = waiting.shift();
      if (next) next(m);
      else messages.push(m);
    });
    const failed = new Promise<never>((_, reject) => worker.once('error', reject));
    const next = () =>
      Promise.race([
        new Promise<ConnectedReport | DoneReport>((resolve) => {
          const m = messages.shift();
          if (m) resolve(m);
          else waiting.push(resolve);
        }),
        failed,
      ]);
    return { worker, next };
  });
  const fromAll = <T>() => Promise.all(workers.map(({ next }) => next() as Promise<T>));
  const reports = await fromAll<ConnectedReport>();
  const connected = {
    open: reports.reduce((n, r) => n + r.open, 0),
    refused: {} as Record<string, number>,
  };
  for (const r of reports)
    for (const [key, n] of Object.entries(r.refused))
      connected.refused[key] = (connected.refused[key] ?? 0) + n;
  for (const { worker } of workers) worker.postMessage({ type: 'posting' });

  const started = now();
  const accepted: string[] = [];
  const postRefusals: Record<string, number> = {};
  const answered: number[] = [];
  await Promise.all(
    Array.from({ length: options.posters }, async (_, i) => {
      await new Promise((r) => setTimeout(r, Math.random() * options.windowMs));
      const sent = now();
      // The send time rides in the id (ids are not screened; a long number in the text could be).
      const id = `room-${i}-${Math.round(sent * 1000).toString(36)}`;
      const reply = await send(
        urls[i % urls.length]!,
        'POST',
        `/v1/sessions/${sessionId}/commitments`,
        { id, sessionId, text: `I will invite someone from another sector to our next meeting (${i + 1}).` },
        options.devices ? { 'x-netweave-device': `bench-poster-${i}-${randomUUID()}` } : {},
      );
      answered.push(now() - sent);
      if (reply.status === 201) accepted.push(id);
      else bump(postRefusals, code(reply));
    }),
  );
  const deadline = now() + 30_000;
  for (const { worker } of workers) worker.postMessage({ type: 'expect', ids: accepted, deadline });
  const dones = await fromAll<DoneReport>();
  const seconds = (now() - started) / 1000;
  await Promise.all(workers.map(({ worker }) => worker.terminate()));
  const done = {
    latencies: dones.flatMap((d) => d.latencies),
    expected: dones.reduce((n, d) => n + d.expected, 0),
    delivered: dones.reduce((n, d) => n + d.delivered, 0),
    dropped: dones.reduce((n, d) => n + d.dropped, 0),
    loopDelayP99: Math.max(...dones.map((d) => d.loopDelayP99)),
  };
  const quantile = (values: ArrayLike<number>, p: number) =>
    values.length ? values[Math.min(values.length - 1, Math.floor(p * values.length))]! : NaN;
  const sorted = Float64Array.from(done.latencies).sort();
  const q = (p: number) => quantile(sorted, p);
  const posts = Float64Array.from(answered).sort();
  return {
    followers: options.followers,
    following: connected.open,
    streamRefusals: connected.refused,
    posts: options.posters,
    accepted: accepted.length,
    postRefusals,
    expected: done.expected,
    delivered: done.delivered,
    dropped: done.dropped,
    p50: q(0.5),
    p99: q(0.99),
    max: sorted.length ? sorted[sorted.length - 1]! : NaN,
    postP50: quantile(posts, 0.5),
    postP99: quantile(posts, 0.99),
    loopDelayP99: done.loopDelayP99,
    seconds,
  };
}

const list = (record: Record<string, number>) =>
  Object.keys(record).length
    ? ` (${Object.entries(record)
        .map(([k, n]) => `${n} ${k}`)
        .join(', ')})`
    : '';

/** The room's lines, and whether it met the goal (0 refused, 100 % delivered, p99 < 1 s). */
export function printRoom(label: string, r: RoomResult): boolean {
  const streamsRefused = r.followers - r.following;
  const postsRefused = r.posts - r.accepted;
  const share = r.expected ? (100 * r.delivered) / r.expected : 0;
  const ok =
    streamsRefused === 0 &&
    postsRefused === 0 &&
    r.expected > 0 &&
    r.delivered === r.expected &&
    r.p99 < 1000;
  console.log(`  ${label}`);
  console.log(
    `    streams: ${r.following} of ${r.followers} following, ${streamsRefused} refused${list(r.streamRefusals)}`,
  );
  console.log(
    `    posts:   ${r.accepted} of ${r.posts} accepted, ${postsRefused} refused${list(r.postRefusals)}; answered in p50 ${r.postP50.toFixed(1)} ms, p99 ${r.postP99.toFixed(1)} ms`,
  );
  console.log(
    `    delivered ${r.delivered} of ${r.expected} (${share.toFixed(1)} %), ${r.dropped} streams closed by the collector; latency p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms, max ${r.max.toFixed(1)} ms; ${r.seconds.toFixed(1)} s in all`,
  );
  console.log(
    `    the followers' threads ran up to ${r.loopDelayP99.toFixed(1)} ms late (event-loop delay p99): that much of a delivery's latency may be the bench's own`,
  );
  console.log(`    goal (0 refused, 100 % delivered, p99 < 1 s): ${ok ? 'OK' : 'NOT MET'}`);
  return ok;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
    server.on('error', reject);
  });
}

/**
 * A throwaway PostgreSQL cluster as scripts/pg-test.sh starts one (a temp directory, a free local
 * port, as the postgres user when run as root); `why` says why it could not be started.
 */
export async function startPostgres(): Promise<{ url: string; stop(): void } | { why: string }> {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    : [];
  const bindir = versions.length ? join(root, versions[versions.length - 1]!, 'bin') : '';
  if (!bindir || !existsSync(join(bindir, 'initdb')))
    return {
      why: 'PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb); `npm run test:pg` installs Debian’s package.',
    };
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'netweave-bench-pg-'));
  chmodSync(dir, 0o755);
  const root_ = process.getuid?.() === 0;
  const run = (command: string) =>
    root_
      ? execFileSync('su', ['postgres', '-s', '/bin/sh', '-c', command], { stdio: 'pipe' })
      : execFileSync('sh', ['-c', command], { stdio: 'pipe' });
  const stop = () => {
    try {
      run(`'${bindir}/pg_ctl' -D '${dir}/data' -m immediate stop`);
    } catch {
      /* not running */
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    if (root_) execFileSync('chown', ['postgres', dir]);
    run(`'${bindir}/initdb' -D '${dir}/data' -U netweave --auth=trust -E UTF8 --locale=C.UTF-8`);
    run(
      `'${bindir}/pg_ctl' -D '${dir}/data' -l '${dir}/log' -w -o "-p ${port} -k '${dir}' -c listen_addresses=127.0.0.1 -c fsync=on -c max_connections=200" start`,
    );
    run(`'${bindir}/createdb' -h 127.0.0.1 -p ${port} -U netweave netweave_bench`);
  } catch (error) {
    stop();
    const detail = (error as { stderr?: Buffer }).stderr?.toString().trim() || String(error);
    return { why: `PostgreSQL could not be started: ${detail.split('\n')[0]}` };
  }
  return { url: `postgres://netweave@127.0.0.1:${port}/netweave_bench`, stop };
}

/**
 * What counting the limits in PostgreSQL costs a write: `take` for a commitment's four buckets
 * (device, address on the session with its streams, address, session), one after another and 32
 * at a time on the same keys (a room's hot rows), against a bare `SELECT 1` round trip.
 */
export async function measureCounters(url: string): Promise<string> {
  const { default: pg } = await import('pg');
  const { PgCounters } = await import('../src/limits.js');
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const counters = new PgCounters(async (sql, params) => {
    const result = await pool.query(sql, params);
    return (Array.isArray(result) ? result[result.length - 1] : result).rows as Record<string, unknown>[];
  });
  try {
    await counters.init();
    const buckets = (i: number) => [
      { key: `w:d:bench-device-${i % 500}`, perMinute: 1e9 },
      { key: 'w:as:bench-address:bench-session', perMinute: 30, perStream: { key: 's:as:bench', max: 1e9 } },
      { key: 'w:a:bench-address', perMinute: 1e9 },
      { key: 'w:s:bench-session', perMinute: 1e9 },
    ];
    await counters.open([{ key: 's:as:bench', max: 1e9 }]);
    const time = async (n: number, width: number, work: (i: number) => Promise<unknown>) => {
      const latencies: number[] = [];
      let next = 0;
      await Promise.all(
        Array.from({ length: width }, async () => {
          while (next < n) {
            const i = next++;
            const t = performance.now();
            await work(i);
            latencies.push(performance.now() - t);
          }
        }),
      );
      latencies.sort((a, b) => a - b);
      return `p50 ${latencies[Math.floor(n / 2)]!.toFixed(2)} ms, p99 ${latencies[Math.floor(n * 0.99)]!.toFixed(2)} ms`;
    };
    await time(200, 4, (i) => counters.take(buckets(i))); // warm up
    const bare1 = await time(2000, 1, () => pool.query('SELECT 1'));
    const one = await time(2000, 1, (i) => counters.take(buckets(i)));
    const bare32 = await time(2000, 32, () => pool.query('SELECT 1'));
    const many = await time(2000, 32, (i) => counters.take(buckets(i)));
    return [
      `limit check in PostgreSQL (4 buckets, one statement, UNLOGGED table) per write: ${one} one at a time; ${many} 32 at a time on the same rows`,
      `      a bare SELECT 1 round trip for comparison: ${bare1} one at a time; ${bare32} 32 at a time`,
    ].join('\n');
  } finally {
    await counters.stop();
    await pool.end();
  }
}
