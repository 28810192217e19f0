/**
 * The room's followers, in a worker thread of the bench: N live streams (raw node:http, one
 * connection each, no agent) as a page's EventSource opens them, each recording when it receives
 * every commitment. The posts carry the time they were sent in their ids, so the latency is
 * receipt − send on one clock (performance.timeOrigin + performance.now()).
 */
import { request, type ClientRequest } from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

export interface FollowersInput {
  /** Collectors to follow, taken in turn (several instances behind a load balancer). */
  urls: string[];
  sessionId: string;
  followers: number;
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
}

const now = () => performance.timeOrigin + performance.now();

const input = workerData as FollowersInput;
const port = parentPort!;

interface Follower {
  req: ClientRequest;
  got: Map<string, number>;
  /** Heard `ready`: counted as following. */
  ready: boolean;
  open: boolean;
}

const followers: Follower[] = [];
const refused: Record<string, number> = {};
let dropped = 0;

/** A post's id carries when it was sent: `room-<n>-<µs since 1970, base 36>`. */
const SENT = /"id":"(room-\d+-([0-9a-z]+))"/;

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
        res.setEncoding('utf8');
        let buffer = '';
        res.on('data', (chunk: string) => {
          const t = now();
          buffer += chunk;
          let end;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            if (!follower.ready && block.includes('event: ready')) {
              follower.ready = true;
              follower.open = true;
              resolve();
            } else if (block.includes('event: commitment\n')) {
              const m = SENT.exec(block);
              if (m && !follower.got.has(m[1]!)) follower.got.set(m[1]!, t - parseInt(m[2]!, 36) / 1000);
            }
          }
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

await Promise.all(Array.from({ length: input.followers }, (_, i) => follow(i)));
port.postMessage({
  type: 'connected',
  open: followers.filter((f) => f.open).length,
  refused,
} satisfies ConnectedReport);

port.on('message', (msg: ExpectMessage) => {
  if (msg.type !== 'expect') return;
  // Every follower that was following counts, also one the collector closed since.
  const open = followers.filter((f) => f.ready);
  const complete = () => open.every((f) => msg.ids.every((id) => f.got.has(id)));
  const finish = () => {
    const latencies: number[] = [];
    let delivered = 0;
    for (const f of open)
      for (const id of msg.ids) {
        const ms = f.got.get(id);
        if (ms !== undefined) {
          delivered += 1;
          latencies.push(ms);
        }
      }
    for (const f of followers) f.req.destroy();
    port.postMessage({
      type: 'done',
      latencies,
      expected: open.length * msg.ids.length,
      delivered,
      dropped,
    } satisfies DoneReport);
  };
  const check = () => {
    if (complete() || now() > msg.deadline) finish();
    else setTimeout(check, 50);
  };
  check();
});
