/**
 * The wall's cards, newest first, kept sorted by insertion (binary search), so adding one card to
 * a wall of thousands costs a search and a splice, never a re-sort.
 */
import { compareCommitments, type Commitment } from '@netweave/core';

export class SortedCommitments<T extends Commitment = Commitment> {
  /** Newest first. Replaced (not mutated) on every change, so renders can compare identity. */
  items: readonly T[] = [];
  private readonly _byId = new Map<string, T>();

  get size(): number {
    return this.items.length;
  }

  get(id: string): T | undefined {
    return this._byId.get(id);
  }

  /** Replaces everything (one sort). */
  reset(list: Iterable<T>): void {
    this._byId.clear();
    for (const c of list) this._byId.set(c.id, c);
    this.items = [...this._byId.values()].sort(compareCommitments);
  }

  private _index(c: T): number {
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
    const old = this._byId.get(c.id);
    const items = [...this.items];
    if (old) items.splice(this._position(old), 1);
    this._byId.set(c.id, c);
    this.items = items;
    items.splice(this._index(c), 0, c);
    return !old;
  }

  private _position(c: T): number {
    const i = this._index(c);
    return this.items[i]?.id === c.id ? i : this.items.findIndex((x) => x.id === c.id);
  }

  remove(id: string): boolean {
    const old = this._byId.get(id);
    if (!old) return false;
    const items = [...this.items];
    items.splice(this._position(old), 1);
    this._byId.delete(id);
    this.items = items;
    return true;
  }
}
