/** The public API: a change here is a conscious one (update the list and the changeset together). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as sdk from '../src/index.js';
import * as node from '../src/node/index.js';

const MAIN = [
  'CANONICAL_FIELDS',
  'DEFAULT_CODEBOOK',
  'DISCLOSURE_DESCRIPTIONS',
  'DISCLOSURE_RULES',
  'GROUP_DIMENSIONS',
  'KEY_SEPARATOR',
  'MIN_BASE',
  'NATION_SYNONYMS',
  'NO_ANSWER_TEXTS',
  'REQUIRED_RESPONSE_COLUMNS',
  'SECTOR_SYNONYMS',
  'WRITEUP_FORMATS',
  'accumulate',
  'addGroupedRow',
  'addRow',
  'analyse',
  'analyseResponses',
  'analysisToCsv',
  'analysisToJson',
  'analysisToMarkdown',
  'applyDisclosure',
  'bandsOf',
  'baseOf',
  'challengeStats',
  'codeText',
  'codebookFor',
  'compareChallenges',
  'countCommitments',
  'countFollowUps',
  'createAccumulator',
  'createGrouped',
  'createIdSet',
  'createRowView',
  'crossTab',
  'dimensionValueLabel',
  'disclosureFor',
  'disclosureNotesCy',
  'disclosureNotesEn',
  'fillRowView',
  'groupKey',
  'groupLabel',
  'groupValue',
  'groupedTotal',
  'identifiedOf',
  'isDisclosureRule',
  'isGroupDimension',
  'issueLocation',
  'latestFollowUps',
  'meanOf',
  'medianOf',
  'mergeAccumulators',
  'mergeCommitmentCounts',
  'mergeGrouped',
  'mergeResponses',
  'nhsRound',
  'normaliseNation',
  'normaliseSector',
  'normaliseText',
  'otherTexts',
  'parseDate',
  'parseMapping',
  'proposeMapping',
  'ratingLookup',
  'readBlob',
  'readBlobInRanges',
  'readBlobRange',
  'readCsv',
  'readJson',
  'rederive',
  'reliability',
  'renderBarChartSvg',
  'renderHtmlReport',
  'reportCy',
  'reportEn',
  'rowIssue',
  'sdOf',
  'sdkCy',
  'sdkEn',
  'summarise',
  'toFrequencySummary',
  'toResponse',
  'writeup',
];

test('the main entry exports exactly the documented API', () => {
  assert.deepEqual(Object.keys(sdk).sort(), MAIN);
});

test('the node entry adds only the file and stream readers', () => {
  assert.deepEqual(Object.keys(node).sort(), ['aggregateFiles', 'readFile', 'readStream']);
});

test('the browser entry imports no Node built-ins', async () => {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [new URL('../src/index.ts', import.meta.url).pathname],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.text;
  assert.ok(!/from ["']node:|require\(["'](fs|stream|worker_threads)["']\)/.test(code));
});
