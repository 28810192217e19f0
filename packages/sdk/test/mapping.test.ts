import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseDate, parseMapping, proposeMapping, readCsv, type Mapping } from '../src/index.js';

const forms = readFileSync(
  new URL('../../../examples/evaluator/data/forms-export.csv', import.meta.url),
  'utf8',
);
const mapping = JSON.parse(
  readFileSync(new URL('../../../examples/evaluator/mapping/forms-mapping.json', import.meta.url), 'utf8'),
) as Mapping;

test('a Microsoft Forms export reads through its mapping: answer texts become ratings', () => {
  const result = readCsv(forms, { file: 'forms-export.csv', mapping });
  assert.equal(result.format, 'mapped-csv');
  assert.equal(result.responses.length, 36);
  assert.deepEqual(
    result.issues.filter((i) => i.severity === 'error'),
    [],
  );
  const first = result.responses[0]!;
  assert.equal(first.id, 'forms-1');
  assert.equal(first.sessionId, 'forms-follow-up-2026-04');
  assert.match(first.submittedAt, /^2026-04-\d\dT09:\d\d:55Z$/);
  assert.ok(Object.values(first.ratings).every((r) => r === null || (r >= 0 && r <= 4)));
  assert.ok(
    ['vcse', 'nhs', 'local-government', 'social-care', 'housing', 'education'].includes(
      first.respondent.sector!,
    ),
  );
});

test('an answer the mapping does not know is reported with the export’s own column name', () => {
  const text =
    'ID,Completion time,Q: Finding the time\n1,12/03/2026 10:00,Quite hard\n2,12/03/2026 10:05,A big challenge\n';
  const m: Mapping = {
    columns: {
      ID: 'response_id',
      'Completion time': 'submitted_at',
      'Q: Finding the time': 'finding-the-time',
    },
    sessionId: 's',
    dateFormat: 'dmy',
  };
  const result = readCsv(text, { mapping: m, file: 'x.csv' });
  assert.equal(result.responses.length, 1);
  assert.equal(result.responses[0]!.ratings['finding-the-time'], 3);
  assert.equal(result.issues[0]!.column, 'Q: Finding the time');
  assert.match(result.issues[0]!.message, /found "Quite hard"/);
});

test('proposeMapping finds ids, dates, sector, nation and each challenge from long headers', () => {
  const [headerLine, ...rest] = forms.replace(/^\uFEFF/, '').split('\r\n');
  const headers = readCsv(headerLine + '\n').issues.length >= 0 ? headerLine!.split(',') : [];
  const proposal = proposeMapping(
    headers,
    undefined,
    rest.slice(0, 5).map((l) => l.split(',')),
  );
  assert.equal(proposal.mapping.columns['ID'], 'response_id');
  assert.equal(proposal.mapping.columns['Completion time'], 'submitted_at');
  assert.equal(proposal.mapping.columns['Which sector do you work in?'], 'sector');
  assert.equal(
    proposal.mapping.columns['How much of a challenge is each of these for you?.Network mapping'],
    'network-mapping',
  );
  assert.equal(proposal.mapping.dateFormat, 'dmy');
  assert.equal(proposal.mapping.columns['Email'], null);
});

test('parseDate reads ISO, UK and US dates and refuses impossible ones', () => {
  const cases: [string, 'iso' | 'dmy' | 'mdy', string | undefined][] = [
    ['2026-03-12', 'iso', '2026-03-12T00:00:00Z'],
    ['2026-03-12 10:30', 'iso', '2026-03-12T10:30:00Z'],
    ['12/03/2026 10:30', 'dmy', '2026-03-12T10:30:00Z'],
    ['3/12/26 1:05:09 PM', 'mdy', '2026-03-12T13:05:09Z'],
    ['31/02/2026', 'dmy', undefined],
    ['12/03/2026', 'iso', undefined],
  ];
  for (const [text, format, expected] of cases) assert.equal(parseDate(text, format), expected, text);
});

test('parseMapping names what is wrong in a mapping file', () => {
  assert.equal(parseMapping('{"columns": {"A": "sector"}}').issues.length, 0);
  assert.match(parseMapping('{"columns": {"A": 5}}').issues[0]!.message, /mapping\.columns\["A"\]/);
  assert.equal(parseMapping('nope').issues[0]!.code, 'invalid-json');
});
