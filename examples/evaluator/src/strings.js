// Every word on the evaluator page, in English and Welsh. A page can replace any of them (its own
// wording or its translator's) with a JSON block, read as plain text, never as markup:
//   <script type="application/json" id="netweave-strings">{"cy": {"heading": "…"}}</script>
// Table headings and notes in the results come from @netweave/sdk's report strings (reportEn,
// reportCy), which the same block can override under the same keys.
import { Localizer, setWelshFormats, welshFormats } from '@netweave/model';
import { reportCy, reportEn } from '@netweave/sdk';

export const pageEn = {
  'page.title': 'netweave: analyse session exports on this device',
  heading: 'Analyse session exports',
  intro:
    'Choose or drop the CSV or JSON exports from your sessions and, if you have one, a mapping file for a Microsoft Forms or Google Forms export.',
  private: 'Nothing is uploaded: every file is read and analysed in this browser, on this device.',
  'language.other': 'Cymraeg',
  'files.label': 'Session exports (CSV or JSON)',
  'files.hint': 'or drop files here',
  'files.item': '{name} ({size} KB)',
  'files.ignored': {
    one: '{count} file was not added: only .csv, .json and .txt files can be read.',
    other: '{count} files were not added: only .csv, .json and .txt files can be read.',
  },
  'mapping.label': 'Mapping file for a Forms export (optional)',
  'mapping.problem': 'The mapping file could not be used. {details}',
  'options.legend': 'Options',
  'by.label': 'Group by',
  'by.none': 'No grouping',
  'by.session': 'Session',
  'by.sector': 'Sector',
  'by.nation': 'Nation',
  'by.region': 'Region',
  'by.period': 'Month',
  'disclosure.label': 'Disclosure control',
  'disclosure.option.nhs': 'NHS England (counts 1–7 hidden, others rounded to 5)',
  'disclosure.option.survey': 'Survey (results from fewer than 10 respondents hidden)',
  'disclosure.option.none': 'None (your own working only; do not publish)',
  'threshold.label': 'A challenge is identified when rated at least',
  analyse: 'Analyse',
  clear: 'Clear',
  progress: 'Reading…',
  cancel: 'Cancel',
  'status.reading': 'Reading files on this device…',
  'status.readingPart': 'Reading files on this device: {percent} read…',
  'status.cancelled': 'Reading cancelled: nothing was analysed. Press Analyse to start again.',
  'status.summary': 'Read {responses} from {files}; {problems}.',
  'status.compared': 'Results compared across {groups}.',
  'n.responses': { one: '{count} response', other: '{count} responses' },
  'n.files': { one: '{count} file', other: '{count} files' },
  'n.problems': { one: '{count} problem', other: '{count} problems' },
  'n.noProblems': 'no problems',
  'status.error': 'Something went wrong: {message}',
  'filesRead.heading': 'Files read',
  'col.file': 'File',
  'col.rows': 'Rows',
  'col.kept': 'Kept',
  'col.leftOut': 'Left out',
  'col.duplicates': 'Duplicates',
  problems: {
    one: '{count} problem found (rows with errors were left out)',
    other: '{count} problems found (rows with errors were left out)',
  },
  'problems.more': 'The first {shown} are listed.',
  noResponses: 'No responses could be read from these files.',
  'results.heading': {
    one: 'Results: {count} respondent',
    other: 'Results: {count} respondents',
  },
  'chart.label': 'How often each challenge was identified',
  'downloads.heading': 'Downloads',
  download: 'Download {name}',
};

export const pageCy = {
  'page.title': 'netweave: dadansoddi allforion sesiynau ar y ddyfais hon',
  heading: 'Dadansoddi allforion sesiynau',
  intro:
    'Dewiswch neu ollyngwch yr allforion CSV neu JSON o’ch sesiynau ac, os oes gennych un, ffeil fapio ar gyfer allforyn o Microsoft Forms neu Google Forms.',
  private:
    'Does dim yn cael ei uwchlwytho: mae pob ffeil yn cael ei darllen a’i dadansoddi yn y porwr hwn, ar y ddyfais hon.',
  'language.other': 'English',
  'files.label': 'Allforion sesiynau (CSV neu JSON)',
  'files.hint': 'neu ollyngwch ffeiliau yma',
  'files.item': '{name} ({size} KB)',
  'files.ignored': {
    zero: 'Ni ychwanegwyd {count} ffeil: dim ond ffeiliau .csv, .json a .txt y gellir eu darllen.',
    one: 'Ni ychwanegwyd {count} ffeil: dim ond ffeiliau .csv, .json a .txt y gellir eu darllen.',
    other: 'Ni ychwanegwyd {count} o ffeiliau: dim ond ffeiliau .csv, .json a .txt y gellir eu darllen.',
  },
  'mapping.label': 'Ffeil fapio ar gyfer allforyn Forms (dewisol)',
  'mapping.problem': 'Nid oedd modd defnyddio’r ffeil fapio. {details}',
  'options.legend': 'Dewisiadau',
  'by.label': 'Grwpio yn ôl',
  'by.none': 'Dim grwpio',
  'by.session': 'Sesiwn',
  'by.sector': 'Sector',
  'by.nation': 'Gwlad',
  'by.region': 'Rhanbarth',
  'by.period': 'Mis',
  'disclosure.label': 'Rheolaeth datgelu',
  'disclosure.option.nhs': 'GIG Lloegr (cuddio cyfrifon 1–7, talgrynnu’r lleill i’r 5 agosaf)',
  'disclosure.option.survey': 'Arolwg (cuddio canlyniadau gan lai na 10 ymatebydd)',
  'disclosure.option.none': 'Dim (ar gyfer eich gwaith eich hun yn unig; peidiwch â’i gyhoeddi)',
  'threshold.label': 'Mae her wedi’i nodi pan fydd ei sgôr o leiaf',
  analyse: 'Dadansoddi',
  clear: 'Clirio',
  progress: 'Wrthi’n darllen…',
  cancel: 'Canslo',
  'status.reading': 'Wrthi’n darllen y ffeiliau ar y ddyfais hon…',
  'status.readingPart': 'Wrthi’n darllen y ffeiliau ar y ddyfais hon: {percent} wedi’u darllen…',
  'status.cancelled': 'Canslwyd y darllen: ni ddadansoddwyd dim. Pwyswch Dadansoddi i ddechrau eto.',
  'status.summary': 'Darllenwyd {responses} o {files}; {problems}.',
  'status.compared': 'Cymharwyd y canlyniadau ar draws {groups}.',
  'n.responses': '{count} ymateb',
  'n.files': { one: '{count} ffeil', two: '{count} ffeil', other: '{count} ffeil' },
  'n.problems': {
    one: '{count} broblem',
    two: '{count} broblem',
    many: '{count} phroblem',
    other: '{count} problem',
  },
  'n.noProblems': 'dim problemau',
  'status.error': 'Aeth rhywbeth o’i le: {message}',
  'filesRead.heading': 'Ffeiliau a ddarllenwyd',
  'col.file': 'Ffeil',
  'col.rows': 'Rhesi',
  'col.kept': 'Wedi’u cadw',
  'col.leftOut': 'Wedi’u gadael allan',
  'col.duplicates': 'Dyblygion',
  problems: {
    zero: 'Dim problemau (gadawyd rhesi â gwallau allan)',
    one: '{count} broblem (gadawyd rhesi â gwallau allan)',
    two: '{count} broblem (gadawyd rhesi â gwallau allan)',
    many: '{count} phroblem (gadawyd rhesi â gwallau allan)',
    other: '{count} problem (gadawyd rhesi â gwallau allan)',
  },
  'problems.more': 'Rhestrir y {shown} cyntaf.',
  noResponses: 'Nid oedd modd darllen unrhyw ymatebion o’r ffeiliau hyn.',
  'results.heading': 'Canlyniadau: {count} ymatebydd',
  'chart.label': 'Pa mor aml y nodwyd pob her',
  'downloads.heading': 'Lawrlwythiadau',
  download: 'Lawrlwytho {name}',
};

/** The page's language: `?lang=cy` or `?lang=en` if given, else the page's own `lang`. */
export function pageLocale(location = window.location, root = document.documentElement) {
  const asked = new URLSearchParams(location.search).get('lang');
  if (asked === 'cy' || asked === 'en') return asked;
  return /^cy\b/i.test(root.lang) ? 'cy' : 'en';
}

/**
 * A partner's wording from `<script type="application/json" id="netweave-strings">`: only string
 * values (or plural objects of strings) under `en` and `cy` are taken; anything else is ignored
 * with a console warning, so a typo cannot break the page.
 */
export function pageOverrides(doc = document) {
  const block = doc.getElementById('netweave-strings');
  if (!block) return {};
  let data;
  try {
    data = JSON.parse(block.textContent ?? '');
  } catch (error) {
    console.warn(
      `netweave: the strings block #netweave-strings is not valid JSON (${error.message}); netweave’s wording is used.`,
    );
    return {};
  }
  const out = {};
  for (const locale of ['en', 'cy']) {
    const table = data?.[locale];
    if (!table || typeof table !== 'object') continue;
    out[locale] = {};
    for (const [key, value] of Object.entries(table)) {
      // text, or plural forms of text that include "other" (the form every count can fall back to)
      const ok =
        typeof value === 'string' ||
        (value &&
          typeof value === 'object' &&
          typeof value.other === 'string' &&
          Object.values(value).every((v) => typeof v === 'string'));
      if (ok) out[locale][key] = value;
      else
        console.warn(
          `netweave: strings.${locale}["${key}"] is not text (or plural forms with "other"); netweave’s wording is used.`,
        );
    }
  }
  return out;
}

/**
 * Localizers for the page's own words and for the SDK's report words, with the partner's overrides.
 * A Welsh page also switches on netweave's own Welsh month names and list joiners: a browser
 * without Welsh locale data would write "January 2026" and "a, b and c".
 */
export function localizers(locale, overrides) {
  if (locale === 'cy') setWelshFormats(welshFormats);
  return {
    page: new Localizer({ en: pageEn, cy: pageCy }, locale, overrides),
    report: new Localizer({ en: reportEn, cy: reportCy }, locale, overrides),
  };
}
