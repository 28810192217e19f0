/**
 * The collector's stable error codes, told in the console's own words (as core's `problemKey`
 * does for the widgets): each known code has a string `problem.<code>`; any other is told as
 * `problem.other` with the code, so a new refusal is still explained, never shown raw.
 */

const KNOWN = new Set([
  'network',
  'unauthorised',
  'bad-token',
  'admin-off',
  'not-found',
  'session-not-found',
  'session-closed',
  'commitment-not-found',
  'follow-up-not-found',
  'id-conflict',
  'code-conflict',
  'invalid',
  'unknown-field',
  'invalid-status',
  'too-large',
  'rate-limited',
  'too-many-streams',
  'session-busy',
  'collector-busy',
  'invalid-action',
  'storage-unavailable',
  'origin-not-allowed',
  'internal',
  'server-error',
  'not-a-collector',
  'stale-round',
  'not-running',
  'not-paused',
  'no-round',
  'not-in-agenda',
  'groups-not-empty',
  'group-not-found',
  'note-not-found',
  'no-boards',
  'busy',
]);

/** The string key that tells a facilitator about a refusal with this code. */
export function errorKey(code: string): string {
  return KNOWN.has(code) ? `problem.${code}` : 'problem.other';
}

/** A post's words, short enough to be said in a status message. */
export function gist(text: string, max = 80): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1).trimEnd()}…` : one;
}
