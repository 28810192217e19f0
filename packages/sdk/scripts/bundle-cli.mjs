#!/usr/bin/env node
// After `tsc -b`: the `netweave` command as one file (dist/cli/netweave.js) and the reading
// threads' code as another (dist/cli/range-worker.js, beside it, where the reader looks for it),
// each with its dependencies bundled in, so that starting the command reads two files instead of
// about a hundred modules (process start to output on a 10,000-row file is mostly module loading).
// Not minified (readable stack traces); docx stays a separate import, loaded for Word write-ups only.
// The library entries (`@netweave/sdk`, `@netweave/sdk/node`) stay unbundled modules.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
await build({
  entryPoints: { netweave: `${dist}cli/bin.js`, 'range-worker': `${dist}node/range-worker.js` },
  outdir: `${dist}cli`,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['docx'],
  // commander and papaparse are CommonJS: give the bundle a require for the built-ins they load
  banner: {
    js: "import { createRequire as __netweaveRequire } from 'node:module'; const require = __netweaveRequire(import.meta.url);",
  },
  legalComments: 'inline',
  logLevel: 'warning',
});
