/**
 * The `netweave` command's own messages and help in English and Welsh (`--lang en|cy`, default
 * from NETWEAVE_LANG). Command and option names, and values such as `nhs` or `md`, stay as typed.
 */
import { Localizer, normaliseLocale, type Locale, type PluralMessage } from '@netweave/model';

export const cliEn = {
  'severity.error': 'error',
  'severity.warning': 'warning',
  'severity.info': 'info',
  'file.summary': {
    one: '{file}: {count} row read, {accepted} kept, {rejected} left out, duplicates dropped: {duplicates}',
    other:
      '{file}: {count} rows read, {accepted} kept, {rejected} left out, duplicates dropped: {duplicates}',
  } as PluralMessage,
  'file.more': {
    one: '… and {count} more issue in {file}',
    other: '… and {count} more issues in {file}',
  } as PluralMessage,
  'error.write': 'cannot write {file}: {detail}',
  'error.read': 'cannot read {file}: {detail}',
  'error.readOption': 'cannot read the {what} file {file}: {detail}',
  'what.catalogue': 'catalogue',
  'what.mapping': 'mapping',
  'what.codebook': 'codebook',
  'error.codebookCodes': 'it needs a "codes" object',
  'error.codebookList': 'codes["{code}"] must be a list of keywords',
  'error.nothing': 'nothing to analyse: no responses could be read from the files given',
  'note.commitmentsOnly': {
    one: '{files} holds {count} commitment and no responses: the output counts it, but the challenges’ figures need the self-assessment responses export (CSV or JSON) read with it.',
    other:
      '{files} holds {count} commitments and no responses: the output counts them, but the challenges’ figures need the self-assessment responses export (CSV or JSON) read with them.',
  } as PluralMessage,
  'error.by':
    '"{value}" is not a grouping; use session, sector, nation, region or period (period:quarter, period:year, period:week).',
  'error.byCount': 'group by one dimension, or two for a cross-tabulation.',
  'error.threshold': 'the threshold must be a whole number such as 3.',
  'error.threads': 'the number of threads must be a whole number from 1, such as 2.',
  'progress.reading': 'Reading',
  'mapping.check': 'check',
  'mapping.ok': 'ok',
  'mapping.none': 'none',
  'mapping.unmatched': 'no field found; map it or set it to null',
  'mapping.answers': 'Answers with no rating (add them to "values"): {answers}',
  'help.description':
    'Analyse network-weaving self-assessment responses across sessions: validate, aggregate with disclosure control, report.',
  'help.examples': `
Examples:
  $ netweave validate session-*.csv
  $ netweave aggregate session-*.csv --by sector --disclosure nhs --format csv -o summary.csv
  $ netweave aggregate forms-export.csv --mapping forms-mapping.json --format md
  $ netweave aggregate a.csv b.csv --by sector,nation --format json -o crosstab.json
  $ netweave report session-*.csv commitments.csv --by session -o report.html
  $ netweave report session-*.csv --lang cy -o adroddiad.html
  $ NETWEAVE_LANG=cy netweave aggregate session-*.csv --format md
  $ netweave propose-mapping forms-export.csv -o forms-mapping.json
  $ netweave writeup export.json -o writeup.docx
  $ netweave writeup responses.csv commitments.csv --lang cy -o adroddiad.html

Language:
  Output, messages and this help are in English (--lang en) or Welsh (--lang cy); the default
  comes from NETWEAVE_LANG, else English.

Exit codes:
  0  done, no errors in the data
  1  rows with errors were found (validate), or --strict stopped at the first error
  2  wrong use of the command (unknown option, bad value)
  3  nothing usable to read (missing file, invalid mapping or catalogue, no responses)
  4  the output could not be written`,
  'help.validate': 'check files and list every problem with file, row, column and reason',
  'help.aggregate': 'merge files and print the figures per challenge (and group)',
  'help.report': 'write a self-contained, printable HTML report',
  'help.proposeMapping': 'propose a mapping file from an export’s headers, for you to check and edit',
  'help.files': 'CSV or JSON files',
  'help.filesAll': 'CSV or JSON files (responses and commitments)',
  'help.export': 'another tool’s CSV export',
  'help.mapping': 'a mapping file for another tool’s export (Microsoft/Google Forms, SurveyMonkey)',
  'help.catalogue': 'a catalogue JSON file (default: the netweave default catalogue)',
  'help.strict': 'stop at the first error',
  'help.quiet': 'do not list each problem, only the totals per file',
  'help.lang': 'language of the output, messages and help: en (English) or cy (Cymraeg, Welsh)',
  'help.langDefault': 'NETWEAVE_LANG, else en',
  'help.maxIssues': 'problems listed per file',
  'help.threads': 'threads to read a large CSV with (default: all cores; 1 reads it in one pass)',
  'help.by':
    'group by session, sector, nation, region or period[:quarter|:year|:week]; two, comma-separated, for a cross-tabulation',
  'help.threshold': 'rating at or above which a challenge counts as identified (default: the catalogue’s, 3)',
  'help.disclosure': 'disclosure control',
  'help.codebook': 'a keyword codebook (JSON) for coding other-challenge texts and commitments',
  'help.reliability': 'add Cronbach’s alpha and item-total correlations',
  'help.output': 'write to a file instead of standard output',
  'help.outputMapping': 'write the mapping to a file',
  'help.format': 'output format',
  'help.title': 'the report’s title',
  'help.help': 'display help for command',
  'help.version': 'output the version number',
  'help.heading.Usage:': 'Usage:',
  'help.heading.Options:': 'Options:',
  'help.heading.Commands:': 'Commands:',
  'help.heading.Arguments:': 'Arguments:',
  'help.heading.Global Options:': 'Global Options:',
  'help.choices': 'choices',
  'help.default': 'default',
  'help.usage.options': '[options]',
  'help.writeup':
    'write a session up as Word (.docx), HTML or Markdown: who took part, the challenges rated, what emerged group by group, what people said they will do',
  'help.filesWriteup':
    'the session’s files: the collector’s export.json, or its responses and commitments exports (CSV or JSON)',
  'help.outputWriteup': 'the document to write; its extension sets the format: .docx, .html or .md',
  'writeup.format': 'cannot tell the format from “{file}”: name the output .docx, .html or .md',
  'writeup.notJson': '{file} is not valid JSON ({detail})',
  'writeup.otherKind':
    '{file} is not a netweave session export (it says it is “{kind}”): give the collector’s export.json, or responses and commitments exports',
  'writeup.otherVersion': '{file} is a session export of version {version}, which this netweave cannot read',
  'writeup.badExport': '{file} is a session export without a usable {part}',
  'writeup.unreadable': 'cannot write up {detail}',
  'writeup.foreignCommitments':
    '{file} holds commitments for session {session}, which is not among the responses’ sessions ({sessions}): give the commitments export of the same session',
  'writeup.otherSession':
    '{file} is an export of session {session}, but the other files are about session {first}: write up one session at a time',
  'writeup.empty': 'nothing to write up in {files}: no responses, and no visible commitments or notes',
  'writeup.untitled': 'Session {id}',
  'writeup.written': 'Wrote {file}',
  'note.writeup':
    'use `netweave writeup {files} -o writeup.docx` for a write-up that lists what people said they will do',
  'help.usage.command': '[command]',
};

export type CliStrings = typeof cliEn;

/**
 * Counts as in the report's Welsh (output/report-strings.ts): digits and the singular noun
 * ("12 ymrwymiad"), never "{count} o ymrwymiadau", with a form per plural category only where the
 * spoken numeral mutates the noun ("rhes", feminine: dwy res).
 */
export const cliCy: CliStrings = {
  'severity.error': 'gwall',
  'severity.warning': 'rhybudd',
  'severity.info': 'nodyn',
  // {duplicates} does not choose the form: its noun comes first, so it reads right for any number.
  'file.summary': {
    two: '{file}: darllenwyd {count} res, cadwyd {accepted}, hepgorwyd {rejected}, dyblygion a ollyngwyd: {duplicates}',
    other:
      '{file}: darllenwyd {count} rhes, cadwyd {accepted}, hepgorwyd {rejected}, dyblygion a ollyngwyd: {duplicates}',
  },
  'file.more': {
    other: '… a {count} arall heb eu rhestru yn {file}',
  },
  'error.write': 'ni ellir ysgrifennu {file}: {detail}',
  'error.read': 'ni ellir darllen {file}: {detail}',
  'error.readOption': 'ni ellir darllen y ffeil {what} {file}: {detail}',
  'what.catalogue': 'catalog',
  'what.mapping': 'mapio',
  'what.codebook': 'llyfr codau',
  'error.codebookCodes': 'mae angen gwrthrych "codes" ynddi',
  'error.codebookList': 'rhaid i codes["{code}"] fod yn rhestr o allweddeiriau',
  'error.nothing': 'dim i’w ddadansoddi: nid oedd modd darllen unrhyw ymatebion o’r ffeiliau a roddwyd',
  'note.commitmentsOnly': {
    one: 'Mae {files} yn cynnwys {count} ymrwymiad a dim ymatebion: mae’r allbwn yn ei gyfrif, ond mae ffigurau’r heriau angen allforyn yr ymatebion hunanasesu (CSV neu JSON) wedi’i ddarllen gydag ef.',
    other:
      'Mae {files} yn cynnwys {count} ymrwymiad a dim ymatebion: mae’r allbwn yn eu cyfrif, ond mae ffigurau’r heriau angen allforyn yr ymatebion hunanasesu (CSV neu JSON) wedi’i ddarllen gyda nhw.',
  },
  'error.by':
    'Nid yw "{value}" yn grwpio dilys; defnyddiwch session, sector, nation, region neu period (period:quarter, period:year, period:week).',
  'error.byCount': 'Grwpiwch yn ôl un dimensiwn, neu ddau ar gyfer croes-dablu.',
  'error.threshold': 'Rhaid i’r trothwy fod yn rhif cyfan fel 3.',
  'error.threads': 'Rhaid i nifer yr edafedd fod yn rhif cyfan o 1 i fyny, fel 2.',
  'progress.reading': 'Yn darllen',
  'mapping.check': 'gwirio',
  'mapping.ok': 'iawn',
  'mapping.none': 'dim',
  'mapping.unmatched': 'ni chafwyd maes; mapiwch y golofn neu ei gosod yn null',
  'mapping.answers': 'Atebion heb sgôr (ychwanegwch nhw at "values"): {answers}',
  'help.description':
    'Dadansoddi ymatebion hunanasesu gwehyddu rhwydweithiau ar draws sesiynau: dilysu, cyfuno gyda rheolaeth datgelu, adrodd.',
  'help.examples': `
Enghreifftiau:
  $ netweave validate session-*.csv
  $ netweave aggregate session-*.csv --by sector --disclosure nhs --format csv -o crynodeb.csv
  $ netweave aggregate forms-export.csv --mapping forms-mapping.json --format md
  $ netweave aggregate a.csv b.csv --by sector,nation --format json -o croes-dabl.json
  $ netweave report session-*.csv commitments.csv --by session -o adroddiad.html
  $ netweave report session-*.csv --lang en -o report.html
  $ NETWEAVE_LANG=cy netweave aggregate session-*.csv --format md
  $ netweave propose-mapping forms-export.csv -o forms-mapping.json
  $ netweave writeup export.json -o adroddiad.docx
  $ netweave writeup responses.csv commitments.csv --lang en -o writeup.html

Iaith:
  Mae’r allbwn, y negeseuon a’r cymorth hwn yn Saesneg (--lang en) neu yn Gymraeg (--lang cy);
  daw’r rhagosodiad o NETWEAVE_LANG, neu Saesneg fel arall.

Codau gadael:
  0  wedi gorffen, dim gwallau yn y data
  1  cafwyd rhesi â gwallau (validate), neu fe stopiodd --strict wrth y gwall cyntaf
  2  defnydd anghywir o’r gorchymyn (opsiwn anhysbys, gwerth annilys)
  3  dim byd y gellir ei ddarllen (ffeil ar goll, ffeil fapio neu gatalog annilys, dim ymatebion)
  4  nid oedd modd ysgrifennu’r allbwn`,
  'help.validate': 'gwirio ffeiliau a rhestru pob problem gyda’r ffeil, y rhes, y golofn a’r rheswm',
  'help.aggregate': 'cyfuno ffeiliau ac argraffu’r ffigurau ar gyfer pob her (a grŵp)',
  'help.report': 'ysgrifennu adroddiad HTML hunangynhwysol y gellir ei argraffu',
  'help.proposeMapping': 'cynnig ffeil fapio o benawdau allforyn, i chi ei gwirio a’i golygu',
  'help.files': 'ffeiliau CSV neu JSON',
  'help.filesAll': 'ffeiliau CSV neu JSON (ymatebion ac ymrwymiadau)',
  'help.export': 'allforyn CSV o offeryn arall',
  'help.mapping': 'ffeil fapio ar gyfer allforyn o offeryn arall (Microsoft/Google Forms, SurveyMonkey)',
  'help.catalogue': 'ffeil JSON catalog (rhagosodiad: catalog rhagosodedig netweave)',
  'help.strict': 'stopio wrth y gwall cyntaf',
  'help.quiet': 'peidio â rhestru pob problem, dim ond y cyfansymiau ar gyfer pob ffeil',
  'help.lang': 'iaith yr allbwn, y negeseuon a’r cymorth: en (Saesneg, English) neu cy (Cymraeg)',
  'help.langDefault': 'NETWEAVE_LANG, neu en fel arall',
  'help.maxIssues': 'nifer y problemau a restrir ar gyfer pob ffeil',
  'help.threads':
    'nifer yr edafedd i ddarllen CSV mawr (rhagosodiad: pob craidd; mae 1 yn ei darllen mewn un tro)',
  'help.by':
    'grwpio yn ôl session (sesiwn), sector, nation (gwlad), region (rhanbarth) neu period[:quarter|:year|:week] (cyfnod); dau, wedi’u gwahanu gan goma, ar gyfer croes-dablu',
  'help.threshold': 'y sgôr, neu uwch, sy’n golygu bod her wedi’i nodi (rhagosodiad: un y catalog, 3)',
  'help.disclosure': 'rheolaeth datgelu',
  'help.codebook': 'llyfr codau allweddeiriau (JSON) i godio testunau heriau eraill ac ymrwymiadau',
  'help.reliability': 'ychwanegu alffa Cronbach a chydberthnasoedd eitem-cyfanswm',
  'help.output': 'ysgrifennu i ffeil yn lle’r allbwn safonol',
  'help.outputMapping': 'ysgrifennu’r mapio i ffeil',
  'help.format': 'fformat yr allbwn',
  'help.title': 'teitl yr adroddiad',
  'help.help': 'dangos cymorth ar gyfer y gorchymyn',
  'help.version': 'dangos rhif y fersiwn',
  'help.heading.Usage:': 'Defnydd:',
  'help.heading.Options:': 'Opsiynau:',
  'help.heading.Commands:': 'Gorchmynion:',
  'help.heading.Arguments:': 'Dadleuon:',
  'help.heading.Global Options:': 'Opsiynau cyffredinol:',
  'help.choices': 'dewisiadau',
  'help.default': 'rhagosodiad',
  'help.usage.options': '[opsiynau]',
  'help.writeup':
    'ysgrifennu adroddiad ar sesiwn fel Word (.docx), HTML neu Markdown: pwy gymerodd ran, yr heriau a sgoriwyd, beth ddaeth i’r amlwg ym mhob grŵp, beth ddywedodd pobl y byddan nhw’n ei wneud',
  'help.filesWriteup':
    'ffeiliau’r sesiwn: export.json y casglwr, neu ei allforion ymatebion ac ymrwymiadau (CSV neu JSON)',
  'help.outputWriteup': 'y ddogfen i’w hysgrifennu; mae ei henw’n pennu’r fformat: .docx, .html neu .md',
  'writeup.format':
    'ni ellir dweud y fformat o “{file}”: rhowch .docx, .html neu .md ar ddiwedd enw’r allbwn',
  'writeup.notJson': 'nid yw {file} yn JSON dilys ({detail})',
  'writeup.otherKind':
    'nid yw {file} yn allforyn sesiwn netweave (mae’n dweud mai “{kind}” ydyw): rhowch export.json y casglwr, neu allforion ymatebion ac ymrwymiadau',
  'writeup.otherVersion':
    'mae {file} yn allforyn sesiwn fersiwn {version}, na all y netweave hwn ei ddarllen',
  'writeup.badExport': 'mae {file} yn allforyn sesiwn heb {part} y gellir ei ddefnyddio',
  'writeup.unreadable': 'ni ellir ysgrifennu adroddiad o {detail}',
  'writeup.foreignCommitments':
    'mae {file} yn cynnwys ymrwymiadau ar gyfer sesiwn {session}, nad yw ymhlith sesiynau’r ymatebion ({sessions}): rhowch allforyn ymrwymiadau’r un sesiwn',
  'writeup.otherSession':
    'mae {file} yn allforyn o sesiwn {session}, ond mae’r ffeiliau eraill yn ymwneud â sesiwn {first}: ysgrifennwch adroddiad ar un sesiwn ar y tro',
  'writeup.empty':
    'dim i ysgrifennu adroddiad arno yn {files}: dim ymatebion, a dim ymrwymiadau na nodiadau gweladwy',
  'writeup.untitled': 'Sesiwn {id}',
  'writeup.written': 'Ysgrifennwyd {file}',
  'note.writeup':
    'defnyddiwch `netweave writeup {files} -o adroddiad.docx` i gael adroddiad sy’n rhestru beth ddywedodd pobl y byddan nhw’n ei wneud',
  'help.usage.command': '[gorchymyn]',
};

export type CliLocalizer = Localizer<CliStrings>;

export const cliLocalizer = (locale: Locale): CliLocalizer =>
  new Localizer<CliStrings>({ en: cliEn, cy: cliCy }, locale);

/** The locale from `--lang x` / `--lang=x` in argv, else NETWEAVE_LANG, else English. */
export function cliLocale(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Locale {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '--lang') return normaliseLocale(argv[i + 1]);
    if (arg.startsWith('--lang=')) return normaliseLocale(arg.slice(7));
  }
  return normaliseLocale(env.NETWEAVE_LANG);
}
