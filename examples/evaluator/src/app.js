// The evaluator page: files are read and analysed in a Web Worker on this device; the results are
// shown as the challenge chart (when its CDN file is available) and tables, with downloads. Every
// word is in English and Welsh (src/strings.js) and can be replaced by the page's strings block.
import {
  analysisToCsv,
  analysisToJson,
  analysisToMarkdown,
  parseMapping,
  renderBarChartSvg,
  renderHtmlReport,
  toFrequencySummary,
} from '@netweave/sdk';
import { DEFAULT_CATALOGUE, challengeLabel } from '@netweave/model';
import { localizers, pageLocale, pageOverrides } from './strings.js';

const $ = (selector) => document.querySelector(selector);
const form = $('#analyse-form');
const status = $('#status');
const progress = $('#progress');
const results = $('#results');
const dropZone = $('#drop-zone');
const fileInput = $('#files');
let files = [];

const locale = pageLocale();
const overrides = pageOverrides();
const { page, report } = localizers(locale, overrides);
const t = (key, params) => page.t(key, params);

// the page in its language: <html lang>, every [data-i18n] element's text, the language link;
// whatever happens, the page is shown (its English text stays where a word could not be set)
try {
  document.documentElement.lang = locale;
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  document.title = t('page.title');
  const other = locale === 'cy' ? 'en' : 'cy';
  const languageLink = $('#language');
  languageLink.href = `?lang=${other}`;
  languageLink.hreflang = other;
  languageLink.lang = other;
} finally {
  document.documentElement.classList.remove('i18n-pending');
}

const count = (n) => (n === null || n === undefined ? '*' : page.number(n));
const pct = (p) => (p === null || p === undefined ? '*' : page.number(p, { style: 'percent' }));
const num = (n, d = 2) =>
  n === null || n === undefined
    ? '*'
    : page.number(n, { minimumFractionDigits: d, maximumFractionDigits: d });

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

function showFiles(ignored = 0) {
  const list = $('#file-list');
  list.replaceChildren(
    ...files.map((f) => el('li', {}, t('files.item', { name: f.name, size: Math.ceil(f.size / 1024) }))),
  );
  $('#analyse').disabled = files.length === 0;
  status.textContent = ignored ? t('files.ignored', { count: ignored }) : '';
}

function addFiles(list) {
  let ignored = 0;
  for (const f of list) {
    if (/\.(csv|json|txt)$/i.test(f.name)) files.push(f);
    else ignored += 1;
  }
  showFiles(ignored);
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
const reading = $('#reading');
/** Files (in all) from this many bytes have their reading announced at each quarter. */
const ANNOUNCE_FROM = 4 << 20;
const analyseButton = $('#analyse');
/** Stops the reading under way (set while one is). */
let stopReading = null;
// Cancel: the worker is stopped at once; focus goes to Analyse (the Cancel button disappears), and
// the status line says that nothing was analysed
$('#cancel').addEventListener('click', () => {
  if (!stopReading) return;
  stopReading();
  status.textContent = t('status.cancelled');
  analyseButton.focus();
});
$('#clear').addEventListener('click', () => {
  stopReading?.();
  files = [];
  fileInput.value = '';
  $('#mapping').value = '';
  showFiles();
  results.replaceChildren();
  status.textContent = '';
  fileInput.focus();
});

function download(name, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = el('a', { href: url, download: name, class: 'button' }, t('download', { name }));
  return el('li', {}, a);
}

let tableCount = 0;

/**
 * A table named by its caption, or (`{ labelledBy }`) by the heading just above it, in a box that
 * scrolls sideways when the table is wider than the screen (see `fitTables`).
 */
function table(caption, columns, rows) {
  const head = el('tr', {}, ...columns.map((h) => el('th', { scope: 'col' }, h)));
  const named = typeof caption === 'string';
  const captionId = `table-caption-${(tableCount += 1)}`;
  const tableElement = el(
    'table',
    named ? {} : { 'aria-labelledby': caption.labelledBy },
    ...(named ? [el('caption', { id: captionId }, caption)] : []),
    el('thead', {}, head),
    el(
      'tbody',
      {},
      ...rows.map(([first, ...cells]) =>
        el('tr', {}, el('th', { scope: 'row' }, first), ...cells.map((c) => el('td', {}, c))),
      ),
    ),
  );
  return el(
    'div',
    { class: 'table-scroll', 'data-label': named ? captionId : caption.labelledBy },
    tableElement,
  );
}

/**
 * A table box that has to scroll (the table is wider than the screen) can be reached and scrolled
 * with the keyboard, and is a region named after its table; one that fits stays out of the way.
 */
function fitTables() {
  for (const box of results.querySelectorAll('.table-scroll')) {
    if (box.scrollWidth > box.clientWidth + 1) {
      box.tabIndex = 0;
      box.setAttribute('role', 'region');
      box.setAttribute('aria-labelledby', box.dataset.label);
    } else {
      box.removeAttribute('tabindex');
      box.removeAttribute('role');
      box.removeAttribute('aria-labelledby');
    }
  }
}
new ResizeObserver(fitTables).observe(results);

const catalogueById = new Map(DEFAULT_CATALOGUE.challenges.map((c) => [c.id, c]));
/** A catalogue id in the page's language ("hassles-with-hierarchies" → "Trafferthion gyda hierarchaethau"). */
const challengeName = (id) => {
  const challenge = catalogueById.get(id);
  return challenge ? challengeLabel(challenge, locale) : id;
};

function challengeTable(caption, rows) {
  const columns = ['challenge', 'identified', 'base', 'percent', 'ci', 'mean', 'median', 'sd'].map((k) =>
    report.t(`col.${k}`),
  );
  return table(
    caption,
    columns,
    rows.map((c) => [
      c.label,
      count(c.identified),
      count(c.base),
      pct(c.proportion),
      c.interval ? `${pct(c.interval[0])}–${pct(c.interval[1])}` : '*',
      num(c.mean),
      num(c.median, 1),
      num(c.sd),
    ]),
  );
}

async function chart(summary) {
  const url = new URL('../../packages/challenge-chart/cdn/challenge-chart.js', document.baseURI).href;
  try {
    await import(/* @vite-ignore */ url);
    const element = document.createElement('netweave-challenge-chart');
    element.data = summary;
    element.label = t('chart.label');
    if (overrides[locale]) element.strings = overrides;
    return element;
  } catch {
    // the chart package is not built here: draw the SDK's static SVG instead
    const svg = renderBarChartSvg(summary, { locale, strings: overrides });
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
    return el('figure', {}, document.importNode(doc, true));
  }
}

/** Shows the results; `raw` (the analysis before `forDisplay`) goes into the CSV and JSON downloads. */
async function show({ analysis, reports }, raw = analysis) {
  const parts = [];
  const issues = reports.flatMap((r) => r.issues);
  const found = reports.reduce((n, r) => n + r.stats.errors + r.stats.warnings, 0);
  parts.push(
    el('h2', { tabIndex: -1, id: 'files-read' }, t('filesRead.heading')),
    table(
      { labelledBy: 'files-read' },
      ['col.file', 'col.rows', 'col.kept', 'col.leftOut', 'col.duplicates'].map((k) => t(k)),
      reports.map((r) => [
        r.file,
        count(r.stats.rows),
        count(r.stats.accepted),
        count(r.stats.rejected),
        count(r.stats.duplicates),
      ]),
    ),
  );
  if (issues.length) {
    const summary = t('problems', { count: Math.max(found, issues.length) });
    parts.push(
      el(
        'details',
        {},
        el('summary', {}, summary),
        ...(found > issues.length ? [el('p', {}, t('problems.more', { shown: issues.length }))] : []),
        el('ul', {}, ...issues.map((i) => el('li', { class: `issue issue--${i.severity}` }, i.message))),
      ),
    );
  }
  if (!analysis) {
    parts.push(el('p', { class: 'notice' }, t('noResponses')));
    results.replaceChildren(...parts);
    fitTables();
    results.querySelector('h2')?.focus();
    return;
  }
  const summary = toFrequencySummary(analysis);
  parts.push(
    el('h2', {}, t('results.heading', { count: analysis.respondents })),
    el('p', { class: 'notice' }, `${t('disclosure.label')}: ${disclosureText(analysis.disclosure)}`),
    ...analysis.notes.map((n) => el('p', {}, n)),
    await chart(summary),
    challengeTable(report.t('all.heading'), [...analysis.challenges, analysis.other]),
    ...analysis.groups.map((g) =>
      // a suppressed group size shows as "*", like every other withheld count
      challengeTable(
        report.t('group.heading', { label: g.label, count: g.respondents ?? '*' }),
        g.challenges,
      ),
    ),
  );
  if (analysis.otherTexts.texts.length) {
    parts.push(
      el('h2', {}, report.t('other.heading')),
      table(
        report.t('other.caption'),
        [report.t('other.text'), report.t('other.count'), report.t('other.coded')],
        analysis.otherTexts.texts
          .slice(0, 50)
          .map((x) => [
            x.text,
            count(x.count),
            x.codes.length ? page.list(x.codes.map(challengeName)) : report.t('other.unmatched'),
          ]),
      ),
    );
  }
  const options = { locale, strings: overrides };
  parts.push(
    el('h2', {}, t('downloads.heading')),
    el(
      'ul',
      { class: 'downloads' },
      download('netweave-summary.csv', analysisToCsv(raw), 'text/csv;charset=utf-8'),
      download('netweave-analysis.json', analysisToJson(raw), 'application/json'),
      download('netweave-chart-summary.json', JSON.stringify(summary, null, 2), 'application/json'),
      download('netweave-summary.md', analysisToMarkdown(analysis, options), 'text/markdown'),
      download(
        'netweave-report.html',
        renderHtmlReport(analysis, { ...options, files: reports }),
        'text/html',
      ),
    ),
  );
  results.replaceChildren(...parts);
  fitTables();
  results.querySelector('h2')?.focus();
}

/**
 * The analysis as the page shows it: month groups ("2026-01") named in the page's language
 * ("January 2026", "Ionawr 2026") by the Localizer, whose Welsh month names do not depend on the
 * browser's locale data. The CSV and JSON downloads keep the sortable "2026-01".
 */
function forDisplay(analysis, by) {
  if (by !== 'period') return analysis;
  const month = (label) => {
    const m = /^(\d{4})-(\d{2})$/.exec(label);
    if (!m) return label;
    const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
    return page.date(date, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  };
  return { ...analysis, groups: analysis.groups.map((g) => ({ ...g, label: month(g.label) })) };
}

/** The rule's description in the page's language (a partner's wording included). */
function disclosureText({ rule, description }) {
  return ['nhs', 'survey', 'none'].includes(rule) ? report.t(`disclosure.${rule}`) : description;
}

/**
 * What a screen reader hears once the files are read: a sentence or two, never the tables
 * ("Read 205 responses from 5 files; 6 problems. Results compared across …").
 */
function summaryText({ analysis, reports }) {
  const responses = reports
    .filter((r) => r.format !== 'commitments-csv')
    .reduce((n, r) => n + r.stats.accepted, 0);
  const found = reports.reduce((n, r) => n + r.stats.errors + r.stats.warnings, 0);
  const problems = Math.max(
    found,
    reports.reduce((n, r) => n + r.issues.length, 0),
  );
  const sentences = [
    t('status.summary', {
      responses: t('n.responses', { count: responses }),
      files: t('n.files', { count: reports.length }),
      problems: problems ? t('n.problems', { count: problems }) : t('n.noProblems'),
    }),
  ];
  if (analysis && analysis.groups.length > 1)
    sentences.push(t('status.compared', { groups: page.list(analysis.groups.map((g) => g.label)) }));
  return sentences.join(' ');
}

form.addEventListener('submit', async (e) => {
  e.preventDefault();
  const data = new FormData(form);
  const mappingFile = $('#mapping').files[0];
  let mapping = null;
  if (mappingFile) {
    const parsed = parseMapping(await mappingFile.text(), mappingFile.name, locale);
    if (!parsed.mapping) {
      status.textContent = t('mapping.problem', { details: parsed.issues.map((i) => i.message).join(' ') });
      $('#mapping').focus();
      return;
    }
    mapping = parsed.mapping;
  }
  const by = data.get('by') || null;
  const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  status.textContent = t('status.reading');
  progress.value = 0;
  reading.hidden = false;
  analyseButton.disabled = true;
  // the status line (a live region) says how far reading has got at each quarter, not at every
  // tick of the bar: a screen reader hears three short updates on large files (4 MB or more in
  // all), none on small ones, which are read in a moment
  let quarter = 0;
  let stopped = false;
  const stop = () => {
    stopped = true;
    worker.terminate();
    reading.hidden = true;
    analyseButton.disabled = files.length === 0;
    stopReading = null;
  };
  stopReading = stop;
  worker.onmessage = async (msg) => {
    const m = msg.data;
    if (stopped) return; // a message already on its way when the reading was cancelled
    if (m.type === 'progress') {
      const part = m.total ? m.done / m.total : 0;
      progress.value = part;
      if (m.total >= ANNOUNCE_FROM && Math.floor(part * 4) > quarter && part < 1) {
        quarter = Math.floor(part * 4);
        status.textContent = t('status.readingPart', { percent: page.percent(quarter / 4) });
      }
    } else {
      stop();
      if (m.type === 'error') status.textContent = t('status.error', { message: m.message });
      else {
        const shown = { ...m, analysis: m.analysis && forDisplay(m.analysis, by) };
        await show(shown, m.analysis);
        status.textContent = summaryText(shown);
      }
    }
  };
  worker.postMessage({
    files,
    mapping,
    locale,
    strings: overrides,
    by,
    disclosure: data.get('disclosure'),
    threshold: Number(data.get('threshold')) || null,
  });
});
