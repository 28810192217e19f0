// The participant page's entry (app/join.js): the page's rules and the element only; the widgets
// come from the collector's own combined file when a session needs them.
import '../join-define.js';
import { applyReset } from './reset.js';

applyReset();
