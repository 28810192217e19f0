// Node tests for what the chart shows for a summary (src/lib/view.ts) and for moving between its
// bars with the keyboard (src/lib/hits.ts).
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { DEFAULT_CATALOGUE, Localizer } from '@netweave/core';
import type { ChartLocalizer } from '../src/lib/format.js';
import { moveFocus, tabStop, type HitItem } from '../src/lib/hits.js';
import { chartView, type ViewOptions, type ViewResult } from '../src/lib/view.js';
import { chartCy, chartEn } from '../src/strings.js';
import { basic, grouped, summary, suppressed } from './fixtures.js';

const en = new Localizer({ en: chartEn, cy: chartCy }, 'en') as ChartLocalizer;
const cy = en.with('cy') as ChartLocalizer;
const options: ViewOptions = {
  sort: 'frequency',
  top: 0,
  measure: 'percent',
  groupLayout: 'grouped',
  title: 'Our chart',
  width: 720,
  catalogues: [DEFAULT_CATALOGUE],
};
const view = (result: ViewResult) => {
  assert.ok('view' in result, `no chart: ${JSON.stringify(result)}`);
  return result.view;
};

describe('chartView', () => {
  it('explains a summary it cannot draw, and says when there is nothing to draw', () => {
    const cases: { description: string; input: unknown; expected: RegExp | 'empty' }[] = [
      { description: 'not a summary', input: { hello: 'world' }, expected: /kind/ },
      {
        description: 'more identified than rated',
        input: summary([{ ...basic.challenges[0]!, identified: 70 }]),
        expected: /identified it \(70\) is more than the number who rated it \(58\)/,
      },
      { description: 'no challenges', input: summary([]), expected: 'empty' },
    ];
    for (const { description, input, expected } of cases) {
      const result = chartView(input, en, options);
      if (expected === 'empty') assert.deepEqual(result, { empty: true }, description);
      else {
        assert.ok('error' in result, description);
        assert.match(result.error.join(' '), expected, description);
      }
    }
  });

  it('draws the bars in the order asked for, with one keyboard target each, in reading order', () => {
    const cases: { description: string; options: Partial<ViewOptions>; expected: string[] }[] = [
      {
        description: 'the three most often identified',
        options: { top: 3 },
        expected: ['|finding-the-time', '|hassles-with-hierarchies', '|evaluating-your-network'],
      },
      {
        description: 'the three most often identified, in catalogue order',
        options: { sort: 'catalogue', top: 3 },
        expected: ['|evaluating-your-network', '|finding-the-time', '|hassles-with-hierarchies'],
      },
      {
        description: 'an attribute’s unknown value: frequency order',
        options: { sort: 'alphabetical' as ViewOptions['sort'], top: 1 },
        expected: ['|finding-the-time'],
      },
    ];
    for (const c of cases) {
      const v = view(chartView(basic, en, { ...options, ...c.options }));
      assert.deepEqual(
        v.hits.map((h) => h.key),
        c.expected,
        c.description,
      );
      assert.deepEqual(
        v.hits.map((h) => h.key),
        v.model.data.map((d) => d.key),
        c.description,
      );
    }
  });

  it('names each bar with its figures, and a hidden bar with the reason it is hidden', () => {
    const v = view(chartView(suppressed, en, options));
    assert.match(v.hits[0]!.label, /^Finding the time: 63% of 40 respondents, 95% interval/);
    const hidden = v.hits.find((h) => h.key === '|network-mapping')!;
    assert.equal(
      hidden.label,
      'Network mapping: Fewer than 8 people identified that challenge, so its figures are not shown.',
    );
    assert.equal(v.hidden, 'Fewer than 8 people identified that challenge, so its figures are not shown.');
    // Under the data table: what * means and that counts are rounded (not the interval note).
    assert.deepEqual(v.notes, [
      '* Fewer than 8 people identified that challenge, so its figures are not shown.',
      'Counts are rounded to the nearest 5 (zeros stay zero); percentages and intervals are worked out from the rounded counts.',
    ]);
    // Under the chart, the interval note too.
    assert.ok(v.layout.notes.some((n) => n.text.startsWith('Lines across the bars')));
  });

  it('names challenges and groups in Welsh from the catalogue and core’s field labels', () => {
    const v = view(chartView(grouped, cy, options));
    assert.ok(v.model.data.some((d) => d.label === 'Dod o hyd i’r amser'));
    assert.deepEqual(
      v.layout.legend.map((item) => item.label),
      ['GIG', 'Llywodraeth leol', 'Y sector gwirfoddol, cymunedol a mentrau cymdeithasol (VCSE)'],
    );
    // In English too, groups are named by core's labels rather than the summary's short ones.
    const english = view(chartView(grouped, en, options));
    assert.equal(english.layout.legend[2]!.label, 'Voluntary, community and social enterprise (VCSE)');
    assert.ok(english.model.data.some((d) => d.label === 'Finding the time'));
  });

  it('lays the chart out at the width given, with the title given and the measure’s axis', () => {
    const v = view(chartView(basic, en, { ...options, width: 340, measure: 'count' }));
    assert.equal(v.layout.width, 340);
    assert.equal(v.layout.narrow, true);
    assert.deepEqual(v.layout.titleLines, ['Our chart']);
    assert.equal(v.layout.axisTitle.lines.join(' '), 'Number of respondents who identified the challenge');
  });
});

describe('moving between bars', () => {
  it('moves focus with the arrow keys, Home and End, and stops at the ends', () => {
    const cases: { description: string; input: [string, number, number]; expected: number | null }[] = [
      { description: 'Arrow Down: the next bar', input: ['ArrowDown', 0, 3], expected: 1 },
      { description: 'Arrow Right: the next bar', input: ['ArrowRight', 1, 3], expected: 2 },
      { description: 'Arrow Down on the last bar stays', input: ['ArrowDown', 2, 3], expected: 2 },
      { description: 'Arrow Up: the previous bar', input: ['ArrowUp', 2, 3], expected: 1 },
      { description: 'Arrow Left on the first bar stays', input: ['ArrowLeft', 0, 3], expected: 0 },
      { description: 'Home: the first bar', input: ['Home', 2, 3], expected: 0 },
      { description: 'End: the last bar', input: ['End', 0, 3], expected: 2 },
      { description: 'Tab is left to the browser', input: ['Tab', 1, 3], expected: null },
      { description: 'Enter does nothing', input: ['Enter', 1, 3], expected: null },
    ];
    for (const { description, input, expected } of cases) {
      assert.equal(moveFocus(...input), expected, description);
    }
  });

  it('keeps one tab stop: the bar last focused while it is drawn, else the first', () => {
    const hits: HitItem[] = ['a', 'b', 'c'].map((key, i) => ({ key, y: i * 20, height: 20, label: key }));
    const cases: { description: string; input: [HitItem[], string | null]; expected: string | null }[] = [
      { description: 'nothing focused yet', input: [hits, null], expected: 'a' },
      { description: 'the bar last focused', input: [hits, 'b'], expected: 'b' },
      { description: 'that bar is no longer drawn', input: [hits, 'z'], expected: 'a' },
      { description: 'no bars', input: [[], 'b'], expected: null },
    ];
    for (const { description, input, expected } of cases) {
      assert.equal(tabStop(...input), expected, description);
    }
  });
});
