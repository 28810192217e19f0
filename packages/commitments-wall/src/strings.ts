/**
 * Every user-visible string of the wall, in English and Welsh. Partners override any key through
 * the `strings` property or `<netweave-provider>` (`{ en: { key: '…' }, cy: { key: '…' } }`).
 * The Welsh table is in strings-cy.ts, loaded on demand (a Welsh page waits for it: never English).
 * Welsh plural forms follow `Intl.PluralRules('cy')`: zero, one, two, few, many, other.
 */
import { storageEn, type PluralMessage } from '@netweave/core';

const en = {
  ...storageEn,
  prompt: 'One thing I will do from today to improve working across sectors will be…',
  hint: 'Keep it short. Please leave out names, contact details and anything personal.',
  'count.left': {
    one: 'You have {count} character remaining',
    other: 'You have {count} characters remaining',
  } as PluralMessage,
  'count.over': {
    one: 'You have {count} character too many',
    other: 'You have {count} characters too many',
  } as PluralMessage,
  sector: 'Your sector (optional)',
  'sector.none': 'Prefer not to say',
  column: 'Column',
  post: 'Post',
  'error.prefix': 'Error:',
  'error.empty': 'Write your commitment before you post it',
  'error.long': 'Your commitment must be {max} characters or fewer',
  'error.refused': 'Your commitment was not posted. {reason} It is back in the box so you can change it.',
  local: 'Posts stay on this device: this wall is not connected to a collector.',
  'error.load': 'The wall could not be loaded. Check your connection and try again.',
  closed: 'This session is closed: it no longer takes new commitments. The wall stays here to read.',
  'error.action': 'That did not work. Please try again.',
  retry: 'Try again',
  heading: 'Commitments',
  total: { one: '{count} commitment', other: '{count} commitments' } as PluralMessage,
  empty: 'No commitments yet. Yours could be the first.',
  'empty.closed': 'No commitments were posted in this session.',
  more: {
    one: 'Show more ({count} not shown yet)',
    other: 'Show more ({count} not shown yet)',
  } as PluralMessage,
  filters: 'Filter the wall',
  'filter.sector': 'Sector',
  'filter.sectors': 'All sectors',
  'filter.column': 'Column',
  'filter.columns': 'All columns',
  search: 'Search',
  matches: { one: '{count} match', other: '{count} matches' } as PluralMessage,
  pause: 'Pause updates',
  resume: 'Resume updates',
  queued: {
    one: '{count} new commitment is waiting',
    other: '{count} new commitments are waiting',
  } as PluralMessage,
  new: { one: '{count} new commitment', other: '{count} new commitments' } as PluralMessage,
  posted: 'Your commitment is on the wall.',
  sending: 'Sending…',
  retrying: 'Saved on this device. It will be posted when the collector can be reached.',
  waiting: 'Waiting for approval. Only you can see this until a moderator approves it.',
  held: 'Held for review because it seems to contain {reasons}. Only you can see it until a moderator has checked it.',
  'held.email': 'an e-mail address',
  'held.phone': 'a phone number',
  'held.postcode': 'a postcode',
  'held.nhs-number': 'an NHS number',
  'held.profanity': 'language that may upset people',
  react: 'I’ll do this too',
  reacted: 'You’ll do this too',
  reactions: {
    one: '{count} person will do this too',
    other: '{count} people will do this too',
  } as PluralMessage,
  move: 'Move to {column}',
  moved: 'Moved to {column}.',
  play: 'Play',
  stop: 'Pause',
  previous: 'Previous',
  next: 'Next',
  position: 'Commitment {n} of {total}',
  csv: 'Download CSV',
  json: 'Download JSON',
  offline: 'You are offline. Posts are kept on this device and sent when you are back online.',
  reconnecting: 'Reconnecting. New commitments will appear when the connection is back.',
  'triz.worst': 'The worst possible result',
  'triz.worst.prompt': 'What could we do to make sure we get the worst possible result?',
  'triz.already': 'What we already do',
  'triz.already.prompt': 'Which of these do we already do, even a little?',
  'triz.stop': 'First steps to stop',
  'triz.stop.prompt': 'What first step will we take to stop doing it?',
};

export type WallStrings = typeof en;

/** The message tables; `cy` is there once `loadWelsh()` has loaded it. */
export const wallStrings: { en: WallStrings; cy?: WallStrings } = { en };

/** Loads the Welsh table (a separate file on the CDN, fetched only for Welsh pages). */
export async function loadWelsh(): Promise<WallStrings> {
  return (wallStrings.cy ??= (await import('./strings-cy.js')).cy);
}
