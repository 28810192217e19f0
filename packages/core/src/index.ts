// Bundling note: the stores load stats, screening, moderation and the HTTP store with import().
// Bundle with code splitting (esbuild: splitting: true), as the widgets' CDN files are: esbuild
// without it wraps those modules and what they import in lazy initialisers and skips that
// initialisation behind `export *`, so values arrive undefined. Re-exporting by name instead makes
// esbuild with code splitting put modules used only on demand into every widget's first download.
export * from '@netweave/model';
export * from './store/safe-storage.js';
export * from './store/memory-storage.js';
export * from './store/local-store.js';
export * from './store/registry.js';
export * from './store/lazy-http-store.js';
export * from './store/http-store.js';
export * from './context.js';
export * from './define.js';
export * from './theme.js';
// core's own version (the model's is `VERSION` in @netweave/model)
export { VERSION } from './version.js';
export { NetweaveProvider } from './provider.js';
// The widget kit: what every widget shares instead of keeping its own copy. `export *` as above:
// re-exported by name, the kit put the stores' on-demand modules into each widget's first download.
export * from './kit/language.js';
export * from './kit/announcer.js';
export * from './kit/download.js';
export * from './kit/commitment.js';
