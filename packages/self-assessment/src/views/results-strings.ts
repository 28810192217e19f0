/**
 * The results' wording in English and Welsh, loaded with the results view. The Welsh follows the
 * glossary at the top of ../strings-cy.ts (one register, “chi”; digits and the singular noun in counts).
 */
import { outboxCy, outboxEn, type PluralMessage } from '@netweave/core';

export const resultsEn = {
  unanswered: 'Not answered',
  'other.row': 'Other: {text}',
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
  csv: 'Download my answers (CSV)',
  sending: 'Sending your answers…',
  sent: 'Your answers have been sent anonymously. Thank you.',
  queued: 'Your answers are saved on this device. They will be sent when the collector can be reached.',
  refused: 'Your answers have not been sent. {reason} Your results are still here on this device.',
  ...outboxEn,
};

export const resultsCy: typeof resultsEn = {
  unanswered: 'Heb ei ateb',
  'other.row': 'Arall: {text}',
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
    other: 'Mae {count} asesiad wedi’u cwblhau yn cael eu cadw ar y ddyfais hon.',
  },
  compare: 'Cymharu ag asesiad cynharach',
  'compare.none': 'Peidio â chymharu',
  'compare.option': 'Asesiad {date}',
  'compare.summary':
    'O’i gymharu â’ch asesiad ar {date}: {higher} yn uwch, {lower} yn is, {same} yr un fath.',
  print: 'Argraffu neu gadw fel PDF',
  csv: 'Lawrlwytho fy atebion (CSV)',
  sending: 'Wrthi’n anfon eich atebion…',
  sent: 'Mae eich atebion wedi’u hanfon yn ddienw. Diolch.',
  queued:
    'Mae eich atebion wedi’u cadw ar y ddyfais hon. Byddan nhw’n cael eu hanfon pan fydd modd cysylltu â’r casglwr.',
  refused: 'Nid yw eich atebion wedi’u hanfon. {reason} Mae eich canlyniadau yma o hyd ar y ddyfais hon.',
  ...outboxCy,
};
