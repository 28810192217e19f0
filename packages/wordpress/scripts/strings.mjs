// The plugin's translatable strings: every __(), esc_html__(), esc_html_e(), _e() … call with the
// `netweave` text domain in its PHP files, and the blocks' titles and descriptions (widgets.json,
// written into block.json, which WordPress translates with the same domain).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function phpFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? phpFiles(path) : name.endsWith('.php') ? [path] : [];
  });
}

const CALL =
  /\b(?:__|_e|esc_html__|esc_html_e|esc_attr__|esc_attr_e)\(\s*'((?:[^'\\]|\\.)*)'\s*,\s*'netweave'\s*\)/g;

/** msgid → the files it is used in. */
export function pluginStrings(pluginDir) {
  const found = new Map();
  const add = (id, where) => found.set(id, [...(found.get(id) ?? []), where]);
  for (const file of phpFiles(pluginDir)) {
    for (const m of readFileSync(file, 'utf8').matchAll(CALL)) add(m[1].replace(/\\(['\\])/g, '$1'), file);
  }
  const widgets = JSON.parse(readFileSync(join(pluginDir, 'widgets.json'), 'utf8'));
  for (const w of Object.values(widgets)) {
    add(w.title, 'widgets.json');
    add(w.description, 'widgets.json');
  }
  add('netweave', 'block.json keywords');
  return found;
}
