// The evaluator page: files are read and analysed in a Web Worker on this device; the results are
// shown as the challenge chart (when its CDN file is available) and tables, with downloads.
import {
  analysisToCsv,
  analysisToJson,
  analysisToMarkdown,
  parseMapping,
  renderBarChartSvg,
  renderHtmlReport,
  toFrequencySummary,
} from '@netweave/sdk';

const $ = (selector) => document.querySelector(selector);
const form = $('#analyse-form');
const status = $('#status');
const progress = $('#progress');
const results = $('#results');
const dropZone = $('#drop-zone');
const fileInput = $('#files');
let files = [];

const fmt = new Intl.NumberFormat('en-GB');
const pct = (p) => (p === null || p === undefined ? '*' : `${Math.round(p * 100)}%`);
const num = (n, d = 2) => (n === null || n === undefined ? '*' : n.toFixed(d));
const count = (n) => (n === null || n === undefined ? '*' : fmt.format(n));

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === 'class') node.className = value;
    else if (key in node) node[key] = value;
    else node.setAttribute(key, value);
  }
  for (const child of children) node.append(child);
  return node;
}

function showFiles() {
  const list = $('#file-list');
  list.replaceChildren(
    ...files.map((f) => el('li', {}, `${f.name} (${fmt.format(Math.ceil(f.size / 1024))} KB)`)),
  );
  $('#analyse').disabled = files.length === 0;
}

function addFiles(list) {
  for (const f of list) if (/\.(csv|json|txt)$/i.test(f.name)) files.push(f);
  showFiles();
}

fileInput.addEventListener('change', () => addFiles(fileInput.files));
dropZone.addEventListener('dragover', (e) => {
  e.preventDefault();
  dropZone.classList.add('is-over');
});
dropZone.addEventListener('dragleave', () => dropZone.classList.remove('is-over'));
dropZone.addEventListener('drop', (e) => {
  e.preventDefault();
  dropZone.classList.remove('is-over');
  addFiles(e.dataTransfer.files);
});
$('#clear').addEventListener('click', () => {
  files = [];
  fileInput.value = '';
  showFiles();
  results.replaceChildren();
  status.textContent = '';
});

function download(name, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = el('a', { href: url, download: name, class: 'button' }, `Download ${name}`);
  return el('li', {}, a);
}

function challengeTable(caption, rows) {
  const head = el(
    'tr',
    {},
    ...['Challenge', 'Identified', 'Base', '%', '95% CI', 'Mean', 'Median', 'SD'].map((h) =>
      el('th', { scope: 'col' }, h),
    ),
  );
  const body = rows.map((c) =>
    el(
      'tr',
      {},
      el('th', { scope: 'row' }, c.label),
      el('td', {}, count(c.identified)),
      el('td', {}, count(c.base)),
      el('td', {}, pct(c.proportion)),
      el('td', {}, c.interval ? `${pct(c.interval[0])}–${pct(c.interval[1])}` : '*'),
      el('td', {}, num(c.mean)),
      el('td', {}, num(c.median, 1)),
      el('td', {}, num(c.sd)),
    ),
  );
  return el('table', {}, el('caption', {}, caption), el('thead', {}, head), el('tbody', {}, ...body));
}

async function chart(summary) {
  const url = new URL('../../packages/challenge-chart/cdn/challenge-chart.js', document.baseURI).href;
  try {
    await import(/* @vite-ignore */ url);
    const element = document.createElement('netweave-challenge-chart');
    element.data = summary;
    element.label = 'How often each challenge was identified';
    return element;
  } catch {
    // the chart package is not built here: draw the SDK's static SVG instead
    const svg = new DOMParser().parseFromString(renderBarChartSvg(summary), 'image/svg+xml').documentElement;
    return el('figure', {}, document.importNode(svg, true));
  }
}

async function show({ analysis, reports }) {
  const parts = [];
  const issues = reports.flatMap((r) => r.issues);
  parts.push(
    el('h2', {}, 'Files read'),
    el(
      'table',
      {},
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          ...['File', 'Rows', 'Kept', 'Left out', 'Duplicates'].map((h) => el('th', { scope: 'col' }, h)),
        ),
      ),
      el(
        'tbody',
        {},
        ...reports.map((r) =>
          el(
            'tr',
            {},
            el('th', { scope: 'row' }, r.file),
            el('td', {}, count(r.stats.rows)),
            el('td', {}, count(r.stats.accepted)),
            el('td', {}, count(r.stats.rejected)),
            el('td', {}, count(r.stats.duplicates)),
          ),
        ),
      ),
    ),
  );
  if (issues.length) {
    parts.push(
      el(
        'details',
        {},
        el('summary', {}, `${fmt.format(issues.length)} problems found (rows with errors were left out)`),
        el('ul', {}, ...issues.map((i) => el('li', { class: `issue issue--${i.severity}` }, i.message))),
      ),
    );
  }
  if (!analysis) {
    parts.push(el('p', { class: 'notice' }, 'No responses could be read from these files.'));
    results.replaceChildren(...parts);
    return;
  }
  const summary = toFrequencySummary(analysis);
  parts.push(
    el('h2', {}, `Results: ${count(analysis.respondents)} respondents`),
    el(
      'p',
      { class: 'notice' },
      `Disclosure control (${analysis.disclosure.rule}): ${analysis.disclosure.description}`,
    ),
    ...analysis.notes.map((n) => el('p', {}, n)),
    await chart(summary),
    challengeTable('All respondents', [...analysis.challenges, analysis.other]),
    ...analysis.groups.map((g) =>
      challengeTable(`${g.label} (${count(g.respondents)} respondents)`, g.challenges),
    ),
  );
  if (analysis.otherTexts.texts.length) {
    parts.push(
      el('h2', {}, 'Other challenges named'),
      el(
        'table',
        {},
        el(
          'thead',
          {},
          el('tr', {}, ...['Text', 'Count', 'Coded as'].map((h) => el('th', { scope: 'col' }, h))),
        ),
        el(
          'tbody',
          {},
          ...analysis.otherTexts.texts
            .slice(0, 50)
            .map((t) =>
              el(
                'tr',
                {},
                el('th', { scope: 'row' }, t.text),
                el('td', {}, count(t.count)),
                el('td', {}, t.codes.join(', ') || 'unmatched'),
              ),
            ),
        ),
      ),
    );
  }
  parts.push(
    el('h2', {}, 'Downloads'),
    el(
      'ul',
      { class: 'downloads' },
      download('netweave-summary.csv', analysisToCsv(analysis), 'text/csv;charset=utf-8'),
      download('netweave-analysis.json', analysisToJson(analysis), 'application/json'),
      download('netweave-chart-summary.json', JSON.stringify(summary, null, 2), 'application/json'),
      download('netweave-summary.md', analysisToMarkdown(analysis), 'text/markdown'),
      download('netweave-report.html', renderHtmlReport(analysis, { files: reports }), 'text/html'),
    ),
  );
  results.replaceChildren(...parts);
  results.querySelector('h2')?.focus();
}

form.addEventListener('submit', async (e) => {
  e.preventDefault();
  const data = new FormData(form);
  const mappingFile = $('#mapping').files[0];
  let mapping = null;
  if (mappingFile) {
    const parsed = parseMapping(await mappingFile.text(), mappingFile.name);
    if (!parsed.mapping) {
      status.textContent = parsed.issues.map((i) => i.message).join(' ');
      return;
    }
    mapping = parsed.mapping;
  }
  const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  status.textContent = 'Reading files on this device…';
  progress.hidden = false;
  progress.value = 0;
  worker.onmessage = async (msg) => {
    const m = msg.data;
    if (m.type === 'progress') progress.value = m.total ? m.done / m.total : 0;
    else {
      worker.terminate();
      progress.hidden = true;
      if (m.type === 'error') status.textContent = `Something went wrong: ${m.message}`;
      else {
        status.textContent = 'Done.';
        await show(m);
      }
    }
  };
  worker.postMessage({
    files,
    mapping,
    by: data.get('by') || null,
    disclosure: data.get('disclosure'),
    threshold: Number(data.get('threshold')) || null,
  });
});
