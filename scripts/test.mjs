#!/usr/bin/env node
// `npm test`: builds what the tests need and runs every package's tests through turbo
// (components in Chromium via @web/test-runner, node code via `node --test`), then prints
// one total line summed over all runners: "total: N passed, N failed".
import { spawn } from 'node:child_process';

const args = [
  'turbo',
  'run',
  'test',
  '--concurrency=2',
  '--output-logs=full',
  '--log-order=grouped',
  ...process.argv.slice(2),
];
const child = spawn('npx', args, {
  stdio: ['ignore', 'pipe', 'pipe'],
  env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' },
});

let passed = 0;
let failed = 0;
let skipped = 0;
let buffer = '';
const wtrLine = /\[netweave-tests\] runner=\w+ passed=(\d+) failed=(\d+) skipped=(\d+)/;
const nodeLine = /(?:^|[\s:])(?:#|ℹ) (pass|fail|skipped|todo) (\d+)\s*$/;

function scan(line) {
  const w = wtrLine.exec(line);
  if (w) {
    passed += Number(w[1]);
    failed += Number(w[2]);
    skipped += Number(w[3]);
    return;
  }
  const n = nodeLine.exec(line);
  if (n) {
    const count = Number(n[2]);
    if (n[1] === 'pass') passed += count;
    else if (n[1] === 'fail') failed += count;
    else skipped += count;
  }
}

function pipe(stream, out) {
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    out.write(chunk);
    buffer += chunk;
    let i;
    while ((i = buffer.indexOf('\n')) >= 0) {
      scan(buffer.slice(0, i));
      buffer = buffer.slice(i + 1);
    }
  });
}
pipe(child.stdout, process.stdout);
pipe(child.stderr, process.stderr);

child.on('close', (code) => {
  if (buffer) scan(buffer);
  const ok = code === 0 && failed === 0;
  if (code !== 0 && failed === 0) {
    console.log(
      `\nA test task exited with code ${code} (a build or a runner failed before reporting tests).`,
    );
    failed += 1;
  }
  console.log(`\ntotal: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  process.exit(ok ? 0 : 1);
});
