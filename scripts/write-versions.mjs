#!/usr/bin/env node
// Writes each package's `src/version.ts` from its package.json, so the version a widget registers
// with (and the SDK and collector report) is the one `changeset version` just set. Part of
// `npm run version-packages`; with `--check` it writes nothing and lists every version.ts that
// differs (scripts/check-generated.mjs runs it that way).
//
// Packages are found, not listed: every packages/*/package.json that has a src/version.ts. Only
// the version in `export const VERSION = '…';` changes; the file's comment stays as it is.
//
//   node scripts/write-versions.mjs [--check] [--root <repository>]
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const VERSION_LINE = /^(export const VERSION = )(['"])([^'"]*)\2;$/m;

/**
 * Every package with a `src/version.ts`, and what that file should hold.
 * @param {string} root the repository (the directory that holds `packages/`)
 * @returns {{ name: string, file: string, version: string, current: string, next: string }[]}
 */
export function versionFiles(root) {
  const packages = join(root, 'packages');
  const found = [];
  for (const dir of readdirSync(packages, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    const pkgFile = join(packages, dir.name, 'package.json');
    const file = join(packages, dir.name, 'src', 'version.ts');
    if (!existsSync(pkgFile) || !existsSync(file)) continue;
    const { name, version } = JSON.parse(readFileSync(pkgFile, 'utf8'));
    const current = readFileSync(file, 'utf8');
    if (!VERSION_LINE.test(current)) {
      throw new Error(`${relative(root, file)} has no line "export const VERSION = '…';" to update`);
    }
    const next = current.replace(VERSION_LINE, `$1'${version}';`);
    found.push({ name, file, version, current, next });
  }
  return found;
}

function main() {
  const { values } = parseArgs({
    options: {
      check: { type: 'boolean', default: false },
      root: { type: 'string', default: fileURLToPath(new URL('..', import.meta.url)) },
    },
  });
  let files;
  try {
    files = versionFiles(values.root);
  } catch (error) {
    console.error(`write-versions: ${error.message}`);
    process.exit(1);
  }
  if (!files.length) {
    console.error(`write-versions: no packages/*/src/version.ts under ${values.root}`);
    process.exit(1);
  }
  const stale = files.filter((f) => f.current !== f.next);
  for (const f of stale) {
    const path = relative(values.root, f.file);
    if (values.check) {
      const was = VERSION_LINE.exec(f.current)[3];
      console.log(`${path} says ${was}, but ${f.name}'s package.json says ${f.version}`);
    } else {
      writeFileSync(f.file, f.next);
      console.log(`${path}: ${f.version}`);
    }
  }
  if (values.check && stale.length) process.exit(1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
