#!/usr/bin/env node
// Runs each command given to it, one after another, whatever the earlier ones did, and exits with
// the first failing command's code. A package's test script is "browser tests, then node tests":
// with `a && b` a browser failure would hide every node test's result.
//   node ../../scripts/run-all.mjs "wtr --group core" "node --test …"
import { spawnSync } from 'node:child_process';

const commands = process.argv.slice(2);
if (!commands.length) {
  console.error('usage: run-all.mjs "<command>" ["<command>" …]');
  process.exit(2);
}
let code = 0;
for (const command of commands) {
  const result = spawnSync(command, { stdio: 'inherit', shell: true });
  const status = result.status ?? 1;
  if (status !== 0) {
    console.error(`\n${command.split(' ')[0]} exited with code ${status}; the remaining runners still run.`);
    if (code === 0) code = status;
  }
}
process.exit(code);
