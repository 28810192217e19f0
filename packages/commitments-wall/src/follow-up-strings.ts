/**
 * The wording of "Did you do it?" (follow-up.ts), English and Welsh, loaded with it: only a wall
 * whose author has just posted, or whose follow-up is due, fetches it. Partners override any key
 * through the wall's `strings` property, as for the rest of the wall (`{ cy: { 'followup.later': … } }`).
 * The Welsh keeps to the glossary of strings-cy.ts (ymrwymiad, the "chi" register); "note" is
 * "nodyn", and a calendar reminder "nodyn atgoffa".
 */
import type { PluralMessage } from '@netweave/core';

export const followUpEn = {
  'followup.set.heading': 'We will ask how it went',
  'followup.set': 'We will ask you how it has gone on {date}, when you open this page on this device.',
  'followup.after': 'Ask me how it has gone in',
  'followup.days.14': '2 weeks',
  'followup.days.28': '4 weeks',
  'followup.days.91': '3 months',
  'followup.days': { one: '{count} day', other: '{count} days' } as PluralMessage,
  'followup.calendar': 'Add a reminder to my calendar',
  'followup.calendar.hint':
    'This saves a calendar file on your device. No e-mail address is needed and nothing is sent.',
  'followup.ics.description':
    'You said you would: {text}\nOpen the wall on the device you posted from to say how it has gone.',
  'followup.heading': 'Did you do it?',
  'followup.said': 'On {date} you said you would:',
  'followup.question': 'How has it gone?',
  'followup.done': 'I have done it',
  'followup.started': 'I have started',
  'followup.not-yet': 'Not yet',
  'followup.note': 'Anything to add? (optional)',
  'followup.share': 'Share my answer anonymously with the organisers',
  'followup.share.hint': 'It is sent without your name, linked only to your commitment.',
  'followup.submit': 'Save my answer',
  'followup.later': 'Ask me later',
  'followup.never': 'Don’t ask again',
  'followup.error.answer': 'Choose how it has gone',
  'followup.error.long': 'Your note must be {max} characters or fewer',
  // What became of an answer: 'followup.saved' (or 'followup.kept' when the browser saves nothing),
  // then where it stands.
  'followup.saved': 'Thank you. Your answer is saved on this device.',
  'followup.kept':
    'Thank you. Your browser is not letting this page save data, so your answer is kept only until you close or reload the page.',
  'followup.local': 'It has not been sent anywhere.',
  'followup.sending': 'Sending it…',
  'followup.sent': 'It has been shared anonymously.',
  'followup.pending-review': 'It has been sent. Your note will be shared once a moderator has checked it.',
  'followup.queued': 'It will be sent when the collector can be reached.',
  'followup.refused':
    'Your answer was not sent. {reason} It is still here, so you can change it and try again.',
  'followup.later.done': 'We will ask you again on {date}.',
  'followup.never.done': 'We will not ask you about this commitment again.',
  'followup.announce': 'A question about your commitment: how has it gone?',
};

export type FollowUpStrings = typeof followUpEn;

export const followUpCy: FollowUpStrings = {
  'followup.set.heading': 'Byddwn yn gofyn sut aeth hi',
  'followup.set':
    'Byddwn yn gofyn i chi sut mae wedi mynd ar {date}, pan fyddwch yn agor y dudalen hon ar y ddyfais hon.',
  'followup.after': 'Gofyn i mi sut mae wedi mynd ymhen',
  'followup.days.14': 'pythefnos',
  'followup.days.28': '4 wythnos',
  'followup.days.91': '3 mis',
  // "diwrnod" mutates after "dau" only: dau ddiwrnod, tri diwrnod, chwe diwrnod.
  'followup.days': { two: '{count} ddiwrnod', other: '{count} diwrnod' },
  'followup.calendar': 'Ychwanegu nodyn atgoffa at fy nghalendr',
  'followup.calendar.hint':
    'Mae hyn yn cadw ffeil calendr ar eich dyfais. Nid oes angen cyfeiriad e-bost ac nid oes dim yn cael ei anfon.',
  'followup.ics.description':
    'Dywedoch chi y byddech chi’n gwneud hyn: {text}\nAgorwch y wal ar y ddyfais y gwnaethoch chi bostio ohoni i ddweud sut mae wedi mynd.',
  'followup.heading': 'Ydych chi wedi’i wneud?',
  'followup.said': 'Ar {date}, dywedoch chi y byddech chi’n gwneud hyn:',
  'followup.question': 'Sut mae wedi mynd?',
  'followup.done': 'Rwyf wedi’i wneud',
  'followup.started': 'Rwyf wedi dechrau',
  'followup.not-yet': 'Ddim eto',
  'followup.note': 'Unrhyw beth i’w ychwanegu? (dewisol)',
  'followup.share': 'Rhannu fy ateb yn ddienw â’r trefnwyr',
  'followup.share.hint': 'Caiff ei anfon heb eich enw, wedi’i gysylltu â’ch ymrwymiad yn unig.',
  'followup.submit': 'Cadw fy ateb',
  'followup.later': 'Gofyn i mi yn nes ymlaen',
  'followup.never': 'Peidiwch â gofyn eto',
  'followup.error.answer': 'Dewiswch sut mae wedi mynd',
  'followup.error.long': 'Rhaid i’ch nodyn fod yn {max} nod neu lai',
  'followup.saved': 'Diolch. Mae eich ateb wedi’i gadw ar y ddyfais hon.',
  'followup.kept':
    'Diolch. Nid yw eich porwr yn gadael i’r dudalen hon gadw data, felly dim ond nes i chi gau neu ail-lwytho’r dudalen y bydd eich ateb yn cael ei gadw.',
  'followup.local': 'Nid yw wedi’i anfon i unman.',
  'followup.sending': 'Wrthi’n ei anfon…',
  'followup.sent': 'Mae wedi’i rannu’n ddienw.',
  'followup.pending-review': 'Mae wedi’i anfon. Caiff eich nodyn ei rannu pan fydd cymedrolwr wedi’i wirio.',
  'followup.queued': 'Bydd yn cael ei anfon pan fydd modd cysylltu â’r casglwr.',
  'followup.refused':
    'Nid yw eich ateb wedi’i anfon. {reason} Mae’n dal yma, er mwyn i chi allu ei newid a rhoi cynnig arall arni.',
  'followup.later.done': 'Byddwn yn gofyn i chi eto ar {date}.',
  'followup.never.done': 'Ni fyddwn yn gofyn i chi am yr ymrwymiad hwn eto.',
  'followup.announce': 'Cwestiwn am eich ymrwymiad: sut mae wedi mynd?',
};
