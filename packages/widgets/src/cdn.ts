/** What the CDN file holds (the types of `cdn/widgets.js`): the elements, registered, and what `index` exports. */
import './define.js';
export * from './index.js';
