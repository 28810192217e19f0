/**
 * The pages and files the collector serves besides its API: the participant page (`/j`,
 * `/j/<code>`), the projector page for the room's shared screen (`/d/<code>`, with its QR code at
 * `/d/<code>/qr.svg`), the facilitator console (`/admin`), the console's files (`/app/…`) and the
 * widgets' CDN files (`/cdn/widgets/…`, and each widget's own, e.g. `/cdn/commitments-wall/…`). The
 * files come from the installed `@netweave/console`, `@netweave/widgets` and widget packages (read
 * from disk, never imported). These are answered before
 * the API's rate limits: they are the same few files for everyone, served from memory, and the
 * join page's code lookups have limits of their own (join-guard.ts).
 */
import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { CollectorConfig } from './config.js';
import type { Database } from './db/types.js';
import type { JoinGuard } from './join-guard.js';
import type { Logger } from './log.js';
import { qrSvg } from './qr.js';
import { lookUpCode, publicOrigin } from './sessions.js';
import { StaticFiles } from './static.js';

export interface PageOptions {
  /** The console's built pages (default: `app/` of the installed @netweave/console). */
  appDir?: string;
  /** The widgets' CDN folder (default: `cdn/` of the installed @netweave/widgets). */
  widgetsDir?: string;
}

/**
 * The CDN folders served under `/cdn/<name>/`: the combined file, and each widget's own (a page
 * that shows one widget, like the join page, downloads only that one).
 */
const CDN_PACKAGES = {
  widgets: '@netweave/widgets',
  'self-assessment': '@netweave/self-assessment',
  'commitments-wall': '@netweave/commitments-wall',
  'challenge-chart': '@netweave/challenge-chart',
} as const;
type CdnName = keyof typeof CDN_PACKAGES;

/** A folder of an installed package, or undefined when the package (or the folder) is missing. */
function packageFolder(name: string, folder: string): string | undefined {
  try {
    const dir = join(dirname(createRequire(import.meta.url).resolve(`${name}/package.json`)), folder);
    return existsSync(dir) ? dir : undefined;
  } catch {
    return undefined;
  }
}

function folder(dir: string | undefined, shared = false): StaticFiles | undefined {
  return dir && existsSync(dir) ? new StaticFiles(dir, { shared }) : undefined;
}

export interface PageContext {
  req: IncomingMessage;
  res: ServerResponse;
  path: string;
  db: Database;
  config: CollectorConfig;
  /** The hashed client address (asked for only when a code is looked up). */
  client(): string;
}

/** Status of the join page per state of its code (so an error page is never cached as success). */
const JOIN_STATUS = { invalid: 400, 'not-found': 404, closed: 410, limited: 429, open: 200 } as const;

export class Pages {
  readonly app: StaticFiles | undefined;
  readonly widgets: StaticFiles | undefined;
  readonly #cdn: Map<string, StaticFiles | undefined>;
  readonly #guard: JoinGuard;
  readonly #logger: Logger;

  constructor(guard: JoinGuard, logger: Logger, options: PageOptions = {}) {
    this.#guard = guard;
    this.#logger = logger;
    this.app = folder(options.appDir ?? packageFolder('@netweave/console', 'app'));
    this.widgets = folder(options.widgetsDir ?? packageFolder('@netweave/widgets', 'cdn'), true);
    this.#cdn = new Map(
      (Object.keys(CDN_PACKAGES) as CdnName[]).map((name) => [
        name,
        name === 'widgets' ? this.widgets : folder(packageFolder(CDN_PACKAGES[name], 'cdn'), true),
      ]),
    );
  }

  /** Whether the console's page for /admin is there (else the collector's own page answers). */
  async hasConsole(): Promise<boolean> {
    return (await this.app?.has('console.html')) ?? false;
  }

  /**
   * Answers GET and HEAD for the pages and files; returns the route's name, or undefined when the
   * request is not for one of them (the API and the old admin page answer it then).
   */
  async handle(ctx: PageContext): Promise<string | undefined> {
    const { req, res, path } = ctx;
    if (req.method !== 'GET' && req.method !== 'HEAD') return undefined;
    if (path.startsWith('/app/')) {
      if (!(await this.app?.serve(req, res, path.slice(5)))) notFound(res);
      return 'GET /app/*';
    }
    const cdn = /^\/cdn\/(?<name>[a-z-]+)\//.exec(path);
    if (cdn && this.#cdn.has(cdn.groups!.name!)) {
      const files = this.#cdn.get(cdn.groups!.name!);
      if (!(await files?.serve(req, res, path.slice(cdn[0].length)))) notFound(res);
      return `GET /cdn/${cdn.groups!.name}/*`;
    }
    if (/^\/admin\/?$/.test(path) && ctx.config.adminToken && (await this.hasConsole())) {
      await this.app!.serve(req, res, 'console.html', {
        headers: { 'cache-control': 'no-store' },
      });
      return 'GET /admin';
    }
    const join = /^\/j(?:\/(?<code>[^/]*))?\/?$/.exec(path);
    if (join) {
      await this.#join(ctx, join.groups?.code ?? '');
      return join.groups?.code ? 'GET /j/:code' : 'GET /j';
    }
    const qr = /^\/d\/(?<code>[^/]+)\/qr\.svg$/.exec(path);
    if (qr) {
      await this.#qr(ctx, qr.groups!.code!);
      return 'GET /d/:code/qr.svg';
    }
    const display = /^\/d\/(?<code>[^/]+)\/?$/.exec(path);
    if (display) {
      await this.#display(ctx, display.groups!.code!);
      return 'GET /d/:code';
    }
    return undefined;
  }

  /**
   * The projector page for the room's shared screen: the same page whatever the code, with the
   * status of its code (as the join page), so a wrong or closed code shows its own clear page. A
   * session run on a partner's page still has its screen here: no redirect.
   */
  async #display(ctx: PageContext, code: string): Promise<void> {
    const { req, res } = ctx;
    const found = await lookUpCode({ db: ctx.db, client: ctx.client(), guard: this.#guard }, code);
    const headers: Record<string, string> = { 'cache-control': 'no-store' };
    if (found.state === 'limited') headers['retry-after'] = String(found.wait);
    const status = JOIN_STATUS[found.state];
    if (await this.app?.serve(req, res, 'display.html', { status, headers })) return;
    this.#logger.warn('display-page-missing', {
      advice: 'Install @netweave/console (its app/display.html) next to the collector to serve /d.',
    });
    plain(
      res,
      req,
      status === 200 ? 503 : status,
      'The projector page is not installed on this collector.',
      headers,
    );
  }

  /**
   * The QR code of an open session's join link, for the projector page (public, as the join code
   * it shows is): made here, no request to any service. The link is the one the admin QR code and
   * the console show (`<public origin>/j/<code>`); its accessible name in `?lang=cy` or English.
   */
  async #qr(ctx: PageContext, code: string): Promise<void> {
    const { req, res } = ctx;
    const found = await lookUpCode({ db: ctx.db, client: ctx.client(), guard: this.#guard }, code);
    if (found.state !== 'open') {
      const headers: Record<string, string> =
        found.state === 'limited' ? { 'retry-after': String(found.wait) } : {};
      plain(res, req, JOIN_STATUS[found.state], 'No open session has this join code.', headers);
      return;
    }
    const proto = ctx.config.trustProxy && req.headers['x-forwarded-proto'] === 'https' ? 'https' : 'http';
    const own = `${proto}://${String(req.headers.host ?? '')}`;
    const url = `${publicOrigin(req, ctx.config, own)}/j/${found.session.code ?? ''}`;
    const welsh = new URL(req.url ?? '/', 'http://x').searchParams.get('lang') === 'cy';
    const svg = qrSvg(url, `${welsh ? 'Cod QR i ymuno' : 'QR code to join'}: ${url}`);
    res.writeHead(200, {
      'content-type': 'image/svg+xml',
      'content-length': String(Buffer.byteLength(svg)),
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
      'cross-origin-resource-policy': 'same-origin',
    });
    res.end(req.method === 'HEAD' ? undefined : svg);
  }

  async #join(ctx: PageContext, code: string): Promise<void> {
    const { req, res } = ctx;
    let status = 200;
    const headers: Record<string, string> = {};
    if (code) {
      const found = await lookUpCode({ db: ctx.db, client: ctx.client(), guard: this.#guard }, code);
      if (found.state === 'open' && found.session.partnerUrl) {
        res.writeHead(302, {
          location: found.session.partnerUrl,
          'cache-control': 'no-store',
          'referrer-policy': 'no-referrer',
        });
        res.end();
        return;
      }
      status = JOIN_STATUS[found.state];
      if (found.state === 'limited') headers['retry-after'] = String(found.wait);
      // The code is in the address: the page must not be kept as an answer for it.
      headers['cache-control'] = 'no-store';
    }
    if (await this.app?.serve(req, res, 'join.html', { status, headers })) return;
    this.#logger.warn('participant-page-missing', {
      advice: 'Install @netweave/console (its app/join.html) next to the collector to serve /j.',
    });
    plain(
      res,
      req,
      status === 200 ? 503 : status,
      'The participant page is not installed on this collector.',
      {
        'cache-control': 'no-store',
        ...headers,
      },
    );
  }
}

/** A short plain-text answer (never cached). */
function plain(
  res: ServerResponse,
  req: IncomingMessage,
  status: number,
  text: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  res.end(req.method === 'HEAD' ? undefined : text);
}

function notFound(res: ServerResponse): void {
  const text = JSON.stringify({ error: { code: 'not-found', message: 'There is nothing at this address.' } });
  res.writeHead(404, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(text);
}
