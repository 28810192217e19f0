// Registers the pages' elements (for hosts that build their own pages from the npm package).
import './console-define.js';
import './join-define.js';
import './display-define.js';
export { NetweaveConsole } from './console.js';
export { NetweaveJoin } from './join.js';
export { NetweaveDisplay } from './display.js';
