#!/usr/bin/env node
// Writes API tables generated from the package's Custom Elements Manifest into its README,
// between <!-- api:start --> and <!-- api:end -->, so the docs cannot drift from the code.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const esc = (s = '') => String(s).replace(/\|/g, '\\|').replace(/\n+/g, ' ').trim();
const code = (s) => (s ? `\`${esc(s)}\`` : '');
let out = '';
for (const mod of manifest.modules ?? []) {
  for (const decl of mod.declarations ?? []) {
    if (!decl.customElement || !decl.tagName) continue;
    out += `### \`<${decl.tagName}>\`\n\n${esc(decl.summary || decl.description || '')}\n\n`;
    const attrs = (decl.attributes ?? []).filter((a) => !a.name.startsWith('_'));
    if (attrs.length) {
      out +=
        '#### Attributes\n\n| Attribute | Property | Type | Default | Description |\n| --- | --- | --- | --- | --- |\n';
      for (const a of attrs)
        out += `| ${code(a.name)} | ${code(a.fieldName)} | ${code(a.type?.text)} | ${code(a.default)} | ${esc(a.description)} |\n`;
      out += '\n';
    }
    const attrFields = new Set(attrs.map((a) => a.fieldName));
    const props = (decl.members ?? []).filter(
      (m) =>
        m.kind === 'field' &&
        m.privacy !== 'private' &&
        m.privacy !== 'protected' &&
        !m.static &&
        !attrFields.has(m.name) &&
        !m.name.startsWith('_') &&
        m.description,
    );
    if (props.length) {
      out += '#### Properties (JavaScript only)\n\n| Property | Type | Description |\n| --- | --- | --- |\n';
      for (const p of props) out += `| ${code(p.name)} | ${code(p.type?.text)} | ${esc(p.description)} |\n`;
      out += '\n';
    }
    const methods = (decl.members ?? []).filter(
      (m) =>
        m.kind === 'method' &&
        m.privacy !== 'private' &&
        m.privacy !== 'protected' &&
        !m.static &&
        m.description,
    );
    if (methods.length) {
      out += '#### Methods\n\n| Method | Description |\n| --- | --- |\n';
      for (const m of methods)
        out += `| ${code(`${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})`)} | ${esc(m.description)} |\n`;
      out += '\n';
    }
    for (const [title, list, cols] of [
      ['Events', decl.events, (e) => `| ${code(e.name)} | ${code(e.type?.text)} | ${esc(e.description)} |`],
      ['Slots', decl.slots, (s) => `| ${code(s.name || '(default)')} | ${esc(s.description)} |`],
      ['CSS parts', decl.cssParts, (p) => `| ${code(p.name)} | ${esc(p.description)} |`],
      [
        'CSS custom properties',
        decl.cssProperties,
        (p) => `| ${code(p.name)} | ${code(p.default)} | ${esc(p.description)} |`,
      ],
    ]) {
      if (!list?.length) continue;
      const header =
        title === 'Events'
          ? '| Event | Type | Description |\n| --- | --- | --- |'
          : title === 'CSS custom properties'
            ? '| Property | Default | Description |\n| --- | --- | --- |'
            : `| Name | Description |\n| --- | --- |`;
      out += `#### ${title}\n\n${header}\n${list.map(cols).join('\n')}\n\n`;
    }
  }
}
if (existsSync('README.md')) {
  const readme = readFileSync('README.md', 'utf8');
  const start = '<!-- api:start -->';
  const end = '<!-- api:end -->';
  const i = readme.indexOf(start);
  const j = readme.indexOf(end);
  if (i >= 0 && j > i) {
    const next = `${readme.slice(0, i + start.length)}\n\n${out.trim()}\n\n${readme.slice(j)}`;
    if (next !== readme) writeFileSync('README.md', next);
  }
}
