/**
 * The anonymous id an HttpStore names its device with, so that a collector can give each device
 * its own allowance where many people share one network address (a venue's wifi). It is random
 * (128 bits from `crypto.getRandomValues`), made once per browser profile and collector and kept
 * with the store's other data on this device; nothing about the person, the browser or the device
 * goes into it, and two collectors are given different ids, so they cannot link a browser between
 * them.
 */
import type { LocalStore } from './local-store.js';

const PREFIX = 'device:';
/** What this module makes: 22 base64url characters. */
const OURS = /^[A-Za-z0-9_-]{22}$/;

/**
 * This device's id for the collector at `endpoint` as `local` keeps it, made the first time. The id
 * is kept as the end of a key (`device:<endpoint>|<id>`) because listing keys is the one way to read a LocalStore at once (the live
 * stream's address is built synchronously), and LocalStore, in every widget's first download,
 * then gains nothing. Where storage is blocked, `local` keeps it in memory for the page's life.
 * Two tabs that make one at the same moment keep both; later readers take the first in order.
 */
export function deviceId(local: LocalStore, endpoint: string): string {
  const prefix = `${PREFIX}${endpoint}|`;
  const kept = local
    .draftKeys(prefix)
    .map((key) => key.slice(prefix.length))
    .filter((id) => OURS.test(id))
    .sort()[0];
  if (kept) return kept;
  const id = randomId();
  void local.saveDraft(prefix + id, id);
  return id;
}

function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes))
    .replace(/=+$/, '')
    .replace(/\+/g, '-')
    .replace(/\//g, '_');
}
