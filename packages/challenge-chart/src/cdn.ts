/** Types for the CDN file (cdn/challenge-chart.js): it registers the element and re-exports the barrel. */
import './define.js';
export * from './index.js';
