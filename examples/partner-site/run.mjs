// Starts the whole example: a netweave collector on a local SQLite file, a session for the
// partner page, and the partner site itself. Used by `npm start` and by the end-to-end test.
// "Started" means started: the collector this function spawned said it is listening and answers
// its health check; a taken port is a PortInUseError, and nothing is left running after a failure.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSite } from './server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');

export const SESSION = {
  id: 'riverside-2026-11',
  title: 'Riverside network-weaving session',
  date: '2026-11-18',
  moderation: 'pre',
  // No prompt of its own: the walls show theirs, in the page's language (English or Welsh).
};

/** A port that something else already listens on; `role` is 'site' or 'collector'. */
export class PortInUseError extends Error {
  constructor(port, role) {
    super(`Port ${port} is already in use (the ${role === 'site' ? 'partner site' : 'collector'}).`);
    this.name = 'PortInUseError';
    this.port = port;
    this.role = role;
  }
}

/** Whether `port` can be listened on at `host` right now (it is closed again at once). */
export function portFree(port, host = '127.0.0.1') {
  return new Promise((resolveFree) => {
    const probe = createServer();
    probe.once('error', () => resolveFree(false));
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolveFree(true)));
  });
}

async function waitFor(url, ms = 20_000) {
  const until = Date.now() + ms;
  let last;
  while (Date.now() < until) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
      last = new Error(`${url} answered ${res.status}`);
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`The collector did not answer its health check: ${last?.message ?? 'no answer'}`);
}

/**
 * The collector's JSON log lines as they come (its own stdout and stderr), each copied to `log`;
 * resolves when the collector says it is listening, rejects when it says it failed or exits.
 */
function whenListening(child, log, port) {
  return new Promise((resolveListening, rejectListening) => {
    let reason = '';
    for (const stream of [child.stdout, child.stderr]) {
      let rest = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk) => {
        log?.write(chunk);
        const lines = (rest + chunk).split('\n');
        rest = lines.pop();
        for (const line of lines) {
          let entry;
          try {
            entry = JSON.parse(line);
          } catch {
            if (line.trim()) reason ||= line.trim();
            continue;
          }
          if (entry.msg === 'listening') resolveListening();
          if (entry.msg === 'start-failed') reason = entry.reason ?? entry.kind ?? 'start-failed';
        }
      });
    }
    child.once('error', rejectListening);
    child.once('exit', (code, signal) => {
      if (/EADDRINUSE/.test(reason)) rejectListening(new PortInUseError(port, 'collector'));
      else
        rejectListening(
          new Error(`The collector stopped before it started (${reason || signal || `exit code ${code}`}).`),
        );
    });
  });
}

/** "exit code 1" or "SIGKILL": how a child process ended. */
export const stopped = (how) => (typeof how === 'number' ? `exit code ${how}` : String(how));

/** Stops a child process and waits until it has gone (SIGKILL if SIGTERM is not enough). */
async function stopChild(child, exited) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

function adminToken(dataDir) {
  if (process.env.NETWEAVE_ADMIN_TOKEN) return process.env.NETWEAVE_ADMIN_TOKEN;
  const file = join(dataDir, 'admin-token');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const token = randomBytes(24).toString('base64url');
  writeFileSync(file, token + '\n', { mode: 0o600 });
  return token;
}

/** A small deterministic random generator, so every fresh start shows the same example data. */
function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** How likely each challenge is to be rated big or very big in the example network. */
const PROPENSITY = {
  'finding-the-time': 0.62,
  'evaluating-your-network': 0.48,
  'hassles-with-hierarchies': 0.42,
  'ideas-to-action': 0.36,
  'network-mapping': 0.3,
  'inclusivity-and-diversity': 0.26,
  'generating-ideas': 0.2,
  'building-relationships': 0.18,
  'peer-support': 0.14,
};
const SECTORS = ['nhs', 'local-government', 'social-care', 'vcse', 'vcse', 'housing', 'education', null];
const NATIONS = ['england', 'england', 'wales', 'wales', 'scotland', 'northern-ireland', null];

/** Example responses from the session's 36 participants (anonymous, generated). */
async function seedResponses(endpoint, sessionId, count = 36) {
  const random = mulberry32(20261118);
  const pick = (list) => list[Math.floor(random() * list.length)];
  for (let i = 0; i < count; i += 1) {
    const ratings = {};
    for (const [id, p] of Object.entries(PROPENSITY)) {
      const r = random();
      ratings[id] = random() < 0.08 ? null : r < p ? 3 + (random() < 0.4 ? 1 : 0) : Math.floor(random() * 3);
    }
    const response = {
      id: `example-${String(i + 1).padStart(3, '0')}`,
      sessionId,
      submittedAt: new Date(Date.UTC(2026, 10, 18, 10, 5 + i)).toISOString(),
      catalogueVersion: '2024.1',
      respondent: { sector: pick(SECTORS), nation: pick(NATIONS), region: null },
      ratings,
      otherChallenge: null,
    };
    const res = await fetch(`${endpoint}/v1/sessions/${sessionId}/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(response),
    });
    if (!res.ok) throw new Error(`Could not add example responses: ${res.status} ${await res.text()}`);
  }
}

/**
 * Starts site + collector. Options: sitePort, collectorPort (0 = any free port is not supported
 * by the collector's allow-origin, so pick real ports), dataDir, logFile (the collector's request
 * log, default `<dataDir>/collector.log`; `null` to drop it), collectorArgs (more collector flags,
 * e.g. `['--release-interval', '0']`).
 * Resolves with the URLs, the admin token, `stop()` and `collectorExited` (resolves with the exit
 * code, or the signal's name, should the collector stop while the site runs).
 */
export async function startAll({
  sitePort = 8080,
  collectorPort = 8787,
  dataDir = join(repo, '.netweave'),
  logFile = join(dataDir, 'collector.log'),
  collectorArgs = [],
} = {}) {
  mkdirSync(dataDir, { recursive: true });
  const token = adminToken(dataDir);
  const siteOrigin = `http://127.0.0.1:${sitePort}`;
  const endpoint = `http://127.0.0.1:${collectorPort}`;
  const bin = join(repo, 'packages/collector/dist/bin.js');
  if (!existsSync(bin)) throw new Error('The collector is not built: run npm run build first.');

  // The site first: it runs in this process, so a taken site port fails before anything is spawned.
  let site;
  try {
    site = await startSite({ port: sitePort, endpoint, session: SESSION.id });
  } catch (error) {
    if (error.code === 'EADDRINUSE') throw new PortInUseError(sitePort, 'site');
    throw error;
  }
  const closeSite = () =>
    new Promise((r) => {
      site.server.close(r);
      site.server.closeAllConnections();
    });

  const log = logFile ? createWriteStream(logFile, { flags: 'a' }) : null;
  const closeLog = () => new Promise((r) => (log ? log.end(r) : r()));
  const collector = spawn(
    process.execPath,
    [
      bin,
      '--port',
      String(collectorPort),
      '--db',
      join(dataDir, 'partner-site.sqlite'),
      '--allow-origin',
      siteOrigin,
      '--admin-token',
      token,
      ...collectorArgs,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const exited = new Promise((r) => collector.once('exit', (code, signal) => r(code ?? signal)));
  const stop = async () => {
    await closeSite();
    await stopChild(collector, exited);
    await closeLog();
  };
  try {
    // Its own "listening" line, not merely an answer on the port: something else listening there
    // would answer the health check too.
    await whenListening(collector, log, collectorPort);
    await Promise.race([
      waitFor(`${endpoint}/health`),
      exited.then((how) => Promise.reject(new Error(`The collector stopped (${stopped(how)}).`))),
    ]);
    const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const list = await (await fetch(`${endpoint}/v1/admin/sessions`, { headers: auth })).json();
    if (!list.items?.some((s) => s.id === SESSION.id)) {
      const res = await fetch(`${endpoint}/v1/admin/sessions`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify(SESSION),
      });
      if (!res.ok) throw new Error(`Could not create the example session: ${res.status} ${await res.text()}`);
      await seedResponses(endpoint, SESSION.id);
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    siteUrl: site.url,
    endpoint,
    adminUrl: `${endpoint}/admin`,
    token,
    session: SESSION.id,
    logFile,
    collectorExited: exited,
    stop,
  };
}
