export { NetweaveSelfAssessment } from './self-assessment.js';
export { NetweaveCompleteEvent, NetweaveSubmitEvent, NetweaveSubmitErrorEvent } from './events.js';
export type { Strings, SelfAssessmentStrings } from './strings.js';
export { topAreas, compare, type TopAreas, type Change } from './lib/results.js';
export { toResponse, missing, type Answers, type Choice, type Draft } from './lib/answers.js';
