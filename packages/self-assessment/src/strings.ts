/**
 * Every user-visible string of <netweave-self-assessment>, in English and Welsh. Partners may
 * override any key through the `strings` property or <netweave-provider>.
 */
import { coreCy, coreEn, type PluralMessage } from '@netweave/core';

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
  unanswered: 'Not answered',
  'other.title': 'Any other challenge',
  'other.label': 'Describe another challenge you face, if there is one (optional)',
  'other.rating': 'How much of a challenge is it?',
  'other.row': 'Other: {text}',
  'about.title': 'About you (optional)',
  'about.hint':
    'These questions help the network organisers understand who took part. You can leave them blank.',
  'about.step': 'Last step',
  sector: 'Sector you work in',
  nation: 'Nation',
  region: 'Region or area',
  'not-said': 'Prefer not to say',
  consent: 'Send my answers anonymously to the network organisers',
  'consent.hint': 'Only your ratings and the answers about you are sent, with no name or contact details.',
  next: 'Next',
  back: 'Back',
  finish: 'See my results',
  'error.title': 'There is a problem',
  'error.prefix': 'Error:',
  'error.rating': 'Choose how much of a challenge “{label}” is, or choose Not sure',
  'error.other': 'Choose how much of a challenge your other challenge is, or choose Not sure',
  'results.title': 'Your results',
  completed: 'Completed on {date}',
  'top.title': 'Your top areas for action',
  'top.one': 'This is the challenge you rated highest: “{rating}”.',
  'top.tie': {
    one: 'You gave {count} challenge your highest rating, “{rating}”.',
    other:
      'You gave {count} challenges the same highest rating, “{rating}”, so they share first place and all are shown.',
  } as PluralMessage,
  'top.none': 'You did not rate any challenge as “{rating}” or higher, so there are no top areas for action.',
  'top.other': 'Your other challenge, “{text}”, shares that rating.',
  'top.only-other': 'Your other challenge, “{text}”, is the one you rated highest: “{rating}”.',
  resources: 'Resources for “{label}”',
  'no-resources': 'No resources are listed for this challenge yet.',
  'answers.title': 'All your answers',
  challenge: 'Challenge',
  'your-rating': 'Your rating',
  then: 'Earlier',
  change: 'Change',
  higher: 'Higher',
  lower: 'Lower',
  same: 'Same',
  na: 'Cannot compare',
  'history.count': {
    one: '{count} completed assessment is kept on this device.',
    other: '{count} completed assessments are kept on this device.',
  } as PluralMessage,
  compare: 'Compare with an earlier assessment',
  'compare.none': 'Do not compare',
  'compare.option': 'Assessment of {date}',
  'compare.summary':
    'Compared with your assessment of {date}: {higher} higher, {lower} lower, {same} the same.',
  print: 'Print or save as PDF',
  json: 'Download my answers (JSON)',
  csv: 'Download my answers (CSV)',
  again: 'Start again',
  forget: 'Forget my answers on this device',
  'confirm.again':
    'Start again? Your current answers in this form will be cleared from this device. Completed assessments stay in your history.',
  'confirm.forget': 'Forget everything this form saved on this device, including your earlier assessments?',
  'confirm.yes': 'Yes, clear them',
  cancel: 'Cancel',
  forgotten: 'Your answers have been removed from this device.',
  sending: 'Sending your answers…',
  sent: 'Your answers have been sent anonymously. Thank you.',
  queued: 'Your answers are waiting to send. They will be sent when a connection is available.',
  'catalogue.http': 'The list of challenges could not be loaded from {src}: the server answered {status}.',
  'catalogue.network':
    'The list of challenges could not be loaded from {src}. Check the address and the connection.',
  'catalogue.invalid': 'The list of challenges at {src} cannot be used:',
};

export type SelfAssessmentStrings = typeof en;

const cy: SelfAssessmentStrings = {
  title: 'Eich hunanasesiad gwehyddu rhwydweithiau',
  intro:
    'Nodwch faint o her yw pob un o’r rhain i chi yn eich gwaith gwehyddu rhwydweithiau. Mae’n cymryd tua phum munud. Mae eich atebion yn cael eu cadw ar y ddyfais hon wrth i chi fynd.',
  start: 'Dechrau nawr',
  resume: 'Parhau o’r man lle gwnaethoch adael',
  restored: 'Rydym wedi adfer eich atebion o {date}.',
  progress: 'Cwestiwn {n} o {total}',
  'rating.hint': 'Faint o her yw hyn i chi?',
  unsure: 'Ddim yn siŵr',
  unanswered: 'Heb ei ateb',
  'other.title': 'Unrhyw her arall',
  'other.label': 'Disgrifiwch her arall rydych chi’n ei hwynebu, os oes un (dewisol)',
  'other.rating': 'Faint o her yw hi?',
  'other.row': 'Arall: {text}',
  'about.title': 'Amdanoch chi (dewisol)',
  'about.hint':
    'Mae’r cwestiynau hyn yn helpu trefnwyr y rhwydwaith i ddeall pwy gymerodd ran. Gallwch eu gadael yn wag.',
  'about.step': 'Cam olaf',
  sector: 'Y sector rydych chi’n gweithio ynddo',
  nation: 'Gwlad',
  region: 'Rhanbarth neu ardal',
  'not-said': 'Mae’n well gennyf beidio â dweud',
  consent: 'Anfon fy atebion yn ddienw at drefnwyr y rhwydwaith',
  'consent.hint':
    'Dim ond eich sgoriau a’ch atebion amdanoch chi sy’n cael eu hanfon, heb enw na manylion cyswllt.',
  next: 'Nesaf',
  back: 'Yn ôl',
  finish: 'Gweld fy nghanlyniadau',
  'error.title': 'Mae problem',
  'error.prefix': 'Gwall:',
  'error.rating': 'Dewiswch faint o her yw “{label}”, neu ddewis “Ddim yn siŵr”',
  'error.other': 'Dewiswch faint o her yw eich her arall, neu ddewis “Ddim yn siŵr”',
  'results.title': 'Eich canlyniadau',
  completed: 'Cwblhawyd ar {date}',
  'top.title': 'Eich prif feysydd i weithredu arnyn nhw',
  'top.one': 'Dyma’r her y rhoesoch y sgôr uchaf iddi: “{rating}”.',
  'top.tie': {
    one: 'Rhoesoch eich sgôr uchaf, “{rating}”, i {count} her.',
    other:
      'Rhoesoch yr un sgôr uchaf, “{rating}”, i {count} her, felly maen nhw’n rhannu’r lle cyntaf ac mae pob un yn cael ei dangos.',
  },
  'top.none':
    'Ni wnaethoch roi sgôr “{rating}” neu uwch i unrhyw her, felly nid oes prif feysydd i weithredu arnyn nhw.',
  'top.other': 'Mae eich her arall, “{text}”, yn rhannu’r sgôr honno.',
  'top.only-other': 'Eich her arall, “{text}”, yw’r un y rhoesoch y sgôr uchaf iddi: “{rating}”.',
  resources: 'Adnoddau ar gyfer “{label}”',
  'no-resources': 'Nid oes adnoddau wedi’u rhestru ar gyfer yr her hon eto.',
  'answers.title': 'Eich holl atebion',
  challenge: 'Her',
  'your-rating': 'Eich sgôr',
  then: 'Yn gynharach',
  change: 'Newid',
  higher: 'Uwch',
  lower: 'Is',
  same: 'Yr un fath',
  na: 'Dim modd cymharu',
  'history.count': {
    zero: 'Nid oes unrhyw asesiadau wedi’u cwblhau ar y ddyfais hon.',
    one: 'Mae {count} asesiad wedi’i gwblhau yn cael ei gadw ar y ddyfais hon.',
    two: 'Mae {count} asesiad wedi’u cwblhau yn cael eu cadw ar y ddyfais hon.',
    other: 'Mae {count} asesiad wedi’u cwblhau yn cael eu cadw ar y ddyfais hon.',
  },
  compare: 'Cymharu ag asesiad cynharach',
  'compare.none': 'Peidio â chymharu',
  'compare.option': 'Asesiad {date}',
  'compare.summary':
    'O’i gymharu â’ch asesiad ar {date}: {higher} yn uwch, {lower} yn is, {same} yr un fath.',
  print: 'Argraffu neu gadw fel PDF',
  json: 'Lawrlwytho fy atebion (JSON)',
  csv: 'Lawrlwytho fy atebion (CSV)',
  again: 'Dechrau eto',
  forget: 'Anghofio fy atebion ar y ddyfais hon',
  'confirm.again':
    'Dechrau eto? Bydd eich atebion presennol yn y ffurflen hon yn cael eu clirio o’r ddyfais hon. Bydd asesiadau sydd wedi’u cwblhau yn aros yn eich hanes.',
  'confirm.forget':
    'Anghofio popeth a gadwodd y ffurflen hon ar y ddyfais hon, gan gynnwys eich asesiadau cynharach?',
  'confirm.yes': 'Ie, cliriwch nhw',
  cancel: 'Canslo',
  forgotten: 'Mae eich atebion wedi’u dileu o’r ddyfais hon.',
  sending: 'Wrthi’n anfon eich atebion…',
  sent: 'Mae eich atebion wedi’u hanfon yn ddienw. Diolch.',
  queued:
    'Mae eich atebion yn aros i gael eu hanfon. Byddan nhw’n cael eu hanfon pan fydd cysylltiad ar gael.',
  'catalogue.http': 'Nid oedd modd llwytho’r rhestr heriau o {src}: atebodd y gweinydd {status}.',
  'catalogue.network': 'Nid oedd modd llwytho’r rhestr heriau o {src}. Gwiriwch y cyfeiriad a’r cysylltiad.',
  'catalogue.invalid': 'Nid oes modd defnyddio’r rhestr heriau yn {src}:',
};

const pick = (t: typeof coreEn) => ({
  'storage.blocked': t['storage.blocked'],
  'storage.full': t['storage.full'],
  'storage.corrupt': t['storage.corrupt'],
  'storage.newer': t['storage.newer'],
});

export const strings = { en: { ...en, ...pick(coreEn) }, cy: { ...cy, ...pick(coreCy) } };
export type Strings = (typeof strings)['en'];
