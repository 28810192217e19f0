#!/usr/bin/env node
// `npm test`: builds what the tests need and runs every package's tests through turbo
// (components in Chromium via @web/test-runner, node code via `node --test`), then prints
// one total line summed over all runners: "total: N passed, N failed". Every failure (a node
// test's "not ok" block, a browser test's "[netweave-tests] failed:" line) is repeated just above
// that total, so the last lines of a long CI log say what failed and why. A failing task does not
// stop the others (turbo --continue), and each package runs all its runners (scripts/run-all.mjs).
import { spawn } from 'node:child_process';

const args = [
  'turbo',
  'run',
  'test',
  '--concurrency=2',
  // One package's failure must not hide the others' results: every test task whose builds
  // succeeded runs, and the total below counts them all.
  '--continue=dependencies-successful',
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
/** Each stream's unfinished last line (stdout and stderr apart, so their lines never mix). */
const rest = new Map();
const wtrLine = /\[netweave-tests\] runner=\w+ passed=(\d+) failed=(\d+) skipped=(\d+)/;
const nodeLine = /(?:^|[\s:])(?:#|ℹ) (pass|fail|skipped|todo) (\d+)\s*$/;
const taskPrefix = /^((?:@[\w-]+\/[\w-]+|\/\/):[\w:-]+: )?(.*)$/;
const wtrFailure = /\[netweave-tests\] failed: (.*)$/;
const notOk = /^(\s*)not ok \d+ - (.*)$/;
/** Failures to repeat at the end; `open` holds each task's node failure block still being read. */
const failures = [];
const open = new Map();

function collectFailure(line) {
  const [, prefix = '', text] = taskPrefix.exec(line);
  const task = prefix.replace(/: $/, '');
  const w = wtrFailure.exec(text);
  if (w) {
    failures.push(`${task}: ${w[1]}`);
    return;
  }
  const block = open.get(task);
  if (block) {
    if (text === `${block.indent}  ...`) {
      open.delete(task);
      // A suite fails when one of its tests does; the test's own block says why.
      if (!block.lines.some((l) => /failureType: 'subtestsFailed'/.test(l))) {
        failures.push([`${task}: ${block.name}`, ...block.lines.slice(0, 24)].join('\n'));
      }
    } else if (text !== `${block.indent}  ---`) {
      block.lines.push(`    ${text.slice(block.indent.length)}`);
    }
    return;
  }
  const n = notOk.exec(text);
  if (n) open.set(task, { indent: n[1], name: n[2], lines: [] });
}

function scan(line) {
  collectFailure(line);
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
  rest.set(stream, '');
  stream.on('data', (chunk) => {
    out.write(chunk);
    let buffer = rest.get(stream) + chunk;
    let i;
    while ((i = buffer.indexOf('\n')) >= 0) {
      scan(buffer.slice(0, i));
      buffer = buffer.slice(i + 1);
    }
    rest.set(stream, buffer);
  });
}
pipe(child.stdout, process.stdout);
pipe(child.stderr, process.stderr);

child.on('close', (code) => {
  for (const line of rest.values()) if (line) scan(line);
  const ok = code === 0 && failed === 0;
  if (code !== 0 && failed === 0) {
    console.log(
      `\nA test task exited with code ${code} (a build or a runner failed before reporting tests).`,
    );
    failed += 1;
  }
  if (failures.length) console.log(`\nFailed tests:\n${failures.map((f) => `- ${f}`).join('\n')}`);
  console.log(`\ntotal: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  process.exit(ok ? 0 : 1);
});
