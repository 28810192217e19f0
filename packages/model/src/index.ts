// @netweave/model: netweave's data model with no DOM and no Lit. Types, schemas and validation,
// the default catalogue and its labels, the i18n engine and strings (English and Welsh, with
// netweave's own Welsh dates and lists), statistics, screening, moderation rules, CSV formats and
// the live event contract. The SDK and the collector depend on this alone; @netweave/core adds the
// browser layer (stores, provider, context, theme, widget kit) and re-exports all of it.
export * from './model/schemas.js';
export type * from './model/types.js';
export * from './model/validate.js';
export * from './model/limits.js';
export * from './catalogue.js';
export * from './i18n/localize.js';
export * from './i18n/welsh.js';
export * from './i18n/core-strings.js';
export * from './i18n/storage-strings.js';
export * from './i18n/outbox-strings.js';
export * from './i18n/outbox-problems.js';
export * from './i18n/field-labels.js';
export * from './lib/csv.js';
export * from './lib/stats.js';
export * from './lib/screening.js';
export * from './lib/ids.js';
export * from './lib/join-code.js';
export * from './lib/stages.js';
export * from './lib/triz.js';
export * from './lib/session-export.js';
export * from './lib/follow-up.js';
export * from './lib/resume.js';
export * from './moderation.js';
export * from './store-types.js';
export * from './version.js';
