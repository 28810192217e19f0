/**
 * @netweave/sdk: analysis across sessions for evaluators. Works in Node and in the browser (no
 * DOM, no Node built-ins here; file and stream readers are in `@netweave/sdk/node`).
 */
export type { IssueSeverity, RowIssue, Provenance, ReadOptions, ReadStats, ReadResult } from './types.js';
export { sdkEn, sdkCy, type SdkStrings } from './strings.js';
export { rowIssue, issueLocation } from './issue.js';

export { normaliseText } from './normalise/text.js';
export { normaliseSector, SECTOR_SYNONYMS } from './normalise/sector.js';
export { normaliseNation, NATION_SYNONYMS } from './normalise/nation.js';

export { readCsv } from './read/read-csv.js';
export { readJson } from './read/read-json.js';
export { readBlob } from './read/read-blob.js';
export {
  readBlobInRanges,
  readBlobRange,
  type BlobRangesOptions,
  type RangeJob,
  type RangeResult,
  type RangeIssue,
} from './read/read-blob-ranges.js';
export { createIdSet, type IdSet } from './read/id-set.js';
export { createRowView, toResponse, fillRowView, type RowView } from './read/row-view.js';
export { REQUIRED_RESPONSE_COLUMNS } from './read/response-reader.js';
export { mergeResponses, type MergedResponses, type MergeSource } from './merge/merge-responses.js';

export {
  type Mapping,
  type MappingTarget,
  CANONICAL_FIELDS,
  NO_ANSWER_TEXTS,
  ratingLookup,
} from './mapping/mapping.js';
export { parseMapping } from './mapping/parse-mapping.js';
export { proposeMapping, type ProposedMapping } from './mapping/propose-mapping.js';
export { parseDate } from './mapping/parse-date.js';

export {
  createAccumulator,
  addRow,
  mergeAccumulators,
  type Accumulator,
  type AccumulatorOptions,
} from './aggregate/accumulator.js';
export {
  createGrouped,
  addGroupedRow,
  accumulate,
  mergeGrouped,
  groupedTotal,
  type Grouped,
} from './aggregate/grouped.js';
export {
  groupKey,
  groupValue,
  isGroupDimension,
  GROUP_DIMENSIONS,
  KEY_SEPARATOR,
  type GroupDimension,
} from './aggregate/group-key.js';
export { groupLabel, dimensionValueLabel } from './aggregate/group-label.js';
export { baseOf, identifiedOf, meanOf, medianOf, sdOf, bandsOf } from './aggregate/distribution-stats.js';
export {
  challengeStats,
  rederive,
  type ChallengeStats,
  type DistributionCell,
} from './aggregate/challenge-stats.js';
export { reliability, type Reliability, type ItemReliability } from './aggregate/reliability.js';
export { compareChallenges, type ChallengeChange } from './aggregate/compare.js';
export { crossTab, type CrossTab } from './aggregate/cross-tab.js';
export { DEFAULT_CODEBOOK, codebookFor, codeText, type Codebook } from './aggregate/codebook.js';
export { otherTexts, type OtherTexts, type OtherText } from './aggregate/other-texts.js';
export { countCommitments, mergeCommitmentCounts, type CommitmentCounts } from './aggregate/commitments.js';
export {
  countFollowUps,
  latestFollowUps,
  type FollowUpCounts,
  type FollowUpLine,
  type CountFollowUpsOptions,
} from './followup/count-follow-ups.js';
export { analyse, type Analysis, type AnalyseOptions, type GroupAnalysis } from './analyse.js';

export {
  DISCLOSURE_DESCRIPTIONS,
  DISCLOSURE_RULES,
  MIN_BASE,
  disclosureFor,
  isDisclosureRule,
  type DisclosureRule,
} from './disclosure/rules.js';
export { applyDisclosure, nhsRound, disclosureNotesEn, disclosureNotesCy } from './disclosure/apply.js';

export { toFrequencySummary } from './output/frequency-summary.js';
export { analysisToCsv } from './output/to-csv.js';
export { analysisToMarkdown, type MarkdownOptions } from './output/to-markdown.js';
export { reportEn, reportCy, type ReportStrings, type LocaleOptions } from './output/report-strings.js';
export { analysisToJson } from './output/to-json.js';
export { renderBarChartSvg, type BarChartOptions } from './output/bar-chart-svg.js';
export { renderHtmlReport, type HtmlReportOptions } from './output/html-report.js';

export { summarise, analyseResponses, type SummariseOptions } from './summarise.js';

export { writeup, WRITEUP_FORMATS, type WriteupInput, type WriteupFormat } from './writeup/writeup.js';
