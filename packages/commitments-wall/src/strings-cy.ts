/**
 * The wall's Welsh messages (see strings.ts), loaded on demand for Welsh pages.
 *
 * Glossary (keep to it when changing or adding wording; the node test welsh-wording.test.ts checks
 * what it can):
 * - ymrwymiad, ymrwymiadau: a commitment ("One thing I will do…"), wherever English says
 *   "commitment".
 * - postiad, postiadau: anything on the wall in general, wherever English says "post" as a noun;
 *   postio: to post ("Postio", "cyn ei bostio"). Not "neges" (a message), "cofnod" (a record) or
 *   "post" (the mail; only in "cod post").
 * - nodyn, nodiadau: kept for a sticky note on the TRIZ board, should English ever say "note"; until
 *   then the board's cards are ymrwymiadau, as in English.
 * - One register, "chi", as the Welsh Government and NHS Wales address the public: eich, rhowch,
 *   peidiwch, byddwch chi; never "ti" or "dy". The person's own words: byddaf i, gennyf, fy.
 * - Counts as core's Welsh messages write them: the number in digits, then the singular noun
 *   ("3 ymrwymiad", "280 nod"), never "{count} o ymrwymiadau". The two/few/many forms carry the
 *   mutation the spoken numeral causes ("2 berson", "3 pherson", "6 pherson").
 * - Typographic apostrophes (’) and quotation marks (“ ”); "nag" before a vowel or a number; dates
 *   ("18 Tachwedd 2026") and the 24-hour clock come from core's Welsh formats.
 */
// Welsh dates, times and lists are registered by core's LanguageController when it loads this table.
import { storageCy } from '@netweave/core';
import type { WallStrings } from './strings.js';

export const cy: WallStrings = {
  ...storageCy,
  prompt: 'Un peth y byddaf i’n ei wneud o heddiw ymlaen i wella gweithio ar draws sectorau fydd…',
  hint: 'Byddwch yn gryno. Peidiwch â chynnwys enwau, manylion cyswllt nac unrhyw beth personol.',
  // "nod" does not mutate after a numeral: one form for every count.
  'count.left': { other: 'Mae gennych {count} nod ar ôl' },
  'count.over': { other: 'Mae gennych {count} nod yn ormod' },
  sector: 'Eich sector (dewisol)',
  'sector.none': 'Mae’n well gennyf beidio â dweud',
  column: 'Colofn',
  post: 'Postio',
  'error.prefix': 'Gwall:',
  'error.empty': 'Ysgrifennwch eich ymrwymiad cyn ei bostio',
  'error.long': 'Rhaid i’ch ymrwymiad fod yn {max} nod neu lai',
  'error.refused':
    'Nid yw eich ymrwymiad wedi’i bostio. {reason} Mae wedi’i roi’n ôl yn y blwch er mwyn i chi allu ei newid.',
  local: 'Mae postiadau’n aros ar y ddyfais hon: nid yw’r wal hon wedi’i chysylltu â chasglwr.',
  'error.load': 'Nid oedd modd llwytho’r wal. Gwiriwch eich cysylltiad a rhowch gynnig arall arni.',
  closed:
    'Mae’r sesiwn hon ar gau: nid yw’n derbyn ymrwymiadau newydd mwyach. Mae’r wal yn aros yma i’w darllen.',
  'error.action': 'Ni weithiodd hynny. Rhowch gynnig arall arni.',
  retry: 'Rhoi cynnig arall arni',
  heading: 'Ymrwymiadau',
  // "ymrwymiad" does not mutate after a numeral either.
  total: { other: '{count} ymrwymiad' },
  empty: 'Nid oes unrhyw ymrwymiadau eto. Gallai eich un chi fod y cyntaf.',
  'empty.closed': 'Ni phostiwyd unrhyw ymrwymiadau yn y sesiwn hon.',
  more: { other: 'Dangos rhagor ({count} heb eu dangos eto)' },
  filters: 'Hidlo’r wal',
  'filter.sector': 'Sector',
  'filter.sectors': 'Pob sector',
  'filter.column': 'Colofn',
  'filter.columns': 'Pob colofn',
  search: 'Chwilio',
  matches: { other: '{count} yn cyfateb' },
  pause: 'Oedi diweddariadau',
  resume: 'Ailddechrau diweddariadau',
  queued: { other: 'Mae {count} ymrwymiad newydd yn aros' },
  new: { other: '{count} ymrwymiad newydd' },
  posted: 'Mae eich ymrwymiad ar y wal.',
  sending: 'Wrthi’n anfon…',
  retrying: 'Wedi’i gadw ar y ddyfais hon. Bydd yn cael ei bostio pan fydd modd cysylltu â’r casglwr.',
  waiting: 'Yn aros am gymeradwyaeth. Dim ond chi sy’n gallu gweld hwn nes i gymedrolwr ei gymeradwyo.',
  held: 'Wedi’i ddal i’w adolygu gan ei fod fel pe bai’n cynnwys {reasons}. Dim ond chi sy’n gallu ei weld nes i gymedrolwr ei wirio.',
  'held.email': 'cyfeiriad e-bost',
  'held.phone': 'rhif ffôn',
  'held.postcode': 'cod post',
  'held.nhs-number': 'rhif GIG',
  'held.profanity': 'iaith a allai beri gofid i bobl',
  react: 'Byddaf i’n gwneud hyn hefyd',
  reacted: 'Byddwch chi’n gwneud hyn hefyd',
  // "person" mutates as the spoken numeral makes it: dau berson, tri pherson, chwe pherson.
  reactions: {
    two: '{count} berson am wneud hyn hefyd',
    few: '{count} pherson am wneud hyn hefyd',
    many: '{count} pherson am wneud hyn hefyd',
    other: '{count} person am wneud hyn hefyd',
  },
  // {to} is “i” and the column’s name, mutated (“i Gamau cyntaf…”, “i’r canlyniad…”), for English’s
  // “to {column}”.
  move: 'Symud {to}',
  moved: 'Wedi’i symud {to}.',
  play: 'Chwarae',
  stop: 'Oedi',
  previous: 'Blaenorol',
  next: 'Nesaf',
  position: 'Ymrwymiad {n} o {total}',
  csv: 'Lawrlwytho CSV',
  json: 'Lawrlwytho JSON',
  offline:
    'Rydych chi all-lein. Caiff postiadau eu cadw ar y ddyfais hon a’u hanfon pan fyddwch yn ôl ar-lein.',
  reconnecting: 'Wrthi’n ailgysylltu. Bydd ymrwymiadau newydd yn ymddangos pan fydd y cysylltiad yn ôl.',
  'triz.worst': 'Y canlyniad gwaethaf posibl',
  'triz.worst.prompt': 'Beth allen ni ei wneud i wneud yn siŵr ein bod yn cael y canlyniad gwaethaf posibl?',
  // A noun phrase, so that moving a card reads “Symud i’r hyn rydyn ni’n ei wneud yn barod”.
  'triz.already': 'Yr hyn rydyn ni’n ei wneud yn barod',
  'triz.already.prompt': 'Pa rai o’r rhain rydyn ni’n eu gwneud yn barod, hyd yn oed ychydig?',
  'triz.stop': 'Camau cyntaf i roi’r gorau iddi',
  'triz.stop.prompt': 'Pa gam cyntaf fyddwn ni’n ei gymryd i roi’r gorau i’w wneud?',
};
