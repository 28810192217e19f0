/** How the outbox's problem codes are told: which string says it, and which are set-up mistakes. */
import type { outboxEn } from './outbox-strings.js';

/** Problems whose wording the tables carry; any other code is told as `problem.other`. */
const PROBLEMS = new Set([
  'offline',
  'origin-not-allowed',
  'session-not-found',
  'session-closed',
  'invalid',
  'id-conflict',
  'rate-limited',
  'server-error',
  'not-a-collector',
  'too-large',
  'expired',
  'commitment-not-found',
  'not-your-commitment',
  'session-deleted',
]);

/** The collector's ways of saying "busy, try again shortly" (its limits: device, session, instance). */
const BUSY = new Set([
  'rate-limited',
  'device-rate-limited',
  'session-busy',
  'collector-busy',
  'too-many-streams',
]);

/** The string key that tells a person about a submission problem with this code. */
export function problemKey(code: string): keyof typeof outboxEn {
  if (BUSY.has(code)) return 'problem.rate-limited';
  return (PROBLEMS.has(code) ? `problem.${code}` : 'problem.other') as keyof typeof outboxEn;
}

/** Problems that are the page's set-up, not the visitor's connection: the partner must act. */
export function isSetupProblem(code: string): boolean {
  return code === 'origin-not-allowed' || code === 'session-not-found' || code === 'not-a-collector';
}
