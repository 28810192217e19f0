// Shared by the package's scripts: a tiny static server on 127.0.0.1 (started and stopped by the
// script itself) and headless Chromium through playwright-core with the flags this machine needs.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { launchChromium } from '../../../scripts/chromium.mjs';

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.csv': 'text/csv',
  '.svg': 'image/svg+xml',
  '.css': 'text/css',
};

/** Serves `files` (path → content) first, then files under `root`. */
export async function serve(root, files = {}) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    try {
      const body = files[path] ?? (await readFile(join(root, normalize(path).replace(/^(\.\.[/\\])+/, ''))));
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((r) => server.close(r)),
  };
}

export function launch() {
  return launchChromium();
}
