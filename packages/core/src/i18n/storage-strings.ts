/**
 * Storage notices every widget shows when it cannot save on this device, and the states and
 * problems of the outbox (what happened to something a person submitted), in plain words.
 */
export const storageEn = {
  'storage.blocked':
    'Your browser is not letting this page save data, so your answers will be kept only until you close or reload the page.',
  'storage.full':
    'Your browser’s storage for this site is full, so your latest answers will be kept only until you close or reload the page.',
  'storage.corrupt':
    'Some saved data on this device could not be read and has been set aside. You can start afresh.',
  'storage.newer':
    'Your answers were saved by a newer version of this form. They have been left as they are; this page will not change them.',
  'outbox.queued': 'Saved on this device. It will be sent when the collector can be reached.',
  'outbox.sending': 'Sending…',
  'outbox.sent': 'Sent.',
  'outbox.pending-review': 'Sent. It will appear once a moderator has approved it.',
  'outbox.refused': 'Not sent. {reason}',
  'outbox.failed': 'Not sent. {reason}',
  'problem.offline':
    'This device could not reach the collector. It will try again when there is a connection.',
  'problem.origin-not-allowed':
    'This page is not set up correctly: the collector does not accept submissions from this website yet. What you entered is saved on this device and will be sent once the website’s owner has fixed it.',
  'problem.session-not-found':
    'This page is not set up correctly: the collector has no session with this page’s session id. Please tell the organisers.',
  'problem.session-closed': 'This session has closed and no longer takes submissions.',
  'problem.invalid': 'The collector could not accept it because part of it is not valid.',
  'problem.id-conflict':
    'Something different was already sent under the same reference. Start again to send it as new.',
  'problem.rate-limited': 'The collector is busy. It will try again shortly.',
  'problem.server-error': 'The collector had a problem. It will try again shortly.',
  'problem.not-a-collector':
    'This page is not set up correctly: its collector address does not lead to a netweave collector.',
  'problem.too-large': 'It is too long for the collector to accept.',
  'problem.expired': 'It could not be sent within 30 days.',
  'problem.other': 'The collector refused it ({code}).',
};

export const storageCy: typeof storageEn = {
  'storage.blocked':
    'Nid yw eich porwr yn gadael i’r dudalen hon gadw data, felly dim ond nes i chi gau neu ail-lwytho’r dudalen y bydd eich atebion yn cael eu cadw.',
  'storage.full':
    'Mae storfa eich porwr ar gyfer y wefan hon yn llawn, felly dim ond nes i chi gau neu ail-lwytho’r dudalen y bydd eich atebion diweddaraf yn cael eu cadw.',
  'storage.corrupt':
    'Nid oedd modd darllen rhywfaint o ddata a gadwyd ar y ddyfais hon, ac mae wedi’i roi o’r neilltu. Gallwch ddechrau o’r newydd.',
  'storage.newer':
    'Cafodd eich atebion eu cadw gan fersiwn mwy newydd o’r ffurflen hon. Maen nhw wedi’u gadael fel y maen nhw; ni fydd y dudalen hon yn eu newid.',
  'outbox.queued': 'Wedi’i gadw ar y ddyfais hon. Bydd yn cael ei anfon pan fydd modd cysylltu â’r casglwr.',
  'outbox.sending': 'Yn anfon…',
  'outbox.sent': 'Wedi’i anfon.',
  'outbox.pending-review': 'Wedi’i anfon. Bydd yn ymddangos pan fydd cymedrolwr wedi’i gymeradwyo.',
  'outbox.refused': 'Heb ei anfon. {reason}',
  'outbox.failed': 'Heb ei anfon. {reason}',
  'problem.offline':
    'Nid oedd modd i’r ddyfais hon gysylltu â’r casglwr. Bydd yn rhoi cynnig arall arni pan fydd cysylltiad.',
  'problem.origin-not-allowed':
    'Nid yw’r dudalen hon wedi’i gosod yn gywir: nid yw’r casglwr yn derbyn cyflwyniadau o’r wefan hon eto. Mae’r hyn a roesoch wedi’i gadw ar y ddyfais hon a bydd yn cael ei anfon pan fydd perchennog y wefan wedi datrys hyn.',
  'problem.session-not-found':
    'Nid yw’r dudalen hon wedi’i gosod yn gywir: nid oes gan y casglwr sesiwn â chyfeirnod sesiwn y dudalen hon. Rhowch wybod i’r trefnwyr.',
  'problem.session-closed': 'Mae’r sesiwn hon wedi cau ac nid yw’n derbyn cyflwyniadau mwyach.',
  'problem.invalid': 'Nid oedd modd i’r casglwr ei dderbyn oherwydd nad yw rhan ohono’n ddilys.',
  'problem.id-conflict':
    'Cafodd rhywbeth gwahanol ei anfon eisoes o dan yr un cyfeirnod. Dechreuwch eto i’w anfon fel un newydd.',
  'problem.rate-limited': 'Mae’r casglwr yn brysur. Bydd yn rhoi cynnig arall arni cyn bo hir.',
  'problem.server-error': 'Cafodd y casglwr broblem. Bydd yn rhoi cynnig arall arni cyn bo hir.',
  'problem.not-a-collector':
    'Nid yw’r dudalen hon wedi’i gosod yn gywir: nid yw cyfeiriad ei chasglwr yn arwain at gasglwr netweave.',
  'problem.too-large': 'Mae’n rhy hir i’r casglwr ei dderbyn.',
  'problem.expired': 'Nid oedd modd ei anfon o fewn 30 diwrnod.',
  'problem.other': 'Gwrthododd y casglwr ef ({code}).',
};

/** Problems whose wording the tables carry; any other code is told as `problem.other`. */
const PROBLEMS = new Set([
  'offline',
  'origin-not-allowed',
  'session-not-found',
  'session-closed',
  'invalid',
  'id-conflict',
  'rate-limited',
  'server-error',
  'not-a-collector',
  'too-large',
  'expired',
]);

/** The string key that tells a person about a submission problem with this code. */
export function problemKey(code: string): keyof typeof storageEn {
  return (PROBLEMS.has(code) ? `problem.${code}` : 'problem.other') as keyof typeof storageEn;
}

/** Problems that are the page's set-up, not the visitor's connection: the partner must act. */
export function isSetupProblem(code: string): boolean {
  return code === 'origin-not-allowed' || code === 'session-not-found' || code === 'not-a-collector';
}
