#!/usr/bin/env node
/** `netweave-collector`: starts the collection service (see --help). */
import { ConfigError, parseConfig, type CollectorConfig } from './config.js';
import { jsonLogger } from './log.js';
import { databaseName } from './operations.js';
import { createCollector } from './server.js';

const logger = jsonLogger();
let config: CollectorConfig;
try {
  config = parseConfig(process.argv.slice(2), process.env);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  // --help and --version on standard output (exit code 0); a mistake in one line on standard
  // error, naming the option (exit code 2, as for any wrong use of a command).
  if (error.exitCode === 0) process.stdout.write(error.message);
  else process.stderr.write(`netweave-collector: ${error.message}\n`);
  process.exit(error.exitCode);
}

try {
  const collector = await createCollector(config, { logger });
  await collector.listen();
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting-down', { signal });
    collector.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
} catch (error) {
  logger.error('start-failed', {
    kind: error instanceof Error ? error.name : 'unknown',
    database: databaseName(config.db),
    reason: error instanceof Error ? databaseName(error.message).slice(0, 300) : '',
  });
  process.exit(1);
}
