/**
 * The console's Welsh messages (see strings.ts), loaded on demand.
 *
 * Glossary, the widgets' own (see commitments-wall and self-assessment's strings-cy.ts; keep to it
 * when changing or adding wording; the node test test/wording.test.ts checks what it can):
 * - ymrwymiad, ymrwymiadau: a commitment; ymateb, ymatebion: a response (one completed
 *   self-assessment); her, heriau: a challenge.
 * - postiad, postiadau: a post on the wall, wherever English says "post" as a noun; postio: to post
 *   ("cyn ei bostio", "Postiwyd"). Not "neges" (a message), "cofnod" (a record) or "post" (the mail;
 *   only in "cod post").
 * - TRIZ, as the board says it (commitments-wall's triz/strings-cy.ts): nodyn, nodiadau: a sticky
 *   note, wherever English says "note" (and nowhere else); the three states and rounds as the
 *   session named them: Canlyniadau gwaethaf (nodiadau melyn), Rydyn ni’n gwneud hyn yn barod
 *   (nodiadau pinc), Camau cyntaf i roi’r gorau iddo (nodiadau gwyrdd), and Ymrwymiadau for the
 *   closing round; rownd, rowndiau (feminine: y rownd hon, ei dangos, i’w hychwanegu); grŵp,
 *   grwpiau (masculine: ei fwrdd), never where it would have to mutate (not "i grŵp arall" but
 *   "i un o’r grwpiau eraill"; "i’r grŵp", "eu grŵp"); pleidlais, pleidleisiau (feminine: un
 *   bleidlais, dwy bleidlais, tair pleidlais, chwe phleidlais); taflunydd: the projector; y cyfrif
 *   i lawr: the countdown. Numbers after "o … i …", never after "a"/"ac" ("o 1 i 50").
 * - sesiwn, sesiynau: a session, feminine ("y sesiwn hon", "ei chod ymuno", "wedi’i dileu"); cod
 *   ymuno: a join code; hwylusydd: the facilitator; cyfranogwr, cyfranogwyr: participants;
 *   casglwr: the collector; cymedroli: moderation; tocyn gweinyddu: the admin token.
 * - adroddiad: the session's write-up (Word, tudalen we, Markdown); y cyfan: everything (the export).
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
  'field.triz': 'Grwpiau a rowndiau',
  'field.triz.hint': 'Ar gyfer y byrddau TRIZ. Gallwch chi eu newid yn nes ymlaen.',
  'field.groups': 'Nifer y grwpiau',
  'field.groups.hint': 'Mae gan bob grŵp ei fwrdd ei hun o nodiadau gludiog.',
  'field.votes': 'Pleidleisiau i bob person',
  'field.votes.hint':
    'Faint o bleidleisiau sydd gan bob cyfranogwr i’w rhoi i’r nodiadau y mae’r grŵp yn eu hadnabod. Mae 0 yn diffodd pleidleisio.',
  'field.agenda': 'Munudau ar gyfer pob rownd',
  'field.agenda.hint': 'Dyma’r munudau y mae cyfrif i lawr pob rownd yn dechrau ohonyn nhw.',
  // Numbers as digits after "o" and "i" (never "a"/"ac" before a number: its form depends on how it is said).
  'error.groups': 'Rhowch nifer y grwpiau: o 1 i {count}',
  'error.groups.notEmpty':
    'Mae nodiadau ar fwrdd Grŵp {n}: symudwch nhw i un o’r grwpiau eraill cyn i chi dynnu’r grŵp',
  'error.groups.notEmptyAny':
    'Mae nodiadau ar fwrdd grŵp y byddech chi’n ei dynnu: symudwch nhw i un o’r grwpiau eraill yn gyntaf',
  'error.votes': 'Rhowch nifer y pleidleisiau: o 0 i {count}',
  'error.minutes': 'Rhowch y munudau ar gyfer “{round}” fel rhif cyfan: o 1 i {count}',

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
  'round.worst': 'Canlyniadau gwaethaf',
  'round.already': 'Rydyn ni’n gwneud hyn yn barod',
  'round.stop': 'Camau cyntaf i roi’r gorau iddo',
  'round.commit': 'Ymrwymiadau',
  'round.title': 'Rownd',
  'round.hint':
    'Mae dechrau rownd yn ei dangos ar bob ffôn ac ar dudalen y taflunydd, gyda’i chyfrif i lawr. Mae’r cyfrif i lawr yn dilyn cloc y casglwr, felly mae pob sgrin yn dangos yr un amser.',
  'round.agenda': 'Agenda',
  // "munud" takes the soft mutation after "dau" only: 2 funud, 3 munud, 6 munud.
  'round.minutes': { two: '{count} funud', other: '{count} munud' },
  'round.current': 'Nawr',
  'round.none': 'Nid oes rownd wedi dechrau eto.',
  'round.left': 'Amser ar ôl',
  'round.ready': 'Heb ddechrau',
  'round.running': 'Ar waith',
  'round.paused': 'Wedi oedi',
  'round.up': 'Mae’r amser ar ben',
  'round.ended': 'Wedi dod i ben',
  'round.locked': 'Mae ysgrifennu wedi’i gloi: ni all cyfranogwyr ychwanegu na newid nodiadau.',
  'round.controls': 'Rheoli’r rownd',
  'round.startNext': 'Dechrau: {round}',
  'round.startNext.none': 'Dechrau’r rownd nesaf',
  'round.last': 'Dyma’r rownd olaf.',
  'round.pick': 'Neu ddewiswch rownd i’w dechrau',
  'round.start': 'Dechrau',
  'round.pause': 'Oedi',
  'round.resume': 'Ailddechrau',
  'round.add': 'Ychwanegu 1 munud',
  'round.end': 'Gorffen y rownd',
  'round.lock': 'Cloi ysgrifennu',
  'round.unlock': 'Datgloi ysgrifennu',
  'round.done.start': 'Mae’r rownd wedi dechrau: {round}.',
  'round.done.pause': 'Mae’r rownd wedi’i hoedi.',
  'round.done.resume': 'Mae’r rownd wedi ailddechrau.',
  'round.done.add': 'Ychwanegwyd 1 munud.',
  'round.done.end': 'Mae’r rownd wedi dod i ben: {round}.',
  'round.done.lock': 'Mae ysgrifennu wedi’i gloi: ni all cyfranogwyr ychwanegu na newid nodiadau.',
  'round.done.unlock': 'Mae ysgrifennu wedi’i ddatgloi.',
  'round.stale': 'Newidiodd consol arall y rownd: dyma lle mae hi nawr.',
  'round.timeUp': 'Mae’r amser ar ben: {round}.',

  'groups.title': 'Grwpiau',
  'groups.hint':
    'Bwrdd pob grŵp, yn fyw. Gallwch chi symud nodyn rhwng grwpiau, a dangos neu guddio nodyn sydd wedi’i ddal yn ôl i chi ei wirio.',
  'group.n': 'Grŵp {n}',
  'group.rename': 'Ailenwi',
  'group.rename.label': 'Enw newydd ar gyfer {group}',
  'group.rename.hint': 'Hyd at {count} nod. Gadewch ef yn wag i ddefnyddio ei rif.',
  'group.rename.save': 'Cadw’r enw',
  'group.renamed': 'Ailenwyd: {group}.',
  'error.groupName.long': 'Rhaid i’r enw fod yn {count} nod neu lai',
  'colour.worst': 'nodiadau melyn',
  'colour.already': 'nodiadau pinc',
  'colour.stop': 'nodiadau gwyrdd',
  // "nodyn" does not mutate after a numeral: one form for every count.
  'notes.count': { other: '{count} nodyn' },
  'notes.held': {
    one: '{count} wedi’i ddal yn ôl i chi ei wirio',
    other: '{count} wedi’u dal yn ôl i chi eu gwirio',
  },
  'note.step': 'Cam cyntaf: {step}',
  // "pleidlais" is feminine: un bleidlais, dwy bleidlais, tair pleidlais, chwe phleidlais.
  'note.votes': {
    one: '{count} bleidlais',
    two: '{count} bleidlais',
    many: '{count} phleidlais',
    other: '{count} pleidlais',
  },
  'note.held':
    'Wedi’i ddal yn ôl i chi ei wirio: gallai gynnwys manylion cyswllt. Nid yw cyfranogwyr yn ei weld.',
  'note.hidden': 'Wedi’i guddio: nid yw cyfranogwyr yn ei weld.',
  'note.move': 'Symud i’r grŵp',
  'note.move.button': 'Symud',
  'note.show': 'Dangos',
  'note.moved': 'Symudwyd “{text}” i un o’r grwpiau eraill: {group}.',
  'note.shown': 'Ar y bwrdd: {text}',

  'export.responses': 'Lawrlwytho’r ymatebion (CSV)',
  'export.commitments': 'Lawrlwytho’r ymrwymiadau (CSV)',
  'export.followUps': 'Lawrlwytho’r atebion dilynol: “Ydych chi wedi’i wneud?” (CSV)',
  'export.writeup.docx': 'Lawrlwytho’r adroddiad (Word)',
  'export.writeup.html': 'Lawrlwytho’r adroddiad (tudalen we)',
  'export.writeup.md': 'Lawrlwytho’r adroddiad (Markdown)',
  'export.everything': 'Lawrlwytho’r cyfan (JSON)',

  'join.title': 'Sut mae cyfranogwyr yn ymuno',
  'join.code': 'Cod ymuno',
  'join.url': 'Dolen ymuno',
  'join.qr': 'Cod QR',
  'join.qr.alt': 'Cod QR ar gyfer {url}',
  'join.qr.hint': 'Dangoswch ef ar y sgrin a rennir: mae ffonau’n agor y ddolen ymuno.',
  'join.partner': 'Caiff pobl sy’n defnyddio’r cod eu hanfon i dudalen y partner: {url}',
  'join.display': 'Tudalen y taflunydd',
  'join.display.open': 'Agor tudalen y taflunydd (mewn tab newydd)',
  'join.display.hint':
    'Agorwch hi ar y sgrin a rennir yn yr ystafell: mae’n dangos y cod ymuno, y cod QR ac, ar gyfer TRIZ, y cyfrif i lawr a’r byrddau, yn fyw.',
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

  // “Ydych chi wedi’i wneud?”: atebion dilynol i ymrwymiadau, wythnosau ar ôl y sesiwn (the
  // answers as the write-up says them; "nodyn" as the wall's follow-up-strings.ts says it).
  'count.followUps': { other: '{count} ateb dilynol' },
  'count.pendingFollowUps': {
    one: '{count} ateb dilynol yn aros i gael ei adolygu',
    other: '{count} ateb dilynol yn aros i gael eu hadolygu',
  },
  'followUps.title': 'Atebion dilynol: “Ydych chi wedi’i wneud?”',
  'followUps.intro':
    'Wythnosau ar ôl y sesiwn, mae pobl a bostiodd ymrwymiad yn dweud ar eu dyfais eu hunain sut mae wedi mynd, gyda nodyn os ydyn nhw’n dymuno. Ni ddangosir nodyn sy’n aros i gael ei adolygu yn unman, gan gynnwys yr adroddiad, nes i chi ei gymeradwyo.',
  'followUps.keys':
    'Bysellfwrdd: symudwch rhwng atebion gyda’r bysellau saeth i fyny ac i lawr, yna pwyswch A i gymeradwyo, H i guddio neu E i olygu nodyn ateb sy’n aros.',
  'followUps.visible': 'Wedi’u cymeradwyo',
  'followUps.empty': 'Nid oes neb wedi ateb eto.',
  'followUps.answer': 'Sut mae wedi mynd: {answer}',
  'followUps.commitment': 'Eu hymrwymiad: {text}',
  'followUps.note': 'Nodyn: {note}',
  'followUps.noNote': 'Dim nodyn.',
  'followUps.answeredAt': 'Atebwyd {date} am {time}',
  'followUps.edit.label': 'Golygwch y nodyn cyn i chi ei gymeradwyo',
  'followUps.edit.hint':
    'Tynnwch enwau, rhifau ffôn, cyfeiriadau e-bost ac unrhyw beth personol arall allan. Gadewch ef yn wag i gymeradwyo’r ateb heb ei nodyn. Dim ond eich geiriau wedi’u golygu a gaiff eu cadw.',
  'error.followUpNote.long': 'Rhaid i’r nodyn fod yn {count} nod neu lai',
  'answer.done': 'Wedi’i wneud',
  'answer.started': 'Wedi dechrau',
  'answer.not-yet': 'Ddim eto',
  'problem.follow-up-not-found': 'Nid yw’r ateb hwnnw ar y casglwr mwyach.',

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
  'problem.stale-round': 'Newidiodd consol arall y rownd: dyma lle mae hi nawr.',
  'problem.not-running': 'Nid yw’r rownd ar waith, felly ni ellir ei hoedi.',
  'problem.not-paused': 'Nid yw’r rownd wedi’i hoedi.',
  'problem.no-round': 'Nid oes rownd wedi dechrau eto: dechreuwch y rownd gyntaf.',
  'problem.not-in-agenda': 'Nid yw’r rownd honno yn agenda’r sesiwn hon. Golygwch y sesiwn i’w hychwanegu.',
  'problem.groups-not-empty':
    'Mae nodiadau ar fwrdd grŵp y byddech chi’n ei dynnu: symudwch nhw i un o’r grwpiau eraill yn gyntaf.',
  'problem.group-not-found':
    'Nid yw’r grŵp hwnnw yn y sesiwn mwyach. Ail-lwythwch y dudalen i weld grwpiau’r sesiwn.',
  'problem.note-not-found': 'Nid yw’r nodyn hwnnw ar y bwrdd mwyach.',
  'problem.no-boards': 'Nid oes byrddau TRIZ gan y sesiwn hon.',
  'problem.busy': 'Newidiodd y sesiwn sawl gwaith yn y cyfamser. Rhowch gynnig arall arni.',
  'problem.other': 'Gwrthododd y casglwr hyn ({code}). Rhowch gynnig arall arni, neu ail-lwythwch y dudalen.',
};
