/**
 * The write-up's wording in English and Welsh. Welsh as the widgets write it (see
 * commitments-wall's strings-cy.ts and console's glossary): ymrwymiad for a commitment, postiad for
 * a post, nodyn/nodiadau for TRIZ notes, the rounds as the board names them, the chi register;
 * counts as digits then the singular noun, mutated as the spoken numeral mutates it ("2 berson",
 * "3 pherson", "2 bleidlais", "6 phleidlais"), never "{count} o …".
 */
import { Localizer, type Locale, type PluralMessage } from '@netweave/model';

export const writeupEn = {
  'doc.kind': 'Session write-up',
  'meta.date': 'Date: {date}',
  'meta.prompt': 'Prompt: {prompt}',
  'part.taking': 'Who took part',
  'taking.respondents': {
    one: '{count} person completed the self-assessment.',
    other: '{count} people completed the self-assessment.',
  } as PluralMessage,
  'taking.respondentsHidden': 'Too few people completed the self-assessment for their number to be shown.',
  'taking.bySector': 'By sector',
  'taking.byNation': 'By nation',
  'col.sector': 'Sector',
  'col.nation': 'Nation',
  'col.people': 'People',
  'taking.key': '* not shown (see “Method and privacy”).',
  'part.challenges': 'The challenges people rated',
  'challenges.intro':
    'Someone identifies a challenge when they rate it {threshold} or more on the scale from 0 to 4; the proportion is of the people who rated it.',
  'col.challenge': 'Challenge',
  'col.identified': 'Identified',
  'col.base': 'Rated',
  'col.proportion': 'Proportion',
  'chart.title': 'Proportion of people who identified each challenge',
  'part.emerged': 'What emerged',
  'group.n': 'Group {n}',
  'group.all': 'Everyone',
  'round.worst': 'Round 1: the worst possible result (yellow notes)',
  'round.already': 'Round 2: what we already do (pink notes), most votes first',
  'round.stop': 'Round 3: first steps to stop it (green notes), most votes first',
  'note.recognised': 'recognised in round 2',
  'note.added': 'added in round 2',
  'note.step': 'First step: {step}',
  'note.hasStep': 'first step in round 3',
  votes: { one: '{count} vote', other: '{count} votes' } as PluralMessage,
  'part.changed': 'What changed',
  'changed.intro': 'What people said they will do, completing “{prompt}”:',
  'changed.defaultPrompt': 'One thing I will do from today to improve working across sectors will be…',
  reactions: {
    one: '{count} person will do this too',
    other: '{count} people will do this too',
  } as PluralMessage,
  'part.next': 'What happened next',
  'next.intro':
    'Weeks later, people who posted a commitment were asked on their own device how it had gone. Each commitment is counted once, by its latest answer.',
  'next.total': {
    one: '{count} commitment has an answer.',
    other: '{count} commitments have an answer.',
  } as PluralMessage,
  'next.totalHidden': 'Too few commitments have an answer for their number to be shown.',
  'next.answers': 'How it has gone',
  'next.bySector': 'How it has gone, by sector',
  'col.answer': 'Answer',
  'col.commitments': 'Commitments',
  'col.answered': 'All answers',
  'answer.done': 'Done',
  'answer.started': 'Started',
  'answer.not-yet': 'Not yet',
  'next.said': 'What people said about their commitment',
  'next.note': 'How it has gone: {note}',
  'method.followUps':
    'Follow-ups were answered anonymously, on the device the commitment was posted from. An answer whose note waits for review is counted, but its note is not shown.',
  'method.next': {
    one: '{count} count in “What happened next” is shown as *: it is small, or could be worked out from a small one.',
    other:
      '{count} counts in “What happened next” are shown as *: they are small, or could be worked out from small ones.',
  } as PluralMessage,
  'part.method': 'Method and privacy',
  'method.triz':
    'The groups worked through TRIZ in three rounds, each on its own board: the worst possible result, what we already do, and the first steps to stop it.',
  'method.rule': 'Counts follow this rule: {description}',
  'method.taking': {
    one: '{count} count in “Who took part” is shown as *: it is small, or could be worked out from a small one.',
    other:
      '{count} counts in “Who took part” are shown as *: they are small, or could be worked out from small ones.',
  } as PluralMessage,
  'method.nothing': 'No figure was withheld.',
  'method.posts':
    'Posts and notes held for review or hidden by the facilitator are left out. Everything else is shown as participants wrote it.',
};

export type WriteupStrings = typeof writeupEn;

export const writeupCy: WriteupStrings = {
  'doc.kind': 'Adroddiad ar y sesiwn',
  'meta.date': 'Dyddiad: {date}',
  'meta.prompt': 'Anogwr: {prompt}',
  'part.taking': 'Pwy gymerodd ran',
  // "person" mutates after the spoken numeral: dau berson, tri pherson, chwe pherson.
  'taking.respondents': {
    one: 'Cwblhaodd {count} person yr hunanasesiad.',
    two: 'Cwblhaodd {count} berson yr hunanasesiad.',
    few: 'Cwblhaodd {count} pherson yr hunanasesiad.',
    many: 'Cwblhaodd {count} pherson yr hunanasesiad.',
    other: 'Cwblhaodd {count} person yr hunanasesiad.',
  },
  'taking.respondentsHidden': 'Mae nifer y bobl a gwblhaodd yr hunanasesiad yn rhy fach i’w ddangos.',
  'taking.bySector': 'Yn ôl sector',
  'taking.byNation': 'Yn ôl gwlad',
  'col.sector': 'Sector',
  'col.nation': 'Gwlad',
  'col.people': 'Pobl',
  'taking.key': '* heb ei ddangos (gweler “Dull a phreifatrwydd”).',
  'part.challenges': 'Yr heriau a sgoriodd pobl',
  'challenges.intro':
    'Mae rhywun yn nodi her pan fydd yn ei sgorio’n {threshold} neu’n uwch ar y raddfa o 0 i 4; mae’r gyfran yn gyfran o’r bobl a’i sgoriodd.',
  'col.challenge': 'Her',
  'col.identified': 'Wedi’i nodi',
  'col.base': 'Wedi’i sgorio',
  'col.proportion': 'Cyfran',
  'chart.title': 'Cyfran y bobl a nododd bob her',
  'part.emerged': 'Beth ddaeth i’r amlwg',
  'group.n': 'Grŵp {n}',
  'group.all': 'Pawb',
  'round.worst': 'Rownd 1: Canlyniadau gwaethaf (nodiadau melyn)',
  'round.already': 'Rownd 2: Rydyn ni’n gwneud hyn yn barod (nodiadau pinc), y mwyaf o bleidleisiau gyntaf',
  'round.stop': 'Rownd 3: Camau cyntaf i roi’r gorau iddo (nodiadau gwyrdd), y mwyaf o bleidleisiau gyntaf',
  'note.recognised': 'wedi’i adnabod yn rownd 2',
  'note.added': 'wedi’i ychwanegu yn rownd 2',
  'note.step': 'Cam cyntaf: {step}',
  'note.hasStep': 'cam cyntaf yn rownd 3',
  // "pleidlais" is feminine: un bleidlais, dwy bleidlais, tair pleidlais, chwe phleidlais.
  votes: {
    one: '{count} bleidlais',
    two: '{count} bleidlais',
    few: '{count} pleidlais',
    many: '{count} phleidlais',
    other: '{count} pleidlais',
  },
  'part.changed': 'Beth newidiodd',
  'changed.intro': 'Beth ddywedodd pobl y byddan nhw’n ei wneud, wrth gwblhau “{prompt}”:',
  'changed.defaultPrompt':
    'Un peth y byddaf i’n ei wneud o heddiw ymlaen i wella gweithio ar draws sectorau fydd…',
  reactions: {
    one: '{count} person am wneud hyn hefyd',
    two: '{count} berson am wneud hyn hefyd',
    few: '{count} pherson am wneud hyn hefyd',
    many: '{count} pherson am wneud hyn hefyd',
    other: '{count} person am wneud hyn hefyd',
  },
  'part.next': 'Beth ddigwyddodd wedyn',
  'next.intro':
    'Wythnosau’n ddiweddarach, gofynnwyd i bobl a bostiodd ymrwymiad, ar eu dyfais eu hunain, sut roedd pethau wedi mynd. Cyfrifir pob ymrwymiad unwaith, yn ôl ei ateb diweddaraf.',
  // "ymrwymiad" mutates after the spoken numeral: dau ymrwymiad (no change), tri ymrwymiad.
  'next.total': {
    one: 'Mae gan {count} ymrwymiad ateb.',
    other: 'Mae gan {count} ymrwymiad ateb.',
  },
  'next.totalHidden': 'Mae rhy ychydig o ymrwymiadau ag ateb i’r nifer gael ei ddangos.',
  'next.answers': 'Sut mae wedi mynd',
  'next.bySector': 'Sut mae wedi mynd, yn ôl sector',
  'col.answer': 'Ateb',
  'col.commitments': 'Ymrwymiadau',
  'col.answered': 'Pob ateb',
  'answer.done': 'Wedi’i wneud',
  'answer.started': 'Wedi dechrau',
  'answer.not-yet': 'Ddim eto',
  'next.said': 'Beth ddywedodd pobl am eu hymrwymiad',
  'next.note': 'Sut mae wedi mynd: {note}',
  'method.followUps':
    'Rhoddwyd yr atebion dilynol yn ddienw, ar y ddyfais y postiwyd yr ymrwymiad ohoni. Mae ateb y mae ei nodyn yn aros i’w wirio yn cael ei gyfrif, ond ni ddangosir ei nodyn.',
  'method.next': {
    one: 'Dangosir {count} cyfrif yn “Beth ddigwyddodd wedyn” fel *: mae’n fach, neu gellid ei gyfrifo o un bach.',
    two: 'Dangosir {count} gyfrif yn “Beth ddigwyddodd wedyn” fel *: maen nhw’n fach, neu gellid eu cyfrifo o rai bach.',
    few: 'Dangosir {count} chyfrif yn “Beth ddigwyddodd wedyn” fel *: maen nhw’n fach, neu gellid eu cyfrifo o rai bach.',
    many: 'Dangosir {count} chyfrif yn “Beth ddigwyddodd wedyn” fel *: maen nhw’n fach, neu gellid eu cyfrifo o rai bach.',
    other:
      'Dangosir {count} cyfrif yn “Beth ddigwyddodd wedyn” fel *: maen nhw’n fach, neu gellid eu cyfrifo o rai bach.',
  },
  'part.method': 'Dull a phreifatrwydd',
  'method.triz':
    'Gweithiodd y grwpiau drwy TRIZ mewn tair rownd, pob un ar ei fwrdd ei hun: y canlyniad gwaethaf posibl, beth rydyn ni’n ei wneud yn barod, a’r camau cyntaf i roi’r gorau iddo.',
  'method.rule': 'Mae’r cyfrifon yn dilyn y rheol hon: {description}',
  // "cyfrif" mutates after the spoken numeral: dau gyfrif, tri chyfrif, chwe chyfrif.
  'method.taking': {
    one: 'Dangosir {count} cyfrif yn “Pwy gymerodd ran” fel *: mae’n fach, neu gellid ei gyfrifo o un bach.',
    two: 'Dangosir {count} gyfrif yn “Pwy gymerodd ran” fel *: maen nhw’n fach, neu gellid eu cyfrifo o rai bach.',
    few: 'Dangosir {count} chyfrif yn “Pwy gymerodd ran” fel *: maen nhw’n fach, neu gellid eu cyfrifo o rai bach.',
    many: 'Dangosir {count} chyfrif yn “Pwy gymerodd ran” fel *: maen nhw’n fach, neu gellid eu cyfrifo o rai bach.',
    other:
      'Dangosir {count} cyfrif yn “Pwy gymerodd ran” fel *: maen nhw’n fach, neu gellid eu cyfrifo o rai bach.',
  },
  'method.nothing': 'Ni chafodd unrhyw ffigur ei atal.',
  'method.posts':
    'Mae postiadau a nodiadau sydd wedi’u dal i’w gwirio, neu wedi’u cuddio gan yr hwylusydd, wedi’u gadael allan. Dangosir popeth arall fel yr ysgrifennodd cyfranogwyr ef.',
};

export function writeupLocalizer(locale: Locale): Localizer<WriteupStrings> {
  return new Localizer({ en: writeupEn, cy: writeupCy }, locale);
}
