// Starts a real netweave collector for the WordPress tests: from the collector's sources (as its
// own tests do; a separate process, nothing imported), on loopback, on a free port, with a
// throwaway SQLite file, an admin token and the WordPress site's origins allowed.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const collectorDir = fileURLToPath(new URL('../../collector/', import.meta.url));
export const TOKEN = 'wordpress-e2e-admin-token-5c2a9e';

/** Resolves once the collector listens: its url, admin helpers and stop(). */
export function startCollector({ allowOrigins = [] } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'netweave-wp-collector-'));
  const args = [
    '--import',
    'tsx',
    'src/bin.ts',
    '--host',
    '127.0.0.1',
    '--port',
    '0',
    '--db',
    join(dir, 'c.sqlite'),
  ];
  args.push('--admin-token', TOKEN, '--rate-limit', '100000');
  for (const origin of allowOrigins) args.push('--allow-origin', origin);
  const child = spawn(process.execPath, args, {
    cwd: collectorDir,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NETWEAVE_PORT: '', NETWEAVE_ALLOW_ORIGIN: '' },
  });
  const logs = [];
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the collector did not start:\n${logs.join('\n')}`)),
      60_000,
    );
    let buffer = '';
    child.stdout.on('data', (chunk) => {
      buffer += chunk;
      let i;
      while ((i = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, i);
        buffer = buffer.slice(i + 1);
        logs.push(line);
        try {
          const entry = JSON.parse(line);
          if (entry.msg === 'listening') {
            clearTimeout(timer);
            const url = `http://127.0.0.1:${entry.port}`;
            resolve({ url, logs, stop, admin: adminClient(url) });
          }
        } catch {
          /* not JSON */
        }
      }
    });
    child.stderr.on('data', (chunk) => logs.push(String(chunk)));
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the collector exited (${code}):\n${logs.join('\n')}`));
    });
  });
}

/** The collector's admin API, as the console uses it. */
export function adminClient(url) {
  const call = async (method, path, body) => {
    const r = await fetch(`${url}${path}`, {
      method,
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await r.text();
    if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${text}`);
    return text ? JSON.parse(text) : null;
  };
  return {
    createSession: (title, template = 'commitments') =>
      call('POST', '/v1/admin/sessions', { title, date: '2026-12-07', template }),
    closeSession: (id) => call('PATCH', `/v1/admin/sessions/${encodeURIComponent(id)}`, { open: false }),
    session: (id) => call('GET', `/v1/admin/sessions/${encodeURIComponent(id)}`),
    responsesCsv: async (id) =>
      (
        await fetch(`${url}/v1/admin/sessions/${encodeURIComponent(id)}/responses.csv`, {
          headers: { authorization: `Bearer ${TOKEN}` },
        })
      ).text(),
  };
}
