/**
 * The session write-up (`writeup`) in Markdown, HTML and Word, English and Welsh, from a session
 * export as the collector writes one: every visible note and commitment, none of the held or
 * hidden ones, counts under the disclosure rule, the parts in order, the document language,
 * participants' text inert in every format.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SessionExport } from '@netweave/model';
import { writeup, type WriteupFormat } from '../src/index.js';
import { COMMITMENTS, EXPORT, FORMULA, MARKUP, NEVER, VISIBLE } from './writeup-fixture.js';
import { docxParagraphs, docxParts, htmlText, markdownText } from './writeup-text.js';

const HEADINGS = {
  en: ['Who took part', 'The challenges people rated', 'What emerged', 'What changed', 'Method and privacy'],
  cy: [
    'Pwy gymerodd ran',
    'Yr heriau a sgoriodd pobl',
    'Beth ddaeth i’r amlwg',
    'Beth newidiodd',
    'Dull a phreifatrwydd',
  ],
};
const GROUPS = ['Cardiff & Vale', 'Grŵp 2', 'Tîm y Gogledd'];

interface Rendered {
  /** What a reader sees, as text. */
  text: string;
  h1: string[];
  h2: string[];
  h3: string[];
  raw: string;
}

async function render(
  input: SessionExport | Parameters<typeof writeup>[0],
  format: WriteupFormat,
  lang: 'en' | 'cy',
  disclosure?: 'nhs' | 'survey' | 'none',
): Promise<Rendered> {
  const out = await writeup({ ...input, ...(disclosure ? { disclosure } : {}) }, { format, lang });
  if (format === 'docx') {
    assert.ok(out instanceof Uint8Array, 'a .docx is bytes');
    const parts = docxParts(out);
    const paragraphs = docxParagraphs(parts['word/document.xml']!);
    const by = (style: string) => paragraphs.filter((p) => p.style === style).map((p) => p.text);
    return {
      text: paragraphs.map((p) => p.text).join('\n'),
      h1: by('Heading1'),
      h2: by('Heading2'),
      h3: by('Heading3'),
      raw: parts['word/document.xml']!,
    };
  }
  assert.equal(typeof out, 'string');
  const s = out as string;
  if (format === 'html') {
    const tags = (n: number) =>
      [...s.matchAll(new RegExp(`<h${n}>([^<]*)</h${n}>`, 'g'))].map((m) => htmlText(m[1]!).trim());
    return { text: htmlText(s), h1: tags(1), h2: tags(2), h3: tags(3), raw: s };
  }
  const lines = (n: number) =>
    s
      .split('\n')
      .filter((l) => l.startsWith(`${'#'.repeat(n)} `))
      .map((l) => markdownText(l.slice(n + 1)));
  return { text: markdownText(s), h1: lines(1), h2: lines(2), h3: lines(3), raw: s };
}

const FORMATS: WriteupFormat[] = ['md', 'html', 'docx'];

for (const format of FORMATS)
  for (const lang of ['en', 'cy'] as const) {
    test(`${format}, ${lang}: every visible note and commitment, none held or hidden, parts in order`, async () => {
      const r = await render(EXPORT, format, lang);
      for (const text of [...VISIBLE, FORMULA, MARKUP]) assert.ok(r.text.includes(text), `missing: ${text}`);
      for (const text of NEVER)
        assert.ok(!r.text.includes(text) && !r.raw.includes(text), `must not appear: ${text}`);
      assert.deepEqual(r.h1, [EXPORT.session.title]);
      assert.deepEqual(r.h2, HEADINGS[lang]);
      assert.deepEqual(r.h3, lang === 'en' ? GROUPS.map((g) => g.replace('Grŵp', 'Group')) : GROUPS);
      assert.ok(r.text.includes(lang === 'cy' ? 'Dyddiad: 12 Mawrth 2026' : 'Date: 12 March 2026'));
    });

    test(`${format}, ${lang}: pink and green notes in vote order with votes, each step with its note`, async () => {
      const r = await render(EXPORT, format, lang);
      const votes = (n: number) =>
        lang === 'cy'
          ? `${n} ${n === 1 || n === 2 ? 'bleidlais' : 'pleidlais'}`
          : `${n} vote${n === 1 ? '' : 's'}`;
      const recognised = lang === 'cy' ? 'wedi’i adnabod yn rownd 2' : 'recognised in round 2';
      const added = lang === 'cy' ? 'wedi’i ychwanegu yn rownd 2' : 'added in round 2';
      const stepLabel = lang === 'cy' ? 'Cam cyntaf: ' : 'First step: ';
      const book = 'Book meetings when VCSE colleagues are at work elsewhere';
      const acronyms = 'Use acronyms nobody outside the NHS knows';
      // round 2 of group 1: 5 votes before 2 votes
      const round2 = r.text.indexOf(lang === 'cy' ? 'Rownd 2:' : 'Round 2:');
      const first = r.text.indexOf(`${book} — ${recognised}, ${votes(5)}`, round2);
      const second = r.text.indexOf(`${acronyms} — ${recognised}, ${votes(2)}`, round2);
      assert.ok(first > round2 && second > first, 'pink notes by votes, most first, with their counts');
      assert.ok(r.text.includes(`Keep decisions to one sector’s board — ${added}, ${votes(1)}`));
      // round 3: the note, then its step right after it
      const round3 = r.text.indexOf(lang === 'cy' ? 'Rownd 3:' : 'Round 3:');
      const green = r.text.indexOf(`${book} — ${votes(5)}`, round3);
      assert.ok(green > round3);
      const after = r.text.slice(green + book.length).trimStart();
      assert.match(
        after,
        new RegExp(`^— ${votes(5)}\\s*(- )?${stepLabel}Ask partners for their diaries first`),
      );
    });

    test(`${format}, ${lang}: counts under the disclosure rule, reactions and sectors of commitments`, async () => {
      const nhs = await render(EXPORT, format, lang);
      const people = (n: number) =>
        lang === 'cy'
          ? `Cwblhaodd ${n} person yr hunanasesiad.`
          : `${n} people completed the self-assessment.`;
      assert.ok(nhs.text.includes(people(25)), '24 respondents rounded to 25 under the NHS rule');
      const none = await render(EXPORT, format, lang, 'none');
      assert.ok(none.text.includes(people(24)));
      assert.ok(
        !none.text.includes(lang === 'cy' ? '* heb ei ddangos' : '* not shown'),
        'nothing marked as withheld when nothing is',
      );
      // VCSE (6 people) and not stated (4) are withheld under nhs, shown under none
      const row = (label: string, n: string) =>
        format === 'md' ? `| ${label} | ${n} |` : format === 'html' ? `${label}${n}` : `${label}\n${n}`;
      const nhsLabel = lang === 'cy' ? 'GIG' : 'NHS';
      assert.ok(
        nhs.text.includes(row(nhsLabel, '10')) && none.text.includes(row(nhsLabel, '9')),
        'NHS: 9 people, rounded to 10',
      );
      const notStated = lang === 'cy' ? 'Heb ei nodi' : 'Not stated';
      assert.ok(nhs.text.includes(row(notStated, '*')) && none.text.includes(row(notStated, '4')));
      assert.ok(
        nhs.text.includes(lang === 'cy' ? 'Dangosir 4 cyfrif' : '4 counts in “Who took part” are shown as *'),
      );
      // the challenge table: finding the time identified by all 24 (25 rounded), 100%
      const pct = format === 'md' ? '| 25 | 25 | 100% |' : format === 'html' ? '2525100%' : '25\n25\n100%';
      assert.ok(nhs.text.includes(pct), 'identified, base and proportion');
      assert.ok(
        !nhs.text.includes(lang === 'cy' ? 'Mapio rhwydweithiau' : 'Network mapping'),
        'a challenge nobody rated is left out',
      );
      const reactions = lang === 'cy' ? '4 person am wneud hyn hefyd' : '4 people will do this too';
      assert.ok(nhs.text.includes(`Invite the housing team to our next huddle — ${nhsLabel}, ${reactions}`));
      assert.ok(
        nhs.text.includes(lang === 'cy' ? '1 person am wneud hyn hefyd' : '1 person will do this too'),
      );
    });
  }

test('html: one self-contained file, lang set, a print stylesheet, the chart with a text alternative, text escaped', async () => {
  for (const lang of ['en', 'cy'] as const) {
    const html = (await writeup(EXPORT, { format: 'html', lang })) as string;
    assert.match(html, new RegExp(`^<!doctype html>\\n<html lang="${lang}">`));
    assert.match(html, /@media print/);
    assert.ok(
      !/<script|\son\w+=|<link|<img|<iframe|@import|url\(|\s(src|href)=/i.test(html),
      'no scripts, no external requests',
    );
    assert.match(html, /<svg [^>]*role="img" aria-labelledby="nw-chart-title nw-chart-desc"/);
    assert.match(html, /<desc id="nw-chart-desc">[^<]*(Finding the time|Dod o hyd i’r amser): 100%/);
    assert.ok(html.includes('Split | tables * bold &lt; tag [link](x)'), 'the commitment escaped');
    assert.ok(
      html.includes('=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)'),
      'the formula-like note escaped, as text',
    );
    assert.ok(html.includes('Anwybyddu’r gwasanaethau’n lleol'), 'typographic apostrophes kept');
    assert.equal((html.match(/<table>/g) ?? []).length, 3, 'sector, nation and challenges tables');
  }
});

test('md: participant text cannot break a table, format, link or inject HTML', async () => {
  const md = (await writeup(EXPORT, { format: 'md', lang: 'en' })) as string;
  assert.ok(md.includes('- Split \\| tables \\* bold &lt; tag \\[link\\](x)'));
  assert.ok(!md.includes('<tag') && !md.includes('[link]('));
  // every row of every table has as many cells as its header
  const tables = md.split('\n\n').filter((b) => b.split('\n').some((l) => l.startsWith('| ')));
  assert.equal(tables.length, 3);
  const cells = (line: string) => line.split(/(?<!\\)\|/).length;
  for (const t of tables) {
    const rows = t.split('\n').filter((l) => l.startsWith('| '));
    for (const row of rows) assert.equal(cells(row), cells(rows[0]!), `a row with a cell too many: ${row}`);
  }
  assert.ok(md.includes(`- ${FORMULA}`), 'the formula-like note is plain text');
  assert.ok(!/<svg/.test(md), 'no chart in Markdown: the table carries it');
});

test('docx: real headings, lists and tables, the language, title and creator set, no images', async () => {
  for (const lang of ['en', 'cy'] as const) {
    const bytes = (await writeup(EXPORT, { format: 'docx', lang })) as Uint8Array;
    const parts = docxParts(bytes);
    const styles = parts['word/styles.xml']!;
    const tag = lang === 'cy' ? 'cy-GB' : 'en-GB';
    assert.match(
      styles,
      new RegExp(`<w:docDefaults>[\\s\\S]*<w:lang w:val="${tag}"/>[\\s\\S]*</w:docDefaults>`),
    );
    for (const h of ['Heading1', 'Heading2', 'Heading3'])
      assert.match(styles, new RegExp(`w:styleId="${h}"`));
    const doc = parts['word/document.xml']!;
    assert.equal((doc.match(/<w:tbl>/g) ?? []).length, 3, 'three real tables');
    assert.ok((doc.match(/<w:numPr>/g) ?? []).length >= 20, 'real list items');
    assert.ok(parts['word/numbering.xml']?.includes('w:abstractNum'));
    assert.ok(!Object.keys(parts).some((name) => name.startsWith('word/media/')), 'no images');
    // The challenges' chart: a native Word bar chart (its data in the document), described for
    // screen readers, not a picture.
    const chart = parts['word/charts/chart1.xml'];
    assert.ok(chart, 'a Word chart part');
    assert.match(chart, /<c:barDir val="bar"\/>/);
    assert.match(doc, /<c:chart [^>]*r:id=/);
    assert.match(doc, new RegExp(`<wp:docPr [^>]*descr="[^"]*%`), 'the chart described for screen readers');
    assert.ok(
      !doc.includes('w:instrText') && !doc.includes('w:fldSimple'),
      'no fields: the formula-like note is a plain run',
    );
    const core = parts['docProps/core.xml']!;
    assert.match(core, /<dc:title>Weaving across sectors – Cardiff<\/dc:title>/);
    assert.match(core, /<dc:creator>netweave<\/dc:creator>/);
  }
});

test('parts with nothing in them are left out; hidden and pending posts never count', async () => {
  const only = await render(
    {
      session: EXPORT.session,
      responses: [],
      commitments: COMMITMENTS,
      notes: EXPORT.notes.map((n) => ({ ...n, status: 'hidden' as const })),
    },
    'md',
    'en',
  );
  assert.deepEqual(only.h2, ['What changed', 'Method and privacy']);
  assert.ok(!only.text.includes('Counts follow this rule'), 'no counts, no rule to explain');
  const held = await render(
    {
      session: EXPORT.session,
      responses: [],
      commitments: COMMITMENTS.map((c) => ({ ...c, status: 'pending' as const })),
      notes: [],
    },
    'html',
    'cy',
  );
  assert.deepEqual(held.h2, ['Dull a phreifatrwydd']);
});

test('a session prompt is the commitments’ question', async () => {
  const r = await render(
    { ...EXPORT, session: { ...EXPORT.session, prompt: 'Un peth y byddaf i’n ei wneud…' } },
    'md',
    'cy',
  );
  assert.ok(r.text.includes('Anogwr: Un peth y byddaf i’n ei wneud…'));
  assert.ok(r.text.includes('wrth gwblhau “Un peth y byddaf i’n ei wneud…”:'));
});

test('the survey rule: the total as it is, groups of fewer than 10 people (and one that would follow from them) withheld and explained', async () => {
  const r = await render(EXPORT, 'md', 'en', 'survey');
  assert.ok(r.text.includes('24 people completed the self-assessment.'));
  assert.ok(r.text.includes('| NHS | * |'), 'NHS: 9 people, fewer than 10');
  assert.ok(r.text.includes('| England | * |'), 'England: 8 people, fewer than 10');
  assert.ok(r.text.includes('| Wales | * |'), 'Wales (16) would follow from the total: withheld too');
  assert.ok(
    r.text.includes('7 counts in “Who took part” are shown as *: they are small, or could be worked out'),
  );
  assert.ok(r.text.includes('Counts follow this rule: GP Patient Survey rule'));
});
