// The pure helpers, table by table: join codes in addresses, templates and the embed snippet,
// the session form's checks and the collector's issues in its words, the moderation lists, how
// the collector's answers are read, and a TRIZ round's countdown and controls.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  INITIAL_ROUND,
  SESSION_TEMPLATES,
  TRIZ_AGENDA,
  type Commitment,
  type RoundState,
} from '@netweave/model';
import { adminSession } from '../src/api.js';
import { refusal } from '../src/http.js';
import { codeFromDisplayPath, codeFromPath, formatCode, normaliseCode } from '../src/lib/code.js';
import { errorKey, gist } from '../src/lib/errors.js';
import {
  checkSession,
  emptyValues,
  isoToday,
  issuesToErrors,
  partnerUrlProblem,
  sessionBody,
  type SessionValues,
} from '../src/lib/form.js';
import { byStatus, keyAction } from '../src/lib/posts.js';
import { embedSnippet } from '../src/lib/snippet.js';
import { canAct, countdown, nextRound, roundAfter, roundPosition, roundStatus } from '../src/lib/round.js';
import { TEMPLATES, displayWidget, participantWidget, widgetFile } from '../src/lib/templates.js';

test('join codes: read as typed, shown grouped, found in the join page’s address', () => {
  const cases = [
    { description: 'lower case with a hyphen', input: 'k7m-3qp', expected: 'K7M3QP' },
    { description: 'spaces from a screen', input: ' K7M 3QP ', expected: 'K7M3QP' },
    { description: 'a look-alike (O) is not in the alphabet', input: 'K7O3QP', expected: null },
    { description: 'too short', input: 'K7M3Q', expected: null },
    { description: 'too long', input: 'K7M3QPP', expected: null },
  ];
  for (const { description, input, expected } of cases)
    assert.equal(normaliseCode(input), expected, description);
  assert.equal(formatCode('K7M3QP'), 'K7M-3QP');
  const paths = [
    { input: '/j', expected: '' },
    { input: '/j/', expected: '' },
    { input: '/j/K7M-3QP', expected: 'K7M-3QP' },
    { input: '/j/k7m%203qp', expected: 'k7m 3qp' },
    { input: '/j/%E0%A4%A', expected: '%E0%A4%A' },
    { input: '/admin', expected: null },
    { input: '/j/a/b', expected: null },
  ];
  for (const { input, expected } of paths) assert.equal(codeFromPath(input), expected, input);
});

test('templates: the model’s list, in the console’s order; the participant page shows the stage the session is at', () => {
  assert.deepEqual([...TEMPLATES], [...SESSION_TEMPLATES]);
  assert.deepEqual(participantWidget('self-assessment'), { tag: 'netweave-self-assessment' });
  assert.deepEqual(participantWidget('commitments'), { tag: 'netweave-commitments-wall' });
  // A TRIZ session starts with the self-assessment, then the TRIZ board, then the wall.
  assert.deepEqual(participantWidget('triz-commitments'), { tag: 'netweave-self-assessment' });
  assert.deepEqual(participantWidget('triz-commitments', 'triz'), { tag: 'netweave-triz-board' });
  assert.deepEqual(participantWidget('triz-commitments', 'commit'), { tag: 'netweave-commitments-wall' });
  // A stage the template does not run is read as its first.
  assert.deepEqual(participantWidget('commitments', 'assess'), { tag: 'netweave-commitments-wall' });
});

test('the embed snippet: the combined file, the provider with session, collector and language, the template’s widgets', () => {
  const base = { collector: 'https://collect.example/', session: 's-1', lang: 'cy' as const };
  const widgets = (template: (typeof TEMPLATES)[number]) =>
    embedSnippet({ ...base, template })
      .split('\n')
      .slice(2, -1);
  assert.equal(
    embedSnippet({ ...base, template: 'commitments' }),
    [
      '<script type="module" src="https://collect.example/cdn/commitments-wall/commitments-wall.js"></script>',
      '<netweave-provider session="s-1" endpoint="https://collect.example" lang="cy">',
      '  <netweave-commitments-wall></netweave-commitments-wall>',
      '</netweave-provider>',
    ].join('\n'),
  );
  // A TRIZ session's page: the board's file and the wall's (the combined file has no board).
  const triz = embedSnippet({ ...base, template: 'triz-commitments' }).split('\n');
  assert.deepEqual(triz, [
    '<script type="module" src="https://collect.example/cdn/commitments-wall/triz-board.js"></script>',
    '<script type="module" src="https://collect.example/cdn/commitments-wall/commitments-wall.js"></script>',
    '<netweave-provider session="s-1" endpoint="https://collect.example" lang="cy">',
    '  <netweave-triz-board></netweave-triz-board>',
    '  <netweave-commitments-wall></netweave-commitments-wall>',
    '</netweave-provider>',
  ]);
  assert.deepEqual(widgets('self-assessment'), ['  <netweave-self-assessment></netweave-self-assessment>']);
  assert.match(embedSnippet({ ...base, session: 'a"b<', template: 'commitments' }), /session="a&quot;b&lt;"/);
});

test('the session form: each problem in the order of the form, as a string key with its values', () => {
  const ok: SessionValues = { ...emptyValues('2026-11-25'), title: 'Cardiff' };
  const cases: { description: string; input: Partial<SessionValues>; expected: object }[] = [
    { description: 'all well', input: {}, expected: {} },
    { description: 'no title', input: { title: '  ' }, expected: { title: { key: 'error.title.missing' } } },
    {
      description: 'a long title',
      input: { title: 'x'.repeat(201) },
      expected: { title: { key: 'error.title.long', params: { count: 200 } } },
    },
    { description: 'no date', input: { date: '' }, expected: { date: { key: 'error.date.missing' } } },
    {
      description: '30 February',
      input: { date: '2026-02-30' },
      expected: { date: { key: 'error.date.invalid' } },
    },
    {
      description: 'a long prompt',
      input: { prompt: 'x'.repeat(2001) },
      expected: { prompt: { key: 'error.prompt.long', params: { count: 2000 } } },
    },
    {
      description: 'a partner page that is not https',
      input: { partnerUrl: 'http://partner.example' },
      expected: { partnerUrl: { key: 'error.partnerUrl.https' } },
    },
    {
      description: 'a partner page that is not an address',
      input: { partnerUrl: 'partner page' },
      expected: { partnerUrl: { key: 'error.partnerUrl.invalid' } },
    },
  ];
  for (const { description, input, expected } of cases)
    assert.deepEqual(checkSession({ ...ok, ...input }), expected, description);
  // TRIZ: whole numbers in range, asked for only when the template is TRIZ.
  const triz: SessionValues = { ...ok, template: 'triz-commitments' };
  const trizCases: { description: string; input: Partial<SessionValues>; expected: object }[] = [
    { description: 'the defaults', input: {}, expected: {} },
    { description: 'groups and votes at their limits', input: { groups: '50', votes: ' 0 ' }, expected: {} },
    {
      description: 'no groups',
      input: { groups: '0' },
      expected: { groups: { key: 'error.groups', params: { count: 50 } } },
    },
    {
      description: 'groups not a whole number',
      input: { groups: '2.5' },
      expected: { groups: { key: 'error.groups', params: { count: 50 } } },
    },
    {
      description: 'too many votes',
      input: { votes: '11' },
      expected: { votes: { key: 'error.votes', params: { count: 10 } } },
    },
    {
      description: 'a round with no minutes',
      input: { 'minutes.stop': '' },
      expected: { 'minutes.stop': { key: 'error.minutes', params: { round: 'round.stop', count: 120 } } },
    },
  ];
  for (const { description, input, expected } of trizCases)
    assert.deepEqual(checkSession({ ...triz, ...input }), expected, description);
  assert.deepEqual(checkSession({ ...ok, groups: 'many' }), {}, 'not asked for other templates');
  assert.equal(partnerUrlProblem(''), undefined);
  assert.equal(partnerUrlProblem(`https://p.example/${'x'.repeat(2000)}`)?.key, 'error.partnerUrl.long');
  assert.match(isoToday(new Date(2026, 0, 5)), /^2026-01-05$/);
});

test('what the form sends: a new session with its template; an edit clears emptied fields with null', () => {
  const values: SessionValues = {
    ...emptyValues('2026-11-25'),
    title: ' Cardiff ',
    template: 'self-assessment',
    lang: 'cy',
  };
  assert.deepEqual(sessionBody(values, false), {
    title: 'Cardiff',
    date: '2026-11-25',
    moderation: 'pre',
    lang: 'cy',
    template: 'self-assessment',
  });
  assert.deepEqual(
    sessionBody(
      { ...values, template: 'triz-commitments', groups: ' 3 ', votes: '0', 'minutes.stop': '15' },
      false,
    ),
    {
      title: 'Cardiff',
      date: '2026-11-25',
      moderation: 'pre',
      lang: 'cy',
      template: 'triz-commitments',
      groups: 3,
      votes: 0,
      agenda: [
        { kind: 'worst', minutes: 8 },
        { kind: 'already', minutes: 8 },
        { kind: 'stop', minutes: 15 },
        { kind: 'commit', minutes: 5 },
      ],
    },
    'a TRIZ session: its groups as a number, its votes and its whole agenda',
  );
  assert.deepEqual(sessionBody({ ...values, prompt: ' Say one thing ' }, true), {
    title: 'Cardiff',
    date: '2026-11-25',
    moderation: 'pre',
    lang: 'cy',
    prompt: 'Say one thing',
    partnerUrl: null,
  });
});

test('the collector’s validation issues in the form’s words, by field', () => {
  const cases = [
    {
      description: 'a partner page over the collector’s limit',
      input: [{ path: 'partnerUrl', code: 'max-length', params: { count: 500 } }],
      expected: { partnerUrl: { key: 'error.partnerUrl.long', params: { count: 500 } } },
    },
    {
      description: 'a partner page that is not https',
      input: [{ path: 'partnerUrl', code: 'https', message: 'partnerUrl: must be https' }],
      expected: { partnerUrl: { key: 'error.partnerUrl.https' } },
    },
    {
      description: 'an empty title and a date that is not one',
      input: [
        { path: 'title', code: 'empty' },
        { path: 'date', code: 'date' },
      ],
      expected: { title: { key: 'error.title.missing' }, date: { key: 'error.date.invalid' } },
    },
    { description: 'an issue with no field', input: [{ path: '', code: 'invalid' }], expected: {} },
    {
      description: 'TRIZ: the groups, the votes and a round’s minutes (by its place in the agenda sent)',
      input: [
        { path: 'groups', code: 'max-items' },
        { path: 'votes', code: 'max-value' },
        { path: 'agenda[2].minutes', code: 'max-value' },
      ],
      expected: {
        groups: { key: 'error.groups', params: { count: 50 } },
        votes: { key: 'error.votes', params: { count: 10 } },
        'minutes.stop': { key: 'error.minutes', params: { round: 'round.stop', count: 120 } },
      },
    },
  ];
  for (const { description, input, expected } of cases)
    assert.deepEqual(issuesToErrors(input), expected, description);
});

test('moderation lists: the oldest waiting post first, the newest first elsewhere; A and H', () => {
  const post = (id: string, status: Commitment['status'], minute: number): Commitment => ({
    id,
    sessionId: 's',
    createdAt: `2026-11-25T10:${String(minute).padStart(2, '0')}:00.000Z`,
    text: id,
    column: 'commitments',
    sector: null,
    status,
    reactions: 0,
  });
  const posts = [
    post('a', 'pending', 3),
    post('b', 'pending', 1),
    post('c', 'visible', 1),
    post('d', 'visible', 5),
  ];
  assert.deepEqual(
    byStatus(posts, 'pending').map((c) => c.id),
    ['b', 'a'],
  );
  assert.deepEqual(
    byStatus(posts, 'visible').map((c) => c.id),
    ['d', 'c'],
  );
  assert.deepEqual(byStatus(posts, 'hidden'), []);
  assert.deepEqual(['a', 'A', 'h', 'H', 'e', 'x'].map(keyAction), [
    'visible',
    'visible',
    'hidden',
    'hidden',
    undefined,
    undefined,
  ]);
});

test('refusals: each known code has its own words, any other is told with its code', () => {
  assert.equal(errorKey('session-not-found'), 'problem.session-not-found');
  assert.equal(errorKey('network'), 'problem.network');
  assert.equal(errorKey('something-new'), 'problem.other');
  assert.equal(gist('  one\n two  '), 'one two');
  assert.equal(gist('x'.repeat(100)), `${'x'.repeat(79)}…`);
});

test('a session from the admin API: counts as listed, a template and language always set', () => {
  const s = adminSession({
    id: 's',
    title: 'T',
    date: '2026-11-25',
    moderation: 'pre',
    open: true,
    code: 'K7M3QP',
    counts: { responses: 2, commitments: 5, pending: 1 },
  });
  // A collector from before follow-ups: none counted.
  assert.deepEqual(s.counts, { responses: 2, commitments: 5, pending: 1, followUps: 0, pendingFollowUps: 0 });
  assert.deepEqual(
    adminSession({
      id: 's',
      title: 'T',
      date: '2026-11-25',
      counts: { responses: 2, commitments: 5, pending: 1, followUps: 4, pendingFollowUps: 3 },
    }).counts,
    { responses: 2, commitments: 5, pending: 1, followUps: 4, pendingFollowUps: 3 },
  );
  assert.equal(s.template, 'commitments');
  assert.equal(s.lang, 'en');
  assert.equal(adminSession({ id: 's', title: 'T', date: '2026-11-25' }).counts, undefined);
});

test('a page that shows one widget loads that widget’s own file from the collector, not all three', () => {
  assert.equal(widgetFile('netweave-commitments-wall'), '/cdn/commitments-wall/commitments-wall.js');
  assert.equal(widgetFile('netweave-self-assessment'), '/cdn/self-assessment/self-assessment.js');
  const first = (template: (typeof TEMPLATES)[number]) =>
    embedSnippet({ collector: 'https://collect.example/', session: 's-1', template, lang: 'en' }).split(
      '\n',
    )[0];
  assert.equal(
    first('self-assessment'),
    '<script type="module" src="https://collect.example/cdn/self-assessment/self-assessment.js"></script>',
  );
  assert.equal(
    first('triz-commitments'),
    '<script type="module" src="https://collect.example/cdn/commitments-wall/triz-board.js"></script>',
  );
  assert.equal(widgetFile('netweave-triz-board'), '/cdn/commitments-wall/triz-board.js');
});

test('the projector page: every group’s board during TRIZ (or one group’s), the wall’s display at the end or when asked', () => {
  const board = (group = 'all') => ({
    tag: 'netweave-triz-board',
    attributes: { display: 'projector', group },
  });
  const wall = { tag: 'netweave-commitments-wall', attributes: { display: 'projector' } };
  const cases = [
    { description: 'TRIZ before it starts', input: ['triz-commitments', 'assess', {}], expected: board() },
    { description: 'TRIZ rounds', input: ['triz-commitments', 'triz', {}], expected: board() },
    { description: 'one group', input: ['triz-commitments', 'triz', { group: 'g2' }], expected: board('g2') },
    {
      description: 'not a group id',
      input: ['triz-commitments', 'triz', { group: 'x"' }],
      expected: board(),
    },
    { description: 'the closing round', input: ['triz-commitments', 'commit', {}], expected: wall },
    {
      description: 'the carousel, asked for',
      input: ['triz-commitments', 'triz', { view: 'carousel' }],
      expected: wall,
    },
    { description: 'a commitments session', input: ['commitments', undefined, {}], expected: wall },
    {
      description: 'a self-assessment session',
      input: ['self-assessment', undefined, {}],
      expected: undefined,
    },
  ] as const;
  for (const { description, input, expected } of cases)
    assert.deepEqual(displayWidget(input[0], input[1], input[2]), expected, description);
  assert.equal(codeFromDisplayPath('/d/K7M-3QP'), 'K7M-3QP');
  assert.equal(codeFromDisplayPath('/d/'), '');
  assert.equal(codeFromDisplayPath('/j/K7M3QP'), null);
});

test('a round’s countdown: mm:ss rounded up, counted down from when it was told; its status and next round', () => {
  assert.deepEqual([480_000, 479_001, 61_000, 59_999, 1, 0, -5000].map(countdown), [
    '08:00',
    '08:00',
    '01:01',
    '01:00',
    '00:01',
    '00:00',
    '00:00',
  ]);
  const running: RoundState = {
    kind: 'worst',
    phase: 'running',
    endsAt: 9e12,
    leftMs: 60_000,
    locked: false,
    version: 1,
  };
  assert.equal(roundAfter(running, 1500).leftMs, 58_500);
  const paused = { ...running, phase: 'paused' as const };
  assert.equal(roundAfter(paused, 1500).leftMs, 60_000, 'a paused round does not count down');
  const cases: { description: string; input: RoundState; expected: string }[] = [
    { description: 'before the first round', input: INITIAL_ROUND, expected: 'ready' },
    { description: 'running', input: running, expected: 'running' },
    { description: 'time up while running', input: { ...running, leftMs: -1 }, expected: 'up' },
    { description: 'paused', input: paused, expected: 'paused' },
    { description: 'ended', input: { ...running, phase: 'ended', leftMs: 0 }, expected: 'ended' },
  ];
  for (const { description, input, expected } of cases)
    assert.equal(roundStatus(input), expected, description);
  assert.equal(nextRound(TRIZ_AGENDA, null), 'worst');
  assert.equal(nextRound(TRIZ_AGENDA, 'already'), 'stop');
  assert.equal(nextRound(TRIZ_AGENDA, 'commit'), undefined);
  assert.deepEqual(roundPosition(TRIZ_AGENDA, 'stop'), { n: 3, total: 4 });
});

test('the round controls follow the model’s rules: what can be done now', () => {
  const running: RoundState = {
    kind: 'worst',
    phase: 'running',
    endsAt: 9e12,
    leftMs: 60_000,
    locked: false,
    version: 1,
  };
  const can = (round: RoundState) => [
    ...(['pause', 'resume', 'end', 'lock', 'unlock'] as const).filter((action) =>
      canAct(round, { action }, TRIZ_AGENDA),
    ),
    ...(canAct(round, { action: 'add', minutes: 1 }, TRIZ_AGENDA) ? ['add'] : []),
  ];
  assert.deepEqual(can(INITIAL_ROUND), [], 'nothing but starting a round before the first');
  assert.ok(canAct(INITIAL_ROUND, { action: 'start', kind: 'worst' }, TRIZ_AGENDA));
  assert.deepEqual(can(running), ['pause', 'end', 'lock', 'unlock', 'add']);
  assert.deepEqual(can({ ...running, phase: 'paused' }), ['resume', 'end', 'lock', 'unlock', 'add']);
  assert.deepEqual(
    can({ ...running, phase: 'ended', leftMs: 0 }),
    ['lock', 'unlock', 'add'],
    'ended: not again',
  );
  assert.ok(!canAct(INITIAL_ROUND, { action: 'start', kind: 'stop' }, [{ kind: 'worst', minutes: 8 }]));
});

test('a refusal keeps what it carried beside the error (a stale round action: the round as it stands)', async () => {
  const round = { kind: 'worst', phase: 'paused', leftMs: 1000, locked: false, version: 4 };
  const e = await refusal(
    new Response(JSON.stringify({ error: { code: 'stale-round', message: 'm' }, round }), { status: 409 }),
  );
  assert.equal(e.code, 'stale-round');
  assert.deepEqual(e.details, { round });
});
