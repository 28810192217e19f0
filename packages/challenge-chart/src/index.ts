export { ChallengeChart } from './challenge-chart.js';
export { chartEn, chartCy, type ChartStrings } from './strings.js';
export {
  buildModel,
  orderIds,
  type ChartModel,
  type Datum,
  type Measure,
  type SortOrder,
  type GroupLayout,
} from './lib/model.js';
export { layoutChart, wrap, type ChartLayout } from './lib/layout.js';
export { textSummary, figuresCsv, valueText } from './lib/format.js';
export { suppressionBase, suppressionNote, roundingNote } from './lib/disclosure.js';
export { summaryFromCsv, isCsv } from './lib/load.js';
export { VERSION } from './version.js';
