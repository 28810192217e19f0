/**
 * Guessing join codes is held back per client address; joining by a right code never is. Each
 * address has a budget of misses (codes that name no session: `perMinute`, refilled
 * continuously). Codes an address has found are remembered for it for a while, so once one person
 * in a room has joined, everyone behind the same address joins with that code even while someone
 * there has used up the misses. Looking up the same wrong code again costs nothing more (the page
 * at /j/<code> and its own lookup are one attempt). Kept in this process's memory: with several
 * instances each holds its own budget.
 */

interface Entry {
  tokens: number;
  at: number;
  /** Codes found from this address, and until when they count as known (ms since 1970). */
  found: Map<string, number>;
  /** Wrong codes tried recently (the latest few). */
  missed: Set<string>;
}

/** How long a code found from an address lets its people past a used-up budget. */
const FOUND_FOR_MS = 6 * 3_600_000;
/** Codes remembered per address (found and missed, each). */
const REMEMBERED = 32;
/** Addresses tracked at most (the oldest are forgotten first). */
const ADDRESSES = 100_000;

export class JoinGuard {
  readonly #perMinute: number;
  readonly #entries = new Map<string, Entry>();
  readonly #sweep: NodeJS.Timeout;

  constructor(perMinute = 20) {
    this.#perMinute = perMinute;
    this.#sweep = setInterval(() => this.#cleanUp(), 60_000);
    this.#sweep.unref();
  }

  #entry(client: string, now: number): Entry {
    let e = this.#entries.get(client);
    if (!e) {
      if (this.#entries.size >= ADDRESSES) this.#entries.delete(this.#entries.keys().next().value!);
      this.#entries.set(
        client,
        (e = { tokens: this.#perMinute, at: now, found: new Map(), missed: new Set() }),
      );
    }
    e.tokens = Math.min(this.#perMinute, e.tokens + ((now - e.at) * this.#perMinute) / 60_000);
    e.at = now;
    return e;
  }

  /**
   * Before a lookup: 0 when it may go ahead, else the seconds to wait (the address has used up its
   * misses and the code is not one it has found).
   */
  check(client: string, code: string, now: number = Date.now()): number {
    const e = this.#entries.get(client);
    if (!e) return 0;
    if ((e.found.get(code) ?? 0) > now || e.missed.has(code)) return 0;
    this.#entry(client, now);
    if (e.tokens >= 1) return 0;
    return Math.max(1, Math.ceil(((1 - e.tokens) * 60) / this.#perMinute));
  }

  /** After a lookup that found a session (open or closed). */
  found(client: string, code: string, now: number = Date.now()): void {
    const e = this.#entry(client, now);
    e.found.delete(code);
    e.found.set(code, now + FOUND_FOR_MS);
    if (e.found.size > REMEMBERED) e.found.delete(e.found.keys().next().value!);
  }

  /** After a lookup that found nothing: one miss, unless this address tried this code lately. */
  missed(client: string, code: string, now: number = Date.now()): void {
    const e = this.#entry(client, now);
    if (e.missed.has(code)) return;
    e.tokens = Math.max(0, e.tokens - 1);
    e.missed.add(code);
    if (e.missed.size > REMEMBERED) e.missed.delete(e.missed.values().next().value!);
  }

  #cleanUp(now: number = Date.now()): void {
    for (const [client, e] of this.#entries) {
      const full = e.tokens + ((now - e.at) * this.#perMinute) / 60_000 >= this.#perMinute;
      for (const [code, until] of e.found) if (until <= now) e.found.delete(code);
      if (full && !e.found.size) this.#entries.delete(client);
      else if (full) e.missed.clear();
    }
  }

  stop(): void {
    clearInterval(this.#sweep);
  }
}
