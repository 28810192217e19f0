// Node tests for the pure helpers: ordering, top-N, measures, suppression, wrapping, layout,
// the summary CSV reader, data checks and the generated text summary.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { DEFAULT_CATALOGUE, Localizer, summaryToCsv } from '@netweave/core';
import { wilson } from '@netweave/core/stats';
import { checkSummary } from '../src/lib/check.js';
import { disclosureNotes, suppressedText, suppressionBase, suppressionNote } from '../src/lib/disclosure.js';
import { figuresCsv, textSummary, valueText, type ChartLocalizer } from '../src/lib/format.js';
import { layoutChart, textWidth, wrap } from '../src/lib/layout.js';
import { batchSize, mayRelease, summarySize } from '../src/lib/release.js';
import { layoutTooltip, valueBoxes } from '../src/lib/tooltip.js';
import { isCsv, summaryFromCsv } from '../src/lib/load.js';
import { buildModel } from '../src/lib/model.js';
import { chartCy, chartEn } from '../src/strings.js';
import { basic, freq, grouped, summary, suppressed } from './fixtures.js';

const en = new Localizer({ en: chartEn, cy: chartCy }, 'en') as ChartLocalizer;
const cy = en.with('cy') as ChartLocalizer;
const ids = (m: ReturnType<typeof buildModel>) => m.panels[0]!.rows.map((r) => r.id);

describe('buildModel', () => {
  const cases: { description: string; options: Parameters<typeof buildModel>[1]; expected: string[] }[] = [
    {
      description: 'frequency order, highest first (18% of 50 before 18% of 56: 0.180 > 0.179)',
      options: {},
      expected: [
        'finding-the-time',
        'hassles-with-hierarchies',
        'evaluating-your-network',
        'building-relationships',
        'peer-support',
        'ideas-to-action',
        'inclusivity-and-diversity',
        'network-mapping',
        'generating-ideas',
      ],
    },
    {
      description: 'top 3 by frequency',
      options: { top: 3 },
      expected: ['finding-the-time', 'hassles-with-hierarchies', 'evaluating-your-network'],
    },
    {
      description: 'top 3 shown in catalogue order',
      options: { top: 3, sort: 'catalogue' },
      expected: ['evaluating-your-network', 'finding-the-time', 'hassles-with-hierarchies'],
    },
  ];
  for (const c of cases) {
    it(c.description, () => assert.deepEqual(ids(buildModel(basic, c.options)), c.expected));
  }

  it('puts suppressed challenges last and gives them no value', () => {
    const m = buildModel(suppressed);
    assert.deepEqual(ids(m).slice(-2), ['network-mapping', 'peer-support']);
    const d = m.data.find((x) => x.id === 'network-mapping')!;
    assert.equal(d.value, null);
    assert.equal(d.suppressed, true);
    assert.equal(m.anySuppressed, true);
  });

  it('measures counts with the interval scaled by the base', () => {
    const m = buildModel(basic, { measure: 'count' });
    const d = m.data.find((x) => x.id === 'finding-the-time')!;
    assert.equal(d.value, 24);
    const [lo, hi] = wilson(24, 57)!;
    assert.ok(Math.abs(d.low! - lo * 57) < 1e-9 && Math.abs(d.high! - hi * 57) < 1e-9);
    assert.ok(m.max >= 59);
  });

  it('groups side by side for up to four groups, small multiples beyond', () => {
    assert.equal(buildModel(grouped).mode, 'grouped');
    assert.equal(buildModel(grouped).panels[0]!.rows[0]!.data.length, 3);
    const five = {
      ...grouped,
      groups: [...grouped.groups!, ...grouped.groups!.slice(0, 2).map((g) => ({ ...g, key: `${g.key}-2` }))],
    };
    const m = buildModel(five);
    assert.equal(m.mode, 'multiples');
    assert.equal(m.panels.length, 5);
  });
});

describe('text', () => {
  it('labels values as "42% of 57", counts as "24 of 57", suppressed as "*"', () => {
    const [d] = buildModel(basic, { top: 1 }).data;
    assert.equal(valueText(en, d!, 'percent'), '42% of 57');
    assert.equal(valueText(en, d!, 'count'), '24 of 57');
    assert.equal(valueText(cy, d!, 'percent'), '42% o 57');
    const s = buildModel(suppressed).data.find((x) => x.suppressed)!;
    assert.equal(valueText(en, s, 'percent'), '*');
  });

  it('takes the suppression threshold from the disclosure rule', () => {
    assert.equal(suppressionBase({ ...suppressed, disclosure: { rule: 'nhs', description: '' } }), 8);
    assert.equal(suppressionBase(basic), 8);
    assert.equal(suppressionBase(suppressed), 8); // rule "nhs": 1–7 shown as *
    assert.equal(suppressionBase({ ...basic, disclosure: { rule: 'survey', description: '' } }), 10);
    assert.equal(suppressionBase({ ...basic, disclosure: { rule: 'none', description: '' } }), null);
  });

  it('summarises the top three, the lowest and the hidden ones', () => {
    const text = textSummary(en, buildModel(suppressed));
    assert.equal(
      text,
      'Most often identified: Finding the time, 63% of 40 respondents; Building relationships, 50% of 40 respondents; Hassles with hierarchies, 25% of 40 respondents. 2 challenges are not shown (marked *).',
    );
  });

  it('wraps long labels at word boundaries', () => {
    const lines = wrap('Peer support (asking for and receiving help as well as offering it)', 160, 14);
    assert.ok(lines.length > 1);
    assert.equal(lines.join(' '), 'Peer support (asking for and receiving help as well as offering it)');
    for (const line of lines) assert.ok(line.length * 14 * 0.55 <= 160);
  });
});

describe('layoutChart', () => {
  const opts = { title: 'T', axisTitle: 'A', notes: [], valueText: () => '42% of 57', tickText: String };
  it('puts labels beside the bars when wide and above them when narrow', () => {
    const m = buildModel(basic);
    const wide = layoutChart(m, { ...opts, width: 720 });
    const narrow = layoutChart(m, { ...opts, width: 340 });
    assert.equal(wide.narrow, false);
    assert.equal(narrow.narrow, true);
    assert.ok(wide.plotLeft > 100);
    assert.ok(narrow.plotLeft < 10);
    const row = narrow.panels[0]!.rows[0]!;
    assert.ok(row.bars[0]!.y >= row.labelLines.length * 18, 'bar below its label');
  });

  it('draws bar lengths in proportion and no bar for a suppressed value', () => {
    const l = layoutChart(buildModel(suppressed), { ...opts, width: 640 });
    const bars = l.panels[0]!.rows.flatMap((r) => r.bars);
    const full = l.plotRight - l.plotLeft;
    for (const b of bars) {
      if (b.datum.suppressed) assert.equal(b.width, 0);
      else assert.ok(Math.abs(b.width - b.datum.proportion! * full) < 1e-6);
    }
  });
});

describe('disclosure wording', () => {
  const nhs = suppressed;
  const minBase = basic; // rule "min-base", minBase 8: core's live summary
  const survey = { ...basic, disclosure: { rule: 'survey' as const, description: '' } };
  const csv = { ...basic, disclosure: { rule: 'none' as const, description: '' } };
  const cases: { description: string; input: typeof basic; expected: [string, string] }[] = [
    {
      description: 'NHS rule: * means fewer than 8 people identified it',
      input: nhs,
      expected: [
        '* Fewer than 8 people identified that challenge, so its figures are not shown.',
        '* Nododd llai nag 8 person yr her honno, felly ni ddangosir ei ffigurau.',
      ],
    },
    {
      description: 'live minimum base: fewer than 8 identified it, or fewer than 8 did not',
      input: minBase,
      expected: [
        '* Fewer than 8 people identified that challenge, or fewer than 8 did not, so its figures are not shown.',
        '* Nododd llai nag 8 person yr her honno, neu roedd llai nag 8 heb ei nodi, felly ni ddangosir ei ffigurau.',
      ],
    },
    {
      description: 'survey rule: fewer than 10 rated it, or secondary suppression',
      input: survey,
      expected: [
        '* Fewer than 10 people rated that challenge, or its figures are hidden so that another hidden figure cannot be worked out.',
        '* Sgoriodd llai nag 10 person yr her honno, neu mae ei ffigurau wedi’u cuddio fel na ellir cyfrifo ffigur cudd arall.',
      ],
    },
    {
      description: 'no rule known (a CSV): no number is claimed',
      input: csv,
      expected: [
        '* Too few people are behind these figures for them to be shown.',
        '* Mae rhy ychydig o bobl y tu ôl i’r ffigurau hyn i’w dangos.',
      ],
    },
  ];
  for (const c of cases) {
    it(c.description, () => {
      assert.deepEqual([suppressionNote(en, c.input), suppressionNote(cy, c.input)], c.expected);
      assert.doesNotMatch(suppressionNote(en, c.input), /responses/);
    });
  }

  it('says counts are rounded to the nearest 5 under the NHS rule only, in English and Welsh', () => {
    assert.deepEqual(disclosureNotes(en, nhs, true), [
      '* Fewer than 8 people identified that challenge, so its figures are not shown.',
      'Counts are rounded to the nearest 5 (zeros stay zero); percentages and intervals are worked out from the rounded counts.',
    ]);
    assert.deepEqual(disclosureNotes(en, nhs, false), [
      'Counts are rounded to the nearest 5 (zeros stay zero); percentages and intervals are worked out from the rounded counts.',
    ]);
    assert.match(disclosureNotes(cy, nhs, false)[0]!, /^Mae’r cyfrifon wedi’u talgrynnu i’r 5 agosaf/);
    assert.deepEqual(disclosureNotes(en, minBase, false), []);
  });

  it('gives a hidden bar its reason for screen readers and the tooltip', () => {
    assert.equal(
      suppressedText(en, nhs),
      'Fewer than 8 people identified that challenge, so its figures are not shown.',
    );
    assert.equal(
      suppressedText(cy, nhs),
      'Nododd llai nag 8 person yr her honno, felly ni ddangosir ei ffigurau.',
    );
  });
});

describe('release rule for live charts', () => {
  const at = (respondents: number | null) => ({ ...basic, respondents });
  const rel = (respondents: number, number: number, final = false) => ({
    ...at(respondents),
    release: { number, final },
  });
  const cases: { description: string; input: [unknown, unknown, number]; expected: boolean }[] = [
    { description: 'the first summary is shown', input: [null, at(3), 5], expected: true },
    { description: 'one more respondent waits', input: [at(20), at(21), 5], expected: false },
    { description: 'four more wait', input: [at(20), at(24), 5], expected: false },
    { description: 'a batch of five is shown', input: [at(20), at(25), 5], expected: true },
    { description: 'a batch below five is raised to five', input: [at(20), at(21), 1], expected: false },
    { description: 'a larger batch is kept', input: [at(20), at(27), 8], expected: false },
    { description: 'a summary that shrinks is shown at once', input: [at(20), at(12), 5], expected: true },
    { description: 'a hidden total counts as none', input: [at(null), at(null), 5], expected: false },
    {
      description: 'a collector release is shown as it comes (its totals may be rounded)',
      input: [rel(20, 3), rel(20, 4), 5],
      expected: true,
    },
    {
      description: 'the same collector release is not redrawn',
      input: [rel(20, 3), rel(25, 3), 5],
      expected: false,
    },
    {
      description: 'the collector’s final release at close is shown',
      input: [rel(20, 3), rel(20, 3, true), 5],
      expected: true,
    },
  ];
  for (const c of cases) it(c.description, () => assert.equal(mayRelease(...c.input), c.expected));

  it('measures a summary without a total by its largest base', () => {
    assert.equal(summarySize({ ...basic, respondents: null }), 59);
    assert.equal(batchSize(undefined), 5);
    assert.equal(batchSize(12.7), 12);
  });
});

describe('tooltip placement', () => {
  const opts = {
    title: 'How often each challenge was identified',
    axisTitle: 'Percentage of respondents who identified the challenge',
    notes: [],
    valueText: (d: { proportion: number | null; base: number | null }) =>
      d.proportion === null ? '*' : `${Math.round(d.proportion * 100)}% of ${d.base}`,
    tickText: String,
  };
  const hits = (a: ReturnType<typeof valueBoxes>[number]['box'], b: typeof a) =>
    a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
  for (const [name, summaryData, width] of [
    ['wide', basic, 720],
    ['narrow', basic, 320],
    ['grouped', grouped, 720],
    ['suppressed', suppressed, 640],
  ] as const) {
    it(`never covers another bar or its value (${name}, ${width} px)`, () => {
      const model = buildModel(summaryData);
      const layout = layoutChart(model, { ...opts, width });
      const boxes = valueBoxes(layout);
      const data = model.data;
      for (const own of boxes) {
        // The lines the chart's tooltip has: label, group, value, interval.
        const d = data.find((x) => x.key === own.key)!;
        const lines = [
          { text: d.label, strong: true },
          ...(d.groupLabel ? [{ text: d.groupLabel }] : []),
          {
            text:
              opts.valueText(d) === '*'
                ? 'Fewer than 8 people identified that challenge, so its figures are not shown.'
                : opts.valueText(d),
          },
          ...(d.interval ? [{ text: '95% interval: 30% to 55%' }] : []),
        ];
        const box = layoutTooltip(layout, own.key, lines)!;
        assert.ok(box.x >= 0 && box.x + box.w <= width && box.y >= 0, `${own.key}: inside the chart`);
        for (const other of boxes) {
          if (other.key !== own.key) assert.ok(!hits(box, other.box), `${own.key} covers ${other.key}`);
        }
      }
    });
  }
});

describe('text spacing (WCAG 1.4.12)', () => {
  it('wraps with the page’s letter and word spacing so that no line is wider than its room', () => {
    const spacing = { letter: 0.12 * 16, word: 0.16 * 16 };
    const text = 'Peer support (asking for and receiving help as well as offering it)';
    for (const line of wrap(text, 160, 14, spacing)) assert.ok(textWidth(line, 14, spacing) <= 160, line);
    assert.ok(wrap(text, 160, 14, spacing).length > wrap(text, 160, 14).length);
  });
});

describe('summary CSV and checks', () => {
  it('reads core’s summary CSV back into the same figures, groups included', () => {
    const back = summaryFromCsv(summaryToCsv(grouped)) as typeof grouped;
    const result = checkSummary(back, en, [DEFAULT_CATALOGUE]);
    assert.ok(result.ok, JSON.stringify(result));
    assert.deepEqual(back.challenges, grouped.challenges);
    assert.deepEqual(
      back.groups!.map((g) => g.challenges),
      grouped.groups!.map((g) => g.challenges),
    );
  });

  it('names the missing columns of a CSV that is not a summary', () => {
    assert.throws(() => summaryFromCsv('a,b\n1,2\n'), /columns: group, challenge_id/);
  });

  it('tells CSV from JSON by content type, then extension', () => {
    assert.equal(isCsv('/x.json', 'text/csv; charset=utf-8'), true);
    assert.equal(isCsv('/x.csv', 'application/json'), false);
    assert.equal(isCsv('/x.csv?v=2', null), true);
    assert.equal(isCsv('/x', 'text/plain'), false);
  });

  it('refuses more identified than rated, duplicates and unknown ids for a known catalogue version', () => {
    const bad = summary([
      { ...freq('finding-the-time', 5, 10), identified: 11, proportion: 1 },
      freq('finding-the-time', 1, 10),
      freq('nope', 1, 10),
    ]);
    const result = checkSummary(bad, en, [DEFAULT_CATALOGUE]);
    assert.equal(result.ok, false);
    const text = result.ok ? '' : result.messages.join('\n');
    assert.match(
      text,
      /challenges\[0\]: the number who identified it \(11\) is more than the number who rated it \(10\)/,
    );
    assert.match(text, /challenges\[1\]\.id: the challenge “finding-the-time” appears twice/);
    assert.match(text, /challenges\[2\]\.id: “nope” is not a challenge in catalogue version 2024\.1/);
    // A partner catalogue (another version) may use its own ids.
    assert.equal(
      checkSummary({ ...summary([freq('nope', 1, 10)]), catalogueVersion: 'partner-1' }, en, [
        DEFAULT_CATALOGUE,
      ]).ok,
      true,
    );
  });

  it('exports the figures shown, formula-safe, with a BOM for Excel', () => {
    const csv = figuresCsv(
      buildModel({
        ...basic,
        challenges: [{ ...freq('finding-the-time', 24, 57), label: '=HYPERLINK("x")' }],
      }),
    );
    assert.ok(csv.startsWith('\uFEFFgroup,challenge_id,label,'));
    assert.match(csv, /,finding-the-time,"'=HYPERLINK\(""x""\)",24,57,/);
  });
});
