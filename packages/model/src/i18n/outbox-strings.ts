/**
 * What happened to something a person submitted (the outbox's states and problems), in plain
 * English and Welsh. Widgets load these with the parts that show a submission's state, so pages
 * that never submit do not carry them.
 */

export const outboxEn = {
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
  'problem.commitment-not-found': 'The commitment it answers is no longer on the collector.',
  'problem.not-your-commitment': 'Only the device that posted the commitment can say how it has gone.',
  'problem.session-deleted': 'This session has been deleted from the collector, with its commitments.',
  'problem.other': 'The collector refused it ({code}).',
};

export const outboxCy: typeof outboxEn = {
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
  'problem.commitment-not-found': 'Nid yw’r ymrwymiad y mae’n ei ateb ar y casglwr mwyach.',
  'problem.not-your-commitment': 'Dim ond y ddyfais a bostiodd yr ymrwymiad all ddweud sut mae wedi mynd.',
  'problem.session-deleted': 'Mae’r sesiwn hon wedi’i dileu o’r casglwr, gyda’i hymrwymiadau.',
  'problem.other': 'Gwrthododd y casglwr ef ({code}).',
};
