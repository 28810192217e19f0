/**
 * The wording of "Save it and come back" (save to a file, open a saved file, continue on another
 * device with a code) in English and Welsh, loaded with that part. The Welsh follows the glossary
 * at the top of ../strings-cy.ts (“chi”; the person’s own words with “fy” and “gennyf”); dyfais
 * (feminine: “y ddyfais hon”), ffeil, cod, casglwr.
 */
import type { PluralMessage } from '@netweave/core';

export const keepEn = {
  'keep.title': 'Save it and come back',
  'keep.intro':
    'Your answers are kept in this browser only. Save them to a file to keep them safe, or to carry on here or on another device later.',
  'keep.intro-resume':
    'Your answers are kept in this browser only. Save them to a file, or get a code to carry on on another device.',
  'keep.save': 'Save my assessment',
  'keep.open': 'Open a saved assessment',
  'keep.saved':
    'Saved on your device as “{name}” (usually in your Downloads folder). To carry on later, here or on another device, choose “Open a saved assessment” and pick that file. Nothing was sent anywhere.',
  'keep.saved-print': 'For a copy you can read or print, use “Print or save as PDF” as well.',
  'keep.opened': 'Opened “{name}”, saved on {date}.',
  'keep.restored': 'Restored the answers saved under your code on {date}.',
  'keep.answers-back': 'Your answers are back.',
  'keep.answers-kept': 'The answers you had on screen were kept.',
  'keep.history-added': {
    one: '{count} completed assessment was added to those on this device.',
    other: '{count} completed assessments were added to those on this device.',
  } as PluralMessage,
  'keep.nothing-new': 'There was nothing in it that this device did not already have.',
  'keep.unchanged': 'Nothing on this device has changed.',
  'keep.damaged': '“{name}” cannot be opened: the file is damaged (it is not complete, readable JSON).',
  'keep.damaged-field': '“{name}” cannot be opened: the file is damaged ({field} is not valid).',
  'keep.foreign':
    '“{name}” is not a saved self-assessment, so it cannot be opened here. Choose a file made with “Save my assessment”.',
  'keep.newer':
    '“{name}” was saved by a newer version of this self-assessment (file version {version}), so it cannot be opened here. Ask the organisers of this page to update it.',
  'keep.unreadable': '“{name}” could not be read from your device.',
  'keep.replace':
    'You have answers on screen that are not in what you are opening. Replace them? If you do, they are lost. Completed assessments are kept either way.',
  'keep.replace-yes': 'Replace my answers',
  'keep.replace-no': 'Keep my answers',
  'resume.start': 'Continue on another device',
  'resume.have': 'I have a code',
  'resume.making': 'Making your code…',
  'resume.title': 'Your code',
  'resume.explain':
    'On your other device, open this page, choose “I have a code” and type this code, or scan the QR code with its camera.',
  'resume.qr': 'QR code that opens this page with your code',
  'resume.kept':
    'Kept until {date}. Your answers are locked with this code before they leave this device: the collector cannot read them.',
  'resume.saving': 'Saving your latest answers under this code…',
  'resume.up-to-date': 'Changes you make on this device are saved under this code too.',
  'resume.retry-later':
    'Your latest changes are not saved under this code yet. They are safe on this device; we will try again when you next change an answer.',
  'resume.retry': 'Try again',
  'resume.delete': 'Delete it now',
  'resume.deleting': 'Deleting…',
  'resume.deleted':
    'Your code and the answers saved under it have been deleted from the collector. Your answers are still on this device.',
  'resume.ended':
    'Your code expired on {date}, and the answers saved under it were deleted from the collector.',
  'resume.label': 'Your code',
  'resume.hint': 'It looks like ABCD-EFGH-JKMN-P. Capitals, spaces and dashes do not matter.',
  'resume.from-link':
    'This page was opened with a code for continuing on another device. Choose “Restore my answers” to bring them here.',
  'resume.restore': 'Restore my answers',
  'resume.restoring': 'Restoring…',
  'resume.cancel': 'Cancel',
  'resume.problem.empty': 'Enter your code',
  'resume.problem.length': 'Check the code: it has 13 letters and numbers',
  'resume.problem.characters': 'Check the code: it has only letters and numbers',
  'resume.problem.check': 'Check the code: a letter or number in it is not right',
  'resume.why.network': 'The collector cannot be reached just now. Check your connection and try again.',
  'resume.why.rate-limited':
    'Too many codes have been tried from this network. Wait a few minutes, then try again.',
  'resume.why.not-found':
    'No answers are saved under this code. Check the code; if it was deleted, use a saved file instead.',
  'resume.why.expired': 'This code has expired, and the answers saved under it have been deleted.',
  'resume.why.wrong-code': 'The answers saved under this code could not be unlocked with it. Check the code.',
  'resume.why.unsupported':
    'This browser cannot lock answers with a code (a secure https page and an up-to-date browser are needed). Save them to a file instead.',
  'resume.why.too-large': 'There is too much to keep under a code. Save it to a file instead.',
  'resume.why.no-collector':
    'This page is not connected to a collector, so a code cannot be used here. Open the page the code came from, or use a saved file.',
  'resume.why.other': 'The collector refused: {message}',
};

export const keepCy: typeof keepEn = {
  'keep.title': 'Cadw a dod yn ôl',
  'keep.intro':
    'Dim ond yn y porwr hwn y mae eich atebion yn cael eu cadw. Cadwch nhw mewn ffeil i’w cadw’n ddiogel, neu i barhau yma neu ar ddyfais arall yn nes ymlaen.',
  'keep.intro-resume':
    'Dim ond yn y porwr hwn y mae eich atebion yn cael eu cadw. Cadwch nhw mewn ffeil, neu gewch god i barhau ar ddyfais arall.',
  'keep.save': 'Cadw fy asesiad',
  'keep.open': 'Agor asesiad sydd wedi’i gadw',
  'keep.saved':
    'Wedi’i gadw ar eich dyfais fel “{name}” (fel arfer yn eich ffolder Lawrlwythiadau). I barhau yn nes ymlaen, yma neu ar ddyfais arall, dewiswch “Agor asesiad sydd wedi’i gadw” a dewis y ffeil honno. Ni chafodd dim ei anfon i unman.',
  'keep.saved-print':
    'I gael copi y gallwch ei ddarllen neu ei argraffu, defnyddiwch “Argraffu neu gadw fel PDF” hefyd.',
  'keep.opened': 'Wedi agor “{name}”, a gadwyd ar {date}.',
  'keep.restored': 'Wedi adfer yr atebion a gadwyd o dan eich cod ar {date}.',
  'keep.answers-back': 'Mae eich atebion yn ôl.',
  'keep.answers-kept': 'Mae’r atebion oedd gennych ar y sgrin wedi’u cadw.',
  'keep.history-added': {
    one: 'Cafodd {count} asesiad wedi’i gwblhau ei ychwanegu at y rhai ar y ddyfais hon.',
    other: 'Cafodd {count} asesiad wedi’u cwblhau eu hychwanegu at y rhai ar y ddyfais hon.',
  },
  'keep.nothing-new': 'Doedd dim byd ynddi nad oedd gan y ddyfais hon yn barod.',
  'keep.unchanged': 'Does dim byd wedi newid ar y ddyfais hon.',
  'keep.damaged':
    'Does dim modd agor “{name}”: mae’r ffeil wedi’i difrodi (nid yw’n JSON cyflawn y gellir ei ddarllen).',
  'keep.damaged-field': 'Does dim modd agor “{name}”: mae’r ffeil wedi’i difrodi (nid yw {field} yn ddilys).',
  'keep.foreign':
    'Nid hunanasesiad wedi’i gadw yw “{name}”, felly does dim modd ei agor yma. Dewiswch ffeil a wnaed gyda “Cadw fy asesiad”.',
  'keep.newer':
    'Cafodd “{name}” ei gadw gan fersiwn mwy newydd o’r hunanasesiad hwn (fersiwn ffeil {version}), felly does dim modd ei agor yma. Gofynnwch i drefnwyr y dudalen hon ei diweddaru.',
  'keep.unreadable': 'Doedd dim modd darllen “{name}” o’ch dyfais.',
  'keep.replace':
    'Mae gennych atebion ar y sgrin nad ydyn nhw yn yr hyn rydych chi’n ei agor. Rhoi’r lleill yn eu lle? Os gwnewch chi, byddan nhw’n cael eu colli. Bydd asesiadau sydd wedi’u cwblhau yn cael eu cadw beth bynnag.',
  'keep.replace-yes': 'Rhoi’r lleill yn lle fy atebion',
  'keep.replace-no': 'Cadw fy atebion',
  'resume.start': 'Parhau ar ddyfais arall',
  'resume.have': 'Mae gennyf god',
  'resume.making': 'Wrthi’n creu eich cod…',
  'resume.title': 'Eich cod',
  'resume.explain':
    'Ar eich dyfais arall, agorwch y dudalen hon, dewiswch “Mae gennyf god” a theipiwch y cod hwn, neu sganiwch y cod QR gyda’i chamera.',
  'resume.qr': 'Cod QR sy’n agor y dudalen hon gyda’ch cod',
  'resume.kept':
    'Yn cael ei gadw tan {date}. Mae eich atebion yn cael eu cloi gyda’r cod hwn cyn iddyn nhw adael y ddyfais hon: does dim modd i’r casglwr eu darllen.',
  'resume.saving': 'Wrthi’n cadw eich atebion diweddaraf o dan y cod hwn…',
  'resume.up-to-date': 'Mae newidiadau a wnewch chi ar y ddyfais hon yn cael eu cadw o dan y cod hwn hefyd.',
  'resume.retry-later':
    'Dydy eich newidiadau diweddaraf ddim wedi’u cadw o dan y cod hwn eto. Maen nhw’n ddiogel ar y ddyfais hon; byddwn ni’n rhoi cynnig arall arni pan fyddwch chi’n newid ateb nesaf.',
  'resume.retry': 'Rhoi cynnig arall arni',
  'resume.delete': 'Ei ddileu nawr',
  'resume.deleting': 'Wrthi’n dileu…',
  'resume.deleted':
    'Mae eich cod a’r atebion a gadwyd o dan y cod wedi’u dileu o’r casglwr. Mae eich atebion yma ar y ddyfais hon o hyd.',
  'resume.ended':
    'Daeth eich cod i ben ar {date}, a chafodd yr atebion a gadwyd o dan y cod eu dileu o’r casglwr.',
  'resume.label': 'Eich cod',
  'resume.hint': 'Mae’n edrych fel ABCD-EFGH-JKMN-P. Does dim ots am briflythrennau, bylchau a llinellau.',
  'resume.from-link':
    'Cafodd y dudalen hon ei hagor gyda chod ar gyfer parhau ar ddyfais arall. Dewiswch “Adfer fy atebion” i ddod â nhw yma.',
  'resume.restore': 'Adfer fy atebion',
  'resume.restoring': 'Wrthi’n adfer…',
  'resume.cancel': 'Canslo',
  'resume.problem.empty': 'Rhowch eich cod',
  'resume.problem.length': 'Gwiriwch y cod: mae ganddo 13 llythyren a rhif',
  'resume.problem.characters': 'Gwiriwch y cod: dim ond llythrennau a rhifau sydd ynddo',
  'resume.problem.check': 'Gwiriwch y cod: mae llythyren neu rif ynddo yn anghywir',
  'resume.why.network':
    'Does dim modd cysylltu â’r casglwr ar hyn o bryd. Gwiriwch eich cysylltiad a rhowch gynnig arall arni.',
  'resume.why.rate-limited':
    'Mae gormod o godau wedi’u rhoi ar brawf o’r rhwydwaith hwn. Arhoswch ychydig funudau, yna rhowch gynnig arall arni.',
  'resume.why.not-found':
    'Does dim atebion wedi’u cadw o dan y cod hwn. Gwiriwch y cod; os cafodd ei ddileu, defnyddiwch ffeil sydd wedi’i chadw yn lle hynny.',
  'resume.why.expired': 'Mae’r cod hwn wedi dod i ben, ac mae’r atebion a gadwyd o dan y cod wedi’u dileu.',
  'resume.why.wrong-code':
    'Doedd dim modd datgloi’r atebion a gadwyd o dan y cod hwn gydag ef. Gwiriwch y cod.',
  'resume.why.unsupported':
    'Does dim modd i’r porwr hwn gloi atebion gyda chod (mae angen tudalen https ddiogel a phorwr cyfredol). Cadwch nhw mewn ffeil yn lle hynny.',
  'resume.why.too-large': 'Mae gormod i’w gadw o dan god. Cadwch ef mewn ffeil yn lle hynny.',
  'resume.why.no-collector':
    'Dydy’r dudalen hon ddim wedi’i chysylltu â chasglwr, felly does dim modd defnyddio cod yma. Agorwch y dudalen y daeth y cod ohoni, neu defnyddiwch ffeil sydd wedi’i chadw.',
  'resume.why.other': 'Gwrthododd y casglwr: {message}',
};
