// The built plugin, checked without PHP: what a partner installs (netweave.zip) holds the plugin
// under netweave/, the widgets' files exactly as their packages built them (chunks included) at
// their packages' versions, blocks whose attributes are the shortcodes' allow-lists, every
// allow-listed attribute one the widget really has (its Custom Elements Manifest), and a Welsh .mo
// with every string of the plugin translated.
//   npm run build -w @netweave/wordpress && npm test -w @netweave/wordpress
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';
import { parsePo, readMo } from '../scripts/mo.mjs';
import { pluginStrings } from '../scripts/strings.mjs';
import { crc32 } from '../scripts/zip.mjs';

const pkgDir = fileURLToPath(new URL('..', import.meta.url));
const packages = join(pkgDir, '..');
const built = join(pkgDir, 'build/netweave');
const widgets = JSON.parse(readFileSync(join(pkgDir, 'plugin/widgets.json'), 'utf8'));

if (!existsSync(join(pkgDir, 'build/netweave.zip'))) {
  throw new Error('build/netweave.zip is missing: npm run build -w @netweave/wordpress (or npm run build).');
}

/** The entries of a zip file (name → bytes), read from its central directory. */
function unzip(buffer) {
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(end >= 0, 'the zip has an end of central directory');
  const count = buffer.readUInt16LE(end + 10);
  let at = buffer.readUInt32LE(end + 16);
  const entries = new Map();
  for (let i = 0; i < count; i++) {
    assert.equal(buffer.readUInt32LE(at), 0x02014b50);
    const method = buffer.readUInt16LE(at + 10);
    const crc = buffer.readUInt32LE(at + 16);
    const size = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extra = buffer.readUInt16LE(at + 30);
    const comment = buffer.readUInt16LE(at + 32);
    const offset = buffer.readUInt32LE(at + 42);
    const name = buffer.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const dataAt = offset + 30 + buffer.readUInt16LE(offset + 26) + buffer.readUInt16LE(offset + 28);
    const raw = buffer.subarray(dataAt, dataAt + size);
    const data = method === 8 ? inflateRawSync(raw) : raw;
    assert.equal(crc32(data), crc, `${name}: checksum`);
    entries.set(name, data);
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const zip = unzip(readFileSync(join(pkgDir, 'build/netweave.zip')));

test('netweave.zip installs as the folder netweave/ with the plugin file at its top', () => {
  for (const name of zip.keys()) assert.match(name, /^netweave\//, name);
  const main = zip.get('netweave/netweave.php')?.toString('utf8');
  assert.ok(main, 'netweave/netweave.php is in the zip');
  assert.match(main, /^ \* Plugin Name: +netweave$/m);
  assert.match(main, /^ \* Text Domain: +netweave$/m);
  for (const file of [
    'uninstall.php',
    'widgets.json',
    'editor/blocks.js',
    'languages/netweave-cy.mo',
    'assets/versions.json',
  ]) {
    assert.ok(zip.has(`netweave/${file}`), `${file} is in the zip`);
  }
});

test('the plugin’s version is the package’s', () => {
  const { version } = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  const main = readFileSync(join(pkgDir, 'plugin/netweave.php'), 'utf8');
  assert.match(main, new RegExp(`^ \\* Version: +${version.replace(/\./g, '\\.')}$`, 'm'));
  assert.match(
    main,
    new RegExp(`define\\( 'NETWEAVE_PLUGIN_VERSION', '${version.replace(/\./g, '\\.')}' \\)`),
  );
});

test('each widget’s CDN files are in the zip byte for byte, chunks included, and no size report', () => {
  for (const name of Object.keys(widgets)) {
    const cdn = join(packages, name, 'cdn');
    const files = walk(cdn).filter((f) => !f.endsWith('sizes.json'));
    assert.ok(
      files.some((f) => f.includes('/chunks/')),
      `${name} has chunks`,
    );
    for (const file of files) {
      const inZip = zip.get(`netweave/assets/${name}/${relative(cdn, file)}`);
      assert.ok(inZip, `${name}/${relative(cdn, file)} is in the zip`);
      assert.ok(inZip.equals(readFileSync(file)), `${name}/${relative(cdn, file)} is the widget's own`);
    }
    const inZip = [...zip.keys()].filter((k) => k.startsWith(`netweave/assets/${name}/`));
    assert.equal(inZip.length, files.length, `${name}: nothing more than the CDN build wrote`);
  }
  assert.ok(
    zip.has('netweave/assets/commitments-wall/triz-board.js'),
    'the TRIZ board file comes with the wall',
  );
});

test('the assets’ versions (?ver=) are the widgets’ package versions', () => {
  const versions = JSON.parse(zip.get('netweave/assets/versions.json').toString('utf8'));
  assert.deepEqual(Object.keys(versions).sort(), Object.keys(widgets).sort());
  for (const name of Object.keys(widgets)) {
    const { version, name: pkgName } = JSON.parse(readFileSync(join(packages, name, 'package.json'), 'utf8'));
    assert.equal(versions[name], version, name);
    assert.equal(widgets[name].package, pkgName);
  }
});

test('every allow-listed attribute is one the widget has (its Custom Elements Manifest), with the same choices', () => {
  for (const [name, widget] of Object.entries(widgets)) {
    const manifest = JSON.parse(readFileSync(join(packages, name, 'custom-elements.json'), 'utf8'));
    const element = manifest.modules
      .flatMap((m) => m.declarations ?? [])
      .find((d) => d.tagName === widget.tag);
    assert.ok(element, `${widget.tag} is in ${name}'s manifest`);
    const attributes = new Map(element.attributes.map((a) => [a.name, a]));
    assert.ok(
      existsSync(join(packages, name, 'cdn', widget.script.split('/').slice(1).join('/'))),
      `${widget.script} exists`,
    );
    for (const [attribute, rule] of Object.entries(widget.attributes)) {
      const known = attributes.get(attribute);
      assert.ok(known, `${widget.tag} has the attribute ${attribute}`);
      const text = `${known.type?.text ?? ''} ${known.description ?? ''}`;
      if (rule.type === 'bool') assert.match(known.type.text, /boolean/, `${attribute} is a boolean`);
      if (rule.type === 'int') assert.match(known.type.text, /number/, `${attribute} is a number`);
      if (rule.type === 'enum')
        for (const v of rule.values) assert.ok(text.includes(v), `${attribute}: ${v} is documented`);
    }
    // session, endpoint and lang go on the provider: endpoint only from the settings (authors
    // cannot point a widget at another collector), lang from the site's locale.
    for (const attribute of ['session', 'endpoint']) assert.ok(attributes.has(attribute));
    assert.ok(!('endpoint' in widget.attributes) && !('session' in widget.attributes));
  }
});

test('each block’s attributes are its widget’s allow-list (camelCase), plus the session', () => {
  for (const [name, widget] of Object.entries(widgets)) {
    const block = JSON.parse(zip.get(`netweave/blocks/${name}/block.json`).toString('utf8'));
    assert.equal(block.name, `netweave/${name}`);
    assert.equal(block.textdomain, 'netweave');
    assert.equal(block.editorScript, 'netweave-block-editor');
    const expected = [
      'session',
      ...Object.keys(widget.attributes).map((a) => a.replace(/-([a-z])/g, (_, c) => c.toUpperCase())),
    ];
    assert.deepEqual(Object.keys(block.attributes).sort(), expected.sort());
  }
});

test('the Welsh .mo is in the build, and every string of the plugin has a Welsh translation', () => {
  const mo = readMo(zip.get('netweave/languages/netweave-cy.mo'));
  const po = parsePo(readFileSync(join(pkgDir, 'plugin/languages/netweave-cy.po'), 'utf8'));
  assert.ok(mo.get('').includes('Language: cy'), 'the header names the language');
  const missing = [...pluginStrings(join(pkgDir, 'plugin')).keys()].filter((id) => !mo.get(id));
  assert.deepEqual(missing, [], 'strings without a Welsh translation');
  assert.equal(mo.get('Commitments wall'), 'Wal ymrwymiadau');
  // Every placeholder of the English is in the Welsh (a lost %s would drop a session id or an address).
  for (const entry of po.filter((e) => e.id)) {
    const holes = (s) => (s.match(/%(\d\$)?[sd]/g) ?? []).sort();
    assert.deepEqual(holes(entry.strings[0]), holes(entry.id), entry.id);
    assert.doesNotMatch(entry.strings[0], /'/, `typographic apostrophes in: ${entry.strings[0]}`);
  }
});

test('the editor script needs no build step: plain JavaScript on WordPress’s globals', () => {
  const source = zip.get('netweave/editor/blocks.js').toString('utf8');
  assert.doesNotMatch(source, /^\s*(import|export)\s/m);
  assert.match(source, /wp\.blocks\.registerBlockType/);
  assert.match(source, /InspectorControls/);
  new Function(source); // parses
});

test('the README documents every shortcode attribute the plugin allows', () => {
  const readme = readFileSync(join(pkgDir, 'README.md'), 'utf8');
  for (const [name, widget] of Object.entries(widgets)) {
    assert.ok(readme.includes(`[netweave_${name.replace(/-/g, '_')}]`), name);
    for (const attribute of Object.keys(widget.attributes))
      assert.ok(readme.includes(`\`${attribute}\``), attribute);
  }
});
