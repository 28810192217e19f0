#!/usr/bin/env node
// Serves the partner-site example pages: the widgets' CDN bundles under /cdn/, nhsuk-frontend's
// CSS (without its remote font files: no third-party requests), and the strict page with a
// strict Content-Security-Policy and Trusted Types enforced.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');
const publicDir = join(here, 'public');
const require = createRequire(import.meta.url);
const WIDGETS = ['self-assessment', 'commitments-wall', 'challenge-chart'];

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

function nhsCss() {
  const file = require.resolve('nhsuk-frontend/dist/nhsuk/nhsuk-frontend.min.css');
  // Drop the @font-face rules that load Frutiger from assets.nhs.uk: NHS pages fall back to Arial.
  return readFileSync(file, 'utf8').replace(/@font-face\{[^}]*\}/g, '');
}

/** The strict page's policy: only this site's scripts and styles, Trusted Types required. */
export function strictPolicy(endpoint) {
  const connect = endpoint ? `'self' ${new URL(endpoint).origin}` : "'self'";
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `connect-src ${connect}`,
    "img-src 'self' data: blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "require-trusted-types-for 'script'",
    // Each CDN bundle carries its own Lit, and each Lit registers the "lit-html" policy.
    "trusted-types lit-html 'allow-duplicates'",
  ].join('; ');
}

export function startSite({
  port = 8080,
  host = '127.0.0.1',
  endpoint = '',
  session = 'riverside-2026-11',
} = {}) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    if (path === '/') path = '/index.html';
    const send = (status, body, type, headers = {}) => {
      res.writeHead(status, {
        'content-type': type,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        ...headers,
      });
      res.end(body);
    };
    // /cdn/<package>/<file>: each widget package's cdn/ folder, as a CDN serves it (the main
    // file loads its on-demand chunks from beside it).
    const cdn = /^\/cdn\/([a-z-]+)\/([\w./-]+\.js)$/.exec(path);
    if (cdn && WIDGETS.includes(cdn[1])) {
      const base = join(repo, 'packages', cdn[1], 'cdn');
      const file = normalize(join(base, cdn[2]));
      if (!file.startsWith(base) || !existsSync(file))
        return send(404, `Build ${cdn[1]} first (npm run build).`, 'text/plain');
      return send(200, readFileSync(file), types['.js']);
    }
    if (path === '/favicon.ico') return send(204, '', 'image/x-icon');
    if (path === '/vendor/nhsuk-frontend.min.css') return send(200, nhsCss(), types['.css']);
    if (path.startsWith('/assets/')) {
      const file = normalize(
        join(dirname(require.resolve('nhsuk-frontend/dist/nhsuk/nhsuk-frontend.min.css')), path),
      );
      if (existsSync(file))
        return send(200, readFileSync(file), types[extname(file)] ?? 'application/octet-stream');
    }
    // The strict page is the partner page itself, served under a strict policy with a notice.
    const file = normalize(join(publicDir, path === '/strict.html' ? '/index.html' : path));
    if (!file.startsWith(publicDir) || !existsSync(file) || !statSync(file).isFile())
      return send(404, 'Not found', 'text/plain');
    let body = readFileSync(file);
    const headers = {};
    if (extname(file) === '.html') {
      body = body.toString('utf8').replaceAll('%ENDPOINT%', endpoint).replaceAll('%SESSION%', session);
      if (path === '/strict.html') {
        headers['content-security-policy'] = strictPolicy(endpoint);
        body = body
          .replace(
            /<title>[^<]*<\/title>/,
            '<title>Strict security page – Riverside Community Network</title>',
          )
          .replace(
            /(<h1>[^<]*<\/h1>)/,
            `$1\n      <p class="lede">This copy of the page is served with <code>Content-Security-Policy: script-src 'self'; style-src 'self'</code> and Trusted Types enforced. The widgets work the same here.</p>`,
          );
      }
    }
    return send(200, body, types[extname(file)] ?? 'application/octet-stream', headers);
  });
  // a port that is taken (EADDRINUSE) rejects, so the caller can say so instead of crashing
  return new Promise((resolveStart, rejectStart) => {
    server.once('error', rejectStart);
    server.listen(port, host, () => {
      server.off('error', rejectStart);
      const address = server.address();
      resolveStart({ server, url: `http://${host}:${address.port}` });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 8080);
  try {
    const { url } = await startSite({ port, endpoint: process.env.NETWEAVE_ENDPOINT ?? '' });
    console.log(`Partner site: ${url}/`);
  } catch (error) {
    console.error(
      error.code === 'EADDRINUSE'
        ? `Port ${port} is already in use: start on another one with PORT=<port> npm start -w @netweave/example-partner-site.`
        : `The partner site could not start: ${error.message}`,
    );
    process.exit(1);
  }
}
