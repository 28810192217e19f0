/**
 * Catalogue validation (the schema library and its English and Welsh messages), loaded only when a
 * page uses `catalogue-src`, so the widget's main file stays small.
 */
// from its own entry: through the package index, esbuild would put it in the main file
export { issueMessage, parseCatalogueJson } from '@netweave/core/validate';
