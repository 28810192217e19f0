#!/usr/bin/env node
// A partner page with the three netweave widgets from their CDN files, served under a strict
// Content-Security-Policy with Trusted Types enforced. `/?policy=<name>` picks one of POLICIES
// below; `/?widgets=self-assessment` shows only some widgets. The widgets' CDN folders are served
// under /cdn/<widget>/ (the main file loads its on-demand chunks from beside it), with CORS, as a
// CDN serves them. No collector: the widgets keep answers and posts on the device.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(import.meta.dirname, '../..');

/** The widgets, in the order the page loads them; each CDN file carries its own copy of Lit. */
export const WIDGETS = ['self-assessment', 'challenge-chart', 'commitments-wall'];

/** The folder a widget's CDN file and its chunks are built into (`npm run build`). */
export const cdnDir = (widget) => join(repo, 'packages', widget, 'cdn');

/**
 * The policies the page can be served with. `several` is what netweave documents for a page with
 * more than one widget, `one` for a page with a single widget. The others show why: each differs
 * from `several` in one place only.
 */
export function policies(scriptOrigins = "'self'") {
  const strict = [
    "default-src 'none'",
    `script-src ${scriptOrigins}`,
    "style-src 'self'",
    // data: for the chart's "Download PNG" (it draws the chart's SVG as an image).
    "img-src 'self' data:",
    // Add the collector's origin here when the widgets have an endpoint.
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "require-trusted-types-for 'script'",
  ];
  return {
    several: [...strict, "trusted-types lit-html 'allow-duplicates'"].join('; '),
    one: [...strict, 'trusted-types lit-html'].join('; '),
    'lit-html-only': [...strict, 'trusted-types lit-html'].join('; '),
    'no-data-images': [
      ...strict.map((d) => (d.startsWith('img-src') ? "img-src 'self'" : d)),
      "trusted-types lit-html 'allow-duplicates'",
    ].join('; '),
  };
}

const escape = (s) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The page: one <script type="module"> per widget's CDN file and the elements in a provider. */
export function pageHtml({
  widgets = WIDGETS,
  cdnBase = '/cdn',
  title = 'netweave under Trusted Types',
} = {}) {
  const scripts = widgets
    .map((w) => `    <script type="module" src="${escape(`${cdnBase}/${w}/${w}.js`)}"></script>`)
    .join('\n');
  const elements = widgets.map((w) => `        <netweave-${w}></netweave-${w}>`).join('\n');
  return `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escape(title)}</title>
${scripts}
  </head>
  <body>
    <main>
      <h1>${escape(title)}</h1>
      <netweave-provider session="trusted-types-demo">
${elements}
      </netweave-provider>
    </main>
  </body>
</html>
`;
}

/**
 * Starts the server. With `cdnOrigin` the page loads the widgets from that origin (another
 * server started by this function plays the CDN) and its policy allows that origin's scripts.
 */
export function startServer({ port = 8080, host = '127.0.0.1', cdnOrigin = '' } = {}) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const send = (status, body, headers = {}) => {
      res.writeHead(status, { 'x-content-type-options': 'nosniff', ...headers });
      res.end(body);
    };
    const cdn = /^\/cdn\/([a-z-]+)\/([\w./-]+\.js)$/.exec(url.pathname);
    if (cdn && WIDGETS.includes(cdn[1])) {
      const base = cdnDir(cdn[1]);
      const file = normalize(join(base, cdn[2]));
      if (!file.startsWith(base + sep) || !existsSync(file) || !statSync(file).isFile())
        return send(404, `Not found: build ${cdn[1]} first (npm run build).`, {
          'content-type': 'text/plain',
        });
      // Module scripts from another origin are fetched with CORS: a CDN must allow it.
      return send(200, readFileSync(file), {
        'content-type': 'text/javascript; charset=utf-8',
        'access-control-allow-origin': '*',
      });
    }
    if (url.pathname === '/favicon.ico') return send(204, '');
    if (url.pathname !== '/') return send(404, 'Not found', { 'content-type': 'text/plain' });
    const all = policies(cdnOrigin ? `'self' ${cdnOrigin}` : "'self'");
    const name = url.searchParams.get('policy') ?? 'several';
    const widgets = (url.searchParams.get('widgets') ?? WIDGETS.join(',')).split(',');
    if (!Object.hasOwn(all, name) || !widgets.every((w) => WIDGETS.includes(w)))
      return send(400, `Unknown policy or widget. Policies: ${Object.keys(all).join(', ')}.`, {
        'content-type': 'text/plain',
      });
    return send(200, pageHtml({ widgets, cdnBase: `${cdnOrigin}/cdn`, title: `Policy: ${name}` }), {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': all[name],
    });
  });
  return new Promise((resolveStart, rejectStart) => {
    server.once('error', rejectStart);
    server.listen(port, host, () => {
      server.off('error', rejectStart);
      resolveStart({ server, url: `http://${host}:${server.address().port}` });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 8080);
  const { url } = await startServer({ port });
  for (const [name, policy] of Object.entries(policies())) {
    const only = name === 'one' ? '&widgets=self-assessment' : '';
    console.log(`${url}/?policy=${name}${only}\n  ${policy}`);
  }
}
