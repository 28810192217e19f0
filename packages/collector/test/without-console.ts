/**
 * A collector in this process with no console installed (an empty app folder), whatever has been
 * built in this checkout: what `/admin` and signing in do without @netweave/console.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '../src/config.js';
import { silentLogger } from '../src/log.js';
import { createCollector } from '../src/server.js';
import { freshDb, ORIGIN, TOKEN } from './helpers.js';

export interface WithoutConsole {
  readonly url: string;
  readonly db: string;
  stop(): Promise<void>;
}

export async function startWithoutConsole(options: { db?: string } = {}): Promise<WithoutConsole> {
  const db = options.db ?? freshDb();
  const config = parseConfig(
    [
      ...['--port', '0', '--db', db, '--admin-token', TOKEN, '--allow-origin', ORIGIN],
      ...['--rate-limit', '1000000', '--device-rate-limit', '1000000', '--session-rate-limit', '1000000'],
    ],
    {},
  );
  const appDir = mkdtempSync(join(tmpdir(), 'netweave-no-console-'));
  const collector = await createCollector(config, { logger: silentLogger, appDir });
  const port = await collector.listen();
  return { url: `http://127.0.0.1:${port}`, db, stop: () => collector.close() };
}
