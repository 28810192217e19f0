/**
 * The `netweave` command's own messages in English and Welsh (`--lang en|cy`, default from
 * NETWEAVE_LANG). `--help` stays in English, as is usual for command-line tools.
 */
import { Localizer, normaliseLocale, type Locale, type PluralMessage } from '@netweave/core';

export const cliEn = {
  'severity.error': 'error',
  'severity.warning': 'warning',
  'severity.info': 'info',
  'file.summary': {
    one: '{file}: {count} row read, {accepted} kept, {rejected} left out, {duplicates} duplicates dropped',
    other: '{file}: {count} rows read, {accepted} kept, {rejected} left out, {duplicates} duplicates dropped',
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
  'error.by':
    '"{value}" is not a grouping; use session, sector, nation, region or period (period:quarter, period:year, period:week).',
  'error.byCount': 'group by one dimension, or two for a cross-tabulation.',
  'error.threshold': 'the threshold must be a whole number such as 3.',
  'progress.reading': 'Reading',
  'mapping.check': 'check',
  'mapping.ok': 'ok',
  'mapping.none': 'none',
  'mapping.unmatched': 'no field found; map it or set it to null',
  'mapping.answers': 'Answers with no rating (add them to "values"): {answers}',
};

export type CliStrings = typeof cliEn;

export const cliCy: CliStrings = {
  'severity.error': 'gwall',
  'severity.warning': 'rhybudd',
  'severity.info': 'nodyn',
  'file.summary': {
    other:
      '{file}: darllenwyd {count} rhes, cadwyd {accepted}, hepgorwyd {rejected}, gollyngwyd {duplicates} dyblyg',
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
  'error.by':
    'Nid yw "{value}" yn grwpio dilys; defnyddiwch session, sector, nation, region neu period (period:quarter, period:year, period:week).',
  'error.byCount': 'Grwpiwch yn ôl un dimensiwn, neu ddau ar gyfer croes-dablu.',
  'error.threshold': 'Rhaid i’r trothwy fod yn rhif cyfan fel 3.',
  'progress.reading': 'Yn darllen',
  'mapping.check': 'gwirio',
  'mapping.ok': 'iawn',
  'mapping.none': 'dim',
  'mapping.unmatched': 'ni chafwyd maes; mapiwch y golofn neu ei gosod yn null',
  'mapping.answers': 'Atebion heb sgôr (ychwanegwch nhw at "values"): {answers}',
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
