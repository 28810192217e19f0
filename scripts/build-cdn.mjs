#!/usr/bin/env node
// Builds a widget package's CDN file: one bundled, minified ES module carrying its own Lit, core
// and <netweave-provider>, for CMS pages that paste a single <script type="module">. Code that a
// widget loads only on demand (e.g. catalogue validation for `catalogue-src`) goes into
// cdn/chunks/, fetched from beside the main file when needed.
// Run from the package directory after `tsc -b`. Prints the sizes (min and min+gzip).
//
// A package may ask for more CDN files, each built on its own (its own esbuild build: nothing is
// shared with the main file, whose bytes do not change), in its package.json:
//
//   "netweave": { "cdn": { "triz-board": "./dist/triz/cdn.js" } }
//
// builds cdn/triz-board.js: the provider, then that module (which registers its elements and
// re-exports what the file offers), with its on-demand chunks in cdn/triz-board-chunks/. Its sizes
// are in cdn/sizes.json under `files["triz-board"]` (`upfront`, `lazy`), beside the main file's.
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
const pkg = JSON.parse(readFileSync(resolve(dir, 'package.json'), 'utf8'));

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

const size = (files) => {
  const code = Buffer.concat(
    files.map((f) => readFileSync(resolve(process.cwd(), relative(process.cwd(), f)))),
  );
  return { min: code.length, gz: gzipSync(code, { level: 9 }).length };
};

/**
 * Builds cdn/<name>.js from `source` (the entry module's text, written beside package.json for the
 * build), its chunks in cdn/<chunks>/; returns what it loads up front and what on demand.
 */
async function bundle(name, source, chunks) {
  const entry = resolve(dir, `.${name}.cdn-entry.js`);
  writeFileSync(entry, source);
  let result;
  try {
    result = await build({
      entryPoints: { [name]: entry },
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
      chunkNames: `${chunks}/[name]-[hash]`,
      metafile: true,
      plugins: [minifyLitCss],
      logLevel: 'warning',
    });
  } finally {
    rmSync(entry, { force: true });
  }
  const outputs = result.metafile.outputs;
  const main = Object.keys(outputs).find((f) => f.endsWith(`cdn/${name}.js`));
  const eager = upfront(outputs, main);
  const lazy = Object.keys(outputs).filter((f) => f.endsWith('.js') && !eager.includes(f));
  const sizes = {
    upfront: size(eager),
    lazy: lazy.map((f) => ({ file: relative(outdir, f), ...size([f]) })),
  };
  console.log(
    `${short}: cdn/${name}.js loads ${(sizes.upfront.min / 1024).toFixed(1)} KB min, ${(sizes.upfront.gz / 1024).toFixed(1)} KB min+gzip` +
      (lazy.length
        ? `; on demand: ${sizes.lazy.map((c) => `${c.file} ${(c.gz / 1024).toFixed(1)} KB`).join(', ')}`
        : ''),
  );
  return sizes;
}

// The provider first: widgets in the page then find it as they upgrade.
const sizes = await bundle(
  short,
  `import '@netweave/core/provider.js';\nimport './dist/define.js';\nexport * from './dist/index.js';\n`,
  'chunks',
);
const files = {};
for (const [name, module] of Object.entries(pkg.netweave?.cdn ?? {})) {
  if (name === short || !/^[a-z][a-z0-9-]*$/.test(name) || !/^\.\/dist\/.+\.js$/.test(module))
    throw new Error(
      `${pkg.name}: netweave.cdn.${name} must name a file other than cdn/${short}.js and a ./dist/….js module`,
    );
  files[name] = await bundle(
    name,
    `import '@netweave/core/provider.js';\nexport * from '${module}';\n`,
    `${name}-chunks`,
  );
}
writeFileSync(
  resolve(outdir, 'sizes.json'),
  JSON.stringify(Object.keys(files).length ? { ...sizes, files } : sizes, null, 2) + '\n',
);
