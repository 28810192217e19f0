/**
 * A session export as the collector writes one (`GET /v1/admin/sessions/:sid/export.json`): a TRIZ
 * session with three named and unnamed groups, votes, held and hidden posts and notes, Welsh text
 * with typographic apostrophes, a formula-like note and a commitment full of Markdown characters.
 * `VISIBLE` and `NEVER` list the texts a write-up must and must not show.
 */
import {
  SESSION_EXPORT_KIND,
  type AssessmentResponse,
  type Commitment,
  type SessionExport,
  type TrizNote,
} from '@netweave/model';

const at = (min: number) => new Date(Date.UTC(2026, 2, 12, 10, min)).toISOString();

function note(
  id: string,
  group: string,
  text: string,
  path: ('worst' | 'already' | 'stop')[],
  extra: { votes?: number; step?: string; status?: TrizNote['status'] } = {},
): TrizNote {
  return {
    id,
    sessionId: 's-triz',
    group,
    text,
    state: path[path.length - 1]!,
    ...(extra.step ? { step: extra.step } : {}),
    history: path.map((state, i) => ({ state, at: at(5 + i * 10 + Number(id.replace(/\D/g, '')) / 10) })),
    votes: extra.votes ?? 0,
    createdAt: at(5 + Number(id.replace(/\D/g, '')) / 10),
    status: extra.status ?? 'visible',
  };
}

export const NOTES: TrizNote[] = [
  // group 1, "Cardiff & Vale": yellow, pink with votes, green with a step
  note('n1', 'g1', 'Never share the agenda before the meeting', ['worst']),
  note('n2', 'g1', 'Use acronyms nobody outside the NHS knows', ['worst', 'already'], { votes: 2 }),
  note('n3', 'g1', 'Book meetings when VCSE colleagues are at work elsewhere', ['worst', 'already', 'stop'], {
    votes: 5,
    step: 'Ask partners for their diaries first',
  }),
  note('n4', 'g1', 'Held: ring me on 07700 900123', ['worst'], { status: 'pending' }),
  // group 2, Welsh text with ’
  note('n5', 'g2', 'Anwybyddu’r gwasanaethau’n lleol', ['worst', 'already', 'stop'], {
    votes: 3,
    step: 'Gwahodd y gwasanaethau’n lleol i’r cyfarfod nesaf',
  }),
  note('n6', 'g2', '=HYPERLINK("http://x","y")', ['worst']),
  note('n7', 'g2', 'Hidden: rude words about the council', ['worst', 'already'], {
    status: 'hidden',
    votes: 4,
  }),
  note('n8', 'g2', 'Keep decisions to one sector’s board', ['already'], { votes: 1 }),
  // group 3: one visible note, one hidden green
  note('n9', 'g3', 'Reply to emails after a month', ['worst', 'already', 'stop'], {
    votes: 0,
    step: 'Agree a one-week reply',
  }),
  note('n10', 'g3', 'Hidden green note', ['worst', 'already', 'stop'], {
    status: 'hidden',
    step: 'Hidden step text',
  }),
];

const commitment = (id: string, text: string, extra: Partial<Commitment> = {}): Commitment => ({
  id,
  sessionId: 's-triz',
  createdAt: at(50 + Number(id.replace(/\D/g, ''))),
  text,
  column: 'commitments',
  sector: null,
  status: 'visible',
  reactions: 0,
  ...extra,
});

export const COMMITMENTS: Commitment[] = [
  commitment('c1', 'Invite the housing team to our next huddle', { sector: 'nhs', reactions: 4 }),
  commitment('c2', 'Byddaf i’n rhannu’r agenda gyda’r gwasanaethau’n lleol', {
    sector: 'vcse',
    reactions: 1,
  }),
  commitment('c3', 'Split | tables * bold < tag [link](x)', { sector: 'local-government' }),
  commitment('c4', 'Pending: email me at someone@example.org', { status: 'pending' }),
  commitment('c5', 'Hidden commitment text', { status: 'hidden', reactions: 9 }),
];

const SECTOR_CYCLE = ['nhs', 'nhs', 'vcse', 'local-government', 'nhs', 'vcse', 'social-care'] as const;
export const RESPONSES: AssessmentResponse[] = [...Array(24)].map((_, i) => ({
  id: `r${i}`,
  sessionId: 's-triz',
  submittedAt: at(30 + i),
  catalogueVersion: '1',
  respondent: {
    sector: i < 20 ? SECTOR_CYCLE[i % SECTOR_CYCLE.length]! : null,
    nation: i % 3 === 0 ? 'england' : 'wales',
    region: null,
  },
  ratings: {
    'building-relationships': i % 5,
    'finding-the-time': 4,
    'hassles-with-hierarchies': i % 2 ? 3 : 1,
    'network-mapping': null,
  },
  otherChallenge: null,
}));

export const EXPORT: SessionExport = {
  kind: SESSION_EXPORT_KIND,
  version: 1,
  exportedAt: '2026-03-12T12:00:00.000Z',
  session: {
    id: 's-triz',
    title: 'Weaving across sectors – Cardiff',
    date: '2026-03-12',
    moderation: 'pre',
    open: false,
    template: 'triz-commitments',
    groups: [{ id: 'g1', name: 'Cardiff & Vale' }, { id: 'g2' }, { id: 'g3', name: 'Tîm y Gogledd' }],
    votes: 3,
  },
  responses: RESPONSES,
  commitments: COMMITMENTS,
  notes: NOTES,
};

/** Texts that must appear in every write-up. */
export const VISIBLE = [
  'Never share the agenda before the meeting',
  'Use acronyms nobody outside the NHS knows',
  'Book meetings when VCSE colleagues are at work elsewhere',
  'Ask partners for their diaries first',
  'Anwybyddu’r gwasanaethau’n lleol',
  'Gwahodd y gwasanaethau’n lleol i’r cyfarfod nesaf',
  'Keep decisions to one sector’s board',
  'Reply to emails after a month',
  'Agree a one-week reply',
  'Invite the housing team to our next huddle',
  'Byddaf i’n rhannu’r agenda gyda’r gwasanaethau’n lleol',
];
/** The formula-like note and the commitment with Markdown characters (each format shows them its own way). */
export const FORMULA = '=HYPERLINK("http://x","y")';
export const MARKUP = 'Split | tables * bold < tag [link](x)';
/** Texts of held and hidden posts and notes: never in a write-up. */
export const NEVER = [
  '07700 900123',
  'rude words',
  'Hidden green note',
  'Hidden step text',
  'someone@example.org',
  'Hidden commitment text',
];
