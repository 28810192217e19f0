/**
 * Every access to the host page's localStorage, wrapped. Merely reading `window.localStorage`
 * throws when site data is blocked; `setItem` throws when the 5 MiB shared quota is full. On any
 * failure the value is kept in memory so nothing typed is lost this visit, the problem is
 * reported once through `onProblem`, and nothing ever throws into a render. Never `clear()`.
 */
import type { StorageProblem } from '@netweave/model';

export class SafeStorage {
  readonly #memory = new Map<string, string>();
  readonly #onProblem: (problem: StorageProblem) => void;
  #storage: Storage | null | undefined;
  #blocked = false;

  constructor(onProblem: (problem: StorageProblem) => void, storage?: Storage | null) {
    this.#onProblem = onProblem;
    this.#storage = storage;
  }

  get persistent(): boolean {
    return this.#backend() !== null;
  }

  #backend(): Storage | null {
    if (this.#storage === undefined) this.#storage = probe();
    if (this.#storage === null && !this.#blocked) {
      this.#blocked = true;
      this.#onProblem('blocked');
    }
    return this.#storage;
  }

  get(key: string): string | null {
    if (this.#memory.has(key)) return this.#memory.get(key)!;
    const s = this.#backend();
    if (!s) return null;
    try {
      return s.getItem(key);
    } catch {
      this.#onProblem('blocked');
      return null;
    }
  }

  /** Returns false when the value could only be kept in memory. */
  set(key: string, value: string): boolean {
    const s = this.#backend();
    if (s) {
      try {
        s.setItem(key, value);
        this.#memory.delete(key);
        return true;
      } catch (error) {
        this.#onProblem(isQuotaError(error) ? 'full' : 'blocked');
      }
    }
    this.#memory.set(key, value);
    return false;
  }

  /** Keeps a value in memory only (used for data this version must not overwrite). */
  setMemoryOnly(key: string, value: string): void {
    this.#memory.set(key, value);
  }

  remove(key: string): void {
    this.#memory.delete(key);
    const s = this.#backend();
    if (!s) return;
    try {
      s.removeItem(key);
    } catch {
      /* blocked: nothing stored to remove */
    }
  }

  /** Keys that start with `prefix` (persistent and in memory). */
  keys(prefix: string): string[] {
    const out = new Set<string>();
    for (const k of this.#memory.keys()) if (k.startsWith(prefix)) out.add(k);
    const s = this.#backend();
    if (s) {
      try {
        for (let i = 0; i < s.length; i += 1) {
          const k = s.key(i);
          if (k?.startsWith(prefix)) out.add(k);
        }
      } catch {
        /* blocked */
      }
    }
    return [...out];
  }
}

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22)
  );
}

function probe(): Storage | null {
  try {
    const s = globalThis.localStorage;
    // Some browsers expose storage that throws on first write (old Safari private mode).
    const key = '__netweave_probe__';
    s.setItem(key, '1');
    s.removeItem(key);
    return s;
  } catch {
    return null;
  }
}
