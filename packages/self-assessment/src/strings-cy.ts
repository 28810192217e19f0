/**
 * The Welsh wording of the form, loaded on demand when the page is in Welsh.
 *
 * Glossary (shared with the results' wording in views/results-strings.ts and with the wall; the
 * node test welsh-wording.test.ts checks what it can):
 * - hunanasesiad: the self-assessment; asesiad, asesiadau: one completed assessment.
 * - her, heriau (feminine: “yr her hon”, “iddi”): a challenge; sgôr (feminine: “y sgôr honno”): a
 *   rating; ateb, atebion: answers; adnoddau: resources; casglwr: the collector.
 * - One register, “chi”, as the Welsh Government and NHS Wales address the public: eich, nodwch,
 *   dewiswch, rydych chi; never “ti” or “dy”. We write “rydyn ni”; the person’s own words use “fy”
 *   and “gennyf”.
 * - Counts as core’s Welsh messages write them: the number in digits, then the singular noun
 *   (“3 asesiad”, “2 her”), never “{count} o asesiadau”; a form per plural category only where
 *   the numeral mutates the noun.
 * - Typographic apostrophes (’) and quotation marks (“ ”); “nag” before a vowel or a number; dates
 *   (“18 Tachwedd 2026”) come from core’s Welsh formats. An option’s name quoted in a sentence keeps
 *   its own form, unmutated: neu “Ddim yn siŵr”.
 */
// Welsh dates, times and lists are registered by core's LanguageController when it loads this table.
import { storageCy } from '@netweave/core';
import type { FormStrings } from './strings.js';

const form: FormStrings = {
  title: 'Eich hunanasesiad gwehyddu rhwydweithiau',
  intro:
    'Nodwch faint o her yw pob un o’r rhain i chi yn eich gwaith gwehyddu rhwydweithiau. Mae’n cymryd tua phum munud. Mae eich atebion yn cael eu cadw ar y ddyfais hon wrth i chi fynd.',
  start: 'Dechrau nawr',
  resume: 'Parhau o’r man lle gwnaethoch adael',
  restored: 'Rydyn ni wedi adfer eich atebion o {date}.',
  progress: 'Cwestiwn {n} o {total}',
  'rating.hint': 'Faint o her yw hyn i chi?',
  unsure: 'Ddim yn siŵr',
  'other.title': 'Unrhyw her arall',
  'other.label': 'Disgrifiwch her arall rydych chi’n ei hwynebu, os oes un (dewisol)',
  'other.hint':
    'Os byddwch chi’n anfon eich atebion, bydd y testun hwn yn cael ei anfon hefyd. Peidiwch â chynnwys enwau, manylion cyswllt nac unrhyw beth personol.',
  'other.rating': 'Faint o her yw hi?',
  'about.step': 'Cam olaf',
  next: 'Nesaf',
  back: 'Yn ôl',
  finish: 'Gweld fy nghanlyniadau',
  'error.title': 'Mae problem',
  'error.prefix': 'Gwall:',
  'error.rating': 'Dewiswch faint o her yw “{label}”, neu “Ddim yn siŵr”',
  'error.other': 'Dewiswch faint o her yw eich her arall, neu “Ddim yn siŵr”',
  'results.title': 'Eich canlyniadau',
  again: 'Dechrau eto',
  forget: 'Anghofio fy atebion ar y ddyfais hon',
  forgotten: 'Mae eich atebion wedi’u dileu o’r ddyfais hon.',
};

export const cy = { ...form, ...storageCy };
