#!/usr/bin/env node
/** The `netweave` command (see `netweave --help`). */
import { main } from './program.js';

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`netweave: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 70;
  },
);
