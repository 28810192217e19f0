/**
 * Static files from a folder (the console's pages, the widgets' CDN files): content types,
 * gzip and brotli made once per file and kept in memory, ETags and 304, long-lived caching for
 * hashed names and revalidation for the rest, and nothing outside the folder.
 */
import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.map',
  '.svg',
  '.txt',
  '.webmanifest',
]);

/**
 * The policy for the pages the collector serves: its own scripts, styles and connections only
 * (Lit's styles are constructed style sheets, which need no 'unsafe-inline'), images also as data:
 * URLs (QR codes), and never inside another site's frame.
 */
export const PAGE_CSP =
  "default-src 'self'; img-src 'self' data:; style-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** Names a bundler gave a content hash (`board-K3U3XR4Z.js`) or that live in `chunks/`. */
export function isHashed(path: string): boolean {
  return /(^|\/)chunks\//.test(path) || /-[A-Z0-9]{8}\.[a-z0-9]+$/.test(path);
}

interface Loaded {
  readonly mtime: number;
  readonly size: number;
  readonly etag: string;
  readonly body: Buffer;
  /** Compressed forms (made on first request). */
  readonly br?: Promise<Buffer>;
  readonly gzip?: Promise<Buffer>;
}

/** The encoding to send: brotli, then gzip, when the client accepts it (q > 0). */
export function pickEncoding(header: string | undefined): 'br' | 'gzip' | null {
  const accepted = new Map<string, number>();
  for (const part of String(header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
    accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const ok = (name: string) => (accepted.get(name) ?? (accepted.get('*') || 0)) > 0;
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return null;
}

/**
 * The file under `root` a URL path (below the mount point, still percent-encoded) names, or null
 * when it is not a plain relative path inside it: `..`, `.` and hidden segments, backslashes,
 * NUL, encoded slashes and absolute paths are refused before the file system is asked.
 */
export function safeRelative(encoded: string): string | null {
  const segments: string[] = [];
  for (const raw of encoded.split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '' || segment.startsWith('.') || /[\\/\0:]/.test(segment)) return null;
    segments.push(segment);
  }
  return segments.length ? segments.join('/') : null;
}

/** Whether an If-None-Match header names `etag` (weak or strong, in a list, or `*`). */
function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const t = tag.trim().replace(/^W\//, '');
    return t === etag || t === '*';
  });
}

export class StaticFiles {
  readonly root: string;
  readonly #shared: boolean;
  readonly #cache = new Map<string, Promise<Loaded | null>>();

  /**
   * `root` must exist; it is resolved to its real path so symlinks cannot lead outside it.
   * `shared`: other sites' pages may load these files (CORS `*`, no credentials), as they would
   * from a CDN.
   */
  constructor(root: string, options: { shared?: boolean } = {}) {
    this.root = realpathSync(root);
    this.#shared = options.shared ?? false;
  }

  /** Whether the folder holds this file (a plain relative path). */
  async has(relative: string): Promise<boolean> {
    return (await this.#load(relative)) !== null;
  }

  async #load(relative: string): Promise<Loaded | null> {
    const full = join(this.root, ...relative.split('/'));
    let real: string;
    try {
      real = realpathSync(full);
    } catch {
      return null;
    }
    if (!real.startsWith(this.root + sep)) return null;
    const info = await stat(real).catch(() => null);
    if (!info?.isFile()) return null;
    const cached = await this.#cache.get(relative);
    if (cached && cached.mtime === info.mtimeMs && cached.size === info.size) return cached;
    const loading = (async (): Promise<Loaded | null> => {
      const body = await readFile(real);
      const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
      const compressible = COMPRESSIBLE.has(extname(real)) && body.length > 256;
      return {
        mtime: info.mtimeMs,
        size: info.size,
        etag,
        body,
        ...(compressible && {
          br: brotli(body, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: 11,
              [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
            },
          }),
          gzip: gzipped(body, { level: 9 }),
        }),
      };
    })();
    this.#cache.set(relative, loading);
    loading.catch(() => this.#cache.delete(relative));
    return loading;
  }

  /**
   * Answers a GET or HEAD for `encodedPath` (below the mount point). False when there is no such
   * file (the caller answers 404); `status` and `headers` are for pages served under a status of
   * their own (a join page for an unknown code is still the page, with 404).
   */
  async serve(
    req: IncomingMessage,
    res: ServerResponse,
    encodedPath: string,
    options: { status?: number; headers?: Record<string, string> } = {},
  ): Promise<boolean> {
    const relative = safeRelative(encodedPath);
    if (!relative) return false;
    const file = await this.#load(relative);
    if (!file) return false;
    const ext = extname(relative);
    const html = ext === '.html';
    const status = options.status ?? 200;
    const headers: Record<string, string> = {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'cache-control': isHashed(relative) ? 'public, max-age=31536000, immutable' : 'no-cache',
      etag: file.etag,
      vary: 'Accept-Encoding',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cross-origin-resource-policy': this.#shared ? 'cross-origin' : 'same-origin',
      ...(this.#shared && { 'access-control-allow-origin': '*' }),
      ...(html && {
        'content-security-policy': PAGE_CSP,
        'x-frame-options': 'DENY',
        'cross-origin-opener-policy': 'same-origin',
      }),
      ...options.headers,
    };
    if (status === 200 && matches(req.headers['if-none-match'], file.etag)) {
      res.writeHead(304, headers);
      res.end();
      return true;
    }
    if (status !== 200) headers['cache-control'] = 'no-store';
    const encoding = file.br ? pickEncoding(req.headers['accept-encoding']) : null;
    const body = encoding ? await file[encoding]! : file.body;
    if (encoding) headers['content-encoding'] = encoding;
    headers['content-length'] = String(body.length);
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  }
}
