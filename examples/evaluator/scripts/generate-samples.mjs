#!/usr/bin/env node
// Generates realistic sample exports from three sessions (with a few messy rows on purpose), a
// commitments file and a Microsoft Forms-style export. Deterministic: the same files every run.
// Usage: node scripts/generate-samples.mjs [outDir]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const out = process.argv[2] ?? new URL('../data/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });

let seed = 20260312;
const rand = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
const pick = (list, weights) => {
  const total = weights.reduce((a, b) => a + b, 0);
  let r = rand() * total;
  for (let i = 0; i < list.length; i++) if ((r -= weights[i]) < 0) return list[i];
  return list[list.length - 1];
};
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
// how hard each challenge tends to be (mean rating on 0–4)
const difficulty = [1.6, 2.6, 3.2, 1.5, 2.8, 2.5, 2.1, 2.3, 1.7];
const sectors = ['nhs', 'local-government', 'social-care', 'vcse', 'housing', 'education', 'other'];
const otherTexts = [
  'Funding',
  'funding!',
  'Short-term funding',
  'Staff turnover',
  'Finding time for it',
  'Data sharing between organisations',
  'Getting sign off from senior managers',
  'IT systems that do not talk to each other',
  'Travel across a rural area',
  'Lack of time',
  'Evaluating impact',
  'Keeping momentum after the session',
];
const uuid = (n) => `${(0x10000000 + n * 7919).toString(16)}-4c1d-4a2b-9e3f-${String(n).padStart(12, '0')}`;
const csvCell = (v) =>
  v == null ? '' : /[",\r\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v);
const header = [
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
];

function rating(mean, shift) {
  if (rand() < 0.06) return ''; // not sure
  const x = Math.round(mean + shift + (rand() + rand() + rand() - 1.5) * 1.6);
  return Math.max(0, Math.min(4, x));
}

const sessions = [
  {
    id: 'leeds-2026-01',
    date: '2026-01-21',
    n: 64,
    nation: ['england', 'wales', 'scotland', 'northern-ireland'],
    nw: [85, 5, 7, 3],
    regions: ['West Yorkshire', 'Humber and North Yorkshire', 'South Yorkshire'],
    shift: 0.1,
  },
  {
    id: 'cardiff-2026-02',
    date: '2026-02-18',
    n: 48,
    nation: ['wales', 'england'],
    nw: [90, 10],
    regions: ['Cardiff and Vale', 'Cwm Taf Morgannwg', 'Aneurin Bevan'],
    shift: 0,
  },
  {
    id: 'glasgow-2026-03',
    date: '2026-03-12',
    n: 57,
    nation: ['scotland', 'england', 'northern-ireland'],
    nw: [88, 8, 4],
    regions: ['Greater Glasgow and Clyde', 'Lanarkshire', 'Ayrshire and Arran'],
    shift: -0.3,
  },
];
// sector labels as people type them in a spreadsheet before uploading
const sectorLabels = {
  vcse: ['vcse', 'VCSE', 'third sector', 'Voluntary'],
  'local-government': ['local-government', 'Council'],
  nhs: ['nhs', 'NHS'],
};

let n = 0;
const all = [];
sessions.forEach((s, si) => {
  const rows = [header.join(',')];
  for (let i = 0; i < s.n; i++) {
    n += 1;
    const sector = pick(sectors, [34, 16, 14, 22, 5, 5, 4]);
    const labels = sectorLabels[sector];
    const sectorText =
      rand() < 0.15
        ? ''
        : labels
          ? pick(
              labels,
              labels.map((_, j) => (j === 0 ? 6 : 1)),
            )
          : sector;
    const nation = rand() < 0.05 ? '' : pick(s.nation, s.nw);
    const nationText = nation === 'wales' && rand() < 0.2 ? 'Cymru' : nation;
    const minute = String(10 + Math.floor(i / 6)).padStart(2, '0');
    const time = `${s.date}T14:${minute}:${String(Math.floor(rand() * 60)).padStart(2, '0')}Z`;
    const shift = s.shift + (sector === 'vcse' ? 0.3 : sector === 'nhs' ? -0.1 : 0);
    const ratings = difficulty.map((m) => rating(m, shift));
    const hasOther = rand() < 0.22;
    const row = [
      uuid(n),
      s.id,
      time,
      '2024.1',
      sectorText,
      nationText,
      rand() < 0.3 ? '' : pick(s.regions, [3, 2, 1]),
      ...ratings,
      hasOther
        ? pick(
            otherTexts,
            otherTexts.map(() => 1),
          )
        : '',
      hasOther ? pick([2, 3, 4], [1, 3, 2]) : '',
    ];
    rows.push(row.map(csvCell).join(','));
    all.push(row);
  }
  // messy rows, as found in real exports
  if (si === 0) {
    rows.push(rows[5]); // an identical duplicate (exported twice)
    const bad = [...all[3]];
    bad[7] = '7'; // out of scale
    bad[0] = uuid(9001);
    rows.push(bad.map(csvCell).join(','));
  }
  if (si === 1) {
    const conflict = [...all[s.n + 10 - 1 - 0]];
    conflict[9] = String((Number(conflict[9]) + 1) % 5); // same id, different answer
    rows.push(conflict.map(csvCell).join(','));
    const badDate = [...all[s.n + 2]];
    badDate[0] = uuid(9002);
    badDate[2] = '31/02/2026';
    rows.push(badDate.map(csvCell).join(','));
    rows.push([uuid(9003), s.id, `${s.date}T15:00:00Z`, '2024.1', 'Martian', 'wales', '', 2, 3].join(',')); // too few values
  }
  if (si === 2) {
    const welsh = [...all[all.length - 1]];
    welsh[0] = uuid(9004);
    welsh[4] = 'Pharmacy'; // not a sector we know: kept, with a warning
    welsh[16] = 'Rhwystrau iaith – cael gwasanaethau’n Gymraeg 🙂';
    rows.push(welsh.map(csvCell).join(','));
  }
  writeFileSync(join(out, `session-${si + 1}-${s.id}.csv`), rows.join('\r\n') + '\r\n');
});

// commitments
const commitmentTexts = [
  'Invite someone from the council to our next team meeting',
  'Book 30 minutes a week for network weaving',
  'Map who we already know in housing',
  'Ask a peer for help with our evaluation plan',
  'Share our data dashboard with the VCSE partners',
  'Hold a 15% Solutions session with my team',
  'Introduce two people who should know each other',
  'Follow up with the social care lead about the pathway',
];
const commitments = ['commitment_id,session_id,created_at,column,text,sector,status'];
let c = 0;
for (const s of sessions) {
  const count = Math.round(s.n * 0.6);
  for (let i = 0; i < count; i++) {
    c += 1;
    commitments.push(
      [
        `c-${String(c).padStart(4, '0')}`,
        s.id,
        `${s.date}T15:${String(10 + (i % 40)).padStart(2, '0')}:00Z`,
        'commitments',
        pick(
          commitmentTexts,
          commitmentTexts.map(() => 1),
        ),
        pick(sectors, [34, 16, 14, 22, 5, 5, 4]),
        rand() < 0.05 ? 'hidden' : 'visible',
      ]
        .map(csvCell)
        .join(','),
    );
  }
}
writeFileSync(join(out, 'commitments.csv'), commitments.join('\r\n') + '\r\n');

// a Microsoft Forms-style export of a follow-up survey (UK dates, answer texts, extra columns)
const labels = [
  'Building relationships',
  'Evaluating your network',
  'Finding the time',
  'Generating ideas',
  'Hassles with hierarchies',
  'Ideas to action',
  'Inclusivity and diversity',
  'Network mapping',
  'Peer support (asking for and receiving help as well as offering it)',
];
const answers = [
  'Not a challenge',
  'A small challenge',
  'A moderate challenge',
  'A big challenge',
  'A very big challenge',
];
const formsHeader = [
  'ID',
  'Start time',
  'Completion time',
  'Email',
  'Name',
  'Which sector do you work in?',
  'Which nation do you work in?',
  ...labels.map((l) => `How much of a challenge is each of these for you?.${l}`),
  'Is there another challenge? Please describe it',
  'How big a challenge is this other one?',
];
const forms = [formsHeader.map(csvCell).join(',')];
const formSectors = [
  'NHS',
  'Local authority',
  'Social care',
  'Third sector',
  'Voluntary',
  'Housing association',
  'Education',
];
for (let i = 1; i <= 36; i++) {
  const day = String(2 + (i % 20)).padStart(2, '0');
  const ratings = difficulty.map((m) => {
    const r = rating(m, 0);
    return r === '' ? 'Not sure' : answers[r];
  });
  const other = rand() < 0.2;
  forms.push(
    [
      i,
      `${day}/04/2026 09:${String(i).padStart(2, '0')}:10`,
      `${day}/04/2026 09:${String(i + 3).padStart(2, '0')}:55`,
      'anonymous',
      '',
      pick(formSectors, [30, 12, 12, 10, 10, 5, 5]),
      pick(['England', 'Wales', 'Scotland', 'Northern Ireland'], [50, 30, 15, 5]),
      ...ratings,
      other
        ? pick(
            otherTexts,
            otherTexts.map(() => 1),
          )
        : '',
      other ? pick(answers.slice(2), [1, 2, 1]) : '',
    ]
      .map(csvCell)
      .join(','),
  );
}
writeFileSync(join(out, 'forms-export.csv'), '\uFEFF' + forms.join('\r\n') + '\r\n');
console.log(`Wrote sample data to ${out}`);
