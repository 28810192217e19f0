#!/usr/bin/env node
// Builds a widget package's CDN file: one bundled, minified ES module carrying its own Lit, core
// and <netweave-provider>, for CMS pages that paste a single <script type="module">.
// Run from the package directory after `tsc -b`. Prints the size (min and min+gzip).
import { build } from 'esbuild';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { basename, resolve } from 'node:path';

const dir = process.cwd();
const short = basename(dir);
const outfile = resolve(dir, 'cdn', `${short}.js`);
mkdirSync(resolve(dir, 'cdn'), { recursive: true });

await build({
  stdin: {
    // The provider first: widgets in the page then find it as they upgrade.
    contents: `import '@netweave/core/provider.js';\nimport './dist/define.js';\nexport * from './dist/index.js';\n`,
    resolveDir: dir,
    sourcefile: `${short}-cdn.js`,
  },
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2021',
  legalComments: 'none',
  conditions: ['browser', 'production'],
  define: { 'process.env.NODE_ENV': '"production"' },
  outfile,
  logLevel: 'warning',
});

const code = readFileSync(outfile);
const gz = gzipSync(code, { level: 9 }).length;
console.log(
  `${short}: cdn/${short}.js ${(statSync(outfile).size / 1024).toFixed(1)} KB min, ${(gz / 1024).toFixed(1)} KB min+gzip`,
);
