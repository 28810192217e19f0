/** Views loaded on demand, each the first time it is needed, so the widget's main file stays small. */
import { lazy } from '../lib/lazy.js';
import { addStrings } from '../strings.js';

/** The results (with print, downloads and the comparison) and their wording. */
export const results = lazy(() =>
  import('./results.js').then((m) => {
    addStrings(m.resultsStrings);
    return m;
  }),
);
/** The optional "about you" questions, last in the form. */
export const about = lazy(() => import('./about.js'));
/** The consent to send, offered only when the store accepts submissions. */
export const consent = lazy(() => import('./consent.js'));
/** The "Start again" / "Forget" confirmation. */
export const confirmation = lazy(() => import('./confirm.js'));
