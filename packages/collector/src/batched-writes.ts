/**
 * Writes to live streams in batches: what is written to a stream before the next flush goes out
 * as one write, and a stream whose client has stopped reading is closed once too much waits for
 * it (live.ts: the client's EventSource reconnects and resumes from its Last-Event-ID).
 */
import type { ServerResponse } from 'node:http';

/** The longest a flush waits after the last one (ms): see BatchedWrites#flush. */
const MAX_FLUSH_WAIT = 50;

export class BatchedWrites {
  /** Bytes a stream may have waiting for a client that does not read; beyond it the stream is closed. */
  readonly maxBuffered: number;
  /** Streams closed because their client did not keep up. */
  slowClosed = 0;
  /** Text for each stream, written together at the next flush. */
  readonly #waiting = new Map<ServerResponse, { parts: (string | Buffer)[]; length: number }>();
  /** Cancels the flush that is due (undefined: none is). */
  #flushing: (() => void) | undefined;
  /** No flush before this moment (performance.now()): see #flush. */
  #nextFlush = 0;

  constructor(maxBuffered: number) {
    this.maxBuffered = maxBuffered;
  }

  /**
   * Writes to a stream unless its client has stopped reading: once more than `maxBuffered` bytes
   * wait in memory for it, the stream is closed (the client's EventSource reconnects and resumes
   * from its Last-Event-ID, so nothing is lost), keeping memory bounded per stream. What is
   * written before the next flush goes out as one write per stream, so a burst of posts costs
   * each stream one write, not one per post.
   */
  write(res: ServerResponse, part: string | Buffer): void {
    if (res.destroyed || res.writableEnded) return;
    let waiting = this.#waiting.get(res);
    if (!waiting) this.#waiting.set(res, (waiting = { parts: [], length: 0 }));
    waiting.parts.push(part);
    waiting.length += part.length;
    if (res.writableLength + waiting.length > this.maxBuffered) {
      this.#waiting.delete(res);
      this.slowClosed += 1;
      res.destroy();
      return;
    }
    if (this.#flushing) return;
    const wait = this.#nextFlush - performance.now();
    if (wait >= 1) {
      const timer = setTimeout(() => this.#flush(), wait);
      this.#flushing = () => clearTimeout(timer);
    } else {
      const immediate = setImmediate(() => this.#flush());
      this.#flushing = () => clearImmediate(immediate);
    }
  }

  /**
   * Writes what waits, one write per stream; streams waiting for the same events share one
   * buffer (made once, never copied per stream). Each write to a socket costs a system call and
   * the kernel's work for it, much of it whatever the size (measured here on loopback: 500
   * sockets × 340 bytes took 8.6 µs a write, 500 × 3.7 KB 26 µs), so the next flush waits three
   * times as long as this one took, at most 50 ms: with many streams and a steady stream of
   * posts, writing to them takes at most about a quarter of the time and each write carries every
   * post of its interval (500 streams and 500 posts in 2 s: a flush per post took the collector
   * 3.7 s of writes in all, and delivery p99 was 1.7–3.3 s). With few streams a flush takes
   * microseconds and the next follows at the end of the turn, as before.
   */
  #flush(): void {
    this.#flushing = undefined;
    const started = performance.now();
    let last: { parts: (string | Buffer)[]; joined: Buffer } | undefined;
    for (const [res, { parts }] of this.#waiting) {
      if (res.destroyed || res.writableEnded) continue;
      if (parts.length === 1 && typeof parts[0] !== 'string') {
        res.write(parts[0]!);
        continue;
      }
      // Streams of one session get the same events in the same order, one after another here.
      const same = last && last.parts.length === parts.length && last.parts.every((p, i) => p === parts[i]);
      if (!same)
        last = {
          parts,
          joined: Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : p))),
        };
      res.write(last!.joined);
    }
    this.#waiting.clear();
    // node:http sends a response's writes at the next tick (its socket is corked until then):
    // this tick runs after those, so the time includes the system calls.
    process.nextTick(() => {
      const now = performance.now();
      this.#nextFlush = now + Math.min(MAX_FLUSH_WAIT, 3 * (now - started));
    });
  }

  /** Drops what waits and the flush that is due (shutdown). */
  close(): void {
    this.#flushing?.();
    this.#flushing = undefined;
    this.#waiting.clear();
  }
}
