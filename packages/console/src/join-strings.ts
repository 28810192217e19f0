/**
 * The participant page's words in English and Welsh (both shipped with the page: it is small, and
 * a Welsh phone must never see English first). Partners override any key through the `strings`
 * property (`{ en: { key: '…' }, cy: { key: '…' } }`).
 */
import type { PluralMessage } from '@netweave/model';

const en = {
  service: 'netweave',
  otherLanguage: 'Cymraeg',
  'entry.title': 'Join a session',
  'entry.intro': 'You do not need an account, and nobody asks your name.',
  'code.label': 'Enter the code you have been given',
  'code.hint': 'It has 6 letters and numbers, like K7M-3QP.',
  join: 'Join',
  'error.prefix': 'Error:',
  'summary.title': 'There is a problem',
  'error.code.missing': 'Enter the code you have been given',
  'error.code.invalid': 'Enter the 6 letters and numbers of the code, like K7M-3QP',
  looking: 'Finding your session…',
  loading: 'Loading the session…',
  'invalid-code.title': 'That is not a join code',
  'invalid-code.body': 'A join code has 6 letters and numbers, like K7M-3QP. Check the code and try again.',
  'code-not-found.title': 'No session has that code',
  'code-not-found.body':
    'Check the code with the person running the session. Codes have 6 letters and numbers, like K7M-3QP.',
  'session-closed.title': 'This session has closed',
  'session-closed.body': 'It is no longer taking part. Thank you for your interest.',
  'too-many-attempts.title': 'Too many codes tried',
  'too-many-attempts.body': 'To keep sessions safe, please wait {wait} before you try another code.',
  'too-many-attempts.later': 'To keep sessions safe, please wait a few minutes before you try another code.',
  'network.title': 'The session could not be reached',
  'network.body': 'Check that you are online, then try again.',
  'other.title': 'Something went wrong',
  'other.body': 'The session could not be opened ({code}). Please try again in a minute.',
  seconds: { one: '{count} second', other: '{count} seconds' } as PluralMessage,
  minutes: { one: '{count} minute', other: '{count} minutes' } as PluralMessage,
  'code.shown': 'Code {code}',
  retry: 'Try again',
  'other.code': 'Enter a different code',
  'partner.body': 'This session takes place on the organiser’s own web page.',
  'partner.go': 'Go to the session',
  'stage.assess': 'Self-assessment',
  'stage.triz': 'TRIZ board',
  'stage.commit': 'Commitments wall',
  'stage.moved': 'The session has moved on. Now: {stage}.',
  'stage.go': 'Go there now',
  'stage.failed': 'The next part could not be loaded. Check that you are online, then try again.',
};

export type JoinStrings = typeof en;
export type JoinKey = keyof JoinStrings & string;

/**
 * The participant page in Welsh, in the widgets' voice (the glossary at the top of strings-cy.ts,
 * the widgets' own; test/wording.test.ts checks what it can):
 * - sesiwn, feminine ("y sesiwn hon", "ei chynnal"); cod ymuno: a join code; trefnydd: the
 *   organiser; ymrwymiad: a commitment.
 * - One register, "chi": rhowch, gwiriwch, arhoswch, eich; never "ti" or "dy".
 * - Buttons and links that act are verb-nouns: Ymuno, Mynd…, Rhoi….
 * - Counts: digits, then the singular noun ("6 llythyren neu rif", "30 eiliad"), mutated as the
 *   spoken numeral mutates it ("2 funud"), never "{count} o …".
 * - Typographic apostrophes (’) and quotation marks (“ ”); soft mutation after i, o, am, ar, neu…,
 *   aspirate after a, â, gyda; "’r" for "y" after a vowel ("tudalen we’r trefnydd").
 */
const cy: JoinStrings = {
  service: 'netweave',
  otherLanguage: 'English',
  'entry.title': 'Ymuno â sesiwn',
  'entry.intro': 'Nid oes angen cyfrif arnoch, ac ni fydd neb yn gofyn am eich enw.',
  'code.label': 'Rhowch y cod a gawsoch',
  // Six letters or numbers ("6 llythyren a rhif" would read as six letters and a number).
  'code.hint': 'Mae ganddo 6 llythyren neu rif, fel K7M-3QP.',
  join: 'Ymuno',
  'error.prefix': 'Gwall:',
  'summary.title': 'Mae problem wedi codi',
  'error.code.missing': 'Rhowch y cod a gawsoch',
  'error.code.invalid': 'Rhowch y cod yn llawn: 6 llythyren neu rif, fel K7M-3QP',
  looking: 'Wrthi’n dod o hyd i’ch sesiwn…',
  loading: 'Wrthi’n llwytho’r sesiwn…',
  'invalid-code.title': 'Nid cod ymuno yw hwnnw',
  'invalid-code.body':
    'Mae gan god ymuno 6 llythyren neu rif, fel K7M-3QP. Gwiriwch y cod a rhowch gynnig arall arni.',
  'code-not-found.title': 'Nid oes sesiwn â’r cod hwnnw',
  'code-not-found.body':
    'Gwiriwch y cod gyda’r sawl sy’n cynnal y sesiwn. Mae gan godau 6 llythyren neu rif, fel K7M-3QP.',
  'session-closed.title': 'Mae’r sesiwn hon wedi cau',
  'session-closed.body': 'Nid oes modd cymryd rhan ynddi mwyach. Diolch am eich diddordeb.',
  'too-many-attempts.title': 'Rhoddwyd cynnig ar ormod o godau',
  'too-many-attempts.body': 'Er mwyn cadw sesiynau’n ddiogel, arhoswch {wait} cyn rhoi cynnig ar god arall.',
  'too-many-attempts.later':
    'Er mwyn cadw sesiynau’n ddiogel, arhoswch ychydig funudau cyn rhoi cynnig ar god arall.',
  'network.title': 'Nid oedd modd cyrraedd y sesiwn',
  'network.body': 'Gwiriwch eich bod ar-lein, yna rhowch gynnig arall arni.',
  'other.title': 'Aeth rhywbeth o’i le',
  'other.body': 'Nid oedd modd agor y sesiwn ({code}). Rhowch gynnig arall arni ymhen munud.',
  // "eiliad" does not mutate after a numeral; "munud" takes the soft mutation after "dau".
  seconds: { other: '{count} eiliad' },
  minutes: { two: '{count} funud', other: '{count} munud' },
  'code.shown': 'Cod {code}',
  retry: 'Rhoi cynnig arall arni',
  'other.code': 'Rhoi cod gwahanol',
  'partner.body': 'Mae’r sesiwn hon yn cael ei chynnal ar dudalen we’r trefnydd ei hun.',
  'partner.go': 'Mynd i’r sesiwn',
  'stage.assess': 'Hunanasesiad',
  'stage.triz': 'Bwrdd TRIZ',
  'stage.commit': 'Wal ymrwymiadau',
  'stage.moved': 'Mae’r sesiwn wedi symud ymlaen. Nawr: {stage}.',
  'stage.go': 'Mynd yno nawr',
  'stage.failed':
    'Nid oedd modd llwytho’r rhan nesaf. Gwiriwch eich bod ar-lein, yna rhowch gynnig arall arni.',
};

export const joinStrings: { en: JoinStrings; cy: JoinStrings } = { en, cy };
