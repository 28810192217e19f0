// Values are re-exported by name, not with `export *`: bundlers that wrap modules loaded on demand
// (esbuild without code splitting wraps stats, screening, moderation and the HTTP store, which the
// stores import()) drop the wrapper's initialisation behind `export *`, and the re-exported value
// is then undefined (a Set or a RegExp of the screening module, for instance). Types: `export type *`.
export {
  AssessmentResponseSchema,
  CatalogueSchema,
  ChallengeFrequencySchema,
  ChallengeSchema,
  CommitmentSchema,
  CommitmentStatusSchema,
  DisclosureSchema,
  FrequencyGroupSchema,
  FrequencySummarySchema,
  HttpsUrlSchema,
  ModerationModeSchema,
  NationSchema,
  NewCommitmentSchema,
  RatingScaleSchema,
  RatingSchema,
  ResourceSchema,
  RespondentSchema,
  ScalePointSchema,
  SectorSchema,
  SessionSchema,
} from './model/schemas.js';
export type * from './model/schemas.js';
export type * from './model/types.js';
export {
  checkAgainstCatalogue,
  fromValibotIssues,
  issueMessage,
  makeIssue,
  parseCatalogueJson,
  validateCatalogue,
  validateCommitment,
  validateNewCommitment,
  validateResponse,
  validateSession,
  validateSummary,
} from './model/validate.js';
export type * from './model/validate.js';
export {
  DEFAULT_CATALOGUE,
  DEFAULT_CHALLENGES,
  DEFAULT_SCALE,
  challengeDescription,
  challengeLabel,
  resourceTitle,
  safeHttpsUrl,
  scaleLabel,
} from './catalogue.js';
export type * from './catalogue.js';
export { LOCALES, Localizer, findLang, normaliseLocale, resolveLocale } from './i18n/localize.js';
export type * from './i18n/localize.js';
export { coreCy, coreEn } from './i18n/core-strings.js';
export type * from './i18n/core-strings.js';
export { storageCy, storageEn } from './i18n/storage-strings.js';
export type * from './i18n/storage-strings.js';
export { fieldLabels } from './i18n/field-labels.js';
export type * from './i18n/field-labels.js';
export { ID_PATTERN, LIMITS, NATIONS, SECTORS } from './model/limits.js';
export type * from './model/limits.js';
export {
  COMMITMENT_COLUMNS,
  CSV_FORMAT_VERSION,
  CsvSyntaxError,
  FORMULA_TRIGGER,
  RESPONSE_LEADING_COLUMNS,
  RESPONSE_TRAILING_COLUMNS,
  SUMMARY_COLUMNS,
  commitmentRow,
  commitmentsToCsv,
  csvCell,
  parseCsv,
  responseColumns,
  responseRow,
  responsesToCsv,
  summaryToCsv,
  toCsv,
} from './lib/csv.js';
export type * from './lib/csv.js';
export { Z95, summariseResponses, wilson } from './lib/stats.js';
export type * from './lib/stats.js';
export {
  findEmails,
  findNhsNumbers,
  findPostcodes,
  findProfanity,
  findUkPhones,
  isValidNhsNumber,
  screenText,
} from './lib/screening.js';
export type * from './lib/screening.js';
export { newId } from './lib/ids.js';
export type * from './lib/ids.js';
export { StoreError } from './store/types.js';
export type * from './store/types.js';
export { SafeStorage } from './store/safe-storage.js';
export type * from './store/safe-storage.js';
export { MemoryStorage } from './store/memory-storage.js';
export type * from './store/memory-storage.js';
export { ENVELOPE_VERSION, LocalStore, MIGRATIONS, compareCommitments } from './store/local-store.js';
export type * from './store/local-store.js';
export { initialStatus } from './store/moderation.js';
export type * from './store/moderation.js';
export { getStore, resetStores, setHttpStoreFactory } from './store/registry.js';
export type * from './store/registry.js';
export { LazyHttpStore } from './store/lazy-http-store.js';
export type * from './store/lazy-http-store.js';
export { HttpStore } from './store/http-store.js';
export type * from './store/http-store.js';
export { ConfigController, netweaveContext } from './context.js';
export type * from './context.js';
export { defineElement, definedVersion } from './define.js';
export type * from './define.js';
export { baseStyles, buttonStyles, focusStyles, noticeStyles, tokens, visuallyHidden } from './theme.js';
export type * from './theme.js';
export { VERSION } from './version.js';
export type * from './version.js';
export { NetweaveProvider } from './provider.js';
