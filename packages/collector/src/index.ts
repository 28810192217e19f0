export { createCollector, type Collector } from './server.js';
export { loadCatalogue, openDatabase } from './open.js';
export { parseConfig, helpText, FLAGS, ConfigError, type CollectorConfig } from './config.js';
export { jsonLogger, silentLogger, type Logger } from './log.js';
export type { Database, StoredEvent } from './db/types.js';
export { publicSummary, PUBLIC_DISCLOSURE, type PublicDisclosure } from './summary.js';
