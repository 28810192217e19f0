/** Views and wording loaded on demand, each the first time it is needed, so the widget's main file stays small. */
import type { LanguageTables } from '@netweave/core';
import { lazy } from '../lib/lazy.js';
import { addStrings, strings, type Strings } from '../strings.js';

/**
 * The tables the language controller reads: the English form up front; the Welsh joins once
 * loaded. Both are `strings`' own tables, so the results' wording added to them later is found too.
 */
export const tables: LanguageTables<Strings> = { en: strings.en };
/** The Welsh wording of the form, for the language controller. */
export const welsh = () =>
  import('../strings-cy.js').then((m) => {
    addStrings({ cy: m.cy });
    return { cy: strings.cy };
  });

/** The results (with print, downloads and the comparison) and their wording. */
export const results = lazy(() =>
  import('./results.js').then((m) => {
    addStrings(m.resultsStrings);
    return m;
  }),
);
/** "Save it and come back": save to a file, open one, continue on another device; and its wording. */
export const keep = lazy(() =>
  import('./keep.js').then((m) => {
    addStrings(m.keepStrings);
    return m;
  }),
);
/** The optional "about you" questions, last in the form. */
export const about = lazy(() => import('./about.js'));
/** The consent to send, offered only when the store accepts submissions. */
export const consent = lazy(() => import('./consent.js'));
/** The "Start again" / "Forget" confirmation. */
export const confirmation = lazy(() => import('./confirm.js'));
