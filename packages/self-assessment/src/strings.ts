/**
 * The English wording of <netweave-self-assessment>'s form, loaded up front. The Welsh table
 * (strings-cy.ts) and the results' wording in both languages (views/results-strings.ts) are loaded
 * on demand and added to `strings`. Partners may override any key through the `strings` property or
 * <netweave-provider>.
 */
import { storageEn, type Locale } from '@netweave/core';
import type { problemEn } from './lib/catalogue-problem.js';
import type { aboutEn } from './views/about.js';
import type { confirmEn } from './views/confirm.js';
import type { keepEn } from './views/keep-strings.js';
import type { consentEn } from './views/consent.js';
import type { resultsEn } from './views/results-strings.js';

const en = {
  title: 'Your network-weaving self-assessment',
  intro:
    'Rate how much of a challenge each of these is for you in your network-weaving work. It takes about five minutes. Your answers are saved on this device as you go.',
  start: 'Start now',
  resume: 'Continue where you left off',
  restored: 'We restored your answers from {date}.',
  progress: 'Question {n} of {total}',
  'rating.hint': 'How much of a challenge is this for you?',
  unsure: 'Not sure',
  'other.title': 'Any other challenge',
  'other.label': 'Describe another challenge you face, if there is one (optional)',
  'other.hint':
    'If you send your answers, this text is sent too. Please leave out names, contact details and anything personal.',
  'other.rating': 'How much of a challenge is it?',
  'about.step': 'Last step',
  next: 'Next',
  back: 'Back',
  finish: 'See my results',
  'error.title': 'There is a problem',
  'error.prefix': 'Error:',
  'error.rating': 'Choose how much of a challenge “{label}” is, or choose Not sure',
  'error.other': 'Choose how much of a challenge your other challenge is, or choose Not sure',
  'results.title': 'Your results',
  again: 'Start again',
  forget: 'Forget my answers on this device',
  forgotten: 'Your answers have been removed from this device.',
};

/** The form's own keys (the results' keys are in views/results-strings.ts). */
export type FormStrings = typeof en;
export type SelfAssessmentStrings = FormStrings &
  typeof resultsEn &
  typeof problemEn &
  typeof confirmEn &
  typeof aboutEn &
  typeof consentEn &
  typeof keepEn;
export type Strings = SelfAssessmentStrings & typeof storageEn;

/** Message tables by locale: English form wording up front; the rest joins as it is loaded. */
export const strings = { en: { ...en, ...storageEn }, cy: {} } as Record<Locale, Strings>;

/** Adds loaded tables (Welsh, or the results' wording) to `strings`. */
export function addStrings(tables: Partial<Record<Locale, Partial<Strings>>>): void {
  for (const locale of ['en', 'cy'] as const) Object.assign(strings[locale], tables[locale]);
}
