/**
 * core's own user-visible strings: validation reasons, storage notices. Welsh written for
 * NHS Wales-style public forms (plain, direct, "chi" form).
 */
import type { PluralMessage } from './localize.js';
import { storageCy, storageEn } from './storage-strings.js';

export const coreEn = {
  ...storageEn,
  'validation.field': '{field}: {reason}',
  'validation.root': 'The data',
  'reason.missing': 'is missing',
  'reason.type.string': 'must be text',
  'reason.type.number': 'must be a number',
  'reason.type.boolean': 'must be true or false',
  'reason.type.array': 'must be a list',
  'reason.type.object': 'must be an object with named fields',
  'reason.type.other': 'has the wrong type (received {received})',
  'reason.empty': 'must not be empty',
  'reason.min-items': {
    one: 'must have at least {count} item',
    other: 'must have at least {count} items',
  } as PluralMessage,
  'reason.max-items': {
    one: 'must have at most {count} item',
    other: 'must have at most {count} items',
  } as PluralMessage,
  'reason.max-length': {
    one: 'must be at most {count} character long',
    other: 'must be at most {count} characters long',
  } as PluralMessage,
  'reason.id-format':
    'must use only letters, numbers, dots, hyphens, colons or underscores, starting with a letter or number',
  'reason.url': 'must be a web address',
  'reason.https': 'must be a secure web address starting with https://',
  'reason.timestamp': 'must be a date and time such as 2026-03-12T10:30:00Z',
  'reason.date': 'must be a date such as 2026-03-12',
  'reason.integer': 'must be a whole number',
  'reason.min-value': 'must be at least {min}',
  'reason.max-value': 'must be at most {max}',
  'reason.one-of': 'must be one of: {options}',
  'reason.literal': 'must be {expected}',
  'reason.unknown-field': 'is not a field that can be set here',
  'reason.duplicate-challenge-id': 'has two challenges with the same id',
  'reason.duplicate-value': 'has two points with the same value',
  'reason.not-on-scale': 'must be one of the rating scale’s values ({values}) or left empty',
  'reason.unknown-challenge': 'is not a challenge in catalogue version {version}',
  'reason.invalid-json': 'is not valid JSON: {detail}',
  'reason.too-large': 'is too large ({size} bytes; the limit is {limit})',
  'reason.invalid': 'is not valid',
};

export type CoreStrings = typeof coreEn;

export const coreCy: CoreStrings = {
  ...storageCy,
  'validation.field': '{field}: {reason}',
  'validation.root': 'Y data',
  'reason.missing': 'ar goll',
  'reason.type.string': 'rhaid iddo fod yn destun',
  'reason.type.number': 'rhaid iddo fod yn rhif',
  'reason.type.boolean': 'rhaid iddo fod yn wir neu’n gau',
  'reason.type.array': 'rhaid iddo fod yn rhestr',
  'reason.type.object': 'rhaid iddo fod yn wrthrych â meysydd wedi’u henwi',
  'reason.type.other': 'mae’r math yn anghywir (derbyniwyd {received})',
  'reason.empty': 'ni ddylai fod yn wag',
  'reason.min-items': {
    zero: 'rhaid cael o leiaf {count} eitem',
    one: 'rhaid cael o leiaf {count} eitem',
    two: 'rhaid cael o leiaf {count} eitem',
    few: 'rhaid cael o leiaf {count} eitem',
    many: 'rhaid cael o leiaf {count} eitem',
    other: 'rhaid cael o leiaf {count} eitem',
  },
  'reason.max-items': { other: 'ni ddylai fod ganddo fwy nag {count} eitem' },
  'reason.max-length': {
    one: 'ni ddylai fod yn hirach nag {count} nod',
    two: 'ni ddylai fod yn hirach nag {count} nod',
    other: 'ni ddylai fod yn hirach nag {count} nod',
  },
  'reason.id-format':
    'rhaid defnyddio llythrennau, rhifau, atalnodau llawn, cysylltnodau, colonau neu danlinellau yn unig, gan ddechrau â llythyren neu rif',
  'reason.url': 'rhaid iddo fod yn gyfeiriad gwe',
  'reason.https': 'rhaid iddo fod yn gyfeiriad gwe diogel sy’n dechrau gyda https://',
  'reason.timestamp': 'rhaid iddo fod yn ddyddiad ac amser fel 2026-03-12T10:30:00Z',
  'reason.date': 'rhaid iddo fod yn ddyddiad fel 2026-03-12',
  'reason.integer': 'rhaid iddo fod yn rhif cyfan',
  'reason.min-value': 'rhaid iddo fod yn {min} o leiaf',
  'reason.max-value': 'ni ddylai fod yn fwy nag {max}',
  'reason.one-of': 'rhaid iddo fod yn un o’r canlynol: {options}',
  'reason.literal': 'rhaid iddo fod yn {expected}',
  'reason.unknown-field': 'nid yw’n faes y gellir ei osod yma',
  'reason.duplicate-challenge-id': 'mae ganddo ddwy her gyda’r un dynodydd',
  'reason.duplicate-value': 'mae ganddo ddau bwynt gyda’r un gwerth',
  'reason.not-on-scale': 'rhaid iddo fod yn un o werthoedd y raddfa sgorio ({values}) neu’n wag',
  'reason.unknown-challenge': 'nid yw’n her yng nghatalog fersiwn {version}',
  'reason.invalid-json': 'nid yw’n JSON dilys: {detail}',
  'reason.too-large': 'mae’n rhy fawr ({size} beit; y terfyn yw {limit})',
  'reason.invalid': 'nid yw’n ddilys',
};
