/**
 * Join codes in addresses. Reading and showing a code are the model's (`normaliseJoinCode`:
 * any case, hyphens and spaces ignored; `formatJoinCode`: `K7M-3QP`), so the pages and the
 * collector agree on them; this adds where a code sits in the participant page's address.
 */
export {
  formatJoinCode as formatCode,
  normaliseJoinCode as normaliseCode,
  JOIN_CODE_LENGTH,
} from '@netweave/model';

/**
 * The code in an address's path (`/j/K7M-3QP` or `/j/k7m3qp`), as typed (the collector reads it
 * case-insensitively); `''` for `/j` itself; `null` when the path is not a join page's.
 */
export function codeFromPath(pathname: string): string | null {
  const m = /^\/j(?:\/([^/]*))?\/?$/.exec(pathname);
  if (!m) return null;
  try {
    return decodeURIComponent(m[1] ?? '');
  } catch {
    return m[1] ?? '';
  }
}

/**
 * The code in the projector page's address (`/d/K7M-3QP`), as typed; `''` for `/d` itself;
 * `null` when the path is not the projector page's.
 */
export function codeFromDisplayPath(pathname: string): string | null {
  const m = /^\/d(?:\/([^/]*))?\/?$/.exec(pathname);
  if (!m) return null;
  try {
    return decodeURIComponent(m[1] ?? '');
  } catch {
    return m[1] ?? '';
  }
}
