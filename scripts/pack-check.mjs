#!/usr/bin/env node
// The packages as npm users get them: `npm pack` every publishable package, install the tarballs
// into a fresh project outside the workspace, import each package on its own in Node, render each
// widget in Chromium (bundled from the install as a user's bundler would, and from the shipped CDN
// file), run publint and `attw --profile esm-only`, and dry-run `changeset version`.
// Usage: node scripts/pack-check.mjs [--skip-install]   (after npm run build)
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const problems = [];
const log = (...a) => console.log(...a);
const run = (cmd, args, opts = {}) => {
  const r = spawnSync(cmd, args, { encoding: 'utf8', ...opts });
  return { ok: r.status === 0, out: `${r.stdout ?? ''}${r.stderr ?? ''}` };
};

const packages = readdirSync(join(root, 'packages'))
  .map((dir) => ({
    dir: join(root, 'packages', dir),
    short: dir,
    pkg: JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8')),
  }))
  .filter((p) => !p.pkg.private);
const widgets = packages.filter((p) => existsSync(join(p.dir, 'custom-elements.json')));

// 1. publint and attw, package by package.
for (const p of packages) {
  const pub = run('npx', ['publint', '--strict'], { cwd: p.dir });
  const attw = run('npx', ['attw', '--pack', '.', '--profile', 'esm-only', '--format', 'table-flipped'], {
    cwd: p.dir,
  });
  log(`${p.pkg.name}: publint ${pub.ok ? 'clean' : 'PROBLEMS'}, attw ${attw.ok ? 'clean' : 'PROBLEMS'}`);
  if (!pub.ok) problems.push(`${p.pkg.name} publint:\n${pub.out}`);
  if (!attw.ok) problems.push(`${p.pkg.name} attw:\n${attw.out}`);
}

// 2. Pack, then install the tarballs into a fresh project outside the workspace.
const work = mkdtempSync(join(tmpdir(), 'netweave-pack-'));
const tarballs = {};
for (const p of packages) {
  const name = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], {
    cwd: p.dir,
    encoding: 'utf8',
  })
    .trim()
    .split('\n')
    .pop();
  tarballs[p.pkg.name] = join(work, name);
  const listing = run('tar', ['-tzf', tarballs[p.pkg.name]]).out.split('\n');
  if (listing.some((f) => /\/(src|test)\//.test(f) || f.endsWith('.tsbuildinfo')))
    problems.push(`${p.pkg.name}: the tarball ships sources, tests or build info`);
  if (!listing.includes('package/README.md')) problems.push(`${p.pkg.name}: no README in the tarball`);
  log(`packed ${p.pkg.name} (${listing.length - 1} files)`);
}
const project = join(work, 'app');
mkdirSync(project);
const file = (name) => `file:${tarballs[name]}`;
writeFileSync(
  join(project, 'package.json'),
  JSON.stringify(
    {
      name: 'netweave-pack-check',
      private: true,
      type: 'module',
      dependencies: Object.fromEntries(packages.map((p) => [p.pkg.name, file(p.pkg.name)])),
      overrides: Object.fromEntries(packages.map((p) => [p.pkg.name, file(p.pkg.name)])),
      allowScripts: { 'better-sqlite3': true, esbuild: true },
    },
    null,
    2,
  ),
);
log('installing the tarballs into a fresh project (from the npm registry)…');
const install = run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', '--ignore-scripts'], {
  cwd: project,
});
if (!install.ok) {
  console.error(install.out);
  process.exit(1);
}
// better-sqlite3 compiles from source here (no prebuilt download): reuse the workspace's build of
// the same version, and compile only when the versions differ.
const sqliteHere = join(root, 'node_modules/better-sqlite3');
const sqliteThere = join(project, 'node_modules/better-sqlite3');
const versionOf = (dir) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
if (existsSync(sqliteThere)) {
  if (
    existsSync(join(sqliteHere, 'build/Release/better_sqlite3.node')) &&
    versionOf(sqliteHere) === versionOf(sqliteThere)
  ) {
    cpSync(join(sqliteHere, 'build'), join(sqliteThere, 'build'), { recursive: true });
  } else {
    const rebuilt = run('npm', ['rebuild', 'better-sqlite3', '--ignore-scripts=false'], { cwd: project });
    if (!rebuilt.ok) problems.push(`better-sqlite3 did not build:\n${rebuilt.out}`);
  }
}

// 3. Each package imported on its own in Node.
for (const p of packages) {
  const r = run(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const m = await import('${p.pkg.name}'); if (!Object.keys(m).length) throw new Error('no exports'); console.log(Object.keys(m).length)`,
    ],
    { cwd: project },
  );
  log(`import ${p.pkg.name} in Node: ${r.ok ? `${r.out.trim()} exports` : 'FAILED'}`);
  if (!r.ok) problems.push(`${p.pkg.name} import:\n${r.out}`);
}
for (const [bin, pkg] of [
  ['netweave', '@netweave/sdk'],
  ['netweave-collector', '@netweave/collector'],
]) {
  const r = run(join(project, 'node_modules/.bin', bin), ['--help'], { cwd: project });
  log(`${bin} --help (${pkg}): ${r.ok ? 'ok' : 'FAILED'}`);
  if (!r.ok) problems.push(`${bin} --help:\n${r.out}`);
}

// 3b. Every import example in the READMEs works from the tarballs: each module a README imports
// from resolves, and has each name the example takes from it (CDN files are rendered below instead).
const readmes = [join(root, 'README.md'), ...packages.map((p) => join(p.dir, 'README.md'))];
const examples = new Map(); // specifier -> Set of names
for (const readme of readmes) {
  const text = readFileSync(readme, 'utf8');
  for (const block of text.matchAll(/```(?:js|javascript|ts|typescript|mjs)\n([\s\S]*?)```/g)) {
    for (const m of block[1].matchAll(
      /^\s*import\s+(type\s+)?(?:([\w$]+)\s*,?\s*)?(?:\{([^}]*)\}\s*)?(?:\*\s+as\s+[\w$]+\s*)?(?:from\s*)?['"](@netweave\/[^'"]+)['"]/gm,
    )) {
      const [, typeOnly, , named = '', spec] = m;
      if (spec.includes('/cdn/')) continue;
      const names = examples.get(spec) ?? new Set();
      if (!typeOnly)
        for (const part of named.split(',')) {
          const name = part
            .trim()
            .replace(/^type\s+.*/, '')
            .split(/\s+as\s+/)[0];
          if (name) names.add(name);
        }
      examples.set(spec, names);
    }
  }
}
for (const [spec, names] of examples) {
  const wanted = JSON.stringify([...names]);
  const r = run(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      spec.endsWith('.json')
        ? `await import(${JSON.stringify(spec)}, { with: { type: 'json' } });`
        : `const m = await import(${JSON.stringify(spec)}); const missing = ${wanted}.filter((n) => !(n in m)); if (missing.length) { console.log('missing: ' + missing.join(', ')); process.exit(1); }`,
    ],
    { cwd: project },
  );
  log(
    `README example: import ${names.size ? `{ ${[...names].join(', ')} } from ` : ''}'${spec}': ${r.ok ? 'works' : 'FAILED'}`,
  );
  if (!r.ok) problems.push(`README example importing '${spec}':\n${r.out}`);
}
if (!examples.size) problems.push('no import examples found in the READMEs (the pattern is wrong)');

// 4. Each widget rendered in Chromium: bundled from the install, and from its CDN file.
const { build } = await import(join(root, 'node_modules/esbuild/lib/main.js'));
const tags = {};
for (const w of widgets) {
  const manifest = JSON.parse(
    readFileSync(join(project, 'node_modules', w.pkg.name, 'custom-elements.json'), 'utf8'),
  );
  tags[w.short] = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName)?.tagName;
  writeFileSync(join(project, `${w.short}.entry.js`), `import '${w.pkg.name}/define.js';\n`);
  await build({
    entryPoints: [join(project, `${w.short}.entry.js`)],
    bundle: true,
    format: 'esm',
    outfile: join(project, `dist/${w.short}.js`),
    logLevel: 'error',
    absWorkingDir: project,
  });
  // The whole cdn/ folder, as a CDN serves it: the main file loads its chunks from beside it.
  cpSync(join(project, 'node_modules', w.pkg.name, 'cdn'), join(project, `dist/cdn-${w.short}`), {
    recursive: true,
  });
}
const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  if (path === '/combined') {
    res.writeHead(200, { 'content-type': 'text/html' });
    return res.end(
      `<!doctype html><html lang="en"><title>combined</title><script type="module" src="/dist/cdn-widgets/widgets.js"></script>${Object.values(
        tags,
      )
        .map((t) => `<${t}></${t}>`)
        .join('')}`,
    );
  }
  const m = /^\/(npm|cdn)\/([a-z-]+)$/.exec(path);
  if (m) {
    res.writeHead(200, { 'content-type': 'text/html' });
    return res.end(
      `<!doctype html><html lang="en"><title>${m[2]}</title><script type="module" src="/dist/${m[1] === 'cdn' ? `cdn-${m[2]}/${m[2]}` : m[2]}.js"></script><${tags[m[2]]}></${tags[m[2]]}>`,
    );
  }
  const f = join(project, path);
  if (!f.startsWith(project) || !existsSync(f)) return res.writeHead(404).end();
  res.writeHead(200, {
    'content-type': extname(f) === '.js' ? 'text/javascript' : 'application/octet-stream',
  });
  res.end(readFileSync(f));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const { launchChromium } = await import('./chromium.mjs');
const browser = await launchChromium();
for (const w of widgets) {
  for (const kind of ['npm', 'cdn']) {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`http://127.0.0.1:${server.address().port}/${kind}/${w.short}`);
    const rendered = await page
      .waitForFunction(
        (t) => (document.querySelector(t)?.shadowRoot?.textContent ?? '').trim().length > 20,
        tags[w.short],
        { timeout: 10_000 },
      )
      .then(
        () => true,
        () => false,
      );
    log(
      `<${tags[w.short]}> from ${kind === 'npm' ? 'the npm install, bundled' : 'its CDN file'}: ${rendered && !errors.length ? 'renders' : 'FAILED'}`,
    );
    if (!rendered || errors.length)
      problems.push(`<${tags[w.short]}> (${kind}) did not render: ${errors.join('; ')}`);
    await page.close();
  }
}
// The combined CDN file (@netweave/widgets), with all three widgets on one page.
if (packages.some((p) => p.pkg.name === '@netweave/widgets')) {
  cpSync(join(project, 'node_modules/@netweave/widgets/cdn'), join(project, 'dist/cdn-widgets'), {
    recursive: true,
  });
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`http://127.0.0.1:${server.address().port}/combined`);
  const rendered = await page
    .waitForFunction(
      (all) =>
        all.every((t) => (document.querySelector(t)?.shadowRoot?.textContent ?? '').trim().length > 20),
      Object.values(tags),
      { timeout: 10_000 },
    )
    .then(
      () => true,
      () => false,
    );
  log(
    `all three widgets from @netweave/widgets' CDN file: ${rendered && !errors.length ? 'render' : 'FAILED'}`,
  );
  if (!rendered || errors.length)
    problems.push(`@netweave/widgets' CDN file did not render: ${errors.join('; ')}`);
  await page.close();
}
await browser.close();
server.close();

// 5. `changeset version`, dry run in a throwaway copy of the repository.
const copy = join(work, 'repo');
execFileSync('git', ['clone', '--quiet', root, copy]);
for (const d of ['.changeset']) cpSync(join(root, d), join(copy, d), { recursive: true });
symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
const version = run(join(root, 'node_modules/.bin/changeset'), ['version'], { cwd: copy });
if (!version.ok) problems.push(`changeset version:\n${version.out}`);
for (const p of packages) {
  const after = JSON.parse(readFileSync(join(copy, 'packages', p.short, 'package.json'), 'utf8'));
  const changelog = join(copy, 'packages', p.short, 'CHANGELOG.md');
  log(
    `changeset version: ${p.pkg.name} ${p.pkg.version} → ${after.version}${existsSync(changelog) ? ' (CHANGELOG.md written)' : ''}`,
  );
}

rmSync(work, { recursive: true, force: true });
if (problems.length) {
  console.error(`\n${problems.length} problem(s):\n\n${problems.join('\n\n')}`);
  process.exit(1);
}
log('\nAll packages install, import and render as npm users get them.');
