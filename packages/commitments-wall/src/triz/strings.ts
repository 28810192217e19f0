/**
 * Every user-visible string of the TRIZ board, in English (Welsh in strings-cy.ts, loaded on
 * demand: a Welsh page waits for it, never English first). Partners override any key through the
 * `strings` property or `<netweave-provider>` (`{ en: { key: '…' }, cy: { key: '…' } }`). Plural
 * forms follow `Intl.PluralRules` (Welsh: zero, one, two, few, many, other). The board speaks of
 * notes, never of commitments: the closing sentence is the wall's.
 */
import { storageEn, type PluralMessage } from '@netweave/core';

const en = {
  ...storageEn,
  heading: 'TRIZ board',
  loading: 'Loading the board…',
  'error.load': 'The board could not be loaded. Check your connection and try again.',
  retry: 'Try again',
  'no-boards':
    'This board needs a netweave collector: the page has no `endpoint` set on <netweave-provider>.',
  'no-boards.store':
    'This board needs a netweave collector with TRIZ boards: the store this page gives it has none.',
  offline: 'You are offline. Changes are not sent until you are back online.',
  reconnecting: 'Reconnecting. The board will catch up when the connection is back.',

  // Groups
  'group.n': 'Group {n}',
  'group.yours': 'Your group: {group}',
  'group.change': 'Change group',
  'group.keep': 'Stay in {group}',
  'picker.heading': 'Choose your group',
  'picker.hint': 'Your facilitator will say which group to join. You can change it later.',
  'picker.auto': 'Any group (the one with fewest people)',
  joined: 'You are in {group}.',

  // Rounds and time
  'round.waiting': 'Waiting for the facilitator to start round 1',
  'round.title': 'Round {n} of {total}: {name}',
  'round.worst': 'the worst possible result',
  'round.worst.do':
    'List everything you could do to get the worst possible result working with other sectors.',
  'round.already': 'what we do already',
  'round.already.do':
    'Go down the list: is there anything we are doing now that in any way resembles this? Mark it “We do this”, and add any new ones.',
  'round.stop': 'first steps to stop',
  'round.stop.do': 'For each pink note, decide the first step that will stop it.',
  'round.over': 'The TRIZ rounds are over. The board stays here to read.',
  'round.started': 'Round {n} of {total} has started: {name}.',
  'clock.left': 'Time left',
  paused: 'Paused',
  up: 'Time is up for round {n}. Finish your note: writing stays open.',
  locked: 'The facilitator has stopped writing for now.',
  unlocked: 'Writing is open again.',

  // The three states: named, with the colour in words (never colour alone)
  'state.worst': 'Worst results',
  'state.already': 'We do this already',
  'state.stop': 'First steps to stop',
  'colour.worst': 'yellow notes',
  'colour.already': 'pink notes',
  'colour.stop': 'green notes',
  notes: { one: '{count} note', other: '{count} notes' } as PluralMessage,
  'section.empty': 'No notes here yet.',

  // A note
  'history.written': 'Written in round {n}',
  'history.added': 'Added in round {n}',
  'history.recognised': 'recognised in round {n}',
  'history.stepped': 'first step given in round {n}',
  'history.not-us': 'marked “Not us” in round {n}',
  'history.unstepped': 'first step undone in round {n}',
  step: 'First step: {step}',
  votes: { one: '{count} vote', other: '{count} votes' } as PluralMessage,
  held: 'Held for the facilitator to check (it may contain contact details). Only you can see it for now.',
  sending: 'Sending…',

  // Actions on a note
  recognise: 'We do this',
  'not-us': 'Not us',
  'add-step': 'Add the first step',
  'change-step': 'Change the step',
  'undo-step': 'Undo',
  'step.label': 'The first step that will stop it',
  'step.save': 'Save the step',
  cancel: 'Cancel',
  vote: 'Vote',
  unvote: 'Take back vote',
  'votes.used': {
    one: '{used} of {count} vote used',
    other: '{used} of {count} votes used',
  } as PluralMessage,
  'votes.full': 'You have used all your votes. Take one back to vote for another note.',

  // Adding a note
  'add.worst': 'Add a note: what could we do to get the worst possible result?',
  'add.already': 'Add something we already do',
  'add.hint': 'One idea a note. Please leave out names, contact details and anything personal.',
  'add.submit': 'Add note',
  'add.closed': 'No new notes in this round: it is for first steps. Your words are kept here.',
  'error.prefix': 'Error:',
  'error.empty': 'Write your note before you add it',
  'error.long': 'Your note must be {max} characters or fewer',
  'error.step': 'Write the first step before you save it',
  'refused.add': 'Your note was not added. {reason} Your words are still in the box.',
  'refused.action': 'That did not work. {reason}',

  // What happened, said once
  added: 'Your note is on the board.',
  'now.already': '“{text}” is now pink: we do this already.',
  'now.worst': '“{text}” is yellow again.',
  'now.stop': '“{text}” is now green, with its first step.',
  'now.step': 'The first step for “{text}” is changed.',
  'now.unstop': '“{text}” is pink again.',
  'vote.given': 'Vote given.',
  'vote.taken': 'Vote taken back.',
  arrived: { one: '{count} new note', other: '{count} new notes' } as PluralMessage,

  // Why a write was refused (the collector's codes, in words that say what to do)
  'why.not-in-group': 'You are not in this group any more. Choose your group again.',
  'why.locked': 'The facilitator has stopped writing for now.',
  'why.vote-limit': 'You have used all your votes. Take one back to vote for another note.',
  'why.voting-off': 'Voting is not on in this session.',
  'why.board-full': 'This group’s board is full.',
  'why.step-needed': 'Write the first step before you save it.',
  'why.session-closed': 'This session has closed.',
  'why.device-required':
    'This browser did not say which device it is, so the collector cannot tell which group you are in. Reload the page and try again.',
  'why.note-not-found': 'That note is no longer on the board.',
  'why.changed': 'Someone changed that note meanwhile. Look at it again, then try again.',
  'why.invalid': 'The collector could not accept it. Check the words and try again.',
  'why.network': 'The collector could not be reached. Check your connection and try again.',
  'why.busy': 'The collector is busy. Wait a moment and try again.',
  'why.server': 'The collector had a problem. Try again in a moment.',
  'why.setup': 'This page is not set up correctly. Please tell the organisers.',
  'why.other': 'The collector refused it ({code}).',

  // The projector
  'projector.all': 'Every group',
  'count.worst': { one: '{count} worst result', other: '{count} worst results' } as PluralMessage,
  'count.already': { one: '{count} we do already', other: '{count} we do already' } as PluralMessage,
  'count.stop': { one: '{count} first step', other: '{count} first steps' } as PluralMessage,
};

export type TrizBoardStrings = typeof en;

/** The board's message tables; `cy` is there once `loadTrizWelsh()` has loaded it. */
export const trizBoardStrings: { en: TrizBoardStrings; cy?: TrizBoardStrings } = { en };

/** Loads the board's Welsh table (a separate file on the CDN, fetched only for Welsh pages). */
export async function loadTrizWelsh(): Promise<TrizBoardStrings> {
  return (trizBoardStrings.cy ??= (await import('./strings-cy.js')).cy);
}
