/**
 * Duplicate detection in bounded memory: response ids are kept as two 32-bit hashes plus a
 * 32-bit hash of the row's content and where it was first seen (file index and row), in typed
 * arrays (about 20 bytes per response: 20 MB for a million rows, with no strings kept alive).
 * Two different ids share both hashes with a probability near 2⁻⁶³ per pair; two different rows
 * with the same id share a content hash (and so pass as identical) with a probability near 2⁻³⁰.
 */
export interface IdSet {
  /** Records an id; returns `undefined` when new, else the first sighting and whether the content matched. */
  check(
    id: string,
    contentHash: number,
    file: number,
    row: number,
  ): { same: boolean; file: number; row: number } | undefined;
  /** `check` with the id's two hashes already computed (see `scanId`). */
  checkHashed(
    h1: number,
    h2: number,
    contentHash: number,
    file: number,
    row: number,
  ): { same: boolean; file: number; row: number } | undefined;
  /**
   * Forgets every id recorded for file `file` (by index): used when a file read in parallel must be
   * read again in one pass, so its ids must not be found as duplicates of themselves.
   */
  forget(file: number): void;
  readonly size: number;
  /** File names by index, so a duplicate can name the file it was first seen in. */
  readonly files: string[];
}

/** FNV-1a over UTF-16 code units with a seed: fast, dependency-free, good enough for keys. */
export function hashString(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h & 0x3fffffff;
}

/** Mixes a number into a running 32-bit hash. */
export function hashMix(h: number, value: number): number {
  h ^= value;
  h = Math.imul(h, 0x01000193);
  return h & 0x3fffffff;
}

const SLOT = 5; // h1, h2, content, file, row

export function createIdSet(initialCapacity = 1024): IdSet {
  let capacity = 1;
  while (capacity < initialCapacity * 2) capacity *= 2;
  let table = new Int32Array(capacity * SLOT);
  let size = 0;

  function insert(
    t: Int32Array,
    cap: number,
    h1: number,
    h2: number,
    content: number,
    file: number,
    row: number,
  ): void {
    let i = (h1 ^ (h2 >>> 7)) & (cap - 1);
    while (t[i * SLOT] !== 0) i = (i + 1) & (cap - 1);
    const o = i * SLOT;
    t[o] = h1;
    t[o + 1] = h2;
    t[o + 2] = content;
    t[o + 3] = file;
    t[o + 4] = row;
  }

  function grow(): void {
    const old = table;
    const oldCap = capacity;
    capacity *= 2;
    table = new Int32Array(capacity * SLOT);
    for (let i = 0; i < oldCap; i++) {
      const o = i * SLOT;
      if (old[o] !== 0) insert(table, capacity, old[o]!, old[o + 1]!, old[o + 2]!, old[o + 3]!, old[o + 4]!);
    }
  }

  return {
    files: [],
    get size() {
      return size;
    },
    forget(file) {
      const old = table;
      table = new Int32Array(capacity * SLOT);
      size = 0;
      for (let i = 0; i < capacity; i++) {
        const o = i * SLOT;
        if (old[o] !== 0 && old[o + 3] !== file) {
          insert(table, capacity, old[o]!, old[o + 1]!, old[o + 2]!, old[o + 3]!, old[o + 4]!);
          size += 1;
        }
      }
    },
    check(id, contentHash, file, row) {
      // Two FNV-1a hashes with different seeds in one pass.
      let a = 0x811c9dc5;
      let b = 0x9e3779b9;
      for (let c = 0; c < id.length; c++) {
        const code = id.charCodeAt(c);
        a = Math.imul(a ^ code, 0x01000193);
        b = Math.imul(b ^ code, 0x5bd1e995);
      }
      return this.checkHashed(a | 1, b ^ (b >>> 15), contentHash, file, row);
    },
    checkHashed(h1, h2, contentHash, file, row) {
      const content = contentHash | 0;
      let i = (h1 ^ (h2 >>> 7)) & (capacity - 1);
      for (;;) {
        const o = i * SLOT;
        const k = table[o]!;
        if (k === 0) break;
        if (k === h1 && table[o + 1] === h2)
          return { same: table[o + 2] === content, file: table[o + 3]!, row: table[o + 4]! };
        i = (i + 1) & (capacity - 1);
      }
      if ((size + 1) * 2 > capacity) grow();
      insert(table, capacity, h1, h2, content, file, row);
      size += 1;
      return undefined;
    },
  };
}
