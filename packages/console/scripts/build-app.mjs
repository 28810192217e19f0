#!/usr/bin/env node
// Builds the pages a collector serves (run after `tsc -b`, from packages/console):
//   app/console.html, app/join.html,  the pages, each loading its entry from /app/
//   app/display.html                  (the projector page: /d/<code>)
//   app/console.js, app/join.js,      the entries: bundled, minified, ES2022, one Lit each
//   app/display.js
//   app/chunks/[name]-[hash].js       code and the Welsh table loaded on demand (cached for good)
//   app/sizes.json                    what each page loads up front (min and gzip -9), and the join
//                                     page's budget: its entry plus the widgets file it imports
//   cdn/sizes.json                    the join page's up-front total (entry + widgets file) and its
//                                     on-demand chunks, in the form scripts/bench.mjs reads
// The join and projector pages never bundle the widgets: they import the widget they show from the
// collector's /cdn/.
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minifyLitCss } from '../../../scripts/lit-css.mjs';

const dir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(dir, 'app');
/** The join page with its widgets, gzipped, before the first interaction (issue 17). */
export const JOIN_BUDGET_KB = 60;

rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
const result = await build({
  entryPoints: {
    console: join(dir, 'dist/app/console.js'),
    join: join(dir, 'dist/app/join.js'),
    display: join(dir, 'dist/app/display.js'),
  },
  bundle: true,
  splitting: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  legalComments: 'none',
  conditions: ['browser', 'production'],
  define: { 'process.env.NODE_ENV': '"production"' },
  outdir,
  entryNames: '[name]',
  chunkNames: 'chunks/[name]-[hash]',
  metafile: true,
  plugins: [minifyLitCss],
  logLevel: 'warning',
});
for (const page of ['console', 'join', 'display'])
  copyFileSync(join(dir, `src/pages/${page}.html`), join(outdir, `${page}.html`));

const outputs = result.metafile.outputs;
/** The entry plus every chunk it imports statically: what a page loads up front. */
function upfront(main) {
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
  const code = Buffer.concat(files.map((f) => readFileSync(resolve(dir, f))));
  return { min: code.length, gz: gzipSync(code, { level: 9 }).length };
};
const key = (name) => Object.keys(outputs).find((f) => f.endsWith(`app/${name}.js`));
const consoleFiles = upfront(key('console'));
const joinFiles = upfront(key('join'));
const displayFiles = upfront(key('display'));
const eager = new Set([...consoleFiles, ...joinFiles, ...displayFiles]);
const lazy = Object.keys(outputs)
  .filter((f) => f.endsWith('.js') && !eager.has(f))
  .map((f) => ({ file: relative(outdir, resolve(dir, f)), ...size([f]) }));

// The join page imports the one widget its session shows, from that widget's own CDN file on the
// collector (/cdn/<widget>/<widget>.js; the TRIZ board's is /cdn/commitments-wall/triz-board.js),
// as each widget's build measured it (its entry and the chunks it imports statically). The budget
// holds for the largest of them.
const widgetBuilds = ['self-assessment', 'commitments-wall'].flatMap((name) => {
  const file = join(dir, `../${name}/cdn/sizes.json`);
  if (!existsSync(file)) return [null];
  const built = JSON.parse(readFileSync(file, 'utf8'));
  return [
    { file: `/cdn/${name}/${name}.js`, upfront: built.upfront, lazy: built.lazy },
    // Further files a package builds (the board, beside the wall), each measured on its own.
    ...Object.entries(built.files ?? {}).map(([extra, sizes]) => ({
      file: `/cdn/${name}/${extra}.js`,
      ...sizes,
    })),
  ];
});
const widgetsBuild = widgetBuilds.every(Boolean)
  ? widgetBuilds.reduce((a, b) => (b.upfront.gz > a.upfront.gz ? b : a))
  : null;
const widgets = widgetsBuild ? { file: widgetsBuild.file, ...widgetsBuild.upfront } : null;
const joinEntry = size(joinFiles);
const total = widgets ? { min: joinEntry.min + widgets.min, gz: joinEntry.gz + widgets.gz } : null;
const sizes = {
  console: { upfront: size(consoleFiles) },
  display: { upfront: size(displayFiles) },
  join: {
    upfront: joinEntry,
    widgets,
    total,
    budget: JOIN_BUDGET_KB * 1024,
    within: total ? total.gz <= JOIN_BUDGET_KB * 1024 : null,
  },
  lazy,
};
writeFileSync(join(outdir, 'sizes.json'), `${JSON.stringify(sizes, null, 2)}\n`);
mkdirSync(join(dir, 'cdn'), { recursive: true });
// For scripts/bench.mjs: the join page up front (its entry and the widgets file), and what it
// may load later (the widgets' own chunks, e.g. their Welsh tables).
writeFileSync(
  join(dir, 'cdn/sizes.json'),
  `${JSON.stringify({ upfront: total ?? joinEntry, lazy: widgetsBuild?.lazy ?? [] }, null, 2)}\n`,
);

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `console: app/console.js loads ${kb(sizes.console.upfront.min)} min, ${kb(sizes.console.upfront.gz)} min+gzip; ` +
    `app/display.js ${kb(sizes.display.upfront.gz)} min+gzip; ` +
    `app/join.js ${kb(joinEntry.min)} min, ${kb(joinEntry.gz)} min+gzip` +
    (total
      ? `; the join page with ${widgets.file} ${kb(widgets.gz)} (the largest widget): ${kb(total.gz)} min+gzip up front ` +
        `(budget ${JOIN_BUDGET_KB} KB: ${sizes.join.within ? 'within' : `over by ${kb(total.gz - JOIN_BUDGET_KB * 1024)}`})`
      : '; the widgets are not built, so the join page total is not measured') +
    `; on demand: ${lazy.map((c) => `${c.file} ${kb(c.gz)}`).join(', ')}`,
);
