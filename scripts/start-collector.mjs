// Starts a real collector for end-to-end tests and screenshots (the console's, the self-assessment's):
// from its sources (as its own tests do), on loopback, on a free port, with a throwaway SQLite file
// and an admin token. Shared here so no package's tests reach into another package's files.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const collectorDir = fileURLToPath(new URL('../packages/collector/', import.meta.url));

/**
 * Resolves once the collector listens (on `port`, or a free one): its port, its log lines and a way
 * to stop it.
 */
export function startCollector({ db, token, port = 0 }) {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'src/bin.ts',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--db',
      db,
      '--admin-token',
      token,
      '--rate-limit',
      '100000',
    ],
    { cwd: collectorDir, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NETWEAVE_PORT: '' } },
  );
  const logs = [];
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the collector did not start:\n${logs.join('\n')}`)),
      30_000,
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
            resolve({ child, port: entry.port, url: `http://127.0.0.1:${entry.port}`, logs, stop });
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
