import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEFAULT_CATALOGUE,
  issueMessage,
  parseCatalogueJson,
  validateCatalogue,
  validateCommitment,
  validateNewCommitment,
  validateResponse,
  validateSession,
  validateSummary,
  type ValidationIssue,
} from '../../src/index.js';

const goodResponse = {
  id: 'r-1',
  sessionId: 'leeds-2026-03',
  submittedAt: '2026-03-12T10:30:00Z',
  catalogueVersion: '2024.1',
  respondent: { sector: 'vcse', nation: 'wales', region: 'Cardiff' },
  ratings: { 'finding-the-time': 4, 'network-mapping': null },
  otherChallenge: { text: 'Car parking', rating: 2 },
};

function only(issues: readonly ValidationIssue[], path: string): ValidationIssue {
  const found = issues.filter((i) => i.path === path);
  assert.equal(
    found.length,
    1,
    `expected one issue at ${path}, got ${JSON.stringify(issues.map((i) => [i.path, i.code]))}`,
  );
  return found[0]!;
}

// Every reason code core produces, with the input that triggers it and the exact messages a person reads.
const cases: Array<{
  description: string;
  run: (locale: 'en' | 'cy') => readonly ValidationIssue[];
  path: string;
  code: string;
  en: string;
  cy: string;
}> = [
  {
    description: 'a missing required field',
    run: (locale) =>
      validateCatalogue({ challenges: [{ id: 'a', label: 'A' }], scale: DEFAULT_CATALOGUE.scale }, { locale })
        .issues,
    path: 'version',
    code: 'missing',
    en: 'version: is missing',
    cy: 'version: ar goll',
  },
  {
    description: 'text where a list belongs',
    run: (locale) => validateCatalogue({ ...DEFAULT_CATALOGUE, challenges: 'lots' }, { locale }).issues,
    path: 'challenges',
    code: 'type.array',
    en: 'challenges: must be a list',
    cy: 'challenges: rhaid iddo fod yn rhestr',
  },
  {
    description: 'a number where text belongs',
    run: (locale) => validateCatalogue({ ...DEFAULT_CATALOGUE, version: 2 }, { locale }).issues,
    path: 'version',
    code: 'type.string',
    en: 'version: must be text',
    cy: 'version: rhaid iddo fod yn destun',
  },
  {
    description: 'text where a number belongs',
    run: (locale) =>
      validateResponse({ ...goodResponse, ratings: { 'finding-the-time': 'high' } }, { locale }).issues,
    path: 'ratings.finding-the-time',
    code: 'type.number',
    en: 'ratings.finding-the-time: must be a number',
    cy: 'ratings.finding-the-time: rhaid iddo fod yn rhif',
  },
  {
    description: 'a string where true/false belongs',
    run: (locale) =>
      validateSession({ id: 's', title: 'T', date: '2026-03-12', open: 'yes' }, { locale }).issues,
    path: 'open',
    code: 'type.boolean',
    en: 'open: must be true or false',
    cy: 'open: rhaid iddo fod yn wir neu’n gau',
  },
  {
    description: 'a list where an object belongs',
    run: (locale) => validateResponse({ ...goodResponse, respondent: 'nhs' }, { locale }).issues,
    path: 'respondent',
    code: 'type.object',
    en: 'respondent: must be an object with named fields',
    cy: 'respondent: rhaid iddo fod yn wrthrych â meysydd wedi’u henwi',
  },
  {
    description: 'an empty label',
    run: (locale) =>
      validateCatalogue({ ...DEFAULT_CATALOGUE, challenges: [{ id: 'a', label: '  ' }] }, { locale }).issues,
    path: 'challenges[0].label',
    code: 'empty',
    en: 'challenges[0].label: must not be empty',
    cy: 'challenges[0].label: ni ddylai fod yn wag',
  },
  {
    description: 'too few scale points',
    run: (locale) =>
      validateCatalogue({ ...DEFAULT_CATALOGUE, scale: [{ value: 0, label: 'None' }] }, { locale }).issues,
    path: 'scale',
    code: 'min-items',
    en: 'scale: must have at least 2 items',
    cy: 'scale: rhaid cael o leiaf 2 eitem',
  },
  {
    description: 'too many scale points',
    run: (locale) =>
      validateCatalogue(
        { ...DEFAULT_CATALOGUE, scale: Array.from({ length: 12 }, (_, i) => ({ value: i, label: `P${i}` })) },
        { locale },
      ).issues,
    path: 'scale',
    code: 'max-items',
    en: 'scale: must have at most 11 items',
    cy: 'scale: ni ddylai fod ganddo fwy nag 11 eitem',
  },
  {
    description: 'overlong text',
    run: (locale) =>
      validateNewCommitment({ id: 'c1', sessionId: 's', text: 'x'.repeat(1001) }, { locale }).issues,
    path: 'text',
    code: 'max-length',
    en: 'text: must be at most 1,000 characters long',
    cy: 'text: ni ddylai fod yn hirach nag 1,000 nod',
  },
  {
    description: 'an id with spaces',
    run: (locale) =>
      validateCatalogue(
        { ...DEFAULT_CATALOGUE, challenges: [{ id: 'my challenge', label: 'Mine' }] },
        { locale },
      ).issues,
    path: 'challenges[0].id',
    code: 'id-format',
    en: 'challenges[0].id: must use only letters, numbers, dots, hyphens, colons or underscores, starting with a letter or number',
    cy: 'challenges[0].id: rhaid defnyddio llythrennau, rhifau, atalnodau llawn, cysylltnodau, colonau neu danlinellau yn unig, gan ddechrau â llythyren neu rif',
  },
  {
    description: 'a resource that is not a URL',
    run: (locale) =>
      validateCatalogue(
        {
          ...DEFAULT_CATALOGUE,
          challenges: [{ id: 'a', label: 'A', resources: [{ title: 'T', url: 'networkweaver' }] }],
        },
        { locale },
      ).issues,
    path: 'challenges[0].resources[0].url',
    code: 'url',
    en: 'challenges[0].resources[0].url: must be a web address',
    cy: 'challenges[0].resources[0].url: rhaid iddo fod yn gyfeiriad gwe',
  },
  {
    description: 'an http (or javascript:) resource',
    run: (locale) =>
      validateCatalogue(
        {
          ...DEFAULT_CATALOGUE,
          challenges: [{ id: 'a', label: 'A', resources: [{ title: 'T', url: 'javascript:alert(1)' }] }],
        },
        { locale },
      ).issues,
    path: 'challenges[0].resources[0].url',
    code: 'https',
    en: 'challenges[0].resources[0].url: must be a secure web address starting with https://',
    cy: 'challenges[0].resources[0].url: rhaid iddo fod yn gyfeiriad gwe diogel sy’n dechrau gyda https://',
  },
  {
    description: 'a bad timestamp',
    run: (locale) => validateResponse({ ...goodResponse, submittedAt: '12/03/2026' }, { locale }).issues,
    path: 'submittedAt',
    code: 'timestamp',
    en: 'submittedAt: must be a date and time such as 2026-03-12T10:30:00Z',
    cy: 'submittedAt: rhaid iddo fod yn ddyddiad ac amser fel 2026-03-12T10:30:00Z',
  },
  {
    description: 'an impossible timestamp: a date that does not exist (31 February)',
    run: (locale) =>
      validateResponse({ ...goodResponse, submittedAt: '2026-02-31T10:00:00Z' }, { locale }).issues,
    path: 'submittedAt',
    code: 'timestamp',
    en: 'submittedAt: must be a date and time such as 2026-03-12T10:30:00Z',
    cy: 'submittedAt: rhaid iddo fod yn ddyddiad ac amser fel 2026-03-12T10:30:00Z',
  },
  {
    description: 'an impossible timestamp: the year 0000',
    run: (locale) =>
      validateResponse({ ...goodResponse, submittedAt: '0000-01-01T10:00:00Z' }, { locale }).issues,
    path: 'submittedAt',
    code: 'timestamp',
    en: 'submittedAt: must be a date and time such as 2026-03-12T10:30:00Z',
    cy: 'submittedAt: rhaid iddo fod yn ddyddiad ac amser fel 2026-03-12T10:30:00Z',
  },
  {
    description: 'an impossible timestamp: the year 9999',
    run: (locale) =>
      validateResponse({ ...goodResponse, submittedAt: '9999-12-31T10:00:00Z' }, { locale }).issues,
    path: 'submittedAt',
    code: 'timestamp',
    en: 'submittedAt: must be a date and time such as 2026-03-12T10:30:00Z',
    cy: 'submittedAt: rhaid iddo fod yn ddyddiad ac amser fel 2026-03-12T10:30:00Z',
  },
  {
    description: 'an impossible timestamp: 29 February outside a leap year',
    run: (locale) =>
      validateResponse({ ...goodResponse, submittedAt: '2026-02-29T10:00:00Z' }, { locale }).issues,
    path: 'submittedAt',
    code: 'timestamp',
    en: 'submittedAt: must be a date and time such as 2026-03-12T10:30:00Z',
    cy: 'submittedAt: rhaid iddo fod yn ddyddiad ac amser fel 2026-03-12T10:30:00Z',
  },
  {
    description: 'a bad date',
    run: (locale) => validateSession({ id: 's', title: 'T', date: '31 March' }, { locale }).issues,
    path: 'date',
    code: 'date',
    en: 'date: must be a date such as 2026-03-12',
    cy: 'date: rhaid iddo fod yn ddyddiad fel 2026-03-12',
  },
  {
    description: 'a fractional rating',
    run: (locale) =>
      validateResponse({ ...goodResponse, ratings: { 'finding-the-time': 2.5 } }, { locale }).issues,
    path: 'ratings.finding-the-time',
    code: 'integer',
    en: 'ratings.finding-the-time: must be a whole number',
    cy: 'ratings.finding-the-time: rhaid iddo fod yn rhif cyfan',
  },
  {
    description: 'a negative rating',
    run: (locale) =>
      validateResponse({ ...goodResponse, ratings: { 'finding-the-time': -1 } }, { locale }).issues,
    path: 'ratings.finding-the-time',
    code: 'min-value',
    en: 'ratings.finding-the-time: must be at least 0',
    cy: 'ratings.finding-the-time: rhaid iddo fod yn 0 o leiaf',
  },
  {
    description: 'a rating above any scale',
    run: (locale) =>
      validateResponse({ ...goodResponse, ratings: { 'finding-the-time': 101 } }, { locale }).issues,
    path: 'ratings.finding-the-time',
    code: 'max-value',
    en: 'ratings.finding-the-time: must be at most 100',
    cy: 'ratings.finding-the-time: ni ddylai fod yn fwy nag 100',
  },
  {
    description: 'an unknown sector',
    run: (locale) =>
      validateResponse({ ...goodResponse, respondent: { sector: 'charity' } }, { locale }).issues,
    path: 'respondent.sector',
    code: 'one-of',
    en: 'respondent.sector: must be one of: nhs, local-government, social-care, vcse, housing, education, other',
    cy: 'respondent.sector: rhaid iddo fod yn un o’r canlynol: nhs, local-government, social-care, vcse, housing, education, other',
  },
  {
    description: 'a summary of the wrong kind',
    run: (locale) =>
      validateSummary(
        {
          kind: 'other',
          version: 1,
          threshold: 3,
          respondents: 1,
          disclosure: { rule: 'none', description: '' },
          challenges: [],
        },
        { locale },
      ).issues,
    path: 'kind',
    code: 'literal',
    en: 'kind: must be "netweave.frequency-summary"',
    cy: 'kind: rhaid iddo fod yn "netweave.frequency-summary"',
  },
  {
    description: 'a client trying to set status',
    run: (locale) =>
      validateNewCommitment({ id: 'c1', sessionId: 's', text: 'Hello', status: 'visible' }, { locale })
        .issues,
    path: 'status',
    code: 'unknown-field',
    en: 'status: is not a field that can be set here',
    cy: 'status: nid yw’n faes y gellir ei osod yma',
  },
  {
    description: 'two challenges with one id',
    run: (locale) =>
      validateCatalogue(
        {
          ...DEFAULT_CATALOGUE,
          challenges: [
            { id: 'a', label: 'A' },
            { id: 'a', label: 'B' },
          ],
        },
        { locale },
      ).issues,
    path: '',
    code: 'duplicate-challenge-id',
    en: 'The data: has two challenges with the same id',
    cy: 'Y data: mae ganddo ddwy her gyda’r un dynodydd',
  },
  {
    description: 'two scale points with one value',
    run: (locale) =>
      validateCatalogue(
        {
          ...DEFAULT_CATALOGUE,
          scale: [
            { value: 1, label: 'A' },
            { value: 1, label: 'B' },
          ],
        },
        { locale },
      ).issues,
    path: 'scale',
    code: 'duplicate-value',
    en: 'scale: has two points with the same value',
    cy: 'scale: mae ganddo ddau bwynt gyda’r un gwerth',
  },
  {
    description: 'a rating off the catalogue’s scale',
    run: (locale) =>
      validateResponse(
        { ...goodResponse, ratings: { 'finding-the-time': 7 } },
        { locale, catalogue: DEFAULT_CATALOGUE },
      ).issues,
    path: 'ratings.finding-the-time',
    code: 'not-on-scale',
    en: 'ratings.finding-the-time: must be one of the rating scale’s values (0, 1, 2, 3, 4) or left empty',
    cy: 'ratings.finding-the-time: rhaid iddo fod yn un o werthoedd y raddfa sgorio (0, 1, 2, 3, 4) neu’n wag',
  },
  {
    description: 'a challenge not in the catalogue',
    run: (locale) =>
      validateResponse(
        { ...goodResponse, ratings: { 'parking-spaces': 3 } },
        { locale, catalogue: DEFAULT_CATALOGUE },
      ).issues,
    path: 'ratings.parking-spaces',
    code: 'unknown-challenge',
    en: 'ratings.parking-spaces: is not a challenge in catalogue version 2024.1',
    cy: 'ratings.parking-spaces: nid yw’n her yng nghatalog fersiwn 2024.1',
  },
  {
    description: 'broken JSON',
    run: (locale) => parseCatalogueJson('{"version": "1", ', { locale, source: 'catalogue.json' }).issues,
    path: 'catalogue.json',
    code: 'invalid-json',
    en: 'catalogue.json: is not valid JSON: ',
    cy: 'catalogue.json: nid yw’n JSON dilys: ',
  },
];

describe('validation messages name the field and the reason, in English and Welsh', () => {
  for (const c of cases) {
    test(c.description, () => {
      for (const locale of ['en', 'cy'] as const) {
        const issue = only(c.run(locale), c.path);
        assert.equal(issue.code, c.code);
        if (c.code === 'invalid-json') assert.ok(issue.message.startsWith(c[locale]), issue.message);
        else assert.equal(issue.message, c[locale]);
      }
    });
  }

  test('every reason code has a Welsh message different from the English one', () => {
    for (const c of cases) {
      const en = issueMessage(
        {
          path: 'x',
          code: c.code,
          params: {
            count: 2,
            min: 0,
            max: 4,
            options: 'a',
            expected: '1',
            version: '1',
            values: '0',
            detail: 'd',
            received: 'null',
          },
        },
        'en',
      );
      const cy = issueMessage(
        {
          path: 'x',
          code: c.code,
          params: {
            count: 2,
            min: 0,
            max: 4,
            options: 'a',
            expected: '1',
            version: '1',
            values: '0',
            detail: 'd',
            received: 'null',
          },
        },
        'cy',
      );
      assert.notEqual(en, cy, c.code);
    }
  });

  test('a path prefix places issues in a file or row', () => {
    const issue = only(
      validateResponse({ ...goodResponse, submittedAt: 'soon' }, { at: 'row 12' }).issues,
      'row 12.submittedAt',
    );
    assert.equal(issue.message, 'row 12.submittedAt: must be a date and time such as 2026-03-12T10:30:00Z');
  });
});

describe('valid data passes', () => {
  test('the default catalogue is valid', () => {
    const result = validateCatalogue(DEFAULT_CATALOGUE);
    assert.equal(result.success, true, JSON.stringify(result.issues));
  });

  test('a good response passes, with Not sure kept as null (never 0)', () => {
    const result = validateResponse(goodResponse, { catalogue: DEFAULT_CATALOGUE });
    assert.ok(result.success);
    assert.equal(result.value.ratings['network-mapping'], null);
  });

  test('a partner catalogue gets defaults for optional fields', () => {
    const result = validateCatalogue({
      version: 'p1',
      challenges: [{ id: 'a', label: 'A' }],
      scale: DEFAULT_CATALOGUE.scale,
    });
    assert.ok(result.success);
    assert.equal(result.value.threshold, 3);
    assert.deepEqual(result.value.challenges[0]!.resources, []);
  });

  test('a stored commitment defaults column and reactions', () => {
    const result = validateCommitment({
      id: 'c',
      sessionId: 's',
      createdAt: '2026-03-12T10:00:00.000Z',
      text: 'Ring Sam',
      status: 'visible',
    });
    assert.ok(result.success);
    assert.equal(result.value.column, 'commitments');
    assert.equal(result.value.reactions, 0);
  });

  test('the catalogue JSON shipped in dist matches the built-in catalogue', async () => {
    const { readFile } = await import('node:fs/promises');
    const text = await readFile(new URL('../../dist/catalogue.json', import.meta.url), 'utf8');
    const parsed = parseCatalogueJson(text);
    assert.ok(parsed.success);
    assert.deepEqual(parsed.value, validateCatalogue(DEFAULT_CATALOGUE).value);
  });
});

describe('timestamps', () => {
  test('a real leap day is a timestamp, the same day in another year is not', () => {
    assert.equal(validateResponse({ ...goodResponse, submittedAt: '2024-02-29T10:00:00Z' }).success, true);
    assert.equal(validateResponse({ ...goodResponse, submittedAt: '2100-02-29T10:00:00Z' }).success, false);
  });
});

test('idSource() is ID_PATTERN with its length limit, for patterns built around ids', async () => {
  const { idSource, ID_PATTERN, LIMITS, isId } = await import('../../src/index.js');
  const bounded = new RegExp(`^${idSource()}$`);
  for (const value of [
    'a',
    'leeds-2026.03:x_1',
    'a'.repeat(LIMITS.idLength),
    'a'.repeat(LIMITS.idLength + 1),
    '-a',
    'a b',
    '',
    'é',
  ])
    assert.equal(bounded.test(value), ID_PATTERN.test(value) && value.length <= LIMITS.idLength, value);
  assert.equal(isId('a'.repeat(LIMITS.idLength)), true);
  assert.equal(isId('a'.repeat(LIMITS.idLength + 1)), false);
  assert.equal(isId(42), false);
});

test('the collector’s busy refusals (device, session, instance limits) are told as “busy, trying again”', async () => {
  const { problemKey } = await import('../../src/index.js');
  for (const code of [
    'rate-limited',
    'device-rate-limited',
    'session-busy',
    'collector-busy',
    'too-many-streams',
  ])
    assert.equal(problemKey(code), 'problem.rate-limited', code);
  assert.equal(problemKey('something-new'), 'problem.other');
});
