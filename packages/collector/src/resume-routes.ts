/**
 * "Continue on another device" without an account (documented in openapi.yaml): the browser
 * encrypts the saved assessment with a key derived from a resume code and stores the envelope
 * here under an id derived from the same code (`@netweave/core/resume`). The collector never
 * sees the code nor anything readable, and keeps only the id, the envelope and its dates
 * (db/resume-store.ts): no session, no device, no address.
 *
 * Ids that find nothing (404) or only a tombstone (410) are counted per address like wrong join
 * codes (join-guard.ts, under a budget of their own, in the shared counters), so guessing codes
 * is hopeless: an id that was found lets its address past a used-up budget, and looking up the
 * same missing id again within a minute costs nothing more.
 */
import { isResumeEnvelope, RESUME_ID_PATTERN, RESUME_MAX_BYTES, type ResumeEnvelope } from '@netweave/model';
import { HttpError, readJson } from './http.js';
import type { JoinGuard } from './join-guard.js';
import type { ResumeStore } from './db/resume-store.js';
import { fail, re, reply, type Route, type RouteContext } from './route-kit.js';
import { onlyFields } from './route-helpers.js';

/** Lookups of resume ids that find nothing, per address and minute (then 429). */
export const RESUME_MISSES_PER_MINUTE = 20;

function resumeId(ctx: RouteContext): string {
  const id = ctx.params.rid!;
  if (!RESUME_ID_PATTERN.test(id))
    fail(
      ctx,
      400,
      'invalid-id',
      'A resume id is 32 lower-case hexadecimal characters, made from the resume code by the page.',
    );
  return id;
}

/** The envelope in the body: JSON of at most RESUME_MAX_BYTES, `v` 1, an iv and ciphertext. */
async function envelope(ctx: RouteContext): Promise<ResumeEnvelope> {
  let input: unknown;
  try {
    input = await readJson(ctx.req, RESUME_MAX_BYTES);
  } catch (error) {
    if (error instanceof HttpError)
      throw new HttpError(
        error.status,
        error.code,
        error.status === 413
          ? `The saved assessment is larger than this collector keeps (${RESUME_MAX_BYTES} bytes once encrypted).`
          : error.message,
        { headers: { ...ctx.corsHeaders, ...error.headers } },
      );
    throw error;
  }
  const fields = onlyFields(ctx, input, new Set(['v', 'iv', 'ct']));
  if (!isResumeEnvelope(fields))
    fail(
      ctx,
      400,
      'invalid',
      'The body must be an encrypted envelope: v 1, iv (16 base64url characters) and ct (base64url).',
    );
  return { v: 1, iv: fields.iv, ct: fields.ct };
}

const iso = (ms: number) => new Date(ms).toISOString();

function expired(ctx: RouteContext): never {
  fail(
    ctx,
    410,
    'resume-expired',
    'This resume code has expired: what was saved with it has been deleted. Make a new code on the device that has the answers.',
  );
}

export function resumeRoutes(store: ResumeStore, guard: JoinGuard): Route[] {
  const path = re('/v1/resume/(?<rid>[^/]+)');
  return [
    {
      name: 'PUT /v1/resume/:id',
      method: 'PUT',
      pattern: path,
      async handler(ctx) {
        const id = resumeId(ctx);
        const { iv, ct } = await envelope(ctx);
        const saved = await store.put(id, iv, ct);
        if (saved === 'expired') expired(ctx);
        reply(ctx, 200, { expiresAt: iso(saved.expiresAt) });
      },
    },
    {
      name: 'GET /v1/resume/:id',
      method: 'GET',
      pattern: path,
      async handler(ctx) {
        const id = resumeId(ctx);
        const wait = await guard.check(ctx.client, id);
        if (wait)
          throw new HttpError(
            429,
            'rate-limited',
            `Too many resume codes that lead nowhere were tried from this network: try again in ${wait} seconds.`,
            { headers: { ...ctx.corsHeaders, 'retry-after': String(wait) } },
          );
        const found = await store.get(id);
        if (found.state !== 'found') {
          await guard.missed(ctx.client, id);
          if (found.state === 'expired') expired(ctx);
          fail(
            ctx,
            404,
            'resume-not-found',
            'Nothing is saved under this resume code: check the code, or it may have been deleted.',
          );
        }
        await guard.found(ctx.client, id);
        const { iv, ct, expiresAt } = found.resume;
        reply(ctx, 200, { envelope: { v: 1, iv, ct }, expiresAt: iso(expiresAt) });
      },
    },
    {
      name: 'DELETE /v1/resume/:id',
      method: 'DELETE',
      pattern: path,
      async handler(ctx) {
        await store.delete(resumeId(ctx));
        ctx.res.writeHead(204, { ...ctx.corsHeaders, 'cache-control': 'no-store' });
        ctx.res.end();
      },
    },
  ];
}
