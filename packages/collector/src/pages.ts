/**
 * The pages and files the collector serves besides its API: the participant page (`/j`,
 * `/j/<code>`), the facilitator console (`/admin`), the console's files (`/app/…`) and the
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
import { lookUpCode } from './sessions.js';
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
    return undefined;
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
    const text = 'The participant page is not installed on this collector.';
    res.writeHead(status === 200 ? 503 : status, {
      'content-type': 'text/plain; charset=utf-8',
      'content-length': String(Buffer.byteLength(text)),
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      ...headers,
    });
    res.end(req.method === 'HEAD' ? undefined : text);
  }
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
