/** English and Welsh outputs: Markdown, the HTML report, the chart, partner wording, and the CLI's --lang. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { DEFAULT_CATALOGUE, type AssessmentResponse } from '@netweave/model';
import {
  analyseResponses,
  applyDisclosure,
  analyse,
  accumulate,
  analysisToCsv,
  analysisToMarkdown,
  renderBarChartSvg,
  parseMapping,
  renderHtmlReport,
  toFrequencySummary,
} from '../src/index.js';
import { main } from '../src/cli/program.js';
import { csv, row } from './helpers.js';

const responses: AssessmentResponse[] = [...Array(30)].map((_, i) => ({
  id: `r${i}`,
  sessionId: i < 15 ? 'cardiff' : 'wrexham',
  submittedAt: '2026-03-12T10:00:00Z',
  catalogueVersion: '2024.1',
  respondent: { sector: i % 3 ? 'nhs' : 'local-government', nation: 'wales', region: '' },
  ratings: Object.fromEntries(DEFAULT_CATALOGUE.challenges.map((c, j) => [c.id, (i + j) % 5])),
  otherChallenge: i < 12 ? { text: 'Lack of funding for travel', rating: 4 } : null,
}));

const en = analyseResponses(responses, { by: 'session', disclosure: 'nhs', reliability: true });
const cy = analyseResponses(responses, { by: 'session', disclosure: 'nhs', reliability: true, locale: 'cy' });
const welshLabel = (id: string) => DEFAULT_CATALOGUE.challenges.find((c) => c.id === id)!.i18n!.cy!.label!;

test('Welsh Markdown has Welsh headings, column names, challenge labels and disclosure rule', () => {
  const md = analysisToMarkdown(cy, { locale: 'cy' });
  assert.match(md, /^# Heriau rhwydwaith: crynodeb/);
  assert.match(md, /## Pob ymatebydd/);
  assert.match(md, /\| Her \| Wedi’i nodi \| Sylfaen \| % \| Cyfwng hyder 95% \| Cymedr \| Canolrif \|/);
  assert.match(md, new RegExp(`\\| ${welshLabel('building-relationships')} \\|`));
  assert.match(md, /\| Her arall \|/);
  assert.match(md, /Rheolaeth datgelu \(nhs\): Rheol GIG Lloegr/);
  assert.match(md, /## cardiff \(15 ymatebydd\)/);
  assert.match(md, /## Dibynadwyedd y raddfa/);
  assert.doesNotMatch(md, /All respondents|Building relationships|Disclosure control/);
});

test('English Markdown is unchanged by the Welsh work', () => {
  const md = analysisToMarkdown(en);
  assert.match(md, /^# Network challenges: summary/);
  assert.match(md, /## All respondents/);
  assert.match(
    md,
    /\| Challenge \| Identified \| Base \| % \| 95% CI \| Mean \| Median \| SD \| Low \/ neutral \/ high \|/,
  );
  assert.match(md, /\| Building relationships \|/);
  assert.match(md, /Disclosure control \(nhs\): NHS England rule/);
  assert.match(md, /## cardiff \(15 respondents\)/);
  assert.doesNotMatch(md, /Heriau|Pob ymatebydd/);
});

test('given the catalogue, the renderers relabel an English analysis in Welsh', () => {
  const md = analysisToMarkdown(en, { locale: 'cy', catalogue: DEFAULT_CATALOGUE });
  assert.match(md, new RegExp(`\\| ${welshLabel('finding-the-time')} \\|`));
  assert.doesNotMatch(md, /\| Finding the time \|/);
});

test('the Welsh HTML report is lang="cy" with Welsh headings, methods, tables, notes and chart', () => {
  const html = renderHtmlReport(cy, { locale: 'cy' });
  assert.match(html, /<html lang="cy">/);
  assert.match(html, /<h1>Heriau rhwydwaith: adroddiad gwerthuso<\/h1>/);
  for (const h of [
    'Dulliau',
    'Meintiau sylfaen',
    'Pa mor aml y nodwyd pob her',
    'Yn ôl sesiwn',
    'Dibynadwyedd y raddfa',
  ])
    assert.ok(html.includes(`<h2>${h}</h2>`), h);
  assert.match(html, /Cyfunwyd ymatebion o 2 sesiwn/);
  assert.match(html, /<th scope="col">Cyfwng hyder 95%<\/th>/);
  assert.match(html, /\* = heb ei ddangos\./);
  assert.match(html, /<title id="nw-chart-title">Cyfran yr ymatebwyr a nododd bob her<\/title>/);
  assert.match(html, new RegExp(`>${welshLabel('peer-support').slice(0, 20)}`));
  assert.ok(html.includes(`<th scope="row">${welshLabel('ideas-to-action')}</th>`));
  assert.doesNotMatch(html, /<h2>Methods<\/h2>|Share of respondents|Building relationships/);
});

test('the English HTML report keeps lang="en" and its English wording', () => {
  const html = renderHtmlReport(en);
  assert.match(html, /<html lang="en">/);
  assert.match(html, /<h2>Methods<\/h2>/);
  assert.match(html, /<caption>All respondents<\/caption>/);
  assert.match(html, /Share of respondents identifying each challenge/);
  assert.match(html, /<th scope="row">Building relationships<\/th>/);
});

test('a partner’s wording replaces netweave’s in each locale, the rest stays', () => {
  const strings = {
    en: { 'html.title': 'Our network survey', 'col.base': 'Answered' },
    cy: {
      'html.title': 'Ein harolwg rhwydwaith',
      'chart.title': 'Heriau a nodwyd',
      'group.heading': { other: '{label}: {count}' },
    },
  };
  const html = renderHtmlReport(cy, { locale: 'cy', strings });
  assert.match(html, /<h1>Ein harolwg rhwydwaith<\/h1>/);
  assert.match(html, /<title id="nw-chart-title">Heriau a nodwyd<\/title>/);
  assert.match(html, /<caption>cardiff: 15<\/caption>/);
  assert.match(html, /<th scope="col">Sylfaen<\/th>/);
  const md = analysisToMarkdown(en, { strings });
  assert.match(md, /\| Answered \|/);
  assert.match(md, /^# Network challenges: summary/);
  const svg = renderBarChartSvg(toFrequencySummary(cy), { locale: 'cy', strings });
  assert.match(svg, /<title id="nw-chart-title">Heriau a nodwyd<\/title>/);
});

test('Welsh plurals follow Intl.PluralRules (one, two and other)', () => {
  const one = analyseResponses(responses.slice(0, 1), { by: 'session', disclosure: 'none', locale: 'cy' });
  assert.match(analysisToMarkdown(one, { locale: 'cy' }), /## cardiff \(1 ymatebydd\)/);
  const two = analyseResponses(responses.slice(0, 2), { by: 'session', disclosure: 'none', locale: 'cy' });
  assert.match(analysisToMarkdown(two, { locale: 'cy' }), /## cardiff \(2 ymatebydd\)/);
  assert.match(analysisToMarkdown(one), /## cardiff \(1 respondent\)/);
});

test('CSV keeps canonical column headers while its label column follows the locale', () => {
  const text = analysisToCsv(cy);
  assert.ok(text.startsWith('\uFEFFgroup,challenge_id,label,identified,base'));
  assert.match(text, new RegExp(`\\n,building-relationships,${welshLabel('building-relationships')},`));
});

const dir = mkdtempSync(join(tmpdir(), 'netweave-cy-'));
const input = join(dir, 'sesiwn.csv');
writeFileSync(
  input,
  csv(
    ...[...Array(20)].map((_, i) => row(`w${i}`, Array(9).fill(i % 5))),
    row('bad', [9, 3, 3, 3, 3, 3, 3, 3, 3]),
  ),
);

async function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  let err = '';
  let out = '';
  const sink = (fn: (s: string) => void) =>
    new Writable({ write: (chunk, _e, cb) => (fn(String(chunk)), cb()) });
  const stderr = Object.assign(
    sink((s) => (err += s)),
    { isTTY: false },
  ) as unknown as NodeJS.WriteStream;
  const code = await main(['node', 'netweave', ...args], { stdout: sink((s) => (out += s)), stderr }, env);
  return { code, out, err };
}

test('netweave report --lang cy writes a Welsh report and Welsh messages, end to end', async () => {
  const out = join(dir, 'adroddiad.html');
  const r = await run(['report', input, '--lang', 'cy', '-o', out]);
  assert.equal(r.code, 0);
  const html = readFileSync(out, 'utf8');
  assert.match(html, /<html lang="cy">/);
  assert.match(html, /<h2>Dulliau<\/h2>/);
  assert.match(html, /<h2>Ansawdd y data<\/h2>/);
  assert.ok(html.includes(welshLabel('network-mapping')));
  assert.match(html, /Rheol GIG Lloegr/);
  assert.match(r.err, /gwall: .*sesiwn\.csv, rhes 22, colofn "building-relationships"/);
  assert.match(r.err, /sesiwn\.csv: darllenwyd 21 rhes, cadwyd 20, hepgorwyd 1/);
});

test('NETWEAVE_LANG=cy sets the default; --lang en wins over it; English is the default', async () => {
  const md = await run(['aggregate', input, '--format', 'md'], { NETWEAVE_LANG: 'cy_GB.UTF-8' });
  assert.match(md.out, /^# Heriau rhwydwaith: crynodeb/);
  const en = await run(['aggregate', input, '--format', 'md', '--lang', 'en'], { NETWEAVE_LANG: 'cy' });
  assert.match(en.out, /^# Network challenges: summary/);
  assert.match(en.err, /error: .*row 22/);
  const plain = await run(['aggregate', input, '--format', 'md']);
  assert.match(plain.out, /## All respondents/);
  assert.equal((await run(['report', input, '--lang', 'fr'])).code, 2);
});

test('CLI errors are in Welsh with --lang cy', async () => {
  const missing = await run(['aggregate', input, '--codebook', join(dir, 'dim.json'), '--lang', 'cy']);
  assert.equal(missing.code, 3);
  assert.match(missing.err, /ni ellir darllen y ffeil llyfr codau .*dim\.json: ENOENT/);
  const by = await run(['aggregate', input, '--lang', 'cy', '--by', 'maint-esgid']);
  assert.equal(by.code, 2);
  assert.match(
    by.err,
    /^gwall: mae’r gwerth ‘maint-esgid’ i’r opsiwn ‘--by <dimensions>’ yn annilys\. Nid yw "maint-esgid" yn grwpio dilys/m,
  );
  const rule = await run(['aggregate', input, '--lang', 'cy', '--disclosure', 'llac']);
  assert.equal(rule.code, 2);
  assert.match(rule.err, /Y dewisiadau a ganiateir yw nhs, survey, none\./);
  assert.match(
    (await run(['aggregate', input, '--lang', 'cy', '--frob'])).err,
    /^gwall: opsiwn anhysbys ‘--frob’/m,
  );
  assert.match((await run(['aggregate', input, '--frob'])).err, /^error: unknown option '--frob'/m);
  const none = await run(['report', join(dir, 'nope.csv'), '--lang=cy']);
  assert.equal(none.code, 3);
  assert.match(none.err, /dim i’w ddadansoddi/);
});

test('--help is in English by default and in Welsh with --lang cy or NETWEAVE_LANG=cy', async () => {
  const top = await run(['--help']);
  assert.match(top.out, /^Usage: netweave \[options\] \[command\]/);
  assert.match(top.out, /--lang cy/);
  assert.match(top.out, /NETWEAVE_LANG/);
  const report = await run(['report', '--help']);
  assert.match(report.out, /--lang <code>\s+language of the output, messages and help/);
  assert.match(report.out, /write a self-contained, printable HTML report/);

  const cy = await run(['--help', '--lang', 'cy']);
  assert.match(cy.out, /^Defnydd: netweave \[opsiynau\] \[gorchymyn\]/);
  assert.match(cy.out, /^Gorchmynion:$/m);
  assert.match(cy.out, /validate \[opsiynau\] <files\.\.\.>\s+gwirio ffeiliau/);
  assert.match(cy.out, /^Codau gadael:$/m);
  assert.match(cy.out, /help \[gorchymyn\]\s+dangos cymorth/);
  const reportCy = await run(['report', '--help'], { NETWEAVE_LANG: 'cy' });
  assert.match(reportCy.out, /^Opsiynau:$/m);
  assert.match(reportCy.out, /ysgrifennu adroddiad HTML hunangynhwysol/);
  assert.match(
    reportCy.out,
    /--disclosure <rule>\s+rheolaeth datgelu \(dewisiadau: "nhs", "survey", "none",\s+rhagosodiad: "nhs"\)/,
  );
  // nothing of the English help is left (command and option names stay as typed)
  for (const english of [
    'Usage:',
    'Options:',
    'Arguments:',
    'display help',
    'choices:',
    'default:',
    'write to a file',
  ])
    assert.ok(!reportCy.out.includes(english), english);
});

test('propose-mapping speaks Welsh with --lang cy', async () => {
  const forms = join(dir, 'forms.csv');
  writeFileSync(
    forms,
    'ID,Completion time,Favourite colour,Building relationships\n1,2026-03-12 10:00,blue,Quite a lot\n',
  );
  const r = await run(['propose-mapping', forms, '--lang', 'cy', '-o', join(dir, 'map.json')]);
  assert.equal(r.code, 0);
  assert.match(r.err, /^iawn\s+"ID" → "response_id"/m);
  assert.match(r.err, /Atebion heb sgôr \(ychwanegwch nhw at "values"\): "Quite a lot"/);
  const en = await run(['propose-mapping', forms, '-o', join(dir, 'map-en.json')]);
  assert.match(en.err, /Answers with no rating \(add them to "values"\): "Quite a lot"/);
});

test('the disclosure notes are Welsh, pluralised, and a partner can reword them', () => {
  const few = responses.slice(0, 9);
  const grouped = accumulate(few, DEFAULT_CATALOGUE, ['sector']);
  const raw = analyse(grouped, { catalogue: DEFAULT_CATALOGUE, locale: 'cy' });
  const cyNotes = applyDisclosure(raw, 'survey', 'cy').notes.join(' ');
  assert.match(cyNotes, /^Cafodd \d+ canlyniad eu hatal, yn llawn neu’n rhannol, oherwydd niferoedd bach\./);
  const enNotes = applyDisclosure(raw, 'survey').notes.join(' ');
  assert.match(enNotes, /^\d+ results withheld or partly withheld because of small numbers\./);
  const reworded = applyDisclosure(raw, 'survey', 'cy', {
    cy: { 'note.primary': { other: 'Heb ddangos {count} canlyniad.' } },
  });
  assert.match(reworded.notes[0]!, /^Heb ddangos \d+ canlyniad\.$/);
  const html = renderHtmlReport(applyDisclosure(raw, 'survey', 'cy'), { locale: 'cy' });
  assert.match(html, /Rheol Arolwg Cleifion Meddygon Teulu/);
  assert.match(html, /<p>Cafodd \d+ canlyniad eu hatal/);
});

test('the HTML report gives its date in words in each language, not as ISO text', () => {
  const at = { ...cy, generatedAt: '2026-11-30T21:05:00.000Z' };
  assert.match(
    renderHtmlReport(at, { locale: 'cy' }),
    /Crëwyd 30 Tachwedd 2026 am 21:05 UTC gan @netweave\/sdk/,
  );
  assert.match(
    renderHtmlReport({ ...en, generatedAt: at.generatedAt }),
    /Generated 30 November 2026 at 21:05 UTC by @netweave\/sdk/,
  );
});

test('a broken mapping file is explained in Welsh, naming the place in the file', () => {
  const bad = parseMapping('{"columns": {"Pa sector?": 5}, "dateFormat": "ymd"}', 'mapio.json', 'cy');
  assert.equal(bad.mapping, undefined);
  assert.equal(bad.issues.length, 2);
  assert.match(bad.issues[0]!.message, /mapio\.json\.columns\["Pa sector\?"\]/);
  assert.doesNotMatch(bad.issues.map((i) => i.message).join(' '), /must be|is not|one of/);
  const notJson = parseMapping('{', 'mapio.json', 'cy');
  assert.match(notJson.issues[0]!.message, /nid yw’n JSON dilys/);
  // English stays the default
  assert.match(parseMapping('{', 'mapping.json').issues[0]!.message, /is not valid JSON/);
});

test('netweave --lang cy explains a broken mapping file in Welsh', async () => {
  const data = join(dir, 'export.csv');
  const mapping = join(dir, 'mapio.json');
  writeFileSync(data, 'Sector,Q1\r\nNHS,3\r\n');
  writeFileSync(mapping, '{"columns": {"Sector": 7}}');
  const r = await run(['aggregate', data, '--mapping', mapping, '--lang', 'cy']);
  assert.notEqual(r.code, 0);
  assert.match(r.err, /mapio\.json\.columns\["Sector"\]/);
  assert.doesNotMatch(r.err, /must be a|is not valid/);
});
