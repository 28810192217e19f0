/**
 * The collector's HTTP server: CORS allowlist, rate limits per hashed client address, admin
 * authentication, the /v1 API, the /admin page, health and graceful shutdown.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { TrizNote } from '@netweave/model';
import type { CollectorConfig } from './config.js';
import type { Database } from './db/types.js';
import { HttpError, sendError, sendJson } from './http.js';
import { loadCatalogue, openDatabase } from './open.js';
import { LiveHub } from './live.js';
import { countersFor, Limits, limitSettings } from './limits.js';
import { databaseName, storageProblem, tokenStrength, WEAK_TOKEN_BITS } from './operations.js';
import { SummaryReleases } from './release.js';
import { jsonLogger, type Logger } from './log.js';
import { addressHasher, cookieDigest, parseCookies, safeEqual, verifyAdminCookie } from './security.js';
import { apiRoutes, type Route, type RouteContext } from './routes.js';
import { adminPageRoutes, ADMIN_COOKIE } from './admin/routes.js';
import { JoinGuard } from './join-guard.js';
import { Pages, type PageOptions } from './pages.js';
import { sessionRoutes } from './sessions.js';
import { TrizStore } from './db/triz-store.js';
import { withTriz } from './db/with-triz.js';
import { trizRoutes, type TrizNotify } from './triz.js';
import { writeupRoutes } from './writeup-routes.js';
import { ResumeStore } from './db/resume-store.js';
import { resumeRoutes, RESUME_MISSES_PER_MINUTE } from './resume-routes.js';
import { FollowUpStore } from './db/follow-up-store.js';
import { followUpRoutes } from './follow-up-routes.js';

export interface Collector {
  readonly server: Server;
  readonly db: Database;
  /** Starts listening; resolves with the port. */
  listen(): Promise<number>;
  /** Stops taking requests, ends live streams, waits for requests in flight, closes the database. */
  close(): Promise<void>;
}

export async function createCollector(
  config: CollectorConfig,
  options: { logger?: Logger } & PageOptions = {},
): Promise<Collector> {
  const logger = options.logger ?? jsonLogger();
  const database = databaseName(config.db);
  if (config.adminToken && tokenStrength(config.adminToken) < WEAK_TOKEN_BITS)
    logger.warn('weak-admin-token', {
      advice:
        'The admin token is easy to guess (too short or too repetitive). It is accepted, but use a random one, e.g. openssl rand -hex 24.',
    });
  const catalogue = loadCatalogue(config.catalogue);
  let db: Database;
  try {
    db = await openDatabase(config.db);
  } catch (error) {
    const problem = storageProblem(error);
    const reason = problem?.advice ?? (error instanceof Error ? error.message : String(error));
    throw new Error(`Could not open the database ${database}: ${reason}`, { cause: error });
  }
  // TRIZ boards (triz.ts), kept beside the sessions: every session read carries its TRIZ state.
  const triz = new TrizStore(db.sql());
  await triz.init();
  db = withTriz(db, triz);
  // Limits (limits.ts): counted in PostgreSQL when instances share it, else in this process.
  const limits = new Limits(limitSettings(config), await countersFor(db), { secret: config.hashSecret });
  const live = new LiveHub(db, {
    limits,
    maxBuffered: config.streamBuffer,
    keepEvents: config.keepEvents,
    logger,
  });
  const releases = new SummaryReleases(db, {
    rule: {
      every: config.releaseEvery,
      intervalMs: config.releaseInterval * 1000,
      cap: config.releaseCap,
    },
    secret: config.disclosureSecret,
    catalogue,
    disclosure: config.disclosure,
  });
  // A response stored, or a session closed: a release of the public summary may be due.
  db.onChange((change) => {
    if (change.responses || change.session) void releases.check(change.sessionId);
  });
  const hash = addressHasher(config.hashSecret);
  const allowed = new Set(config.allowOrigins);
  // Wrong join codes: 20 a minute per address (right ones are never held back), counted with the
  // limits (in PostgreSQL when instances share it, so every instance sees the same budget).
  const joinGuard = new JoinGuard(limits.counters, 20);
  // Resume codes ("continue on another device"): ids that lead nowhere, counted the same way
  // under a budget of their own; expired entries become tombstones, old tombstones go (hourly).
  const resumeGuard = new JoinGuard(limits.counters, RESUME_MISSES_PER_MINUTE, 'r');
  const resumes = new ResumeStore(db.sql(), { days: config.resumeDays });
  const pruneResumes = () =>
    resumes
      .prune()
      .then((pruned) => {
        if (pruned.expired || pruned.forgotten) logger.info('resumes-pruned', pruned);
      })
      .catch(() => undefined); // tried again at the next hour
  const resumePruning = setInterval(() => void pruneResumes(), 3_600_000);
  resumePruning.unref();
  await pruneResumes();
  const followUps = new FollowUpStore(db.sql());
  const pages = new Pages(joinGuard, logger, options);
  const trizNotify: TrizNotify = {
    note: (sessionId, now, before) => announce(sessionId, { now, ...(before ? { before } : {}) }),
    removed: (sessionId, before) => announce(sessionId, { before }),
    // Stores nothing new: the session's change is told (every instance) as for any other change.
    session: async (sessionId) => void (await db.updateSession(sessionId, {})),
  };
  const announce = (sessionId: string, note: { now?: TrizNote; before?: TrizNote }) => {
    if (db.announceNote) void db.announceNote(sessionId, note).catch(() => live.publishNote(sessionId, note));
    else live.publishNote(sessionId, note);
  };
  const routes: Route[] = [
    ...sessionRoutes(joinGuard, triz),
    ...trizRoutes(triz, trizNotify),
    ...writeupRoutes(triz, followUps),
    ...followUpRoutes(followUps),
    ...resumeRoutes(resumes, resumeGuard),
    ...apiRoutes,
    ...adminPageRoutes,
  ];
  let closing = false;

  const clientAddress = (req: IncomingMessage): string => {
    if (config.trustProxy) {
      // The right-most entry is the address your proxy saw; entries to its left are client-supplied.
      const forwarded = String(req.headers['x-forwarded-for'] ?? '')
        .split(',')
        .map((a) => a.trim())
        .filter(Boolean)
        .pop();
      if (forwarded) return forwarded;
    }
    return req.socket.remoteAddress ?? 'unknown';
  };

  const ownOrigin = (req: IncomingMessage): string => {
    const proto = config.trustProxy && req.headers['x-forwarded-proto'] === 'https' ? 'https' : 'http';
    const host = String(req.headers.host ?? '');
    // DNS rebinding: a page on evil.example resolved to this collector sends Host: evil.example,
    // so the Host header alone never makes an origin "our own". Only host names the collector is
    // known by: an address literal, localhost, --host, or a --public-origin.
    let hostname = '';
    try {
      hostname = new URL(`http://${host}`).hostname;
    } catch {
      return 'null';
    }
    const origin = `${proto}://${host}`;
    const known =
      /^\d{1,3}(\.\d{1,3}){3}$/.test(hostname) ||
      hostname.startsWith('[') ||
      hostname === 'localhost' ||
      hostname === config.host.toLowerCase() ||
      config.publicOrigins.includes(origin);
    return known ? origin : 'null';
  };

  /** Whether an origin names the Host the request came to (our own address, if not rebound). */
  const looksOwn = (req: IncomingMessage, origin: string): boolean =>
    origin.replace(/^https?:\/\//, '') === String(req.headers.host ?? '');

  const isAdmin = async (req: IncomingMessage, stateChanging: boolean): Promise<boolean> => {
    const token = config.adminToken;
    if (!token) return false;
    const auth = req.headers.authorization;
    if (auth?.startsWith('Bearer ')) return safeEqual(auth.slice(7).trim(), token);
    const cookie = parseCookies(req.headers.cookie).get(ADMIN_COOKIE);
    if (!cookie || !verifyAdminCookie(cookie, token)) return false;
    if (await db.isCookieRevoked(cookieDigest(cookie))) return false; // signed out
    if (!stateChanging) return true;
    // CSRF: a cookie alone never changes anything; the page's own origin and header must be there.
    return req.headers.origin === ownOrigin(req) && req.headers['x-netweave-csrf'] === '1';
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<{ route: string }> {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://collector.invalid');
    } catch {
      throw new HttpError(400, 'bad-url', 'The request URL could not be read.');
    }
    const method = req.method ?? 'GET';
    const path = url.pathname;
    const origin = req.headers.origin;
    const isApi = path.startsWith('/v1/');
    const corsHeaders: Record<string, string> = isApi ? { vary: 'Origin' } : {};
    if (origin && isApi) {
      if (allowed.has(origin)) corsHeaders['access-control-allow-origin'] = origin;
      else if (origin !== ownOrigin(req)) {
        // Answered so that the page can read why (its console and the widgets show the reason);
        // nothing is processed.
        throw new HttpError(
          403,
          'origin-not-allowed',
          `The origin ${origin.slice(0, 200)} is not allowed to use this collector. Ask its operator to add it with --allow-origin ${origin.slice(0, 200)} (or NETWEAVE_ALLOW_ORIGIN)${
            looksOwn(req, origin)
              ? '; if it is the collector’s own address (its moderation page), start it with --public-origin instead'
              : ''
          }.`,
          { headers: { ...corsHeaders, 'access-control-allow-origin': origin } },
        );
      }
    }
    if (method === 'OPTIONS' && isApi) {
      res.writeHead(204, {
        ...corsHeaders,
        'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE',
        'access-control-allow-headers': 'content-type, authorization, last-event-id, x-netweave-device',
        'access-control-max-age': '600',
      });
      res.end();
      return { route: 'OPTIONS' };
    }
    if (path === '/health' && method === 'GET') {
      sendJson(res, closing ? 503 : 200, {
        status: closing ? 'stopping' : 'ok',
        db: db.kind,
        streams: live.streams,
      });
      return { route: '/health' };
    }

    const page = await pages.handle({
      req,
      res,
      path,
      db,
      config,
      client: () => hash(clientAddress(req)),
    });
    if (page) return { route: page };

    const client = hash(clientAddress(req));
    const writing = method !== 'GET' && method !== 'HEAD';
    // A facilitator signed in is never held back by the limits sized for a room.
    const admin =
      Boolean(req.headers.authorization || req.headers.cookie?.includes(ADMIN_COOKIE)) &&
      (await isAdmin(req, writing));
    if (!admin) await limits.admit(req, url, client, corsHeaders);

    for (const route of routes) {
      if (route.method !== method && !(route.method === 'GET' && method === 'HEAD')) continue;
      const match = route.pattern.exec(path);
      if (!match) continue;
      const ctx: RouteContext = {
        req,
        res,
        url,
        params: match.groups ?? {},
        db,
        live,
        releases,
        config,
        catalogue,
        client,
        corsHeaders,
        logger,
        isAdmin: () => isAdmin(req, writing),
        ownOrigin: () => ownOrigin(req),
      };
      if (route.admin && !(await ctx.isAdmin())) {
        throw new HttpError(
          config.adminToken ? 401 : 404,
          config.adminToken ? 'unauthorised' : 'not-found',
          config.adminToken
            ? 'This needs the admin token (Authorization: Bearer …).'
            : 'Admin routes are off: start the collector with --admin-token.',
          { headers: corsHeaders },
        );
      }
      await route.handler(ctx);
      return { route: route.name };
    }
    const anyMethod = routes.some((r) => r.pattern.test(path));
    throw new HttpError(
      anyMethod ? 405 : 404,
      anyMethod ? 'method-not-allowed' : 'not-found',
      anyMethod ? `${method} is not allowed here.` : 'There is nothing at this address.',
      { headers: corsHeaders },
    );
  }

  // Time-outs are checked every second (Node's default is every 30 s).
  const server = createServer({ connectionsCheckingInterval: 1000 }, (req, res) => {
    const started = performance.now();
    handle(req, res)
      .then(({ route }) => {
        logger.info('request', {
          method: req.method,
          route,
          status: res.statusCode,
          ms: Math.round(performance.now() - started),
        });
      })
      .catch((error: unknown) => {
        if (error instanceof HttpError) {
          sendError(res, error);
          if (error.status === 413) res.once('finish', () => req.destroy());
          logger.info('request', {
            method: req.method,
            route: 'refused',
            status: error.status,
            code: error.code,
            ms: Math.round(performance.now() - started),
          });
        } else if (storageProblem(error)) {
          const problem = storageProblem(error)!;
          logger.error('storage-failed', { problem: problem.code, advice: problem.advice, database });
          sendError(
            res,
            new HttpError(
              503,
              'storage-unavailable',
              'The collector cannot store anything right now. The request can be retried later.',
              { headers: { 'retry-after': '30' } },
            ),
          );
        } else {
          logger.error('request-failed', {
            method: req.method,
            kind: error instanceof Error ? error.name : 'unknown',
          });
          sendError(
            res,
            new HttpError(
              500,
              'internal',
              'Something went wrong on the collector. The request can be retried.',
            ),
          );
        }
      });
  });
  limits.guard(server, { perAddress: !config.trustProxy, hash: (address) => hash(address) });
  server.requestTimeout = 30_000;
  server.headersTimeout = config.headersTimeout * 1000;
  server.keepAliveTimeout = 5_000;
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    // A client's own mistake (headers too slow, malformed request or chunked body): answered and
    // logged at info level; the socket is then closed outright, so a client that never reads
    // cannot keep it half-open.
    const timedOut = error.code === 'ERR_HTTP_REQUEST_TIMEOUT';
    logger.info('client-error', { code: error.code ?? 'unknown', status: timedOut ? 408 : 400 });
    if (!socket.writable) {
      socket.destroy();
      return;
    }
    const status = timedOut ? '408 Request Timeout' : '400 Bad Request';
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`, () =>
      socket.destroy(),
    );
    setTimeout(() => socket.destroy(), 1000).unref();
  });

  return {
    server,
    db,
    listen: () =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.port, config.host, () => {
          const address = server.address();
          const port = typeof address === 'object' && address ? address.port : config.port;
          logger.info('listening', {
            port,
            db: db.kind,
            origins: config.allowOrigins.length,
            admin: Boolean(config.adminToken),
          });
          resolve(port);
        });
      }),
    close: async () => {
      if (closing) return;
      closing = true;
      live.closeAll();
      releases.close();
      clearInterval(resumePruning);
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const timer = setTimeout(() => server.closeAllConnections(), 10_000);
      await stopped;
      clearTimeout(timer);
      await limits.stop();
      joinGuard.stop();
      resumeGuard.stop();
      await db.close();
      logger.info('stopped');
    },
  };
}
