// Writes test/fixtures/reference-responses.csv: 240 canonical rows over three sessions, with
// missing ratings, correlated items (so Cronbach's alpha is meaningful) and unbalanced groups.
// Run once: node test/reference/make-fixture.mjs
import { writeFileSync } from 'node:fs';
let seed = 42;
const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
const ids = [
  'building-relationships',
  'evaluating-your-network',
  'finding-the-time',
  'generating-ideas',
  'hassles-with-hierarchies',
  'ideas-to-action',
  'inclusivity-and-diversity',
  'network-mapping',
  'peer-support',
];
const sectors = ['nhs', 'local-government', 'social-care', 'vcse', 'housing', 'education', 'other', ''];
const nations = ['england', 'scotland', 'wales', 'northern-ireland', ''];
const rows = [
  [
    'response_id',
    'session_id',
    'submitted_at',
    'catalogue_version',
    'sector',
    'nation',
    'region',
    ...ids,
    'other_challenge',
    'other_rating',
  ].join(','),
];
for (let i = 0; i < 240; i++) {
  const session = i < 100 ? 's-jan' : i < 190 ? 's-feb' : 's-mar';
  const month = session === 's-jan' ? '01' : session === 's-feb' ? '02' : '03';
  const trait = rand() * 3 - 1.5; // a person's general sense of difficulty
  const ratings = ids.map((_, j) => {
    if (rand() < 0.08) return '';
    const x = Math.round(2 + trait * 0.8 + ((j % 3) - 1) * 0.5 + (rand() - 0.5) * 2.2);
    return String(Math.max(0, Math.min(4, x)));
  });
  const sector = sectors[Math.floor(rand() * rand() * sectors.length)];
  const nation = nations[Math.floor(rand() * nations.length)];
  rows.push(
    [
      `ref-${i + 1}`,
      session,
      `2026-${month}-1${i % 10}T10:${String(i % 60).padStart(2, '0')}:00Z`,
      '2024.1',
      sector,
      nation,
      '',
      ...ratings,
      '',
      '',
    ].join(','),
  );
}
writeFileSync(new URL('../fixtures/reference-responses.csv', import.meta.url), rows.join('\n') + '\n');
