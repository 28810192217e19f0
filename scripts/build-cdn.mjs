#!/usr/bin/env node
// Builds a widget package's CDN file: one bundled, minified ES module carrying its own Lit, core
// and <netweave-provider>, for CMS pages that paste a single <script type="module">. Code that a
// widget loads only on demand (e.g. catalogue validation for `catalogue-src`) goes into
// cdn/chunks/, fetched from beside the main file when needed.
// Run from the package directory after `tsc -b`. Prints the sizes (min and min+gzip).
import { build } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { minifyLitCss } from './lit-css.mjs';
import { gzipSync } from 'node:zlib';
import { basename, relative, resolve } from 'node:path';

const dir = process.cwd();
const short = basename(dir);
const outdir = resolve(dir, 'cdn');
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
const entry = resolve(dir, `.${short}.cdn-entry.js`);
// The provider first: widgets in the page then find it as they upgrade.
writeFileSync(
  entry,
  `import '@netweave/core/provider.js';\nimport './dist/define.js';\nexport * from './dist/index.js';\n`,
);

let result;
try {
  result = await build({
    entryPoints: { [short]: entry },
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    // ES2022: class fields and #private members stay native (every browser netweave supports has them).
    target: 'es2022',
    legalComments: 'none',
    conditions: ['browser', 'production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    outdir,
    chunkNames: 'chunks/[name]-[hash]',
    metafile: true,
    plugins: [minifyLitCss],
    logLevel: 'warning',
  });
} finally {
  rmSync(entry, { force: true });
}

/** The main file plus every chunk it imports statically: what a page loads up front. */
export function upfront(outputs, main) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const imp of outputs[file]?.imports ?? []) if (imp.kind === 'import-statement') visit(imp.path);
  };
  visit(main);
  return [...seen];
}

const outputs = result.metafile.outputs;
const main = Object.keys(outputs).find((f) => f.endsWith(`cdn/${short}.js`));
const eager = upfront(outputs, main);
const size = (files) => {
  const code = Buffer.concat(
    files.map((f) => readFileSync(resolve(process.cwd(), relative(process.cwd(), f)))),
  );
  return { min: code.length, gz: gzipSync(code, { level: 9 }).length };
};
const up = size(eager);
const lazy = Object.keys(outputs).filter((f) => f.endsWith('.js') && !eager.includes(f));
writeFileSync(
  resolve(outdir, 'sizes.json'),
  JSON.stringify(
    { upfront: up, lazy: lazy.map((f) => ({ file: relative(outdir, f), ...size([f]) })) },
    null,
    2,
  ) + '\n',
);
console.log(
  `${short}: cdn/${short}.js loads ${(up.min / 1024).toFixed(1)} KB min, ${(up.gz / 1024).toFixed(1)} KB min+gzip` +
    (lazy.length
      ? `; on demand: ${lazy.map((f) => `${relative(outdir, f)} ${(size([f]).gz / 1024).toFixed(1)} KB`).join(', ')}`
      : ''),
);
