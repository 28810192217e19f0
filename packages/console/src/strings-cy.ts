/**
 * The console's Welsh messages (see strings.ts), loaded on demand.
 *
 * Glossary, the widgets' own (see commitments-wall and self-assessment's strings-cy.ts; keep to it
 * when changing or adding wording; the node test test/wording.test.ts checks what it can):
 * - ymrwymiad, ymrwymiadau: a commitment; ymateb, ymatebion: a response (one completed
 *   self-assessment); her, heriau: a challenge.
 * - postiad, postiadau: a post on the wall, wherever English says "post" as a noun; postio: to post
 *   ("cyn ei bostio", "Postiwyd"). Not "neges" (a message), "cofnod" (a record) or "post" (the mail;
 *   only in "cod post"). nodyn, nodiadau: kept for a TRIZ sticky note.
 * - sesiwn, sesiynau: a session, feminine ("y sesiwn hon", "ei chod ymuno", "wedi’i dileu"); cod
 *   ymuno: a join code; hwylusydd: the facilitator; cyfranogwr, cyfranogwyr: participants;
 *   casglwr: the collector; cymedroli: moderation; tocyn gweinyddu: the admin token.
 * - One register, "chi": eich, rhowch, dewiswch, rydych chi; never "ti" or "dy".
 * - Buttons and links that act are verb-nouns: Creu, Golygu, Dyblygu, Dileu, Cymeradwyo, Cuddio,
 *   Rhoi’n ôl…, Lawrlwytho…, Copïo…, Mynd….
 * - Counts as core's Welsh messages write them: the number in digits, then the singular noun
 *   ("3 ymateb", "280 nod"), never "{count} o …"; a form per plural category (zero, one, two, few,
 *   many, other) only where the numeral mutates the noun ("2 berson", "3 pherson", "2 bostiad",
 *   "6 phostiad"). Strings without plural forms are worded to read right for any number.
 * - Mutations: soft after i, o, am, ar, at, gan, dan, heb, hyd, trwy/drwy, wrth, dros and ei (his);
 *   aspirate after a, â, gyda, tua and ei (her); "ac", "ag", "nag" before a vowel or a number. A
 *   placeholder cannot mutate, so none follows such a word unless it is always a number ("am
 *   {time}"); otherwise the sentence is turned or a colon put before it ("Templed: {template}").
 * - Typographic apostrophes (’) and quotation marks (“ ”); dates ("6 Rhagfyr 2026") and the 24-hour
 *   clock come from netweave's own Welsh tables (registered by core's LanguageController when it
 *   loads this table), never the browser's.
 */
import type { ConsoleStrings } from './strings.js';

export const cy: ConsoleStrings = {
  service: 'netweave',
  console: 'Consol yr hwylusydd',
  otherLanguage: 'English',
  signOut: 'Allgofnodi',
  loading: 'Wrthi’n llwytho…',
  retry: 'Rhoi cynnig arall arni',
  cancel: 'Canslo',
  'summary.title': 'Mae problem wedi codi',
  'error.prefix': 'Gwall:',

  'signIn.title': 'Mewngofnodi',
  'signIn.intro':
    'Mewngofnodwch i baratoi eich sesiynau, i rannu eu codau ymuno ac i gymedroli’r hyn y mae pobl yn ei bostio.',
  'token.label': 'Tocyn gweinyddu',
  'token.hint':
    'Y tocyn a roddwyd i’r casglwr wrth ei gychwyn (--admin-token). Byddwch chi’n aros wedi mewngofnodi ar y ddyfais hon am 12 awr, neu nes i chi allgofnodi.',
  'signIn.button': 'Mewngofnodi',
  'error.token.missing': 'Rhowch y tocyn gweinyddu',
  signedOut: 'Rydych wedi allgofnodi.',

  'sessions.title': 'Eich sesiynau',
  'sessions.empty':
    'Nid oes gennych unrhyw sesiynau eto. Crëwch un i gael cod ymuno ar gyfer eich cyfranogwyr.',
  'sessions.create': 'Creu sesiwn',
  'session.open': 'Ar agor',
  'session.closed': 'Ar gau',
  'session.code': 'Cod {code}',
  'count.responses': { other: '{count} ymateb' },
  'count.commitments': { other: '{count} ymrwymiad' },
  'count.pending': { one: '{count} yn aros i gael ei adolygu', other: '{count} yn aros i gael eu hadolygu' },

  'template.commitments': 'Ymrwymiadau yn unig',
  'template.commitments.hint':
    'Mae pawb yn cwblhau “Un peth y byddaf i’n ei wneud o heddiw ymlaen…” ar wal fyw.',
  'template.triz-commitments': 'TRIZ, yna ymrwymiadau',
  'template.triz-commitments.hint':
    'Mae pawb yn rhoi sgôr i heriau’r rhwydwaith; yna mae grwpiau’n rhestru’r canlyniadau gwaethaf posibl, yn nodi pa rai maen nhw’n eu gwneud yn barod, a’r camau cyntaf i roi’r gorau iddyn nhw; yna mae pawb yn postio ymrwymiad.',
  'template.self-assessment': 'Hunanasesiad yn unig',
  'template.self-assessment.hint':
    'Mae pob cyfranogwr yn rhoi sgôr i heriau ei rwydwaith ac yn cael ei brif feysydd i weithredu arnyn nhw.',

  'create.title': 'Creu sesiwn',
  'edit.title': 'Golygu’r sesiwn',
  'field.template': 'Beth fydd cyfranogwyr yn ei wneud?',
  'field.title': 'Teitl',
  'field.title.hint': 'Mae cyfranogwyr yn ei weld pan fyddan nhw’n ymuno.',
  'field.date': 'Dyddiad',
  'field.prompt': 'Anogwr (dewisol)',
  'field.prompt.hint':
    'Caiff ei ddangos uwchben y blwch ymrwymiad yn lle “Un peth y byddaf i’n ei wneud o heddiw ymlaen…”.',
  'field.moderation': 'Cymedroli',
  'moderation.pre': 'Gwirio pob postiad cyn iddo ymddangos',
  'moderation.pre.hint': 'Argymhellir ar gyfer ystafelloedd mawr.',
  'moderation.none': 'Mae postiadau’n ymddangos ar unwaith',
  'moderation.none.hint':
    'Mae postiadau sydd fel pe baen nhw’n cynnwys manylion cyswllt neu iaith gref yn dal i aros amdanoch chi.',
  'moderation.post':
    'Mae postiadau’n ymddangos ar unwaith, ac rydych chi’n cuddio unrhyw rai na ddylai fod yno',
  'field.lang': 'Iaith tudalen y cyfranogwyr',
  'field.lang.hint': 'Gall cyfranogwyr newid iaith ar y dudalen o hyd.',
  'lang.en': 'Saesneg (English)',
  'lang.cy': 'Cymraeg',
  'field.partnerUrl': 'Tudalen partner (dewisol)',
  'field.partnerUrl.hint':
    'Os yw’r sesiwn yn cael ei chynnal ar dudalen we partner, caiff pobl sy’n defnyddio’r cod ymuno eu hanfon yno. Rhaid i’r cyfeiriad ddechrau gyda https://',
  'create.button': 'Creu’r sesiwn',
  'save.button': 'Cadw’r newidiadau',
  created: 'Crëwyd y sesiwn. Ei chod ymuno yw {code}.',
  saved: 'Cadwyd y newidiadau.',
  'error.template': 'Dewiswch beth fydd cyfranogwyr yn ei wneud',
  'error.title.missing': 'Rhowch deitl i’r sesiwn',
  'error.title.long': 'Rhaid i’r teitl fod yn {count} nod neu lai',
  'error.date.missing': 'Rhowch ddyddiad y sesiwn',
  'error.date.invalid': 'Rhowch ddyddiad go iawn',
  'error.prompt.long': 'Rhaid i’r anogwr fod yn {count} nod neu lai',
  'error.partnerUrl.invalid':
    'Rhowch gyfeiriad llawn tudalen y partner, fel https://www.example.org/ein-sesiwn',
  'error.partnerUrl.https': 'Rhaid i gyfeiriad tudalen y partner ddechrau gyda https://',
  'error.partnerUrl.long': 'Rhaid i gyfeiriad tudalen y partner fod yn {count} nod neu lai',
  'error.moderation': 'Dewiswch sut y caiff postiadau eu cymedroli',
  'error.lang': 'Dewiswch iaith tudalen y cyfranogwyr',

  back: 'Pob sesiwn',
  'session.actions': 'Camau ar gyfer y sesiwn',
  edit: 'Golygu',
  duplicate: 'Dyblygu',
  close: 'Cau’r sesiwn',
  reopen: 'Ailagor y sesiwn',
  delete: 'Dileu',
  'session.closedNote':
    'Mae’r sesiwn hon ar gau. Nid yw’n derbyn postiadau nac ymatebion, ac mae ei chod ymuno’n dangos tudalen “sesiwn ar gau”.',
  'session.template': 'Templed: {template}',
  duplicated:
    'Wedi’i dyblygu. Dyma’r copi, sesiwn â’i chod ymuno ei hun: {code}. Newidiwch ei theitl neu ei dyddiad gyda’r botwm Golygu.',
  closedDone: 'Caewyd y sesiwn.',
  reopened: 'Ailagorwyd y sesiwn.',
  'stage.title': 'Beth mae cyfranogwyr yn ei weld nawr',
  'stage.hint':
    'Dewiswch pa ran o’r sesiwn y mae ffonau’r cyfranogwyr yn ei dangos. Mae ffonau sydd wedi ymuno yn dilyn ar unwaith, oni bai bod rhywun wedi teipio rhywbeth ar y rhan y mae arni: caiff wybod, ac mae’n mynd yno ag un tap.',
  'stage.assess': 'Hunanasesiad',
  'stage.triz': 'Bwrdd TRIZ',
  'stage.commit': 'Wal ymrwymiadau',
  'stage.now': 'Nawr: {stage}',
  'stage.done': 'Mae cyfranogwyr nawr yn gweld: {stage}.',
  'export.responses': 'Lawrlwytho’r ymatebion (CSV)',
  'export.commitments': 'Lawrlwytho’r ymrwymiadau (CSV)',

  'join.title': 'Sut mae cyfranogwyr yn ymuno',
  'join.code': 'Cod ymuno',
  'join.url': 'Dolen ymuno',
  'join.qr': 'Cod QR',
  'join.qr.alt': 'Cod QR ar gyfer {url}',
  'join.qr.hint': 'Dangoswch ef ar y sgrin a rennir: mae ffonau’n agor y ddolen ymuno.',
  'join.partner': 'Caiff pobl sy’n defnyddio’r cod eu hanfon i dudalen y partner: {url}',
  'join.noCode':
    'Nid oes gan y sesiwn hon god ymuno. Ail-lwythwch y dudalen; os nad oes ganddi un o hyd, efallai fod angen diweddaru’r casglwr.',
  'copy.code': 'Copïo’r cod',
  'copy.url': 'Copïo’r ddolen',
  'copy.snippet': 'Copïo’r pyt',
  copied: 'Wedi’i gopïo',
  'copy.failed': 'Nid oedd modd copïo. Dewiswch y testun a’i gopïo eich hun.',
  'embed.title': 'Mewnblannu ar dudalen partner',
  'embed.hint': 'Gludwch yr HTML hwn ar dudalen y partner. Mae’n llwytho’r teclynnau o’r casglwr hwn.',
  'embed.label': 'HTML i’w ludo',

  'moderation.title': 'Cymedroli',
  keys: 'Bysellfwrdd: symudwch rhwng postiadau gyda’r bysellau saeth i fyny ac i lawr, yna pwyswch A i gymeradwyo, H i guddio neu E i olygu postiad sy’n aros.',
  pending: 'Yn aros i gael eu hadolygu',
  visible: 'Ar y wal',
  hidden: 'Wedi’u cuddio',
  none: 'Dim.',
  approve: 'Cymeradwyo',
  hide: 'Cuddio',
  restore: 'Rhoi’n ôl ar y wal',
  editPost: 'Golygu',
  'editPost.label': 'Golygwch y postiad cyn i chi ei gymeradwyo',
  'editPost.hint':
    'Tynnwch enwau, rhifau ffôn, cyfeiriadau e-bost ac unrhyw beth personol arall allan. Dim ond eich geiriau wedi’u golygu a gaiff eu cadw.',
  'editPost.save': 'Cadw a chymeradwyo',
  'editPost.stillHeld': 'Mae fel pe bai’n dal i gynnwys {reasons}.',
  'editPost.left': { other: 'Mae gennych {count} nod ar ôl' },
  'editPost.over': { other: 'Mae gennych {count} nod yn ormod' },
  'error.post.empty': 'Ni all y postiad fod yn wag',
  'error.post.long': 'Rhaid i’r postiad fod yn {count} nod neu lai',
  heldFor: 'Wedi’i ddal yn ôl am y gallai gynnwys {reasons}',
  'reason.email': 'cyfeiriad e-bost',
  'reason.phone': 'rhif ffôn',
  'reason.postcode': 'cod post',
  'reason.nhs-number': 'rhif GIG',
  'reason.profanity': 'iaith gref',
  reactions: {
    two: '{count} berson am wneud hyn hefyd',
    few: '{count} pherson am wneud hyn hefyd',
    many: '{count} pherson am wneud hyn hefyd',
    other: '{count} person am wneud hyn hefyd',
  },
  postedAt: 'Postiwyd {date} am {time}',
  approved: 'Cymeradwywyd: {text}',
  hiddenDone: 'Cuddiwyd: {text}',
  restored: 'Yn ôl ar y wal: {text}',
  edited: 'Golygwyd a chymeradwywyd: {text}',
  // "postiad" mutates as the spoken numeral makes it: dau bostiad, tri phostiad, chwe phostiad.
  newPending: {
    one: 'Mae {count} postiad newydd yn aros i gael ei adolygu.',
    two: 'Mae {count} bostiad newydd yn aros i gael eu hadolygu.',
    few: 'Mae {count} phostiad newydd yn aros i gael eu hadolygu.',
    many: 'Mae {count} phostiad newydd yn aros i gael eu hadolygu.',
    other: 'Mae {count} postiad newydd yn aros i gael eu hadolygu.',
  },
  live: 'Diweddariadau byw ymlaen',
  connecting: 'Wrthi’n cysylltu…',
  reconnecting: 'Wrthi’n ailgysylltu…',
  polling: 'Yn chwilio am bostiadau newydd bob ychydig eiliadau',
  offline: 'Methu cysylltu â’r casglwr. Wrthi’n rhoi cynnig arall arni…',
  pause: 'Oedi diweddariadau',
  resume: 'Ailddechrau diweddariadau',
  paused: { other: 'Diweddariadau wedi’u hoedi: {count} newid yn aros' },

  'delete.title': 'Dileu “{title}”?',
  'delete.body':
    'Mae hyn yn dileu’r sesiwn gyda’i hymatebion a’i hymrwymiadau, am byth. Bydd ei chod ymuno’n peidio â gweithio.',
  // No "a" before a count: it would have to be "ac" before "1" and "8" (ac un, ac wyth).
  'delete.counts': 'Mae’n cynnwys {responses}, a hefyd {commitments}.',
  'delete.confirm': 'Ydw, dileu’r sesiwn',
  deleted: 'Dilëwyd “{title}”.',

  'problem.network': 'Methu cysylltu â’r casglwr. Gwiriwch eich cysylltiad a rhowch gynnig arall arni.',
  'problem.unauthorised': 'Rydych wedi cael eich allgofnodi. Mewngofnodwch eto i barhau.',
  'problem.bad-token': 'Nid yw’r tocyn hwnnw’n gywir. Gwiriwch ef a rhowch gynnig arall arni.',
  'problem.admin-off':
    'Mae’r consol wedi’i ddiffodd: dechreuwyd y casglwr heb docyn gweinyddu (--admin-token).',
  'problem.not-found': 'Nid yw’r casglwr yn cynnig hyn. Efallai fod angen ei ddiweddaru.',
  'problem.session-not-found': 'Nid yw’r sesiwn hon ar y casglwr mwyach: efallai fod rhywun wedi’i dileu.',
  'problem.session-closed': 'Mae’r sesiwn ar gau.',
  'problem.commitment-not-found': 'Nid yw’r postiad hwnnw ar y casglwr mwyach.',
  'problem.id-conflict': 'Mae hynny’n bodoli ar y casglwr eisoes. Rhowch gynnig arall arni.',
  'problem.code-conflict': 'Nid oedd modd i’r casglwr roi cod ymuno i’r sesiwn. Rhowch gynnig arall arni.',
  'problem.invalid': 'Ni dderbyniodd y casglwr hyn. Gwiriwch yr hyn a roesoch.',
  'problem.unknown-field':
    'Nid yw’r casglwr yn adnabod un o’r gosodiadau hyn. Efallai fod angen ei ddiweddaru.',
  'problem.invalid-status': 'Ni dderbyniodd y casglwr y newid hwnnw i’r postiad.',
  'problem.too-large': 'Mae hynny’n rhy hir i’r casglwr.',
  'problem.rate-limited': 'Gormod o geisiadau. Arhoswch funud, yna rhowch gynnig arall arni.',
  'problem.too-many-streams':
    'Gormod o gysylltiadau byw o’r rhwydwaith hwn. Daw diweddariadau bob ychydig eiliadau yn lle hynny.',
  'problem.session-busy':
    'Mae’r sesiwn yn brysur iawn ar hyn o bryd. Arhoswch ychydig, yna rhowch gynnig arall arni.',
  'problem.collector-busy':
    'Mae’r casglwr yn brysur iawn ar hyn o bryd. Arhoswch ychydig, yna rhowch gynnig arall arni.',
  'problem.invalid-action': 'Ni dderbyniodd y casglwr y newid hwnnw i’r postiad.',
  'problem.storage-unavailable':
    'Ni all y casglwr gadw dim ar hyn o bryd. Rhowch gynnig arall arni ymhen munud.',
  'problem.origin-not-allowed':
    'Nid yw’r casglwr yn derbyn newidiadau o’r cyfeiriad hwn. Agorwch y consol yng nghyfeiriad y casglwr ei hun.',
  'problem.internal': 'Aeth rhywbeth o’i le ar y casglwr. Rhowch gynnig arall arni.',
  'problem.server-error': 'Aeth rhywbeth o’i le ar y casglwr. Rhowch gynnig arall arni.',
  'problem.not-a-collector': 'Nid o gasglwr netweave y daeth yr ateb.',
  'problem.other': 'Gwrthododd y casglwr hyn ({code}). Rhowch gynnig arall arni, neu ail-lwythwch y dudalen.',
};
