// The evaluator page for people on a phone, with a keyboard or a screen reader, and in Welsh in a
// browser that has no Welsh of its own (en-US): no sideways scroll at 320 px, a focus indicator
// with at least 3:1 contrast, short status messages (never whole tables) and no English or
// catalogue ids on the Welsh page.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse, axe, open, startPage } from './helpers.mjs';

let app;
before(async () => {
  app = await startPage();
});
after(async () => {
  await app?.close();
});

/** Elements wider than the screen, except what scrolls inside a table box of its own. */
function overflowing(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.body.querySelectorAll('*')]
      .filter((e) => !e.closest('.table-scroll > *') && e.getBoundingClientRect().right > width + 0.5)
      .map(
        (e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''} (${e.getBoundingClientRect().right}px)`,
      );
  });
}

for (const lang of ['en', 'cy']) {
  test(
    `320 px wide (${lang}): no sideways scroll before or after analysis; wide tables scroll in a named, focusable box`,
    {
      timeout: 90_000,
    },
    async () => {
      const { page, problems, close } = await open(app.browser, `${app.base}?lang=${lang}`, {
        width: 320,
        height: 640,
      });
      assert.deepEqual(await overflowing(page), [], 'the form fits');
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 320);
      await analyse(page);
      assert.deepEqual(await overflowing(page), [], 'the results fit');
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 320);
      const boxes = await page.$$eval('#results .table-scroll', (all) =>
        all.map((box) => ({
          scrolls: box.scrollWidth > box.clientWidth,
          tabIndex: box.tabIndex,
          role: box.getAttribute('role'),
          name: (box.getAttribute('aria-labelledby') ?? '')
            .split(' ')
            .map((id) => document.getElementById(id)?.textContent ?? '')
            .join(' ')
            .trim(),
        })),
      );
      assert.ok(
        boxes.some((b) => b.scrolls),
        'at 320 px the challenge tables are wider than the screen',
      );
      for (const box of boxes.filter((b) => b.scrolls)) {
        assert.equal(box.tabIndex, 0, 'a box that scrolls can be reached with the keyboard');
        assert.equal(box.role, 'region');
        assert.ok(box.name.length > 0, 'and is named after its table');
      }
      // a box that scrolls scrolls: the last column can be brought into view
      const scrolled = await page.$eval('#results .table-scroll[tabindex="0"]', (box) => {
        box.scrollLeft = box.scrollWidth;
        return box.scrollLeft > 0;
      });
      assert.ok(scrolled);
      assert.deepEqual(await axe(page), []);
      assert.deepEqual(problems, []);
      await close();
    },
  );
}

test('wide screen: tables that fit are neither regions nor tab stops', async () => {
  const { page, close } = await open(app.browser, app.base, { width: 1280 });
  await analyse(page, { by: '' });
  const boxes = await page.$$eval('#results .table-scroll', (all) =>
    all.map((box) => [box.hasAttribute('tabindex'), box.getAttribute('role')]),
  );
  assert.ok(boxes.length >= 2);
  assert.ok(boxes.every(([tab, role]) => !tab && role === null));
  await close();
});

/** WCAG relative luminance and contrast of two [r, g, b] colours. */
const CONTRAST = `
  const lum = ([r, g, b]) => {
    const c = (v) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * c(r) + 0.7152 * c(g) + 0.0722 * c(b);
  };
  const contrast = (a, b) => {
    const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
    return (x + 0.05) / (y + 0.05);
  };`;

/**
 * How many pixels around and on a control change, when it takes focus, to a colour at least 3:1
 * against the colour they had: the part of the focus indicator a low-vision user can see against
 * what is next to it. Compared in the browser's own canvas (both screenshots the same size).
 */
async function strongChange(compare, before, after) {
  return compare.evaluate(
    async ([a, b, code]) => {
      const { contrast } = new Function(`${code}; return { contrast };`)();
      const pixels = async (b64) => {
        const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d');
        context.drawImage(bitmap, 0, 0);
        return context.getImageData(0, 0, bitmap.width, bitmap.height).data;
      };
      const [p, q] = [await pixels(a), await pixels(b)];
      let strong = 0;
      for (let i = 0; i < p.length; i += 4) {
        if (contrast([p[i], p[i + 1], p[i + 2]], [q[i], q[i + 1], q[i + 2]]) >= 3) strong += 1;
      }
      return strong;
    },
    [before.toString('base64'), after.toString('base64'), CONTRAST],
  );
}

for (const { lang, width } of [
  { lang: 'en', width: 1000 },
  // at 320 px the tables scroll in boxes of their own, which take focus too
  { lang: 'cy', width: 320 },
])
  test(
    `${lang}, ${width} px: every control the keyboard reaches shows focus with at least 3:1 contrast against what was there`,
    {
      timeout: 120_000,
    },
    async () => {
      const { page, close } = await open(app.browser, `${app.base}?lang=${lang}`, { width, height: 2400 });
      await analyse(page);
      // the page's own tab stops, in order, from the top (a widget's own controls are its business)
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.mouse.click(2, 2);
      const stops = [];
      for (let i = 0; i < 150; i += 1) {
        await page.keyboard.press('Tab');
        const stop = await page.evaluate((n) => {
          const el = document.activeElement;
          if (!el || el === document.body) return null;
          if (el.localName.includes('-')) return 'widget';
          if (el.dataset.stop) return 'again';
          el.dataset.stop = String(n);
          return `${el.localName}${el.id ? `#${el.id}` : ''}`;
        }, i);
        if (stop === null || stop === 'again') break;
        if (stop !== 'widget') stops.push([String(i), stop]);
      }
      const kinds = new Set(stops.map(([, s]) => s.replace(/#.*/, '')));
      for (const kind of ['a', 'input', 'select', 'button', 'summary', ...(width < 400 ? ['div'] : [])])
        assert.ok(kinds.has(kind), `a ${kind} is among the tab stops: ${[...kinds]}`);

      const compare = await app.browser.newPage();
      const weak = [];
      for (const [n, name] of stops) {
        const target = page.locator(`[data-stop="${n}"]`);
        await target.scrollIntoViewIfNeeded();
        await page.evaluate(() => document.activeElement?.blur());
        const box = await target.boundingBox();
        const clip = {
          x: Math.max(0, box.x - 10),
          y: Math.max(0, box.y - 10),
          width: Math.min(box.width + 20, width - Math.max(0, box.x - 10)),
          height: box.height + 20,
        };
        const before = await page.screenshot({ clip, animations: 'disabled' });
        await target.focus();
        assert.ok(
          await target.evaluate((el) => el.matches(':focus-visible')),
          `${name} shows keyboard focus`,
        );
        const after = await page.screenshot({ clip, animations: 'disabled' });
        const strong = await strongChange(compare, before, after);
        // at least a 2 px line as long as the control is wide
        if (strong < 2 * Math.floor(box.width))
          weak.push(`${name}: ${strong} px of ${2 * Math.floor(box.width)}`);
      }
      await compare.close();
      assert.deepEqual(weak, [], 'focus indicators with too little contrast');
      await close();
    },
  );

test(
  'status: one short summary announced once, the comparison named in it, no table in any live region',
  {
    timeout: 60_000,
  },
  async () => {
    const { page, close } = await open(app.browser, app.base);
    await page.evaluate(() => {
      window.spoken = [];
      const live = '[aria-live], [role=status], [role=alert], [role=log]';
      new MutationObserver(() => {
        for (const region of document.querySelectorAll(live)) {
          const text = region.textContent.trim();
          if (text && window.spoken.at(-1) !== text) window.spoken.push(text);
        }
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await analyse(page);
    await page.waitForFunction(() => !/^(Reading .*)?$/.test(document.querySelector('#status').textContent));
    const spoken = await page.evaluate(() => window.spoken);
    assert.deepEqual(spoken, [
      'Reading files on this device…',
      'Read 206 responses from 5 files; 6 problems. Results compared across cardiff-2026-02, forms-follow-up-2026-04, glasgow-2026-03 and leeds-2026-01.',
    ]);
    const tablesInLiveRegions = await page.$$eval(
      '[aria-live], [role=status], [role=alert], [role=log]',
      (regions) => regions.reduce((n, r) => n + r.querySelectorAll('table, ul, details').length, 0),
    );
    assert.equal(tablesInLiveRegions, 0, 'results are not pushed into a live region');
    await close();
  },
);

test(
  'Welsh in an en-US browser: the summary joins with "a"/"ac", challenge names instead of ids, Welsh month names, no English notes',
  {
    timeout: 60_000,
  },
  async () => {
    const { page, problems, close } = await open(app.browser, `${app.base}?lang=cy`);
    await analyse(page);
    await page.waitForFunction(() => !/^(Wrthi’n .*)?$/.test(document.querySelector('#status').textContent));
    assert.equal(
      await page.textContent('#status'),
      'Darllenwyd 206 ymateb o 5 ffeil; 6 phroblem. Cymharwyd y canlyniadau ar draws cardiff-2026-02, forms-follow-up-2026-04, glasgow-2026-03 a leeds-2026-01.',
    );
    const first = await page.textContent('#status');
    await page.selectOption('#by', 'sector');
    await page.click('#analyse');
    await page.waitForFunction(
      (first) =>
        !/^(Wrthi’n .*)?$/.test(document.querySelector('#status').textContent) &&
        document.querySelector('#status').textContent !== first,
      first,
    );
    assert.match(await page.textContent('#status'), /^Darllenwyd .* Cymharwyd .*, GIG, .* a Heb ei nodi\.$/);
    const text = await page.evaluate(() => document.querySelector('#results').innerText);
    assert.match(text, /Trafferthion gyda hierarchaethau/);
    for (const id of [
      'hassles-with-hierarchies',
      'finding-the-time',
      'ideas-to-action',
      'evaluating-your-network',
    ])
      assert.ok(!text.includes(id), `the catalogue id ${id} is not shown`);
    assert.ok(!/\(nhs\)/.test(text), 'the rule’s id is not shown');
    assert.ok(!/\( ymatebwyr\)/.test(text), 'a withheld group size shows as *, not as nothing');
    assert.ok(!/ and /.test(await page.textContent('#status')));

    // months: Welsh names from netweave's own tables (this browser has none), "ac" before a vowel
    const bySector = await page.textContent('#status');
    await page.selectOption('#by', 'period');
    await page.click('#analyse');
    await page.waitForFunction(
      (before) =>
        !/^(Wrthi’n .*)?$/.test(document.querySelector('#status').textContent) &&
        document.querySelector('#status').textContent !== before,
      bySector,
    );
    assert.match(
      await page.textContent('#status'),
      / ar draws Ionawr 2026, Chwefror 2026, Mawrth 2026 ac Ebrill 2026\.$/,
    );
    const captions = await page.$$eval('#results caption', (all) => all.map((c) => c.textContent));
    assert.ok(captions.includes('Ionawr 2026 (65 ymatebydd)'), captions.join(' | '));
    assert.ok(!captions.some((c) => /2026-0\d|January|April/.test(c)), captions.join(' | '));
    assert.deepEqual(problems, []);
    await close();
  },
);
