import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { LocalStore, type FrequencySummary } from '@netweave/core';
import { GOLDEN_CASES, basic, freq, grouped, summary, suppressed } from '../fixtures.js';
import { goldenSvg, lineDiff } from '../golden.js';
import { chart, countingStore, labelOf, response, root, valueTexts } from './helpers.js';

describe('<netweave-challenge-chart> golden SVG', () => {
  for (const c of GOLDEN_CASES) {
    it(`draws the “${c.name}” configuration exactly as the golden file (node scripts/update-goldens.mjs)`, async () => {
      const attrs = Object.entries(c.attrs)
        .map(([k, v]) => `${k}="${v}"`)
        .join(' ');
      const el = await chart(c.data, attrs, c.width);
      const actual = goldenSvg(root(el).querySelector('svg.plot')!);
      const expected = await (await fetch(new URL(`../golden/${c.name}.svg`, import.meta.url))).text();
      if (actual !== expected) {
        expect.fail(
          `SVG for "${c.name}" differs from test/golden/${c.name}.svg.\n${lineDiff(expected, actual)}\n` +
            `Run \`node scripts/update-goldens.mjs\` to write test/golden/${c.name}-changed.svg for review.\n--- changed SVG ---\n${actual}`,
        );
      }
    });
  }
});

describe('<netweave-challenge-chart>', () => {
  it('sorts by frequency with "42% of 57" labels and an accessible name and summary', async () => {
    const el = await chart(basic);
    expect(valueTexts(el)[0]).to.equal('Finding the time');
    const values = [...root(el).querySelectorAll('.value')].map((t) => t.textContent);
    expect(values[0]).to.equal('42% of 57');
    const img = root(el).querySelector('[role="img"]')!;
    expect(img.getAttribute('aria-labelledby')).to.be.ok;
    const desc = root(el).getElementById(img.getAttribute('aria-describedby')!)!;
    expect(desc.textContent).to.match(/^Most often identified: Finding the time, 42% of 57 respondents/);
    await expect(el).to.be.accessible();
  });

  it('keeps catalogue order with sort="catalogue", and top="3" keeps the three most frequent', async () => {
    const el = await chart(basic, 'sort="catalogue" top="3"');
    expect(valueTexts(el)).to.deep.equal([
      'Evaluating your network',
      'Finding the time',
      'Hassles with hierarchies',
    ]);
  });

  it('draws suppressed values with no bar, a hatched marker, "*" and the note from the disclosure rule', async () => {
    const el = await chart(suppressed);
    const rows = [...root(el).querySelectorAll('.marks .row')];
    const mapping = rows.find((r) => r.textContent!.includes('Network mapping'))!;
    expect(mapping.querySelector('.bar')).to.equal(null);
    expect(mapping.querySelector('.suppressed-mark')).to.not.equal(null);
    expect(mapping.querySelector('.value')!.textContent).to.equal('*');
    const notes = [...root(el).querySelectorAll('.note')].map((n) => n.textContent).join(' ');
    // What * really means under the NHS rule, and that the counts shown are rounded.
    expect(notes).to.include(
      '* Fewer than 8 people identified that challenge, so its figures are not shown.',
    );
    expect(notes).to.include('Counts are rounded to the nearest 5');
    expect(notes).not.to.include('responses');
    expect(root(el).querySelector('desc')!.textContent).to.include(
      'Fewer than 8 people identified that challenge',
    );
    const hidden = root(el).querySelector('.hit-item[data-key="|network-mapping"]')!;
    expect(hidden.getAttribute('aria-label')).to.equal(
      'Network mapping: Fewer than 8 people identified that challenge, so its figures are not shown.',
    );
    // Suppressed rows come last, never between real values.
    expect(valueTexts(el).slice(-2)).to.have.members([
      'Network mapping',
      'Peer support (asking for and receiving help as well as offering it)',
    ]);
  });

  it('shows a data table with the same figures and suppression as the bars', async () => {
    const el = await chart(suppressed);
    const toggle = [...root(el).querySelectorAll('button')].find((b) =>
      b.textContent!.includes('Show data table'),
    )!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(root(el).querySelector('#data-table')!.hasAttribute('hidden')).to.equal(true);
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(toggle.textContent!.trim()).to.equal('Hide data table');
    const tableRows = [...root(el).querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((c) => c.textContent!.trim()),
    );
    const barRows = [...root(el).querySelectorAll('.marks .row')].map((r) => [
      labelOf(r),
      r.querySelector('.value')!.textContent,
    ]);
    expect(tableRows.map((r) => r[0])).to.deep.equal(barRows.map((r) => r[0]));
    for (const [i, row] of tableRows.entries()) {
      const text = barRows[i]![1]!;
      if (text === '*') expect(row.slice(1, 4)).to.deep.equal(['*', '*', '*']);
      else expect(text).to.equal(`${row[3]} of ${row[2]}`);
    }
    expect([...root(el).querySelectorAll('.table-note')].map((n) => n.textContent)).to.deep.equal([
      '* Fewer than 8 people identified that challenge, so its figures are not shown.',
      'Counts are rounded to the nearest 5 (zeros stay zero); percentages and intervals are worked out from the rounded counts.',
    ]);
    await expect(el).to.be.accessible();
  });

  it('moves between bars with the arrow keys and shows the tooltip on focus', async () => {
    const el = await chart(basic);
    const items = () => [...root(el).querySelectorAll<SVGGElement>('.hit-item')];
    expect(items().filter((i) => i.getAttribute('tabindex') === '0')).to.have.length(1);
    items()[0]!.focus();
    await el.updateComplete;
    expect(root(el).querySelector('.tooltip')!.textContent).to.include('Finding the time');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(root(el).activeElement!.getAttribute('aria-label')).to.match(
      /^Hassles with hierarchies: 39% of 54 respondents, 95% interval/,
    );
    expect(root(el).querySelector('.tooltip')!.textContent).to.include('Hassles with hierarchies');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(root(el).activeElement!.getAttribute('aria-label')).to.match(/^Generating ideas/);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(root(el).querySelector('.tooltip')).to.equal(null);
  });

  it('shows the tooltip on hover too, and hides it when the pointer leaves', async () => {
    const el = await chart(basic);
    const hit = root(el).querySelectorAll('.hit-item')[1]!.getBoundingClientRect();
    await sendMouse({
      type: 'move',
      position: [Math.round(hit.left + 300), Math.round(hit.top + hit.height / 2)],
    });
    await waitUntil(() => root(el).querySelector('.tooltip'), 'no tooltip on hover');
    expect(root(el).querySelector('.tooltip')!.textContent).to.include('Hassles with hierarchies');
    expect(root(el).querySelector('.tooltip')!.textContent).to.include('95% interval');
    await sendMouse({ type: 'move', position: [5, Math.round(hit.bottom + 2000)] });
    await resetMouse();
    await waitUntil(() => !root(el).querySelector('.tooltip'), 'tooltip stayed after the pointer left');
  });

  it('draws grouped bars with a legend, one pattern per group and group names in the table', async () => {
    const el = await chart(grouped);
    const legend = [...root(el).querySelectorAll('.legend-label')].map((t) => t.textContent);
    expect(legend).to.deep.equal([
      'NHS',
      'Local government',
      'Voluntary, community and social enterprise (VCSE)',
    ]);
    const fills = new Set(
      [...root(el).querySelectorAll('.bar')].map((b) => b.getAttribute('fill') ?? 'solid'),
    );
    expect(fills.size).to.equal(3);
    expect(root(el).querySelectorAll('.hit-item')).to.have.length(15);
    await expect(el).to.be.accessible();
  });

  it('draws one small chart per group with group-layout="multiples"', async () => {
    const el = await chart(grouped, 'group-layout="multiples"');
    expect([...root(el).querySelectorAll('.panel-title')].map((t) => t.textContent!.trim())).to.have.length(
      3,
    );
  });

  it('stays accessible in its other states: small multiples, counts, loading, paused live', async () => {
    await expect(await chart(grouped, 'group-layout="multiples"')).to.be.accessible();
    await expect(await chart(suppressed, 'measure="count"', 340)).to.be.accessible();
    const loading = await chart(null, 'src="/packages/challenge-chart/test/data/summary.json"');
    await expect(loading).to.be.accessible();
    const live = await chart(null, 'session="a11y-live"');
    live.store = new LocalStore({
      namespace: `cc-a11y-${Math.random()}`,
      acceptSubmissions: true,
      storage: null,
    });
    await live.updateComplete;
    const pauseButton = () =>
      [...root(live).querySelectorAll('button')].find((b) => b.textContent!.includes('Pause'));
    await waitUntil(pauseButton, 'no live chart');
    await live.updateComplete;
    // No collector: the chart says it shows only this device's answers (a single-device demo).
    expect(root(live).querySelector('[part=local]')?.textContent).to.contain('not connected to a collector');
    const pause = pauseButton()!;
    pause.click();
    await live.updateComplete;
    expect(pause.getAttribute('aria-pressed')).to.equal('true');
    await expect(live).to.be.accessible();
  });

  it('reads its attributes into properties', async () => {
    const el = await chart(
      basic,
      'sort="catalogue" top="4" measure="count" group-layout="multiples" no-export label="Our chart" batch="10"',
    );
    expect([el.sort, el.top, el.measure, el.groupLayout, el.noExport, el.label, el.batch]).to.deep.equal([
      'catalogue',
      4,
      'count',
      'multiples',
      true,
      'Our chart',
      10,
    ]);
    expect(root(el).querySelectorAll('[data-export]')).to.have.length(0);
    expect(root(el).querySelector('.title')!.textContent).to.equal('Our chart');
  });

  it('shows counts with measure="count"', async () => {
    const el = await chart(basic, 'measure="count"');
    expect(root(el).querySelector('.value')!.textContent).to.equal('24 of 57');
  });

  it('uses a narrow layout with labels above the bars on small screens', async () => {
    const el = await chart(basic, '', 340);
    const label = root(el).querySelector('.marks .row .label tspan')!;
    expect(Number(label.getAttribute('x'))).to.be.below(10);
    expect(root(el).querySelector('svg.plot')!.getAttribute('width')).to.equal('340');
  });

  it('exports SVG with inlined styles, a 2× PNG and a CSV of the figures shown', async () => {
    const el = await chart(basic, 'top="2"');
    const svgText = await el.toSVG();
    expect(svgText).to.include('<style>');
    expect(svgText).to.include('.bar');
    expect(svgText).not.to.include('class="hits"');
    const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    const png = await el.toPNG(2);
    const bitmap = await createImageBitmap(png);
    expect(bitmap.width).to.equal(2 * Number(root(el).querySelector('svg.plot')!.getAttribute('width')));
    const csv = el
      .toCSV()
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(csv).to.have.length(3);
    expect(csv[1]).to.match(/^,finding-the-time,Finding the time,24,57,0\.42/);
  });

  it('has no style attribute anywhere in its shadow root', async () => {
    for (const data of [basic, grouped, suppressed]) {
      const el = await chart(data);
      root(el).querySelector<HTMLButtonElement>('button')!.click();
      await el.updateComplete;
      expect(root(el).querySelectorAll('[style]')).to.have.length(0);
    }
  });

  it("renders on a page whose Content-Security-Policy is style-src 'self'", async () => {
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe title="CSP test page" src=${new URL('../csp-page.html', import.meta.url).href}></iframe>`,
    );
    await waitUntil(
      () => (frame.contentWindow as unknown as { cspResult?: unknown })?.cspResult,
      'CSP page did not report',
    );
    const result = (
      frame.contentWindow as unknown as {
        cspResult: { bars: number; violations: string[]; styled: number; tooltip: boolean };
      }
    ).cspResult;
    expect(result.violations).to.deep.equal([]);
    expect(result.tooltip).to.equal(true);
    expect(result.bars).to.equal(9);
    expect(result.styled).to.equal(0);
  });

  it('speaks Welsh: labels, values and the table control', async () => {
    const el = await chart(basic);
    el.lang = 'cy';
    await el.updateComplete;
    expect(valueTexts(el)[0]).to.equal('Dod o hyd i’r amser');
    expect(root(el).querySelector('.value')!.textContent).to.equal('42% o 57');
    expect(root(el).querySelector('button')!.textContent!.trim()).to.equal('Dangos tabl data');
    expect(root(el).querySelector('desc')!.textContent).to.match(
      /^Y rhai a nodwyd amlaf: Dod o hyd i’r amser, 42% o 57 ymatebydd/,
    );
  });

  it('follows the live store and refreshes when a batch of responses has arrived', async () => {
    const store = countingStore(
      new LocalStore({ namespace: `cc-test-${Math.random()}`, acceptSubmissions: true, storage: null }),
    );
    const el = await chart(null, 'session="live-1"');
    el.store = store;
    await el.updateComplete;
    await waitUntil(() => root(el).querySelector('svg.plot'), 'no live chart');
    expect(root(el).querySelectorAll('.suppressed-mark').length).to.equal(9);
    const shown: string[] = [];
    for (let i = 0; i < 15; i++) {
      await store.submitResponse(
        response('live-1', `r${i}`, { 'finding-the-time': 4, 'network-mapping': i < 2 ? 4 : 0 }),
      );
      // Each response is read from the store before the next one arrives.
      const started = store.calls;
      await waitUntil(() => store.reads >= started, 'the chart did not read the store');
      await el.updateComplete;
      const value = root(el).querySelector('.value')?.textContent ?? '';
      if (shown[shown.length - 1] !== value) shown.push(value);
    }
    // Redrawn once the summary can be shown (8 people), then after a batch of five more.
    expect(shown).to.deep.equal(['*', '100% of 8', '100% of 13']);
  });
});

describe('<netweave-challenge-chart> updates', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('moves the same bar elements when the order changes (object constancy) and animates them', async () => {
    const el = await chart(basic);
    const key = '|network-mapping';
    const before = root(el).querySelector(`.row[data-key="${key}"]`)!;
    const beforeY = before.getAttribute('transform');
    expect(getComputedStyle(before).transitionProperty).to.include('transform');
    el.data = {
      ...basic,
      challenges: basic.challenges.map((c) => (c.id === 'network-mapping' ? freq(c.id, 40, 50) : c)),
    };
    await el.updateComplete;
    const after = root(el).querySelector(`.row[data-key="${key}"]`)!;
    expect(after).to.equal(before);
    expect(after.getAttribute('transform')).to.not.equal(beforeY);
    expect(valueTexts(el)[0]).to.equal('Network mapping');
  });

  it('turns the transitions off when the reader prefers reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await chart(basic);
    const row = root(el).querySelector('.row')!;
    expect(getComputedStyle(row).transitionDuration).to.equal('0s');
    expect(getComputedStyle(root(el).querySelector('.bar')!).transitionDuration).to.equal('0s');
  });

  it('has forced-colours rules that draw bars, text and markers in system colours', async () => {
    // The Chrome launcher cannot emulate forced colours, so read the rules the browser parsed.
    const el = await chart(basic);
    const rules = el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
    const forced = rules.filter(
      (r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText.includes('forced-colors'),
    );
    const inner = forced.flatMap((m) => [...m.cssRules] as CSSStyleRule[]);
    const fillOf = (selector: string) =>
      inner.find((r) => r.selectorText.split(/,\s*/).includes(selector))?.style;
    expect(fillOf('.plot .solid')?.fill).to.equal('canvastext');
    expect(fillOf('.plot text')?.fill).to.equal('canvastext');
    expect(fillOf('.plot .suppressed-mark')?.stroke).to.equal('canvastext');
    expect(fillOf('.plot .whisker')?.stroke).to.equal('canvastext');
    // Declared after the SVG rules, so equal specificity cannot undo it.
    const last = rules.findLastIndex(
      (r) => r instanceof CSSMediaRule && r.conditionText.includes('forced-colors'),
    );
    const svgRule = rules.findLastIndex((r) => r instanceof CSSStyleRule && r.selectorText === '.solid');
    expect(last).to.be.greaterThan(svgRule);
  });

  it('stays accessible with a tooltip open, and takes partner wording', async () => {
    const el = await chart(basic);
    el.strings = { en: { title: 'Our network’s challenges' } };
    await el.updateComplete;
    root(el).querySelector<SVGGElement>('.hit-item')!.focus();
    await el.updateComplete;
    expect(root(el).querySelector('.tooltip')).to.not.equal(null);
    expect(root(el).querySelector('title')!.textContent).to.equal('Our network’s challenges');
    await expect(el).to.be.accessible();
  });

  it('pauses and resumes live updates', async () => {
    const store = countingStore(
      new LocalStore({
        namespace: `cc-pause-${Math.random()}`,
        acceptSubmissions: true,
        storage: null,
      }),
    );
    const el = await chart(null, 'session="live-2"');
    el.store = store;
    await el.updateComplete;
    await waitUntil(() => root(el).querySelector('svg.plot'), 'no live chart');
    const pause = [...root(el).querySelectorAll('button')].find((b) =>
      b.textContent!.includes('Pause updates'),
    )!;
    pause.click();
    await el.updateComplete;
    expect(pause.getAttribute('aria-pressed')).to.equal('true');
    const reads = store.calls;
    for (let i = 0; i < 8; i++) {
      await store.submitResponse(response('live-2', `p${i}`, { 'finding-the-time': 4 }));
    }
    await el.updateComplete;
    // Paused: the store is not even read.
    expect(store.calls).to.equal(reads);
    expect(root(el).querySelectorAll('.bar')).to.have.length(0);
    pause.click();
    await waitUntil(() => root(el).querySelector('.value')?.textContent === '100% of 8', 'did not resume');
  });

  it('gives its error messages in Welsh too', async () => {
    const el = await chart(null, 'src="/packages/challenge-chart/test/no-such-summary.json"');
    await waitUntil(() => root(el).querySelector('.nw-notice--error'), 'no error shown');
    el.lang = 'cy';
    await el.updateComplete;
    expect(root(el).querySelector('.nw-notice--error')!.textContent).to.include(
      'Nid oedd modd llunio’r siart',
    );
    expect(root(el).querySelector('.nw-notice--error')!.textContent).to.include('atebodd y gweinydd 404');
  });
});

describe('<netweave-challenge-chart> with bad data', () => {
  const bad: [string, unknown, RegExp][] = [
    [
      'a negative count',
      summary([{ ...freq('finding-the-time', 5, 10), identified: -3 }]),
      /challenges\[0\]\.identified: must be at least 0/,
    ],
    [
      'a proportion above 1',
      summary([{ ...freq('finding-the-time', 5, 10), proportion: 1.4 }]),
      /challenges\[0\]\.proportion: must be at most 1/,
    ],
    [
      'an unknown challenge id',
      summary([freq('made-up-challenge', 5, 10)]),
      /“made-up-challenge” is not a challenge in catalogue version 2024\.1/,
    ],
    [
      'more identified than rated',
      summary([{ ...freq('finding-the-time', 12, 10), proportion: 1, interval: [0.7, 1] }]),
      /identified it \(12\) is more than the number who rated it \(10\)/,
    ],
    ['something that is not a summary', { hello: 'world' }, /kind/],
  ];
  for (const [name, data, message] of bad) {
    it(`explains ${name} instead of drawing a chart`, async () => {
      const el = await chart(data as FrequencySummary);
      const alert = root(el).querySelector('.nw-notice--error')!;
      expect(alert.textContent).to.include('The chart could not be drawn');
      expect(alert.textContent).to.match(message);
      expect(root(el).querySelector('svg.plot')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  }

  it('says there is nothing to show for empty data', async () => {
    const el = await chart(summary([]));
    expect(root(el).querySelector('.nw-notice')!.textContent).to.equal('There is no data to show yet.');
  });

  it('explains a src that answers 404', async () => {
    const el = await chart(null, 'src="/packages/challenge-chart/test/no-such-summary.json"');
    await waitUntil(() => root(el).querySelector('.nw-notice--error'), 'no error shown');
    expect(root(el).querySelector('.nw-notice--error')!.textContent).to.match(
      /could not be loaded from .*no-such-summary\.json \(the server answered 404/,
    );
  });

  it('reads the SDK CSV from src', async () => {
    const el = await chart(null, 'src="/packages/challenge-chart/test/data/summary.csv"');
    await waitUntil(() => root(el).querySelector('svg.plot'), 'no chart from CSV');
    expect(valueTexts(el)[0]).to.equal('Finding the time');
    expect(root(el).querySelector('.value')!.textContent).to.equal('42% of 57');
  });

  it('reads the SDK JSON from src', async () => {
    const el = await chart(null, 'src="/packages/challenge-chart/test/data/summary.json"');
    await waitUntil(() => root(el).querySelector('svg.plot'), 'no chart from JSON');
    expect(root(el).querySelectorAll('.marks .row')).to.have.length(9);
  });
});
