/**
 * The console's files under /app/ and the widgets' CDN files under /cdn/widgets/: content types,
 * brotli and gzip, ETag and 304, caching by name, security headers, and nothing outside the folder.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { parseConfig } from '../src/config.js';
import { silentLogger } from '../src/log.js';
import { createCollector, type Collector } from '../src/server.js';
import { isHashed, pickEncoding, safeRelative } from '../src/static.js';
import { freshDb, TOKEN } from './helpers.js';

const base = mkdtempSync(join(tmpdir(), 'netweave-static-'));
const appDir = join(base, 'app');
const widgetsDir = join(base, 'cdn');
mkdirSync(join(appDir, 'chunks'), { recursive: true });
mkdirSync(join(widgetsDir, 'chunks'), { recursive: true });
const script = `export const greeting = ${JSON.stringify('Croeso! '.repeat(400))};\n`;
writeFileSync(join(appDir, 'console.html'), '<!doctype html><title>Console</title>');
writeFileSync(join(appDir, 'join.html'), '<!doctype html><title>Join</title>');
writeFileSync(join(appDir, 'console.js'), script);
writeFileSync(join(appDir, 'console-AB12CD34.js'), script);
writeFileSync(join(appDir, 'chunks', 'board.js'), script);
writeFileSync(join(appDir, 'app.css'), `:host { display: block; }\n${'.x { color: red; }\n'.repeat(40)}`);
writeFileSync(join(appDir, 'icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
writeFileSync(join(appDir, '.env'), 'SECRET=hidden');
writeFileSync(join(base, 'secret.txt'), 'outside the folder');
symlinkSync(join(base, 'secret.txt'), join(appDir, 'link.txt'));
writeFileSync(join(widgetsDir, 'widgets.js'), script);
writeFileSync(join(widgetsDir, 'chunks', 'chart-K3U3XR4Z.js'), script);

let collector: Collector;
let url: string;
let port: number;
before(async () => {
  const config = parseConfig(['--port', '0', '--db', freshDb(), '--admin-token', TOKEN], {});
  collector = await createCollector(config, { logger: silentLogger, appDir, widgetsDir });
  port = await collector.listen();
  url = `http://127.0.0.1:${port}`;
});
after(async () => {
  await collector.close();
});

/** A GET with the path exactly as written (fetch would resolve `..` itself). */
function raw(path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('static files', () => {
  it('are served with their content types and security headers', async () => {
    for (const [path, type] of [
      ['/app/console.js', 'text/javascript; charset=utf-8'],
      ['/app/app.css', 'text/css; charset=utf-8'],
      ['/app/icon.svg', 'image/svg+xml'],
      ['/app/join.html', 'text/html; charset=utf-8'],
      ['/cdn/widgets/widgets.js', 'text/javascript; charset=utf-8'],
    ]) {
      const r = await fetch(url + path);
      assert.equal(r.status, 200, path);
      assert.equal(r.headers.get('content-type'), type, path);
      assert.equal(r.headers.get('x-content-type-options'), 'nosniff', path);
      assert.equal(r.headers.get('referrer-policy'), 'no-referrer', path);
      await r.arrayBuffer();
    }
    const html = await fetch(`${url}/app/join.html`);
    const csp = html.headers.get('content-security-policy')!;
    for (const directive of [
      "default-src 'self'",
      "img-src 'self' data:",
      "style-src 'self'",
      "frame-ancestors 'none'",
    ])
      assert.ok(csp.includes(directive), directive);
    assert.ok(!csp.includes('unsafe-eval') && !/script-src[^;]*unsafe-inline/.test(csp));
    const widgets = await fetch(`${url}/cdn/widgets/widgets.js`);
    assert.equal(
      widgets.headers.get('access-control-allow-origin'),
      '*',
      'partner pages may load the widgets',
    );
    const app = await fetch(`${url}/app/console.js`);
    assert.equal(app.headers.get('access-control-allow-origin'), null);
    assert.equal(app.headers.get('cross-origin-resource-policy'), 'same-origin');
  });

  it('serve each widget’s own CDN file too, so a page that shows one widget loads only it', async () => {
    for (const name of ['self-assessment', 'commitments-wall', 'challenge-chart']) {
      const r = await fetch(`${url}/cdn/${name}/${name}.js`);
      assert.equal(r.status, 200, name);
      assert.equal(r.headers.get('content-type'), 'text/javascript; charset=utf-8', name);
      assert.equal(r.headers.get('access-control-allow-origin'), '*', name);
      assert.match(await r.text(), new RegExp(`netweave-${name}`), name);
    }
    const none = await fetch(`${url}/cdn/commitments-wall/no-such-file.js`);
    assert.equal(none.status, 404);
    await none.arrayBuffer();
  });

  it('are compressed with brotli or gzip as the browser accepts, and the same bytes arrive', async () => {
    const plain = await fetch(`${url}/app/console.js`, { headers: { 'accept-encoding': 'identity' } });
    assert.equal(plain.headers.get('content-encoding'), null);
    assert.equal(await plain.text(), script);
    for (const [accept, encoding, unpack] of [
      ['gzip, deflate, br', 'br', brotliDecompressSync],
      ['gzip', 'gzip', gunzipSync],
      ['br;q=0, gzip;q=0.8', 'gzip', gunzipSync],
    ] as const) {
      const body = await new Promise<{
        encoding: string | undefined;
        bytes: Buffer;
        vary: string | undefined;
      }>((resolve, reject) => {
        request(
          { host: '127.0.0.1', port, path: '/app/console.js', headers: { 'accept-encoding': accept } },
          (res) => {
            const parts: Buffer[] = [];
            res.on('data', (c: Buffer) => parts.push(c));
            res.on('end', () =>
              resolve({
                encoding: res.headers['content-encoding'],
                bytes: Buffer.concat(parts),
                vary: res.headers.vary,
              }),
            );
          },
        )
          .on('error', reject)
          .end();
      });
      assert.equal(body.encoding, encoding, accept);
      assert.equal(body.vary, 'Accept-Encoding');
      assert.ok(body.bytes.length < Buffer.byteLength(script) / 5, 'much smaller');
      assert.equal(unpack(body.bytes).toString('utf8'), script);
    }
  });

  it('revalidate with ETag (304), and hashed names are cached for a year', async () => {
    const first = await fetch(`${url}/app/console.js`);
    const etag = first.headers.get('etag')!;
    assert.match(etag, /^"[\w-]+"$/);
    assert.equal(first.headers.get('cache-control'), 'no-cache');
    await first.arrayBuffer();
    const again = await fetch(`${url}/app/console.js`, { headers: { 'if-none-match': etag } });
    assert.equal(again.status, 304);
    assert.equal(await again.text(), '');
    const stale = await fetch(`${url}/app/console.js`, { headers: { 'if-none-match': '"other"' } });
    assert.equal(stale.status, 200);
    await stale.arrayBuffer();
    for (const path of [
      '/app/console-AB12CD34.js',
      '/app/chunks/board.js',
      '/cdn/widgets/chunks/chart-K3U3XR4Z.js',
    ]) {
      const r = await fetch(url + path);
      assert.equal(r.headers.get('cache-control'), 'public, max-age=31536000, immutable', path);
      await r.arrayBuffer();
    }
    for (const path of ['/app/join.html', '/cdn/widgets/widgets.js']) {
      const r = await fetch(url + path);
      assert.equal(r.headers.get('cache-control'), 'no-cache', path);
      await r.arrayBuffer();
    }
    const head = await fetch(`${url}/app/console.js`, { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(await head.text(), '');
  });

  it('never leave their folder: .., encoded dots and slashes, absolute paths, hidden files, symlinks out', async () => {
    for (const path of [
      '/app/../secret.txt',
      '/app/%2e%2e/secret.txt',
      '/app/%2E%2E%2Fsecret.txt',
      '/app/chunks/..%2f..%2fsecret.txt',
      '/app/..%5csecret.txt',
      '/app//etc/passwd',
      '/app/%2fetc%2fpasswd',
      `/app/${encodeURIComponent(join(base, 'secret.txt'))}`,
      '/app/.env',
      '/app/link.txt',
      '/app/%00console.js',
      '/app/',
      '/app/chunks',
      '/cdn/widgets/../../package.json',
      '/cdn/widgets/%2e%2e/app/console.js',
    ]) {
      const r = await raw(path);
      assert.ok(r.status === 404 || r.status === 400, `${path}: ${r.status}`);
      assert.ok(
        !r.body.includes('outside the folder') && !r.body.includes('SECRET') && !r.body.includes('root:'),
        path,
      );
    }
    assert.equal(safeRelative('a/%2e%2e/b'), null);
    assert.equal(safeRelative('chunks/x.js'), 'chunks/x.js');
    assert.ok(isHashed('chunks/x.js') && isHashed('board-K3U3XR4Z.js') && !isHashed('widgets.js'));
    assert.equal(pickEncoding('gzip;q=0, br;q=0'), null);
    assert.equal(pickEncoding('*'), 'br');
  });

  it('serve the console at /admin when its page is installed', async () => {
    const r = await fetch(`${url}/admin`);
    assert.equal(r.status, 200);
    assert.match(await r.text(), /<title>Console<\/title>/);
    assert.match(r.headers.get('content-security-policy')!, /frame-ancestors 'none'/);
    assert.equal(r.headers.get('cache-control'), 'no-store');
  });

  it('find the widgets’ CDN folder of the installed @netweave/widgets by default', async (t) => {
    const cdn = join(
      dirname(createRequire(import.meta.url).resolve('@netweave/widgets/package.json')),
      'cdn',
    );
    if (!existsSync(join(cdn, 'widgets.js'))) {
      t.skip('@netweave/widgets is not built');
      return;
    }
    const config = parseConfig(['--port', '0', '--db', freshDb()], {});
    const plain = await createCollector(config, { logger: silentLogger });
    try {
      const port = await plain.listen();
      const r = await fetch(`http://127.0.0.1:${port}/cdn/widgets/widgets.js`, {
        headers: { 'accept-encoding': 'br' },
      });
      assert.equal(r.status, 200);
      assert.match(await r.text(), /netweave-commitments-wall/);
    } finally {
      await plain.close();
    }
  });
});
