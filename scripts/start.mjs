#!/usr/bin/env node
// `npm start`: builds what is needed and serves a page with every widget that exists,
// then prints its URL. (The partner-site example takes over this job once it exists.)
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const build = spawnSync('npx', ['turbo', 'run', 'build', '--output-logs=errors-only'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const widgets = readdirSync(join(root, 'packages'))
  .map((name) => ({ name, file: `packages/${name}/cdn/${name}.js` }))
  .filter((w) => existsSync(join(root, w.file)));
const tags = { 'self-assessment': 'netweave-self-assessment', 'commitments-wall': 'netweave-commitments-wall', 'challenge-chart': 'netweave-challenge-chart' };

const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>netweave widgets</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#212b32}section{margin:3rem 0}</style>
${widgets.map((w) => `<script type="module" src="/${w.file}"></script>`).join('\n')}
</head><body><h1>netweave widgets</h1>
<netweave-provider session="demo">
${widgets.map((w) => `<section><h2>&lt;${tags[w.name] ?? w.name}&gt;</h2><${tags[w.name]}></${tags[w.name]}></section>`).join('\n')}
</netweave-provider></body></html>`;

const types = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.html': 'text/html' };
const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/' || url.pathname === '/index.html') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    return res.end(page);
  }
  const file = normalize(join(root, decodeURIComponent(url.pathname)));
  if (!file.startsWith(join(root, 'packages')) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404);
    return res.end('Not found');
  }
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
});
const port = Number(process.env.PORT ?? 8080);
server.listen(port, '127.0.0.1', () => {
  console.log(`\nnetweave: serving ${widgets.length} widget(s) at http://127.0.0.1:${port}/  (Ctrl+C to stop)`);
});
