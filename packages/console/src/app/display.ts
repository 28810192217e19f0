// The projector page's entry (app/display.js): the page's rules and the element only; the board
// and the wall come from the collector's own CDN files when the session needs them.
import '../display-define.js';
import { applyReset } from './reset.js';

applyReset();
