#!/usr/bin/env node
// `npm start`: builds what is needed, starts the collector on a local SQLite file, serves the
// partner-site example pages and prints their URLs. Ctrl+C stops everything.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
console.log('netweave: building…');
const build = spawnSync('npx', ['turbo', 'run', 'build', '--output-logs=errors-only'], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

const { startAll } = await import('../examples/partner-site/run.mjs');
const sitePort = Number(process.env.PORT ?? 8080);
const collectorPort = Number(process.env.NETWEAVE_PORT ?? 8787);
const app = await startAll({ sitePort, collectorPort });

console.log(`
netweave is running.

  Partner site            ${app.siteUrl}/
  NHS-styled page         ${app.siteUrl}/nhs.html
  Strict CSP page         ${app.siteUrl}/strict.html
  Welsh page              ${app.siteUrl}/cy.html

  Collector API           ${app.endpoint}/v1  (session "${app.session}", pre-moderated)
  Moderation page         ${app.adminUrl}
  Admin token             ${app.token}   (kept in .netweave/admin-token)

Press Ctrl+C to stop.`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nnetweave: stopping…');
    await app.stop();
    process.exit(0);
  });
}
