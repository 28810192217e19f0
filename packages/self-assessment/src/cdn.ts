/** What the CDN file holds (the types of `cdn/self-assessment.js`): the element, registered, and everything `index` exports. */
import './define.js';
export * from './index.js';
