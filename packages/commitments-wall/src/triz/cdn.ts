/** What the board's CDN file holds (cdn/triz-board.js; scripts/build-cdn.mjs adds the provider first): the element, registered, and what `index` exports. */
import './define.js';
export * from './index.js';
