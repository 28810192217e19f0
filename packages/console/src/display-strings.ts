/**
 * The projector page's words in English and Welsh: the participant page's (its error pages say
 * the same things), and the room's screen's own. Both languages ship with the page, as the
 * participant page's do: a Welsh room never sees English first. Partners override any key through
 * the `strings` property. The Welsh keeps the glossary at the top of strings-cy.ts (and the
 * participant page's, in join-strings.ts); test/wording.test.ts checks what it can.
 */
import { joinStrings } from './join-strings.js';

const own = {
  'display.title': 'Projector',
  'display.join': 'Join at {url}',
  'display.code': 'Code',
  'display.qr': 'QR code to join: {url}',
  'display.qr.hint': 'Or scan the QR code',
  'display.left': 'Time left',
  'display.round': 'Round {n} of {count}: {round}',
  'display.waiting': 'The first round has not started yet',
  'display.paused': 'Paused',
  'display.up': 'Time is up',
  'display.ended': 'Round ended',
  'display.locked': 'Writing is locked for now',
  'display.started': 'Round {n} of {count} has started: {round}.',
  'display.no-code.title': 'This address needs a join code',
  'display.no-code.body': 'Add the session’s join code to the address, like /d/K7M-3QP.',
  'round.worst': 'Worst results',
  'round.already': 'We do this already',
  'round.stop': 'First steps to stop',
  'round.commit': 'Commitments',
};

const en = { ...joinStrings.en, ...own };

export type DisplayStrings = typeof en;
export type DisplayKey = keyof DisplayStrings & string;

const cy: DisplayStrings = {
  ...joinStrings.cy,
  'display.title': 'Taflunydd',
  'display.join': 'Ymunwch drwy fynd i: {url}',
  'display.code': 'Cod',
  'display.qr': 'Cod QR i ymuno: {url}',
  'display.qr.hint': 'Neu sganiwch y cod QR',
  'display.left': 'Amser ar ôl',
  'display.round': 'Rownd {n} o {count}: {round}',
  'display.waiting': 'Nid yw’r rownd gyntaf wedi dechrau eto',
  'display.paused': 'Wedi oedi',
  'display.up': 'Mae’r amser ar ben',
  'display.ended': 'Mae’r rownd wedi dod i ben',
  'display.locked': 'Mae ysgrifennu wedi’i gloi am y tro',
  'display.started': 'Mae rownd {n} o {count} wedi dechrau: {round}.',
  'display.no-code.title': 'Mae angen cod ymuno yn y cyfeiriad hwn',
  'display.no-code.body': 'Ychwanegwch god ymuno’r sesiwn at y cyfeiriad, fel /d/K7M-3QP.',
  'round.worst': 'Canlyniadau gwaethaf',
  'round.already': 'Rydyn ni’n gwneud hyn yn barod',
  'round.stop': 'Camau cyntaf i roi’r gorau iddo',
  'round.commit': 'Ymrwymiadau',
};

export const displayStrings: { en: DisplayStrings; cy: DisplayStrings } = { en, cy };
