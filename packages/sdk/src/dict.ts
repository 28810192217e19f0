/**
 * Records keyed by data (session ids, regions, other-challenge texts, commitment columns, export
 * headers). A plain `{}` inherits `constructor`, `toString`, `__proto__`… from Object.prototype, so
 * a participant who types "constructor" as their region would otherwise break an evaluator's
 * analysis. These records have no prototype, every read checks for an own property (records that
 * came back through JSON or structuredClone do have one), and `__proto__` is written as a plain key.
 */

const has = Object.prototype.hasOwnProperty;

/** An empty record with no prototype. */
export function dict<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** The record's own value for `key` (never one inherited from a prototype). */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return has.call(record, key) ? record[key] : undefined;
}

/** Sets `record[key]`, also when `key` is `__proto__` (a plain key, not the prototype). */
export function put<T>(record: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__' && !has.call(record, key))
    Object.defineProperty(record, key, { value, writable: true, enumerable: true, configurable: true });
  else record[key] = value;
}

/** Adds `n` to the count under `key`. */
export function bump(record: Record<string, number>, key: string, n = 1): void {
  put(record, key, (own(record, key) ?? 0) + n);
}

/** A copy with no prototype (of a record that may have come through JSON or structuredClone). */
export function copyDict<T, U = T>(
  record: Readonly<Record<string, T>>,
  map?: (value: T, key: string) => U,
): Record<string, U> {
  const out = dict<U>();
  for (const key of Object.keys(record)) {
    const value = record[key] as T;
    put(out, key, map ? map(value, key) : (value as unknown as U));
  }
  return out;
}
