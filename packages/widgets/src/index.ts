// The three widgets' elements and the provider, side-effect free; `./define.js` registers them.
// Each widget's own package has its events, types and helpers.
// The provider's own module (not core's index, which would bring the HTTP store and the outbox's
// wording into the first download).
export { NetweaveProvider } from '@netweave/core/provider-element.js';
export { NetweaveSelfAssessment } from '@netweave/self-assessment';
export { NetweaveCommitmentsWall } from '@netweave/commitments-wall';
export { NetweaveTrizBoard } from '@netweave/commitments-wall/triz-board.js';
export { ChallengeChart } from '@netweave/challenge-chart';
