/**
 * Markdown output: text from respondents (regions, commitment columns), from a catalogue or a
 * codebook, or from the caller (a title) is shown literally. No HTML from the data reaches a
 * Markdown renderer (escaped as the HTML report escapes it), and Markdown's own characters cannot
 * break a table, make or close a heading, or format and link text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CATALOGUE, type AssessmentResponse, type Commitment } from '@netweave/model';
import { accumulate, analyse, analysisToMarkdown, applyDisclosure } from '../src/index.js';

const HOSTILE: { description: string; text: string }[] = [
  { description: 'a script tag', text: '<script>alert(1)</script>' },
  { description: 'an image with an event handler', text: '<img src=x onerror="alert(1)">' },
  { description: 'an HTML entity', text: 'Tom &amp; Jerry &lt;b&gt;' },
  { description: 'a table pipe', text: 'North | South' },
  { description: 'a leading hash', text: '# Not a heading' },
  { description: 'a trailing hash (closes a heading)', text: 'Leeds #' },
  { description: 'backticks', text: 'use `rm -rf` here' },
  { description: 'emphasis and strike', text: '**bold** _it_ ~~gone~~' },
  { description: 'a link', text: '[click](javascript:alert(1))' },
  { description: 'a line break and a backslash', text: 'one\ntwo \\ three\r\nfour' },
];

type Where = 'region' | 'codebook code' | 'commitment column' | 'challenge label' | 'title';
const WHERE: Where[] = ['region', 'codebook code', 'commitment column', 'challenge label', 'title'];

function markdownWith(where: Where, text: string): string {
  const responses: AssessmentResponse[] = [...Array(10)].map((_, i) => ({
    id: `r${i}`,
    sessionId: 's1',
    submittedAt: '2026-03-12T10:00:00Z',
    catalogueVersion: '2024.1',
    respondent: { sector: 'nhs', nation: 'wales', region: where === 'region' ? text : 'Leeds' },
    ratings: Object.fromEntries(DEFAULT_CATALOGUE.challenges.map((c, j) => [c.id, (i + j) % 5])),
    otherChallenge: { text: 'Calling people back', rating: 3 },
  }));
  const commitments: Commitment[] = [
    {
      id: 'c1',
      sessionId: 's1',
      createdAt: '2026-03-12T10:00:00Z',
      text: 'Call someone in housing',
      column: where === 'commitment column' ? text : 'commitments',
      sector: null,
      status: 'visible',
      reactions: 0,
    },
  ];
  const catalogue =
    where === 'challenge label'
      ? {
          ...DEFAULT_CATALOGUE,
          challenges: DEFAULT_CATALOGUE.challenges.map((c, i) =>
            i === 0 ? { ...c, label: text, i18n: undefined } : c,
          ),
        }
      : DEFAULT_CATALOGUE;
  const analysis = applyDisclosure(
    analyse(accumulate(responses, catalogue, ['region']), {
      catalogue,
      commitments,
      codebook: where === 'codebook code' ? { codes: { [text]: ['call'] } } : undefined,
    }),
    'none',
  );
  return analysisToMarkdown(analysis, where === 'title' ? { title: text } : {});
}

/** Markdown text back to what a renderer shows: backslash escapes and the three entities undone. */
const shown = (md: string) =>
  md.replace(/\\(.)/g, '$1').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The line with the characters Markdown could act on, escaped ones removed. */
const unescaped = (line: string) => line.replace(/\\./g, '');

for (const where of WHERE) {
  for (const { description, text } of HOSTILE) {
    test(`Markdown: ${description} as a ${where} is shown literally`, () => {
      const md = markdownWith(where, text);
      const lines = md.split('\n');
      // no HTML from the data: not one raw angle bracket anywhere
      assert.ok(!md.includes('<'), 'a raw < reached the Markdown');
      // the text is there, on one line, exactly as written (line breaks as spaces)
      const flat = text.replace(/[\r\n]+/g, ' ');
      const line = lines.find((l) => shown(l).includes(flat));
      assert.ok(line, `the text is not shown as written:\n${md}`);
      // it does not act as Markdown: no unescaped code, emphasis, link or heading marks
      const marks = unescaped(line)
        .replace(/^#+ /, '')
        .replace(/^\| | \|$/g, '');
      assert.doesNotMatch(marks, /[`*_~[\]<>]|#\s*$/);
      // every table row keeps its number of cells
      let cells = -1;
      for (const l of lines) {
        if (!l.startsWith('|')) {
          cells = -1;
          continue;
        }
        const n = unescaped(l).split('|').length;
        if (cells < 0) cells = n;
        assert.equal(n, cells, `a row with a different number of cells: ${l}`);
      }
    });
  }
}
