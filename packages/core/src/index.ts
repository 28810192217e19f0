// Bundling note: the stores load stats, screening, moderation and the HTTP store with import().
// Bundle with code splitting (esbuild: splitting: true), as the widgets' CDN files are: esbuild
// without it wraps those modules and what they import in lazy initialisers and skips that
// initialisation behind `export *`, so values arrive undefined. Re-exporting by name instead makes
// esbuild with code splitting put modules used only on demand into every widget's first download.
export * from './model/schemas.js';
export type * from './model/types.js';
export * from './model/validate.js';
export * from './catalogue.js';
export * from './i18n/localize.js';
export * from './i18n/welsh.js';
export * from './i18n/core-strings.js';
export * from './i18n/storage-strings.js';
export * from './i18n/outbox-strings.js';
export * from './i18n/outbox-problems.js';
export * from './i18n/field-labels.js';
export * from './model/limits.js';
export * from './lib/csv.js';
export * from './lib/stats.js';
export * from './lib/screening.js';
export * from './lib/ids.js';
export * from './store/types.js';
export * from './store/safe-storage.js';
export * from './store/memory-storage.js';
export * from './store/local-store.js';
export * from './store/moderation.js';
export * from './store/registry.js';
export * from './store/lazy-http-store.js';
export * from './store/http-store.js';
export * from './context.js';
export * from './define.js';
export * from './theme.js';
export * from './version.js';
export { NetweaveProvider } from './provider.js';
