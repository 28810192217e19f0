#!/usr/bin/env node
// `npm start`: builds what is needed, starts the collector on a local SQLite file, serves the
// partner-site example pages and prints their URLs. Ctrl+C stops everything.
//
//   PORT=8080            the partner site's port
//   NETWEAVE_PORT=8787   the collector's port
//   NETWEAVE_DATA_DIR    where the database, the admin token and the collector's log are kept
//                        (default .netweave/ at the repository root)
//   npm start -- --no-build   skip the build (when everything is built already)
//
// A taken port is one line naming it and the variable to change, and exit code 1; nothing is
// left running after a failure; "netweave is running" only once the collector this script
// started answers its health check. The collector's request log goes to a file, so the URLs and
// the admin token stay on screen.
import { spawnSync } from 'node:child_process';
import { relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const PORTS = {
  site: { variable: 'PORT', fallback: 8080, what: 'the partner site' },
  collector: { variable: 'NETWEAVE_PORT', fallback: 8787, what: 'the collector' },
};

/** One line on standard error and exit code 1: no stack trace for a problem the user can fix. */
function fail(message) {
  console.error(`netweave: ${message}`);
  process.exit(1);
}

function port(role) {
  const { variable, fallback } = PORTS[role];
  const raw = process.env[variable];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 65535) fail(`${variable}=${raw} is not a port number (1–65535).`);
  return n;
}

const { PortInUseError, portFree, startAll, stopped } = await import('../examples/partner-site/run.mjs');

/** The message for a taken port, with a free one to try where one is close by. */
async function portInUse(role, taken, other) {
  const { variable, what } = PORTS[role];
  let suggestion = null;
  for (let p = taken + 1; p < taken + 20 && p <= 65535; p += 1) {
    if (p !== other && (await portFree(p))) {
      suggestion = p;
      break;
    }
  }
  return `port ${taken} (${what}) is already in use. Set ${variable} to another port, e.g. ${variable}=${suggestion ?? '<port>'} npm start`;
}

// Ctrl+C (or SIGTERM) while building or starting stops there, once whatever was started is
// stopped again: never a collector left behind.
let app;
let interrupted = false;
let stopping = false;
async function stop(code) {
  if (stopping) return;
  stopping = true;
  await app?.stop();
  process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (!interrupted && !stopping) console.log('\nnetweave: stopping…');
    interrupted = true;
    if (app) void stop(0);
  });
}

const sitePort = port('site');
const collectorPort = port('collector');
if (sitePort === collectorPort)
  fail(`PORT and NETWEAVE_PORT are both ${sitePort}: the site and the collector need a port each.`);
// Before the build, so a taken port is said at once (startAll checks again as it starts).
if (!(await portFree(sitePort))) fail(await portInUse('site', sitePort, collectorPort));
if (!(await portFree(collectorPort))) fail(await portInUse('collector', collectorPort, sitePort));

if (!process.argv.includes('--no-build')) {
  console.log('netweave: building…');
  const build = spawnSync('npx', ['turbo', 'run', 'build', '--output-logs=errors-only'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (interrupted) process.exit(130);
  if (build.status !== 0) fail('the build failed (see above).');
}

const dataDir = resolve(root, process.env.NETWEAVE_DATA_DIR || '.netweave');
const shown = (path) => {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
};
console.log('netweave: starting the collector and the partner site…');
try {
  app = await startAll({ sitePort, collectorPort, dataDir });
} catch (error) {
  if (interrupted) process.exit(130);
  if (error instanceof PortInUseError)
    fail(await portInUse(error.role, error.port, error.role === 'site' ? collectorPort : sitePort));
  fail(error instanceof Error ? error.message : String(error));
}

if (interrupted) await stop(130);

console.log(`
netweave is running.

  Partner site            ${app.siteUrl}/
  NHS-styled page         ${app.siteUrl}/nhs.html
  Strict CSP page         ${app.siteUrl}/strict.html
  Welsh page              ${app.siteUrl}/cy.html

  Collector API           ${app.endpoint}/v1  (session "${app.session}", pre-moderated)
  Moderation page         ${app.adminUrl}
  Admin token             ${app.token}   (kept in ${shown(resolve(dataDir, 'admin-token'))})
  Collector log           ${shown(app.logFile)}

Press Ctrl+C to stop.`);

app.collectorExited.then((how) => {
  if (stopping) return;
  console.error(`netweave: the collector stopped (${stopped(how)}); see ${shown(app.logFile)}. Stopping.`);
  void stop(1);
});
