#!/usr/bin/env node
/** The `netweave` command (see `netweave --help`). */
import { main } from './program.js';

// `netweave aggregate … | head`: the reader went away, which is not an error of ours
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`netweave: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 70;
  },
);
