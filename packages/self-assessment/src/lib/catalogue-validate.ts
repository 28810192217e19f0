/**
 * Catalogue validation (the schema library and its English and Welsh messages), loaded only when a
 * page uses `catalogue-src`, so the widget's main file stays small.
 */
export { issueMessage, parseCatalogueJson } from '@netweave/core';
