#!/usr/bin/env node
// A tiny static server for the walkthrough: serves the repository root on 127.0.0.1 so that the
// page can load ../../packages/challenge-chart/cdn/challenge-chart.js when it has been built.
// Usage: node scripts/serve.mjs [port]   then open http://127.0.0.1:8080/examples/evaluator/
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const port = Number(process.argv[2] ?? 8080);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export function serve(p = port) {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(
      /^([/\\])+/,
      '',
    );
    if (path.split(/[/\\]/).includes('..')) return res.writeHead(403).end();
    const file = join(root, path.endsWith('/') || path === '' ? join(path, 'index.html') : path);
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': types[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end('Not found');
    }
  });
  return new Promise((resolve) => server.listen(p, '127.0.0.1', () => resolve(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await serve();
  console.log(`Open http://127.0.0.1:${port}/examples/evaluator/ (Ctrl+C to stop)`);
}
