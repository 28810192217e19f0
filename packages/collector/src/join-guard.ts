/**
 * Guessing join codes is held back per client address; joining by a right code never is. Each
 * address has a budget of misses (codes that name no session: `perMinute`, refilled
 * continuously). Codes an address has found are remembered for it for six hours, so once one
 * person in a room has joined, everyone behind the same address joins with that code even while
 * someone there has used up the misses. Looking up the same wrong code again costs nothing more
 * (the page at /j/<code> and its own lookup are one attempt).
 *
 * A lookup of a code the address has neither found nor tried lately takes one of its misses
 * before the database is asked, and a code that names a session gives it back: lookups in flight
 * at once can never spend more than the budget, and a right code costs nothing.
 *
 * Counted where the limits count (limits.ts), under the address as the limits know it (hashed,
 * never the address itself): with PostgreSQL in the database, so every instance sees one budget
 * per address and the codes found from it; with SQLite in this process's memory.
 */
import { MemoryCounters, type Bucket, type Counters } from './limits.js';

/** How long a code found from an address lets its people past a used-up budget. */
const FOUND_FOR_MS = 6 * 3_600_000;
/** How long a wrong code tried from an address stays free to look up again. */
const TRIED_FOR_MS = 60_000;

export class JoinGuard {
  readonly #counters: Counters;
  /** Counters the guard made for itself (none given), which it stops. */
  readonly #own: MemoryCounters | undefined;
  readonly #perMinute: number;
  /** Keeps this guard's counts apart from another's on the same counters (`j`: join codes). */
  readonly #prefix: string;

  /**
   * Counting in `counters` (the collector's: `Limits.counters`), else in memory of its own, under
   * `prefix` (join codes `j`; resume codes `r`, resume-routes.ts, with a budget of their own).
   */
  constructor(counters?: Counters, perMinute = 20, prefix = 'j') {
    this.#own = counters ? undefined : new MemoryCounters();
    this.#counters = counters ?? this.#own!;
    this.#perMinute = perMinute;
    this.#prefix = prefix;
  }

  #misses(client: string): Bucket {
    return { key: `${this.#prefix}:m:${client}`, perMinute: this.#perMinute };
  }

  #found(client: string, code: string): string {
    return `${this.#prefix}:f:${client}:${code}`;
  }

  #tried(client: string, code: string): string {
    return `${this.#prefix}:t:${client}:${code}`;
  }

  /**
   * Before a lookup: 0 when it may go ahead, else the seconds to wait (the address has used up its
   * misses and the code is not one it has found or tried lately). A code it has neither found nor
   * tried takes one of its misses, until `found` or `missed` says what it was.
   */
  async check(client: string, code: string): Promise<number> {
    if (await this.#counters.marked([this.#found(client, code), this.#tried(client, code)])) return 0;
    const refused = await this.#counters.take([this.#misses(client)]);
    return refused ? Math.max(1, Math.ceil(refused.waitMs / 1000)) : 0;
  }

  /** After a lookup that found a session (open or closed): remembered, and its miss given back. */
  async found(client: string, code: string): Promise<void> {
    // Only the first lookup of a code (neither found nor tried before) took a miss in `check`.
    const first = await this.#counters.mark(this.#found(client, code), FOUND_FOR_MS);
    if (first && !(await this.#counters.marked([this.#tried(client, code)])))
      await this.#counters.putBack(this.#misses(client));
  }

  /** After a lookup that found nothing: the miss `check` took stays spent; the code is remembered. */
  async missed(client: string, code: string): Promise<void> {
    await this.#counters.mark(this.#tried(client, code), TRIED_FOR_MS);
  }

  /** Stops counters it made for itself; counters it was given are their owner's to stop. */
  stop(): void {
    void this.#own?.stop();
  }
}
