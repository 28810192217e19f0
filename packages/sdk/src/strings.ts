/**
 * The SDK's own messages (English and Welsh): reading and validation reasons that core's table
 * does not have. Everything else comes from core (`issueMessage`).
 */
import type { PluralMessage } from '@netweave/model';

export const sdkEn = {
  'where.file': '{file}',
  'where.row': '{file}, row {row}',
  'where.cell': '{file}, row {row}, column "{column}"',
  'reason.missing-column': 'the required column "{column}" is missing',
  'reason.unknown-column':
    'is not a challenge in catalogue version {version} nor a known column, so it was ignored',
  'reason.duplicate-column': 'appears more than once; only the first is read',
  'reason.field-count': {
    one: 'has {count} value where the header has {expected}',
    other: 'has {count} values where the header has {expected}',
  } as PluralMessage,
  'reason.unterminated-quote':
    'has a quoted value that is never closed, so the rest of the file could not be read',
  'reason.bad-quote': 'has a stray quote mark',
  'reason.record-too-long': 'is longer than {count} characters, which no export has, so it was left out',
  'reason.header-too-long':
    'is longer than {count} characters, so it cannot be a row of column names and the file was not read',
  'reason.duplicate-identical': 'repeats response {id} exactly (first seen in {first}); the copy was dropped',
  'reason.duplicate-conflict':
    'uses response id {id} again with different answers (first seen in {first}); this row was left out',
  'reason.unknown-value': 'is not a recognised {field} ("{value}"), so it was left blank',
  'reason.normalised': 'was read as {value}',
  'reason.date': 'must be a date and time from 1900 to 2199, such as 2026-03-12T10:30:00Z (found "{value}")',
  'reason.not-on-scale':
    'must be one of the rating scale’s values ({values}) or left empty (found "{value}")',
  'reason.empty-file': 'is empty',
  'reason.not-utf8':
    'is not saved as UTF-8, so it was read as Windows-1252 (Latin-1), as Excel saves a plain "CSV" file: check accented letters (the first is at "{sample}"), or save the file as "CSV UTF-8" and read it again',
  'json.expected': 'on line {line}, expected {expected} but found {found}',
  'json.or': ' or ',
  'json.end': 'the file ends on line {line} before the JSON does (was it cut off?)',
  'json.after': 'on line {line}, there is more after the end of the JSON: {found}',
  'json.invalid': 'on line {line}, {found} is not a JSON value',
  'json.nothing': 'nothing',
  'reason.not-csv':
    'does not look like a netweave export or a mapped file: no response_id or commitment_id column',
  'reason.unreadable': 'could not be read: {detail}',
  'reason.stopped': 'reading stopped at the first error (strict mode)',
  'reason.too-many-texts':
    'has more than {count} different other-challenge texts; the rest were counted together',
};

export type SdkStrings = typeof sdkEn;

/**
 * Counts as core's Welsh messages write them (and the wall's, the self-assessment's and the
 * chart's): the number in digits, then the singular noun ("15 ymatebydd", "3 sesiwn"), never
 * "{count} o ymatebwyr"; a form per plural category only where the spoken numeral mutates the noun
 * (two: soft, "2 destun"; few and many: aspirate after tri and chwe, "3 thestun", "6 thestun").
 * Where a count sits in a plain string, it is worded so that it reads right for any number.
 */
export const sdkCy: SdkStrings = {
  'where.file': '{file}',
  'where.row': '{file}, rhes {row}',
  'where.cell': '{file}, rhes {row}, colofn "{column}"',
  'reason.missing-column': 'mae’r golofn ofynnol "{column}" ar goll',
  'reason.unknown-column':
    'nid yw’n her yng nghatalog fersiwn {version} nac yn golofn hysbys, felly cafodd ei hanwybyddu',
  'reason.duplicate-column': 'yn ymddangos fwy nag unwaith; dim ond y gyntaf sy’n cael ei darllen',
  // "gwerth": dau werth; g does not change after tri or chwe.
  'reason.field-count': {
    two: 'mae ganddi {count} werth lle mae gan y pennawd {expected}',
    other: 'mae ganddi {count} gwerth lle mae gan y pennawd {expected}',
  },
  'reason.unterminated-quote':
    'mae ganddi werth mewn dyfynodau nad yw byth yn cau, felly nid oedd modd darllen gweddill y ffeil',
  'reason.bad-quote': 'mae ganddi ddyfynnod crwydr',
  'reason.record-too-long':
    'mae’n hirach nag {count} nod, sy’n fwy nag unrhyw allforyn, felly cafodd ei hepgor',
  'reason.header-too-long':
    'mae’n hirach nag {count} nod, felly ni all fod yn rhes o enwau colofnau ac ni ddarllenwyd y ffeil',
  'reason.duplicate-identical':
    'yn ailadrodd ymateb {id} yn union (a welwyd gyntaf yn {first}); cafodd y copi ei hepgor',
  'reason.duplicate-conflict':
    'yn defnyddio dynodydd ymateb {id} eto gydag atebion gwahanol (a welwyd gyntaf yn {first}); cafodd y rhes hon ei hepgor',
  'reason.unknown-value': 'nid yw’n {field} cydnabyddedig ("{value}"), felly cafodd ei adael yn wag',
  'reason.normalised': 'cafodd ei ddarllen fel {value}',
  'reason.date':
    'rhaid iddo fod yn ddyddiad ac amser rhwng 1900 a 2199, fel 2026-03-12T10:30:00Z (canfuwyd "{value}")',
  'reason.not-on-scale':
    'rhaid iddo fod yn un o werthoedd y raddfa sgorio ({values}) neu’n wag (canfuwyd "{value}")',
  'reason.empty-file': 'mae’n wag',
  'reason.not-utf8':
    'nid yw wedi’i chadw fel UTF-8, felly cafodd ei darllen fel Windows-1252 (Latin-1), fel y mae Excel yn cadw ffeil "CSV" blaen: gwiriwch y llythrennau acennog (mae’r gyntaf yn "{sample}"), neu cadwch y ffeil fel "CSV UTF-8" a’i darllen eto',
  'json.expected': 'ar linell {line}, roedd disgwyl {expected} ond cafwyd {found}',
  'json.or': ' neu ',
  'json.end': 'mae’r ffeil yn gorffen ar linell {line} cyn i’r JSON orffen (a gafodd ei thorri?)',
  'json.after': 'ar linell {line}, mae rhagor ar ôl diwedd y JSON: {found}',
  'json.invalid': 'ar linell {line}, nid yw {found} yn werth JSON',
  'json.nothing': 'dim byd',
  'reason.not-csv':
    'nid yw’n edrych fel allforyn netweave na ffeil wedi’i mapio: dim colofn response_id na commitment_id',
  'reason.unreadable': 'nid oedd modd ei darllen: {detail}',
  'reason.stopped': 'daeth y darllen i ben wrth y gwall cyntaf (modd caeth)',
  // A plain string in both languages, and "testun" mutates after 2, 3 and 6: the number comes last.
  'reason.too-many-texts':
    'mae nifer y testunau her arall gwahanol sydd ganddi yn fwy nag {count}; cafodd y gweddill eu cyfrif gyda’i gilydd',
};
