// `npm start` as a person runs it (scripts/start.mjs, without its build step): a taken port is one
// line that names it and the variable to change, exit code 1 and nothing left running; a normal
// start prints the URLs and the admin token in the first screenful and keeps the collector's
// request log in a file, so they stay on screen; Ctrl+C stops everything. Each test has its own
// ports and data directory, and waits for output or health, never for a fixed time.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, watch } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PortInUseError, startAll } from '../run.mjs';

const repo = resolve(import.meta.dirname, '../../..');
const script = join(repo, 'scripts/start.mjs');
const dataDirs = [];

before(() => {
  assert.ok(
    existsSync(join(repo, 'packages/collector/dist/bin.js')),
    'the collector is built (npm run build)',
  );
});

after(() => {
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
});

function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), 'netweave-start-'));
  dataDirs.push(dir);
  return dir;
}

/** Something else on a port: an HTTP server that answers every request, /health included, with 200. */
async function occupant() {
  const server = createServer((req, res) => res.end('{"status":"ok"}'));
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { port: server.address().port, close: () => new Promise((r) => server.close(r)) };
}

/** A port free right now. */
async function freePort() {
  const { port, close } = await occupant();
  await close();
  return port;
}

/** Processes whose command line mentions `text` (the test's own data directory). */
function processesWith(text) {
  const found = [];
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
      if (cmdline.includes(text) && Number(pid) !== process.pid) found.push(`${pid}: ${cmdline}`);
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

/**
 * Resolves once `ready()` holds, checking it now and whenever `path` (a file, or a directory's
 * entries) changes; fails after `ms` saying `what` did not happen.
 */
function whenChanged(path, ready, what, ms = 20_000) {
  return new Promise((resolveReady, rejectReady) => {
    const watcher = watch(path);
    const finish = (error) => {
      clearTimeout(deadline);
      watcher.close();
      if (error) rejectReady(error);
      else resolveReady();
    };
    const deadline = setTimeout(() => finish(new Error(`${what} did not happen within ${ms / 1000} s`)), ms);
    const check = () => {
      try {
        if (ready()) finish();
      } catch (error) {
        finish(error);
      }
    };
    watcher.on('change', check);
    watcher.on('error', finish);
    check();
  });
}

/** Runs the start script; `output()` is everything printed so far, `exited` its exit code. */
function start(env) {
  const child = spawn(process.execPath, [script, '--no-build'], {
    cwd: repo,
    env: { ...process.env, ...env, FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const waiters = [];
  const check = () => {
    for (const w of [...waiters]) {
      if (w.test(stdout)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  };
  child.stdout.setEncoding('utf8').on('data', (s) => {
    stdout += s;
    check();
  });
  child.stderr.setEncoding('utf8').on('data', (s) => (stderr += s));
  const exited = new Promise((r) => child.once('exit', (code) => r(code)));
  return {
    child,
    exited,
    stdout: () => stdout,
    stderr: () => stderr,
    /** Resolves when standard output matches `pattern`; rejects if the script exits first. */
    waitForOutput: (pattern) =>
      Promise.race([
        new Promise((resolveWait) => {
          waiters.push({ test: (s) => pattern.test(s), resolve: resolveWait });
          check();
        }),
        exited.then((code) => {
          throw new Error(`start.mjs exited (${code}) before printing ${pattern}:\n${stdout}\n${stderr}`);
        }),
      ]),
  };
}

for (const { role, variable } of [
  { role: 'site', variable: 'PORT' },
  { role: 'collector', variable: 'NETWEAVE_PORT' },
]) {
  test(
    `a taken ${role} port: one line naming the port and ${variable}, exit code 1, nothing left running`,
    {
      timeout: 30_000,
    },
    async () => {
      const taken = await occupant();
      const dataDir = tempDir();
      const ports =
        role === 'site'
          ? { PORT: String(taken.port), NETWEAVE_PORT: String(await freePort()) }
          : { PORT: String(await freePort()), NETWEAVE_PORT: String(taken.port) };
      const run = start({ ...ports, NETWEAVE_DATA_DIR: dataDir });
      const code = await Promise.race([
        run.exited,
        // the old behaviour: "running", on somebody else's port; stop it and report that below
        run.waitForOutput(/netweave is running/).then(() => {
          run.child.kill('SIGINT');
          return run.exited;
        }),
      ]);
      await taken.close();
      assert.doesNotMatch(run.stdout(), /netweave is running/, `port ${taken.port} was taken`);
      assert.equal(code, 1);
      const lines = run.stderr().trim().split('\n');
      assert.equal(lines.length, 1, run.stderr());
      assert.match(lines[0], new RegExp(`port ${taken.port}\\b`));
      assert.match(lines[0], new RegExp(`${variable}=\\d+ npm start`));
      assert.doesNotMatch(run.stderr(), /^\s+at /m, 'no stack trace');
      assert.deepEqual(processesWith(dataDir), [], 'no collector left running');
    },
  );
}

test(
  'something else answering /health on the collector port is not taken for the collector',
  {
    timeout: 60_000,
  },
  async () => {
    // startAll itself, past the script's early check: the port was free a moment ago, then taken
    const taken = await occupant();
    const sitePort = await freePort();
    const dataDir = tempDir();
    await assert.rejects(
      startAll({ sitePort, collectorPort: taken.port, dataDir }),
      (error) => error instanceof PortInUseError && error.port === taken.port && error.role === 'collector',
    );
    await taken.close();
    assert.deepEqual(processesWith(dataDir), [], 'the collector it spawned is gone');
    // and the site it had started is closed again
    const again = createServer();
    await new Promise((resolveListen, rejectListen) => {
      again.once('error', rejectListen);
      again.listen(sitePort, '127.0.0.1', resolveListen);
    });
    await new Promise((r) => again.close(r));
  },
);

test('stopped while it starts: nothing left running', { timeout: 60_000 }, async () => {
  const dataDir = tempDir();
  const run = start({
    PORT: String(await freePort()),
    NETWEAVE_PORT: String(await freePort()),
    NETWEAVE_DATA_DIR: dataDir,
  });
  // once its collector is running (it has created its database in the data directory), before
  // the script has started everything
  await run.waitForOutput(/starting the collector/);
  await whenChanged(
    dataDir,
    () => existsSync(join(dataDir, 'partner-site.sqlite')),
    'the collector opening its database',
  );
  assert.notDeepEqual(processesWith(dataDir), [], 'the collector is running');
  run.child.kill('SIGTERM');
  await run.exited;
  assert.doesNotMatch(run.stdout(), /netweave is running/);
  assert.deepEqual(processesWith(dataDir), [], 'no collector left running');
});

test(
  'a normal start: URLs and admin token in the first screenful, request log in a file, Ctrl+C stops all',
  {
    timeout: 120_000,
  },
  async () => {
    const dataDir = tempDir();
    const sitePort = await freePort();
    const collectorPort = await freePort();
    const run = start({
      PORT: String(sitePort),
      NETWEAVE_PORT: String(collectorPort),
      NETWEAVE_DATA_DIR: dataDir,
    });
    try {
      await run.waitForOutput(/Press Ctrl\+C to stop\./);
      const printed = run.stdout();
      const screen = printed.split('\n').slice(0, 24).join('\n');
      assert.match(screen, /netweave is running\./);
      assert.match(screen, new RegExp(`Partner site +http://127\\.0\\.0\\.1:${sitePort}/`));
      assert.match(screen, new RegExp(`Welsh page +http://127\\.0\\.0\\.1:${sitePort}/cy\\.html`));
      assert.match(screen, new RegExp(`Moderation page +http://127\\.0\\.0\\.1:${collectorPort}/admin`));
      const token = readFileSync(join(dataDir, 'admin-token'), 'utf8').trim();
      assert.ok(screen.includes(`Admin token             ${token}`), screen);
      assert.ok(screen.includes(`Collector log           ${join(dataDir, 'collector.log')}`), screen);
      assert.doesNotMatch(printed, /"msg"/, 'no collector log line on screen');
      assert.equal(run.stderr(), '');

      // Using it writes to the log file, not to the screen.
      const log = join(dataDir, 'collector.log');
      const healthLines = () => readFileSync(log, 'utf8').match(/"route":"\/health"/g)?.length ?? 0;
      const before = healthLines();
      assert.equal((await fetch(`http://127.0.0.1:${sitePort}/`)).status, 200);
      const health = await (await fetch(`http://127.0.0.1:${collectorPort}/health`)).json();
      assert.equal(health.status, 'ok');
      // the collector writes its line just after answering: wait for it to reach the file
      await whenChanged(log, () => healthLines() > before, 'the request reaching the log file', 10_000);
      assert.equal(run.stdout(), printed, 'nothing more on screen');
    } finally {
      run.child.kill('SIGINT');
    }
    assert.equal(await run.exited, 0);
    assert.match(run.stdout(), /netweave: stopping…/);
    assert.deepEqual(processesWith(dataDir), [], 'the collector stopped with it');
  },
);
