/**
 * The wall's cards, newest first, kept sorted by insertion (binary search), so adding one card to
 * a wall of thousands costs a search and a splice, never a re-sort.
 */
import { compareCommitments, type Commitment } from '@netweave/core';

export class SortedCommitments<T extends Commitment = Commitment> {
  /** Newest first. Replaced (not mutated) on every change, so renders can compare identity. */
  items: readonly T[] = [];
  readonly #byId = new Map<string, T>();

  get size(): number {
    return this.items.length;
  }

  get(id: string): T | undefined {
    return this.#byId.get(id);
  }

  /** Replaces everything (one sort). */
  reset(list: Iterable<T>): void {
    this.#byId.clear();
    for (const c of list) this.#byId.set(c.id, c);
    this.items = [...this.#byId.values()].sort(compareCommitments);
  }

  #index(c: T): number {
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareCommitments(this.items[mid]!, c) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Adds or replaces a card; returns true when it is new. */
  upsert(c: T): boolean {
    const old = this.#byId.get(c.id);
    const items = [...this.items];
    if (old) items.splice(this.#position(old), 1);
    this.#byId.set(c.id, c);
    this.items = items;
    items.splice(this.#index(c), 0, c);
    return !old;
  }

  #position(c: T): number {
    const i = this.#index(c);
    return this.items[i]?.id === c.id ? i : this.items.findIndex((x) => x.id === c.id);
  }

  remove(id: string): boolean {
    const old = this.#byId.get(id);
    if (!old) return false;
    const items = [...this.items];
    items.splice(this.#position(old), 1);
    this.#byId.delete(id);
    this.items = items;
    return true;
  }
}
