// Starts the whole example: a netweave collector on a local SQLite file, a session for the
// partner page, and the partner site itself. Used by `npm start` and by the end-to-end test.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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
  throw new Error(`The collector did not start: ${last?.message ?? 'no answer'}`);
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
 * Starts collector + site. Options: sitePort, collectorPort (0 = any free port is not supported
 * by the collector's allow-origin, so pick real ports), dataDir, quiet.
 */
export async function startAll({
  sitePort = 8080,
  collectorPort = 8787,
  dataDir = join(repo, '.netweave'),
  quiet = false,
} = {}) {
  mkdirSync(dataDir, { recursive: true });
  const token = adminToken(dataDir);
  const siteOrigin = `http://127.0.0.1:${sitePort}`;
  const endpoint = `http://127.0.0.1:${collectorPort}`;
  const bin = join(repo, 'packages/collector/dist/bin.js');
  if (!existsSync(bin)) throw new Error('The collector is not built: run npm run build first.');
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
    ],
    { stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'inherit'] },
  );
  const exited = new Promise((r) => collector.once('exit', r));
  try {
    await Promise.race([
      waitFor(`${endpoint}/health`),
      exited.then((code) => Promise.reject(new Error(`The collector exited (${code}).`))),
    ]);
  } catch (error) {
    collector.kill('SIGKILL');
    throw error;
  }
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
  const { server, url } = await startSite({ port: sitePort, endpoint, session: SESSION.id });
  async function stop() {
    await new Promise((r) => server.close(r));
    if (collector.exitCode === null) {
      collector.kill('SIGTERM');
      await exited;
    }
  }
  return { siteUrl: url, endpoint, adminUrl: `${endpoint}/admin`, token, session: SESSION.id, stop };
}
