/** Client address hashing, rate limits, constant-time token checks and signed admin cookies. */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** HMAC of the client address: rate limits work per client without keeping any address. */
export function addressHasher(secret: string | undefined): (address: string) => string {
  const key = secret ?? randomBytes(32).toString('hex');
  return (address) => createHmac('sha256', key).update(address).digest('base64url').slice(0, 22);
}

/** Compares two secrets in constant time (hashes first, so lengths never leak). */
export function safeEqual(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** Token buckets per hashed client: `perMinute` requests, refilled continuously. */
export class RateLimiter {
  readonly #perMinute: number;
  readonly #buckets = new Map<string, { tokens: number; at: number }>();
  readonly #sweep: NodeJS.Timeout;

  constructor(perMinute: number) {
    this.#perMinute = perMinute;
    this.#sweep = setInterval(() => this.#cleanUp(), 60_000);
    this.#sweep.unref();
  }

  /** Takes one token; returns 0 when allowed, else the seconds to wait. */
  take(key: string, now: number = Date.now()): number {
    const rate = this.#perMinute / 60_000;
    let b = this.#buckets.get(key);
    if (!b) this.#buckets.set(key, (b = { tokens: this.#perMinute, at: now }));
    b.tokens = Math.min(this.#perMinute, b.tokens + (now - b.at) * rate);
    b.at = now;
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - b.tokens) / rate / 1000));
  }

  #cleanUp(): void {
    const now = Date.now();
    for (const [key, b] of this.#buckets)
      if (b.tokens + (now - b.at) * (this.#perMinute / 60_000) >= this.#perMinute) this.#buckets.delete(key);
  }

  stop(): void {
    clearInterval(this.#sweep);
  }
}

const COOKIE_HOURS = 12;

/** A stateless admin cookie: expiry + HMAC keyed by the admin token (valid on every instance). */
export function signAdminCookie(token: string, now: number = Date.now()): string {
  const expires = now + COOKIE_HOURS * 3_600_000;
  return `${expires}.${createHmac('sha256', token).update(`netweave-admin:${expires}`).digest('base64url')}`;
}

export function verifyAdminCookie(value: string, token: string, now: number = Date.now()): boolean {
  const [expires, mac] = value.split('.');
  if (!expires || !mac || !/^\d+$/.test(expires) || Number(expires) < now) return false;
  const expected = createHmac('sha256', token).update(`netweave-admin:${expires}`).digest('base64url');
  return safeEqual(mac, expected);
}

export function parseCookies(header: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0) out.set(part.slice(0, i).trim(), part.slice(i + 1).trim());
  }
  return out;
}

/** What is stored of a revoked admin cookie: its digest, never the cookie itself. */
export function cookieDigest(value: string): string {
  return createHash('sha256').update(`netweave-admin-cookie:${value}`).digest('base64url');
}

/** When a signed admin cookie expires (ms since 1970), or 0 when it is not one. */
export function adminCookieExpiry(value: string): number {
  const expires = value.split('.')[0] ?? '';
  return /^\d+$/.test(expires) ? Number(expires) : 0;
}
