// The three widgets' elements and the provider, side-effect free; `./define.js` registers them.
// Each widget's own package has its events, types and helpers.
export { NetweaveProvider } from '@netweave/core';
export { NetweaveSelfAssessment } from '@netweave/self-assessment';
export { NetweaveCommitmentsWall } from '@netweave/commitments-wall';
export { ChallengeChart } from '@netweave/challenge-chart';
