// The console page's entry (app/console.js): the page's rules, then the element, which reads its
// language and open session from the address (`routing`).
import '../console-define.js';
import { applyReset } from './reset.js';

applyReset();
