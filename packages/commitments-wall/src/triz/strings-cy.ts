/**
 * The TRIZ board's Welsh messages (see strings.ts), loaded on demand for Welsh pages.
 *
 * Glossary (the wall's, in ../strings-cy.ts, with the board's own words; test/triz-welsh.test.ts
 * checks what it can):
 * - nodyn, nodiadau: a sticky note, wherever English says "note". Never ymrwymiad: the board
 *   holds no commitments (the closing sentence is the wall's).
 * - The three states, named as the session named them: Canlyniadau gwaethaf (yellow, melyn),
 *   Rydyn ni’n gwneud hyn yn barod (pink, pinc), Camau cyntaf i roi’r gorau iddo (green, gwyrdd).
 * - rownd (feminine: y rownd hon), grŵp, hwylusydd (the facilitator), pleidlais / pleidleisiau
 *   (feminine: un bleidlais, dwy bleidlais, tair pleidlais, chwe phleidlais), pleidleisio,
 *   cam cyntaf (masculine: dau gam, tri cham).
 * - One register, "chi": eich, rhowch, dewiswch; "rydyn ni" for the group, never "rydym".
 * - Buttons are verb-nouns: Marcio “Rydyn ni’n gwneud hyn”, Ychwanegu’r cam cyntaf, Newid y cam,
 *   Dadwneud, Pleidleisio, Tynnu’r bleidlais yn ôl, Newid grŵp.
 * - Counts in digits, then the singular noun with the mutation the spoken numeral causes; never
 *   "{count} o …". A group's name is never put after a word that would mutate it (yn, gyda): the
 *   name comes after a colon, or as the subject ("Eich grŵp yw {group}").
 * - Typographic apostrophes (’) and quotation marks (“ ”).
 */
// Welsh dates, times and lists are registered by core's LanguageController when it loads this table.
import { storageCy } from '@netweave/core';
import type { TrizBoardStrings } from './strings.js';

export const cy: TrizBoardStrings = {
  ...storageCy,
  heading: 'Bwrdd TRIZ',
  loading: 'Wrthi’n llwytho’r bwrdd…',
  'error.load': 'Nid oedd modd llwytho’r bwrdd. Gwiriwch eich cysylltiad a rhowch gynnig arall arni.',
  retry: 'Rhoi cynnig arall arni',
  'no-boards':
    'Mae angen casglwr netweave ar y bwrdd hwn: nid oes `endpoint` wedi’i osod ar <netweave-provider> ar y dudalen.',
  'no-boards.store':
    'Mae angen casglwr netweave â byrddau TRIZ ar y bwrdd hwn: nid oes byrddau gan y storfa y mae’r dudalen hon yn ei rhoi iddo.',
  offline: 'Rydych chi all-lein. Ni chaiff newidiadau eu hanfon nes byddwch chi’n ôl ar-lein.',
  reconnecting: 'Wrthi’n ailgysylltu. Bydd y bwrdd yn dal i fyny pan fydd y cysylltiad yn ôl.',

  'group.n': 'Grŵp {n}',
  'group.yours': 'Eich grŵp: {group}',
  'group.change': 'Newid grŵp',
  'group.keep': 'Aros yn yr un grŵp: {group}',
  'picker.heading': 'Dewiswch eich grŵp',
  'picker.hint': 'Bydd eich hwylusydd yn dweud pa grŵp i ymuno ag ef. Gallwch chi ei newid yn nes ymlaen.',
  'picker.auto': 'Unrhyw grŵp (yr un â’r nifer lleiaf o bobl)',
  joined: 'Eich grŵp yw {group}.',

  'round.waiting': 'Yn aros i’r hwylusydd ddechrau rownd 1',
  'round.title': 'Rownd {n} o {total}: {name}',
  'round.worst': 'y canlyniad gwaethaf posibl',
  'round.worst.do':
    'Rhestrwch bopeth y gallech chi ei wneud i gael y canlyniad gwaethaf posibl wrth weithio gyda sectorau eraill.',
  'round.already': 'yr hyn rydyn ni’n ei wneud yn barod',
  'round.already.do':
    'Ewch drwy’r rhestr: oes unrhyw beth rydyn ni’n ei wneud nawr sy’n debyg i hyn mewn unrhyw ffordd? Marciwch ef “Rydyn ni’n gwneud hyn”, ac ychwanegwch unrhyw rai newydd.',
  'round.stop': 'camau cyntaf i roi’r gorau iddo',
  'round.stop.do': 'Ar gyfer pob nodyn pinc, penderfynwch ar y cam cyntaf i roi’r gorau iddo.',
  'round.over': 'Mae rowndiau TRIZ wedi dod i ben. Mae’r bwrdd yn aros yma i’w ddarllen.',
  'round.started': 'Mae rownd {n} o {total} wedi dechrau: {name}.',
  'clock.left': 'Amser ar ôl',
  paused: 'Wedi oedi',
  up: 'Mae’r amser ar ben ar gyfer rownd {n}. Gorffennwch eich nodyn: mae ysgrifennu’n dal ar agor.',
  locked: 'Mae’r hwylusydd wedi atal ysgrifennu am y tro.',
  unlocked: 'Mae ysgrifennu ar agor eto.',

  'state.worst': 'Canlyniadau gwaethaf',
  'state.already': 'Rydyn ni’n gwneud hyn yn barod',
  'state.stop': 'Camau cyntaf i roi’r gorau iddo',
  'colour.worst': 'nodiadau melyn',
  'colour.already': 'nodiadau pinc',
  'colour.stop': 'nodiadau gwyrdd',
  // "nodyn" does not mutate after a numeral: one form for every count.
  notes: { other: '{count} nodyn' },
  'section.empty': 'Does dim nodiadau yma eto.',

  'history.written': 'Wedi’i ysgrifennu yn rownd {n}',
  'history.added': 'Wedi’i ychwanegu yn rownd {n}',
  'history.recognised': 'wedi’i adnabod yn rownd {n}',
  'history.stepped': 'cam cyntaf wedi’i roi yn rownd {n}',
  'history.not-us': 'wedi’i farcio “Nid ni” yn rownd {n}',
  'history.unstepped': 'cam cyntaf wedi’i ddadwneud yn rownd {n}',
  step: 'Cam cyntaf: {step}',
  // "pleidlais" is feminine: un bleidlais, dwy bleidlais, tair pleidlais, chwe phleidlais.
  votes: {
    one: '{count} bleidlais',
    two: '{count} bleidlais',
    few: '{count} pleidlais',
    many: '{count} phleidlais',
    other: '{count} pleidlais',
  },
  held: 'Wedi’i ddal i’r hwylusydd ei wirio (gall gynnwys manylion cyswllt). Dim ond chi sy’n gallu ei weld am y tro.',
  sending: 'Wrthi’n anfon…',

  recognise: 'Marcio “Rydyn ni’n gwneud hyn”',
  'not-us': 'Marcio “Nid ni”',
  'add-step': 'Ychwanegu’r cam cyntaf',
  'change-step': 'Newid y cam',
  'undo-step': 'Dadwneud',
  'step.label': 'Y cam cyntaf i roi’r gorau iddo',
  'step.save': 'Cadw’r cam',
  cancel: 'Canslo',
  vote: 'Pleidleisio',
  unvote: 'Tynnu’r bleidlais yn ôl',
  'votes.used': { other: 'Pleidleisiau wedi’u defnyddio: {used} allan o {count}' },
  'votes.full':
    'Rydych chi wedi defnyddio pob un o’ch pleidleisiau. Tynnwch un yn ôl i bleidleisio dros nodyn arall.',

  'add.worst': 'Ychwanegu nodyn: beth allen ni ei wneud i gael y canlyniad gwaethaf posibl?',
  'add.already': 'Ychwanegu rhywbeth rydyn ni’n ei wneud yn barod',
  'add.hint': 'Un syniad ar bob nodyn. Peidiwch â chynnwys enwau, manylion cyswllt nac unrhyw beth personol.',
  'add.submit': 'Ychwanegu nodyn',
  'add.closed':
    'Dim nodiadau newydd yn y rownd hon: mae hi ar gyfer camau cyntaf. Mae eich geiriau wedi’u cadw yma.',
  'error.prefix': 'Gwall:',
  'error.empty': 'Ysgrifennwch eich nodyn cyn ei ychwanegu',
  'error.long': 'Rhaid i’ch nodyn fod yn {max} nod neu lai',
  'error.step': 'Ysgrifennwch y cam cyntaf cyn ei gadw',
  'refused.add': 'Nid yw eich nodyn wedi’i ychwanegu. {reason} Mae eich geiriau’n dal yn y blwch.',
  'refused.action': 'Ni weithiodd hynny. {reason}',

  added: 'Mae eich nodyn ar y bwrdd.',
  'now.already': 'Mae “{text}” yn binc nawr: rydyn ni’n gwneud hyn yn barod.',
  'now.worst': 'Mae “{text}” yn felyn eto.',
  'now.stop': 'Mae “{text}” yn wyrdd nawr, gyda’i gam cyntaf.',
  'now.step': 'Mae’r cam cyntaf ar gyfer “{text}” wedi newid.',
  'now.unstop': 'Mae “{text}” yn binc eto.',
  'vote.given': 'Pleidlais wedi’i rhoi.',
  'vote.taken': 'Pleidlais wedi’i thynnu’n ôl.',
  arrived: { other: '{count} nodyn newydd' },

  'why.not-in-group': 'Nid ydych chi yn y grŵp hwn mwyach. Dewiswch eich grŵp eto.',
  'why.locked': 'Mae’r hwylusydd wedi atal ysgrifennu am y tro.',
  'why.vote-limit':
    'Rydych chi wedi defnyddio pob un o’ch pleidleisiau. Tynnwch un yn ôl i bleidleisio dros nodyn arall.',
  'why.voting-off': 'Does dim pleidleisio yn y sesiwn hon.',
  'why.board-full': 'Mae bwrdd y grŵp hwn yn llawn.',
  'why.step-needed': 'Ysgrifennwch y cam cyntaf cyn ei gadw.',
  'why.session-closed': 'Mae’r sesiwn hon wedi cau.',
  'why.device-required':
    'Ni ddywedodd y porwr hwn pa ddyfais ydyw, felly ni all y casglwr weld ym mha grŵp rydych chi. Ail-lwythwch y dudalen a rhowch gynnig arall arni.',
  'why.note-not-found': 'Nid yw’r nodyn hwnnw ar y bwrdd mwyach.',
  'why.changed':
    'Mae rhywun wedi newid y nodyn hwnnw yn y cyfamser. Edrychwch arno eto, yna rhowch gynnig arall arni.',
  'why.invalid': 'Nid oedd modd i’r casglwr ei dderbyn. Gwiriwch y geiriau a rhowch gynnig arall arni.',
  'why.network': 'Nid oedd modd cysylltu â’r casglwr. Gwiriwch eich cysylltiad a rhowch gynnig arall arni.',
  'why.busy': 'Mae’r casglwr yn brysur. Arhoswch am ychydig a rhowch gynnig arall arni.',
  'why.server': 'Cafodd y casglwr broblem. Rhowch gynnig arall arni mewn munud.',
  'why.setup': 'Nid yw’r dudalen hon wedi’i gosod yn gywir. Rhowch wybod i’r trefnwyr.',
  'why.other': 'Gwrthododd y casglwr ef ({code}).',

  'projector.all': 'Pob grŵp',
  // "canlyniad" and "cam" are masculine: dau ganlyniad, tri chanlyniad, chwe chanlyniad; dau gam, tri cham.
  'count.worst': {
    two: '{count} ganlyniad gwaethaf',
    few: '{count} chanlyniad gwaethaf',
    many: '{count} chanlyniad gwaethaf',
    other: '{count} canlyniad gwaethaf',
  },
  'count.already': { other: '{count} rydyn ni’n eu gwneud yn barod' },
  'count.stop': {
    two: '{count} gam cyntaf',
    few: '{count} cham cyntaf',
    many: '{count} cham cyntaf',
    other: '{count} cam cyntaf',
  },
};
