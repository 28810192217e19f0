#!/usr/bin/env node
// Builds the WordPress plugin into build/netweave/ and build/netweave.zip (top folder netweave/):
// the plugin's own files (plugin/), each widget's CDN output copied in beside them
// (assets/<widget>/, with its chunks, and the wall's TRIZ board file), the widgets' versions for
// `?ver=` (assets/versions.json, from their package.json files, so the plugin's asset versions can
// never drift from the widgets'), a block.json per widget written from widgets.json (the same
// allow-lists the shortcodes use), and the .mo files compiled from languages/*.po.
// Run after the widgets' builds (turbo does: they are this package's devDependencies).
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileMo } from './mo.mjs';
import { zip } from './zip.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const pkgDir = join(here, '..');
const packages = join(pkgDir, '..');
const out = join(pkgDir, 'build');
const plugin = join(out, 'netweave');

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
cpSync(join(pkgDir, 'plugin'), plugin, { recursive: true });

const widgets = JSON.parse(readFileSync(join(pkgDir, 'plugin/widgets.json'), 'utf8'));
const versions = {};
for (const [name, widget] of Object.entries(widgets)) {
  const cdn = join(packages, name, 'cdn');
  const main = join(packages, name, 'cdn', widget.script.split('/').slice(1).join('/'));
  if (!existsSync(main)) {
    throw new Error(
      `${relative(pkgDir, main)} is missing: build the widgets first (npm run build at the repository's root).`,
    );
  }
  // Everything the CDN build wrote except its size report: the main file, chunks/, and any other
  // CDN file of the package (the wall's triz-board.js and triz-board-chunks/).
  cpSync(cdn, join(plugin, 'assets', name), {
    recursive: true,
    filter: (src) => !src.endsWith(`${sep}sizes.json`),
  });
  versions[name] = JSON.parse(readFileSync(join(packages, name, 'package.json'), 'utf8')).version;

  const attributes = { session: { type: 'string' } };
  for (const [attribute, rule] of Object.entries(widget.attributes)) {
    const key = attribute.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
    attributes[key] = { type: rule.type === 'bool' ? 'boolean' : 'string' };
  }
  const block = {
    $schema: 'https://schemas.wp.org/trunk/block.json',
    apiVersion: 2,
    name: `netweave/${name}`,
    title: widget.title,
    category: 'widgets',
    icon: widget.icon,
    description: widget.description,
    keywords: ['netweave'],
    textdomain: 'netweave',
    attributes,
    supports: { html: false },
    editorScript: 'netweave-block-editor',
  };
  mkdirSync(join(plugin, 'blocks', name), { recursive: true });
  writeFileSync(join(plugin, 'blocks', name, 'block.json'), `${JSON.stringify(block, null, 2)}\n`);
}
writeFileSync(join(plugin, 'assets', 'versions.json'), `${JSON.stringify(versions, null, 2)}\n`);

for (const file of readdirSync(join(plugin, 'languages'))) {
  if (!file.endsWith('.po')) continue;
  const po = join(plugin, 'languages', file);
  writeFileSync(po.replace(/\.po$/, '.mo'), compileMo(readFileSync(po, 'utf8'), file));
}

/** Every file under a folder, sorted, as zip entries named from `base`. */
function files(dir, base) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory()
        ? files(path, `${base}/${name}`)
        : [{ name: `${base}/${name}`, data: readFileSync(path) }];
    });
}
const entries = files(plugin, 'netweave');
writeFileSync(join(out, 'netweave.zip'), zip(entries));
console.log(
  `build/netweave.zip: ${entries.length} files; widgets ${Object.entries(versions)
    .map(([n, v]) => `${n} ${v}`)
    .join(', ')}`,
);
