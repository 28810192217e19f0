/**
 * The wording of the Markdown tables, the HTML report and the bar chart, in English and Welsh.
 * A partner can replace any of it through `strings: { en: {...}, cy: {...} }` (core's
 * StringOverrides) on the renderers. Plurals follow `Intl.PluralRules` (Welsh has six forms).
 */
import { Localizer, type Locale, type PluralMessage, type StringOverrides } from '@netweave/model';
import { DISCLOSURE_DESCRIPTIONS } from '../disclosure/rules.js';

export const reportEn = {
  'md.title': 'Network challenges: summary',
  'html.title': 'Network challenges: evaluation report',
  intro:
    'Respondents: {respondents}. A challenge is identified when rated {threshold} or more. Catalogue version {version}.',
  'disclosure.heading': 'Disclosure control ({rule})',
  'disclosure.nhs': DISCLOSURE_DESCRIPTIONS.en.nhs,
  'disclosure.survey': DISCLOSURE_DESCRIPTIONS.en.survey,
  'disclosure.none': DISCLOSURE_DESCRIPTIONS.en.none,
  'disclosure.notShown': '* = not shown.',
  'col.challenge': 'Challenge',
  'col.identified': 'Identified',
  'col.base': 'Base',
  'col.percent': '%',
  'col.ci': '95% CI',
  'col.mean': 'Mean',
  'col.median': 'Median',
  'col.sd': 'SD',
  'col.low': 'Low',
  'col.neutral': 'Neutral',
  'col.high': 'High',
  'col.lowNeutralHigh': 'Low / neutral / high',
  'all.heading': 'All respondents',
  'group.heading': {
    one: '{label} ({count} respondent)',
    other: '{label} ({count} respondents)',
  } as PluralMessage,
  'group.by': 'By {dimensions}',
  'dim.session': 'session',
  'dim.sector': 'sector',
  'dim.nation': 'nation',
  'dim.region': 'region',
  'dim.period': 'period',
  notStated: 'Not stated',
  'other.label': 'Other challenge',
  'other.heading': 'Other challenges named',
  'other.respondents': {
    one: '{count} respondent named another challenge.',
    other: '{count} respondents named another challenge.',
  } as PluralMessage,
  'other.unmatchedCount': {
    one: '{count} distinct text matched no keyword in the codebook.',
    other: '{count} distinct texts matched no keyword in the codebook.',
  } as PluralMessage,
  'other.withheld': {
    one: '{count} text looked like personal data and is not shown.',
    other: '{count} texts looked like personal data and are not shown.',
  } as PluralMessage,
  'other.caption': 'Texts (normalised), counts and codes',
  'other.text': 'Text',
  'other.count': 'Count',
  'other.coded': 'Coded as',
  'other.unmatched': 'unmatched',
  'commitments.heading': 'Commitments',
  'commitments.total': {
    one: '{count} commitment (hidden ones left out).',
    other: '{count} commitments (hidden ones left out).',
  } as PluralMessage,
  'commitments.unmatched': {
    one: '{count} matched no keyword in the codebook.',
    other: '{count} matched no keyword in the codebook.',
  } as PluralMessage,
  'commitments.count': 'Commitments',
  'commitments.session': 'Session',
  'commitments.column': 'Column',
  'commitments.sector': 'Sector',
  'commitments.code': 'Coded as',
  'commitments.bySession': 'Commitments by session',
  'commitments.bySector': 'Commitments by sector',
  'commitments.byCode': 'Commitments by code',
  'reliability.heading': 'Scale reliability',
  'reliability.md': {
    one: 'Cronbach’s alpha {alpha} (standardised {standardised}), {count} complete response.',
    other: 'Cronbach’s alpha {alpha} (standardised {standardised}), {count} complete responses.',
  } as PluralMessage,
  'reliability.html': {
    one: 'Cronbach’s alpha {alpha} (standardised {standardised}) from {count} respondent who rated every challenge.',
    other:
      'Cronbach’s alpha {alpha} (standardised {standardised}) from {count} respondents who rated every challenge.',
  } as PluralMessage,
  'reliability.caption': 'Item-total correlations',
  'reliability.itemTotal': 'Item-total r',
  'reliability.correctedItemTotal': 'Corrected item-total r',
  'reliability.alphaIfDropped': 'Alpha if dropped',
  'html.generated': 'Generated {date} by @netweave/sdk. Catalogue version {version}.',
  'methods.heading': 'Methods',
  'methods.scale':
    'Respondents rated each challenge on the scale {scale}; “Not sure” is recorded as no answer.',
  'methods.identified':
    'A challenge is identified by a respondent who rated it {threshold} or more. Its frequency is the number who identified it divided by the number who rated it (the base), with a Wilson score 95% confidence interval. Means, medians and standard deviations (n − 1) use all ratings given.',
  'methods.merged': {
    one: 'Responses from {count} session between {from} and {to} were merged; repeated response ids were counted once.',
    other:
      'Responses from {count} sessions between {from} and {to} were merged; repeated response ids were counted once.',
  } as PluralMessage,
  'bases.heading': 'Base sizes',
  'bases.respondents': 'Respondents: {count}.',
  'bases.caption': 'Respondents per session',
  'bases.session': 'Session',
  'bases.respondentsColumn': 'Respondents',
  'chart.heading': 'How often each challenge was identified',
  'chart.caption':
    'Bars: share of respondents rating the challenge {threshold} or more; whiskers: 95% confidence intervals.',
  'chart.title': 'Share of respondents identifying each challenge',
  'chart.notShown': 'not shown',
  'empty.commitments': {
    one: 'The files read hold {count} commitment and no responses, so there are no ratings to chart or put in tables. The commitment is counted below; read the self-assessment responses export with it to see the challenges, or use `netweave writeup` for a write-up that lists what people said they will do.',
    other:
      'The files read hold {count} commitments and no responses, so there are no ratings to chart or put in tables. The commitments are counted below; read the self-assessment responses export with them to see the challenges, or use `netweave writeup` for a write-up that lists what people said they will do.',
  } as PluralMessage,
  'empty.none': 'The files read hold no responses, so there are no ratings to chart or put in tables.',
  'quality.heading': 'Data quality',
  'quality.caption': 'Rows read per file',
  'quality.file': 'File',
  'quality.rows': 'Rows',
  'quality.kept': 'Kept',
  'quality.rejected': 'Left out (errors)',
  'quality.duplicates': 'Duplicates dropped',
};

export type ReportStrings = typeof reportEn;
export type ReportKey = keyof ReportStrings & string;

/**
 * Counts as core's Welsh messages write them (and the wall's, the self-assessment's and the
 * chart's): the number in digits, then the singular noun ("15 ymatebydd", "3 sesiwn"), never
 * "{count} o ymatebwyr"; a form per plural category only where the spoken numeral mutates the noun
 * (two: soft, "2 destun"; few and many: aspirate after tri and chwe, "3 thestun", "6 thestun").
 * Where a count sits in a plain string, it is worded so that it reads right for any number.
 */
export const reportCy: ReportStrings = {
  'md.title': 'Heriau rhwydwaith: crynodeb',
  'html.title': 'Heriau rhwydwaith: adroddiad gwerthuso',
  intro:
    'Ymatebwyr: {respondents}. Mae her wedi’i nodi pan fydd wedi cael sgôr o {threshold} neu fwy. Fersiwn y catalog: {version}.',
  'disclosure.heading': 'Rheolaeth datgelu ({rule})',
  'disclosure.nhs': DISCLOSURE_DESCRIPTIONS.cy.nhs,
  'disclosure.survey': DISCLOSURE_DESCRIPTIONS.cy.survey,
  'disclosure.none': DISCLOSURE_DESCRIPTIONS.cy.none,
  'disclosure.notShown': '* = heb ei ddangos.',
  'col.challenge': 'Her',
  'col.identified': 'Wedi’i nodi',
  'col.base': 'Sylfaen',
  'col.percent': '%',
  'col.ci': 'Cyfwng hyder 95%',
  'col.mean': 'Cymedr',
  'col.median': 'Canolrif',
  'col.sd': 'Gwyriad safonol',
  'col.low': 'Isel',
  'col.neutral': 'Niwtral',
  'col.high': 'Uchel',
  'col.lowNeutralHigh': 'Isel / niwtral / uchel',
  'all.heading': 'Pob ymatebydd',
  // "ymatebydd", "ymateb", "ymrwymiad" and "sesiwn" do not mutate after a numeral: one form.
  'group.heading': { other: '{label} ({count} ymatebydd)' },
  'group.by': 'Yn ôl {dimensions}',
  'dim.session': 'sesiwn',
  'dim.sector': 'sector',
  'dim.nation': 'gwlad',
  'dim.region': 'rhanbarth',
  'dim.period': 'cyfnod',
  notStated: 'Heb ei nodi',
  'other.label': 'Her arall',
  'other.heading': 'Heriau eraill a enwyd',
  'other.respondents': { other: 'Enwodd {count} ymatebydd her arall.' },
  // "testun": dau destun, tri thestun, chwe thestun.
  'other.unmatchedCount': {
    two: 'Ni chyfatebodd {count} destun gwahanol i unrhyw allweddair yn y llyfr codau.',
    few: 'Ni chyfatebodd {count} thestun gwahanol i unrhyw allweddair yn y llyfr codau.',
    many: 'Ni chyfatebodd {count} thestun gwahanol i unrhyw allweddair yn y llyfr codau.',
    other: 'Ni chyfatebodd {count} testun gwahanol i unrhyw allweddair yn y llyfr codau.',
  },
  'other.withheld': {
    one: 'Roedd {count} testun yn edrych fel data personol, ac nid yw’n cael ei ddangos.',
    two: 'Roedd {count} destun yn edrych fel data personol, ac nid ydynt yn cael eu dangos.',
    few: 'Roedd {count} thestun yn edrych fel data personol, ac nid ydynt yn cael eu dangos.',
    many: 'Roedd {count} thestun yn edrych fel data personol, ac nid ydynt yn cael eu dangos.',
    other: 'Roedd {count} testun yn edrych fel data personol, ac nid ydynt yn cael eu dangos.',
  },
  'other.caption': 'Testunau (wedi’u safoni), niferoedd a chodau',
  'other.text': 'Testun',
  'other.count': 'Nifer',
  'other.coded': 'Wedi’i godio fel',
  'other.unmatched': 'dim cyfatebiaeth',
  'commitments.heading': 'Ymrwymiadau',
  'commitments.total': { other: '{count} ymrwymiad (heb gynnwys rhai cudd).' },
  'commitments.unmatched': {
    other: 'Ni chyfatebodd {count} i unrhyw allweddair yn y llyfr codau.',
  },
  'commitments.count': 'Ymrwymiadau',
  'commitments.session': 'Sesiwn',
  'commitments.column': 'Colofn',
  'commitments.sector': 'Sector',
  'commitments.code': 'Wedi’i godio fel',
  'commitments.bySession': 'Ymrwymiadau fesul sesiwn',
  'commitments.bySector': 'Ymrwymiadau fesul sector',
  'commitments.byCode': 'Ymrwymiadau fesul cod',
  'reliability.heading': 'Dibynadwyedd y raddfa',
  'reliability.md': {
    other: 'Alffa Cronbach {alpha} (safonedig {standardised}), {count} ymateb cyflawn.',
  },
  'reliability.html': {
    other:
      'Alffa Cronbach {alpha} (safonedig {standardised}) gan {count} ymatebydd a roddodd sgôr i bob her.',
  },
  'reliability.caption': 'Cydberthyniadau eitem–cyfanswm',
  'reliability.itemTotal': 'r eitem–cyfanswm',
  'reliability.correctedItemTotal': 'r eitem–cyfanswm wedi’i gywiro',
  'reliability.alphaIfDropped': 'Alffa heb yr eitem',
  'html.generated': 'Crëwyd {date} gan @netweave/sdk. Fersiwn y catalog: {version}.',
  'methods.heading': 'Dulliau',
  'methods.scale':
    'Rhoddodd yr ymatebwyr sgôr i bob her ar y raddfa {scale}; cofnodir “Ddim yn siŵr” fel dim ateb.',
  'methods.identified':
    'Mae ymatebydd wedi nodi her os rhoddodd sgôr o {threshold} neu fwy iddi. Amlder her yw nifer y rhai a’i nododd wedi’i rannu â nifer y rhai a roddodd sgôr iddi (y sylfaen), gyda chyfwng hyder 95% sgôr Wilson. Mae’r cymedrau, y canolrifau a’r gwyriadau safonol (n − 1) yn defnyddio pob sgôr a roddwyd.',
  'methods.merged': {
    other:
      'Cyfunwyd ymatebion o {count} sesiwn rhwng {from} a {to}; cyfrifwyd pob dynodydd ymateb a ailadroddwyd unwaith yn unig.',
  },
  'bases.heading': 'Meintiau sylfaen',
  'bases.respondents': 'Ymatebwyr: {count}.',
  'bases.caption': 'Ymatebwyr fesul sesiwn',
  'bases.session': 'Sesiwn',
  'bases.respondentsColumn': 'Ymatebwyr',
  'chart.heading': 'Pa mor aml y nodwyd pob her',
  'chart.caption':
    'Barrau: cyfran yr ymatebwyr a roddodd sgôr o {threshold} neu fwy i’r her; llinellau: cyfyngau hyder 95%.',
  'chart.title': 'Cyfran yr ymatebwyr a nododd bob her',
  'chart.notShown': 'heb ei ddangos',
  // One form for one commitment ("Mae’r ymrwymiad wedi’i gyfrif", "gydag ef"), one for the rest.
  'empty.commitments': {
    one: 'Mae’r ffeiliau a ddarllenwyd yn cynnwys {count} ymrwymiad a dim ymatebion, felly nid oes sgoriau i’w dangos mewn siart nac mewn tablau. Mae’r ymrwymiad wedi’i gyfrif isod; darllenwch allforyn yr ymatebion hunanasesu gydag ef i weld yr heriau, neu defnyddiwch `netweave writeup` i gael adroddiad sy’n rhestru beth ddywedodd pobl y byddan nhw’n ei wneud.',
    other:
      'Mae’r ffeiliau a ddarllenwyd yn cynnwys {count} ymrwymiad a dim ymatebion, felly nid oes sgoriau i’w dangos mewn siart nac mewn tablau. Mae’r ymrwymiadau wedi’u cyfrif isod; darllenwch allforyn yr ymatebion hunanasesu gyda nhw i weld yr heriau, neu defnyddiwch `netweave writeup` i gael adroddiad sy’n rhestru beth ddywedodd pobl y byddan nhw’n ei wneud.',
  },
  'empty.none':
    'Nid oes unrhyw ymatebion yn y ffeiliau a ddarllenwyd, felly nid oes sgoriau i’w dangos mewn siart nac mewn tablau.',
  'quality.heading': 'Ansawdd y data',
  'quality.caption': 'Rhesi a ddarllenwyd fesul ffeil',
  'quality.file': 'Ffeil',
  'quality.rows': 'Rhesi',
  'quality.kept': 'Cadwyd',
  'quality.rejected': 'Hepgorwyd (gwallau)',
  'quality.duplicates': 'Dyblygion a hepgorwyd',
};

/** Options shared by the Markdown, HTML and chart renderers. */
export interface LocaleOptions {
  /** `en` (default) or `cy`. Number formats and plurals follow it too. */
  locale?: Locale;
  /** A partner's own wording, per locale, keyed as in `reportEn` (missing keys keep netweave's). */
  strings?: StringOverrides;
}

export function reportLocalizer(options: LocaleOptions = {}): Localizer<ReportStrings> {
  return new Localizer<ReportStrings>(
    { en: reportEn, cy: reportCy },
    options.locale ?? 'en',
    options.strings,
  );
}
