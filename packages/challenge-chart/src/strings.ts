/**
 * Every user-visible string of <netweave-challenge-chart>, in English and Welsh. Partners override
 * any key through the `strings` property or `<netweave-provider>` (`{ en: {…}, cy: {…} }`).
 */
import type { PluralMessage } from '@netweave/core';

export const chartEn = {
  title: 'How often each challenge was identified',
  'value.percent': '{percent} of {base}',
  'value.count': '{identified} of {base}',
  'value.none': 'no ratings',
  'value.suppressed': '*',
  'value.suppressed.long': 'Not shown: too few people.',
  'aria.bar': '{label}: {value}',
  'aria.bar.group': '{label}, {group}: {value}',
  'aria.bar.interval': '{label}: {value} respondents, 95% interval {low} to {high}',
  'aria.bar.interval.group': '{label}, {group}: {value} respondents, 95% interval {low} to {high}',
  'aria.bars': 'Challenges (use the arrow keys to move between bars)',
  'tooltip.interval': '95% interval: {low} to {high}',
  // What * means depends on the rule (src/lib/disclosure.ts): the note names whose count was small.
  // {count} is the rule's smallest count shown (8 or 10): never one, so no singular forms.
  'note.suppressed':
    '* Fewer than {count} people identified that challenge, or fewer than {count} did not, so its figures are not shown.',
  'note.suppressed.nhs':
    '* Fewer than {count} people identified that challenge, so its figures are not shown.',
  'note.suppressed.survey':
    '* Fewer than {count} people rated that challenge, or its figures are hidden so that another hidden figure cannot be worked out.',
  'note.suppressed.generic': '* Too few people are behind these figures for them to be shown.',
  'note.rounded':
    'Counts are rounded to the nearest 5 (zeros stay zero); percentages and intervals are worked out from the rounded counts.',
  'note.interval': 'Lines across the bars show 95% confidence intervals (Wilson).',
  'summary.top': 'Most often identified: {items}.',
  'summary.bottom': 'Least often identified: {item}.',
  'summary.item': '{label}, {value} respondents',
  'summary.group': '{group}: {text}',
  'summary.suppressed': {
    one: '{count} challenge is not shown (marked *).',
    other: '{count} challenges are not shown (marked *).',
  } as PluralMessage,
  'summary.empty': 'No challenge has enough responses to show yet.',
  'summary.groups': 'Compared across {groups}.',
  'axis.percent': 'Percentage of respondents who identified the challenge',
  'axis.count': 'Number of respondents who identified the challenge',
  'table.show': 'Show data table',
  'table.hide': 'Hide data table',
  'table.caption': 'Figures shown in the chart',
  'table.challenge': 'Challenge',
  'table.group': 'Group',
  'table.identified': 'Identified',
  'table.base': 'Respondents',
  'table.percent': 'Percentage',
  'table.interval': '95% interval',
  'table.interval.value': '{low} to {high}',
  'export.svg': 'Download SVG',
  'export.png': 'Download PNG',
  'export.csv': 'Download CSV',
  'export.filename': 'challenge-frequency',
  // The page's Content Security Policy does not allow the data: image a PNG is drawn from.
  'export.png.blocked':
    'This page’s security settings do not allow the chart to be saved as a PNG. Download the SVG instead: it has the same chart.',
  'live.pause': 'Pause updates',
  'live.updated': {
    one: 'Chart updated: {count} respondent.',
    other: 'Chart updated: {count} respondents.',
  } as PluralMessage,
  'live.updated.plain': 'Chart updated.',
  'live.batch':
    'The chart updates after every {batch} responses, so that no one’s answers can be picked out.',
  'error.heading': 'The chart could not be drawn',
  'error.load': 'The chart data could not be loaded from {src} ({detail}).',
  'error.http': 'the server answered {status}',
  'error.network': 'the address could not be reached',
  local: 'This chart shows only answers kept on this device: it is not connected to a collector.',
  'error.json': 'it is not valid JSON: {detail}',
  'error.csv': 'it is not a valid summary CSV: {detail}',
  'error.csv.columns': 'it is not a summary CSV: the columns {columns} are missing',
  'error.identified-above-base':
    '{path}: the number who identified it ({identified}) is more than the number who rated it ({base})',
  'error.unknown-id': '{path}: “{id}” is not a challenge in catalogue version {version}',
  'error.duplicate-id': '{path}: the challenge “{id}” appears twice',
  'error.store': 'The live summary could not be loaded: {detail}.',
  'error.store.offline': 'the collector could not be reached',
  'error.store.session': 'the collector has no session “{session}”',
  'error.store.status': 'the collector answered {status}',
  'error.store.other': '{message}',
  'error.unknown': 'something went wrong ({message})',
  loading: 'Loading the chart…',
  empty: 'There is no data to show yet.',
} satisfies Record<string, string | PluralMessage>;

export type ChartStrings = Record<keyof typeof chartEn, string | PluralMessage>;

/**
 * Counts as core's Welsh messages write them (and the wall's and the self-assessment's): the number
 * in digits, then the singular noun ("57 ymatebydd", "2 her"), never "{count} o ymatebwyr"; a form
 * per plural category only where the spoken numeral mutates the noun ("2 berson", "3 pherson",
 * "6 pherson"). "nag" (not "na") before a number.
 */
export const chartCy: ChartStrings = {
  title: 'Pa mor aml y nodwyd pob her',
  'value.percent': '{percent} o {base}',
  'value.count': '{identified} o {base}',
  'value.none': 'dim sgoriau',
  'value.suppressed': '*',
  'value.suppressed.long': 'Heb ei ddangos: rhy ychydig o bobl.',
  'aria.bar': '{label}: {value}',
  'aria.bar.group': '{label}, {group}: {value}',
  // {value} ends in a number ("42% o 57"); "ymatebydd" does not mutate after any numeral.
  'aria.bar.interval': '{label}: {value} ymatebydd, cyfwng 95% {low} i {high}',
  'aria.bar.interval.group': '{label}, {group}: {value} ymatebydd, cyfwng 95% {low} i {high}',
  'aria.bars': 'Heriau (defnyddiwch y bysellau saeth i symud rhwng y barrau)',
  'tooltip.interval': 'Cyfwng 95%: {low} i {high}',
  // {count} is the rule's smallest count shown: 8 or 10 for the NHS and survey rules, but a live
  // store's minimum base can be any number, and "person" mutates after 2, 3 and 6 (dau berson, tri
  // pherson, chwe pherson): plural forms in Welsh, though the English needs none.
  'note.suppressed': {
    two: '* Nododd llai nag {count} berson yr her honno, neu roedd llai nag {count} heb ei nodi, felly ni ddangosir ei ffigurau.',
    few: '* Nododd llai nag {count} pherson yr her honno, neu roedd llai nag {count} heb ei nodi, felly ni ddangosir ei ffigurau.',
    many: '* Nododd llai nag {count} pherson yr her honno, neu roedd llai nag {count} heb ei nodi, felly ni ddangosir ei ffigurau.',
    other:
      '* Nododd llai nag {count} person yr her honno, neu roedd llai nag {count} heb ei nodi, felly ni ddangosir ei ffigurau.',
  },
  'note.suppressed.nhs': {
    two: '* Nododd llai nag {count} berson yr her honno, felly ni ddangosir ei ffigurau.',
    few: '* Nododd llai nag {count} pherson yr her honno, felly ni ddangosir ei ffigurau.',
    many: '* Nododd llai nag {count} pherson yr her honno, felly ni ddangosir ei ffigurau.',
    other: '* Nododd llai nag {count} person yr her honno, felly ni ddangosir ei ffigurau.',
  },
  'note.suppressed.survey': {
    two: '* Sgoriodd llai nag {count} berson yr her honno, neu mae ei ffigurau wedi’u cuddio fel na ellir cyfrifo ffigur cudd arall.',
    few: '* Sgoriodd llai nag {count} pherson yr her honno, neu mae ei ffigurau wedi’u cuddio fel na ellir cyfrifo ffigur cudd arall.',
    many: '* Sgoriodd llai nag {count} pherson yr her honno, neu mae ei ffigurau wedi’u cuddio fel na ellir cyfrifo ffigur cudd arall.',
    other:
      '* Sgoriodd llai nag {count} person yr her honno, neu mae ei ffigurau wedi’u cuddio fel na ellir cyfrifo ffigur cudd arall.',
  },
  'note.suppressed.generic': '* Mae rhy ychydig o bobl y tu ôl i’r ffigurau hyn i’w dangos.',
  'note.rounded':
    'Mae’r cyfrifon wedi’u talgrynnu i’r 5 agosaf (mae sero yn aros yn sero); cyfrifir y canrannau a’r cyfyngau o’r cyfrifon wedi’u talgrynnu.',
  'note.interval': 'Mae’r llinellau ar draws y barrau yn dangos cyfyngau hyder 95% (Wilson).',
  'summary.top': 'Y rhai a nodwyd amlaf: {items}.',
  'summary.bottom': 'Yr un a nodwyd leiaf: {item}.',
  'summary.item': '{label}, {value} ymatebydd',
  'summary.group': '{group}: {text}',
  // "her" does not mutate after a numeral; only the agreement of "wedi’i"/"wedi’u" changes.
  'summary.suppressed': {
    one: 'Ni ddangosir {count} her (wedi’i marcio â *).',
    other: 'Ni ddangosir {count} her (wedi’u marcio â *).',
  },
  'summary.empty': 'Nid oes yr un her â digon o ymatebion i’w dangos eto.',
  'summary.groups': 'Cymharu ar draws {groups}.',
  'axis.percent': 'Canran yr ymatebwyr a nododd yr her',
  'axis.count': 'Nifer yr ymatebwyr a nododd yr her',
  'table.show': 'Dangos tabl data',
  'table.hide': 'Cuddio’r tabl data',
  'table.caption': 'Y ffigurau a ddangosir yn y siart',
  'table.challenge': 'Her',
  'table.group': 'Grŵp',
  'table.identified': 'Wedi’i nodi',
  'table.base': 'Ymatebwyr',
  'table.percent': 'Canran',
  'table.interval': 'Cyfwng 95%',
  'table.interval.value': '{low} i {high}',
  'export.svg': 'Lawrlwytho SVG',
  'export.png': 'Lawrlwytho PNG',
  'export.csv': 'Lawrlwytho CSV',
  'export.filename': 'amlder-heriau',
  'export.png.blocked':
    'Nid yw gosodiadau diogelwch y dudalen hon yn caniatáu cadw’r siart fel PNG. Lawrlwythwch yr SVG yn lle hynny: mae’r un siart ynddo.',
  'live.pause': 'Oedi diweddariadau',
  'live.updated': { other: 'Diweddarwyd y siart: {count} ymatebydd.' },
  'live.updated.plain': 'Diweddarwyd y siart.',
  'live.batch':
    'Mae’r siart yn cael ei diweddaru ar ôl pob {batch} ymateb, fel na ellir adnabod atebion neb.',
  'error.heading': 'Nid oedd modd llunio’r siart',
  'error.load': 'Nid oedd modd llwytho data’r siart o {src} ({detail}).',
  'error.http': 'atebodd y gweinydd {status}',
  'error.network': 'nid oedd modd cyrraedd y cyfeiriad',
  local:
    'Dim ond atebion a gadwyd ar y ddyfais hon y mae’r siart hwn yn eu dangos: nid yw wedi’i gysylltu â chasglwr.',
  // The parser's detail is the browser's English: left out of the Welsh.
  'error.json': 'nid yw’n JSON dilys',
  'error.csv': 'nid yw’n CSV crynodeb dilys',
  'error.csv.columns': 'nid yw’n CSV crynodeb: mae’r colofnau {columns} ar goll',
  'error.identified-above-base':
    '{path}: mae’r nifer a’i nododd ({identified}) yn fwy na’r nifer a’i sgoriodd ({base})',
  'error.unknown-id': '{path}: nid yw “{id}” yn her yn fersiwn {version} o’r catalog',
  'error.duplicate-id': '{path}: mae’r her “{id}” yn ymddangos ddwywaith',
  'error.store': 'Nid oedd modd llwytho’r crynodeb byw: {detail}.',
  'error.store.offline': 'nid oedd modd cyrraedd y casglwr',
  'error.store.session': 'nid oes gan y casglwr sesiwn “{session}”',
  'error.store.status': 'atebodd y casglwr {status}',
  // The store's own message is English: Welsh pages get netweave's wording instead.
  'error.store.other': 'aeth rhywbeth o’i le',
  'error.unknown': 'aeth rhywbeth o’i le',
  loading: 'Wrthi’n llwytho’r siart…',
  empty: 'Nid oes data i’w ddangos eto.',
};
