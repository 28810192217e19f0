/**
 * The room's followers, in a worker thread of the bench: N live streams (raw node:http, one
 * connection each, no agent) as a page's EventSource opens them, each recording when it receives
 * every commitment. The posts carry the time they were sent in their ids, so the latency is
 * receipt − send on one clock (performance.timeOrigin + performance.now()).
 */
import { request, type ClientRequest } from 'node:http';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';

export interface FollowersInput {
  /** Collectors to follow, taken in turn (several instances behind a load balancer). */
  urls: string[];
  sessionId: string;
  /** The followers this worker opens, by their number in the room (which instance, which device). */
  followers: number[];
  /** Send `?device=<random id>` with each stream (clients that name their device). */
  devices: boolean;
}

/** Main → worker: the posts that were accepted; the worker reports once all arrived or at the deadline. */
export interface ExpectMessage {
  type: 'expect';
  ids: string[];
  deadline: number;
}

export interface ConnectedReport {
  type: 'connected';
  open: number;
  refused: Record<string, number>;
}

export interface DoneReport {
  type: 'done';
  /** Latencies in ms of every delivery (post sent → this follower read it). */
  latencies: number[];
  expected: number;
  delivered: number;
  /** Streams closed by the collector during the posts (they would reconnect). */
  dropped: number;
  /**
   * How late this worker's event loop ran, p99 in ms, from the first post until the report: a
   * follower reads (and times) a post only when its loop gets to it, so this much of the latency
   * may be the bench's own.
   */
  loopDelayP99: number;
}

const now = () => performance.timeOrigin + performance.now();

const input = workerData as FollowersInput;
const port = parentPort!;

interface Follower {
  req: ClientRequest;
  /** Latency in ms of each post received, by the post's number. */
  got: Map<number, number>;
  /** Heard `ready`: counted as following. */
  ready: boolean;
  open: boolean;
}

const followers: Follower[] = [];
const refused: Record<string, number> = {};
let dropped = 0;

/**
 * A commitment event's post id: `"commitment":{"id":"room-<n>-<µs since 1970, base 36>"` (the
 * send time rides in the id). The stream is read as bytes: only whole events (up to the last
 * blank line) are searched, with Buffer.indexOf, and the number and time are read from the bytes,
 * so that the 250,000 deliveries of a room cost this thread little besides the reads themselves
 * (strings and a regular expression per event took it about twice the collector's CPU time).
 */
const POST_ID = Buffer.from('"commitment":{"id":"room-');
const QUOTE = 0x22;
const DASH = 0x2d;
const READY = Buffer.from('event: ready\n');
const END = Buffer.from('\n\n');

/** A post's number in its id `room-<n>-<time>`. */
export function postNumber(id: string): number {
  return Number(id.split('-')[1]);
}

/** Records the posts in `events` (whole events only) that `follower` had not received yet. */
function received(follower: Follower, events: Buffer, t: number): void {
  let at = events.indexOf(POST_ID);
  while (at >= 0) {
    let i = at + POST_ID.length;
    let n = 0;
    for (let c = events[i]!; c !== DASH; c = events[++i]!) n = n * 10 + c - 48;
    let sent = 0;
    for (let c = events[++i]!; c !== QUOTE; c = events[++i]!) sent = sent * 36 + (c <= 57 ? c - 48 : c - 87);
    if (!follower.got.has(n)) follower.got.set(n, t - sent / 1000);
    at = events.indexOf(POST_ID, i);
  }
}

function follow(i: number): Promise<void> {
  const url = new URL(input.urls[i % input.urls.length]!);
  const device = input.devices ? `?device=bench-follower-${i}-${Math.random().toString(36).slice(2)}` : '';
  return new Promise((resolve) => {
    const follower: Follower = {
      req: undefined as unknown as ClientRequest,
      got: new Map(),
      ready: false,
      open: false,
    };
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: `/v1/sessions/${input.sessionId}/events${device}`,
        agent: false,
        headers: { accept: 'text/event-stream', 'cache-control': 'no-cache' },
      },
      (res) => {
        if (res.statusCode !== 200) {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => (text += c));
          res.on('end', () => {
            let code = `status ${res.statusCode}`;
            try {
              code = (JSON.parse(text) as { error: { code: string } }).error.code;
            } catch {
              /* not JSON */
            }
            refused[code] = (refused[code] ?? 0) + 1;
            resolve();
          });
          return;
        }
        let rest: Buffer | undefined;
        res.on('data', (chunk: Buffer) => {
          const t = now();
          const bytes = rest ? Buffer.concat([rest, chunk]) : chunk;
          const whole = bytes.lastIndexOf(END);
          if (whole < 0) {
            rest = bytes;
            return;
          }
          const events = bytes.subarray(0, whole + END.length);
          rest = whole + END.length < bytes.length ? bytes.subarray(whole + END.length) : undefined;
          if (!follower.ready && events.indexOf(READY) >= 0) {
            follower.ready = true;
            follower.open = true;
            resolve();
          }
          received(follower, events, t);
        });
        res.on('close', () => {
          if (follower.open) dropped += 1;
          follower.open = false;
          if (!follower.ready) {
            refused['closed before ready'] = (refused['closed before ready'] ?? 0) + 1;
            resolve();
          }
        });
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) => {
      const code = error.code ?? 'error';
      refused[code] = (refused[code] ?? 0) + 1;
      resolve();
    });
    req.end();
    follower.req = req;
    followers.push(follower);
  });
}

await Promise.all(input.followers.map((i) => follow(i)));
port.postMessage({
  type: 'connected',
  open: followers.filter((f) => f.open).length,
  refused,
} satisfies ConnectedReport);

const loopDelay = monitorEventLoopDelay({ resolution: 5 });
port.on('message', (msg: ExpectMessage | { type: 'posting' }) => {
  if (msg.type === 'posting') return loopDelay.enable();
  if (msg.type !== 'expect') return;
  // Every follower that was following counts, also one the collector closed since.
  const open = followers.filter((f) => f.ready);
  const posts = msg.ids.map(postNumber);
  const complete = () => open.every((f) => posts.every((n) => f.got.has(n)));
  const finish = () => {
    const latencies: number[] = [];
    let delivered = 0;
    for (const f of open)
      for (const n of posts) {
        const ms = f.got.get(n);
        if (ms !== undefined) {
          delivered += 1;
          latencies.push(ms);
        }
      }
    for (const f of followers) f.req.destroy();
    loopDelay.disable();
    port.postMessage({
      type: 'done',
      latencies,
      expected: open.length * msg.ids.length,
      delivered,
      dropped,
      loopDelayP99: loopDelay.count ? loopDelay.percentile(99) / 1e6 : 0,
    } satisfies DoneReport);
  };
  const check = () => {
    if (complete() || now() > msg.deadline) finish();
    else setTimeout(check, 50);
  };
  check();
});
