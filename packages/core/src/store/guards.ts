/**
 * Light structural checks for what the stores accept from widgets. The stores keep what netweave's
 * own widgets produce on this device; the collector validates everything fully on the server. These
 * guards keep the browser bundles free of the schema library while still refusing bad input with a
 * message that names the field.
 */
import type { ID_PATTERN as IdPattern, LIMITS as Limits } from '@netweave/model';
import type { AssessmentResponse, FollowUp, NewCommitment, NewFollowUp, SubmitResult } from '@netweave/model';
import type { LocalStore } from './local-store.js';
import { StoreError } from '@netweave/model';

const COMMITMENT_FIELDS = new Set(['id', 'sessionId', 'createdAt', 'text', 'column', 'sector']);
const ID_REASON = 'must use only letters, numbers, dots, hyphens, colons or underscores';

/**
 * The limits, given by the store that loads these checks: a module loaded on demand must not
 * import what the package index also exports (esbuild without code splitting then leaves the
 * index's copy undefined, esbuild #1490).
 */
export interface GuardLimits {
  readonly LIMITS: typeof Limits;
  readonly ID_PATTERN: typeof IdPattern;
}
let LIMITS: typeof Limits;
let ID_PATTERN: typeof IdPattern;

/** Sets the limits the checks apply. */
export function useLimits(limits: GuardLimits): void {
  ({ LIMITS, ID_PATTERN } = limits);
}

function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= LIMITS.idLength && ID_PATTERN.test(value);
}

function refuse(problems: string[]): never {
  throw new StoreError(problems.join('; '), { status: 400, code: 'invalid', details: problems });
}

/** A participant's new commitment: known fields only (never `status`), ids and text in range. */
export function checkNewCommitment(input: NewCommitment): NewCommitment {
  const problems: string[] = [];
  if (!input || typeof input !== 'object') refuse(['The commitment: must be an object with named fields']);
  for (const key of Object.keys(input))
    if (!COMMITMENT_FIELDS.has(key)) problems.push(`${key}: is not a field that can be set here`);
  if (!isId(input.id)) problems.push(`id: ${ID_REASON}`);
  if (!isId(input.sessionId)) problems.push(`sessionId: ${ID_REASON}`);
  if (input.column !== undefined && !isId(input.column)) problems.push(`column: ${ID_REASON}`);
  const text = typeof input.text === 'string' ? input.text.trim() : '';
  if (!text) problems.push('text: must not be empty');
  else if (text.length > LIMITS.commitmentText)
    problems.push(`text: must be at most ${LIMITS.commitmentText} characters long`);
  if (input.createdAt !== undefined && Number.isNaN(Date.parse(input.createdAt)))
    problems.push('createdAt: must be a date and time');
  if (problems.length) refuse(problems);
  return { ...input, text };
}

/** A response: ids, a date, and ratings that are whole numbers or null. */
export function checkResponse(response: AssessmentResponse): AssessmentResponse {
  const problems: string[] = [];
  if (!response || typeof response !== 'object')
    refuse(['The response: must be an object with named fields']);
  if (!isId(response.id)) problems.push(`id: ${ID_REASON}`);
  if (!isId(response.sessionId)) problems.push(`sessionId: ${ID_REASON}`);
  if (Number.isNaN(Date.parse(response.submittedAt))) problems.push('submittedAt: must be a date and time');
  if (!response.ratings || typeof response.ratings !== 'object')
    problems.push('ratings: must be an object with named fields');
  else {
    for (const [id, rating] of Object.entries(response.ratings)) {
      if (rating !== null && !Number.isInteger(rating))
        problems.push(`ratings.${id}: must be a whole number or empty`);
    }
  }
  if (problems.length) refuse(problems);
  return response;
}

const FOLLOW_UP_FIELDS = new Set(['id', 'sessionId', 'commitmentId', 'answer', 'note', 'answeredAt']);
/** FOLLOW_UP_ANSWERS and FOLLOW_UP_NOTE_MAX (written out here; a test keeps them the same). */
const ANSWERS = ['done', 'started', 'not-yet'];
const NOTE_MAX = 280;

/** A follow-up: known fields only (never `status`), ids, one of the answers, a short note, a date. */
export function checkFollowUp(input: NewFollowUp): NewFollowUp {
  const problems: string[] = [];
  if (!input || typeof input !== 'object') refuse(['The follow-up: must be an object with named fields']);
  for (const key of Object.keys(input))
    if (!FOLLOW_UP_FIELDS.has(key)) problems.push(`${key}: is not a field that can be set here`);
  for (const key of ['id', 'sessionId', 'commitmentId'] as const)
    if (!isId(input[key])) problems.push(`${key}: ${ID_REASON}`);
  if (!ANSWERS.includes(input.answer)) problems.push(`answer: must be one of: ${ANSWERS.join(', ')}`);
  const note = typeof input.note === 'string' ? input.note.trim() : input.note;
  if (note !== undefined && typeof note !== 'string') problems.push('note: must be text');
  else if (note && note.length > NOTE_MAX) problems.push(`note: must be at most ${NOTE_MAX} characters long`);
  if (typeof input.answeredAt !== 'string' || Number.isNaN(Date.parse(input.answeredAt)))
    problems.push('answeredAt: must be a date and time');
  if (problems.length) refuse(problems);
  const { note: _note, ...rest } = input;
  return note ? { ...rest, note } : rest;
}

/**
 * Keeps a follow-up in a LocalStore that accepts submissions (with its commitment's sector, and
 * held when screening holds its note), once per id; the commitment must be kept there.
 */
export async function keepFollowUp(store: LocalStore, input: NewFollowUp): Promise<SubmitResult> {
  const value = checkFollowUp(input);
  const list = await store.listFollowUps(value.sessionId);
  let kept = list.find((f) => f.id === value.id);
  if (!kept) {
    const commitment = (await store.allCommitments(value.sessionId)).find((c) => c.id === value.commitmentId);
    if (!commitment)
      throw new StoreError('That commitment was not found on this device.', {
        status: 404,
        code: 'commitment-not-found',
      });
    const { initialStatus } = await import('@netweave/model/moderation');
    kept = {
      ...value,
      ...(commitment.sector ? { sector: commitment.sector } : {}),
      status: value.note ? initialStatus(value.note).status : 'visible',
    } satisfies FollowUp;
    await store.saveDraft(`follow-ups:${value.sessionId}`, [...list, kept]);
  }
  return { id: kept.id, state: kept.status === 'pending' ? 'pending-review' : 'sent' };
}
