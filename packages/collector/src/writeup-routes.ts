/**
 * A session's data for its facilitator in one file (the admin API): the `SessionExport` JSON
 * (every response, every commitment and TRIZ note of every status) and the write-up made from it
 * by the SDK (Word, web page or Markdown; only what was visible, under the collector's disclosure
 * rule). Documented in openapi.yaml.
 */
import {
  SESSION_EXPORT_KIND,
  type Commitment,
  type Session,
  type SessionExport,
  type TrizNote,
} from '@netweave/model';
import { writeup, WRITEUP_FORMATS, type WriteupFormat } from '@netweave/sdk';
import type { CommitmentCursor } from './db/types.js';
import type { TrizStore } from './db/triz-store.js';
import type { FollowUpStore } from './db/follow-up-store.js';
import { exported } from './follow-up-routes.js';
import { fail, ID, re, session, type Route, type RouteContext } from './routes.js';

const WRITEUP_TYPES: Record<WriteupFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
};

const LANGS = ['en', 'cy'] as const;

/**
 * A safe ASCII file name from a session's title: letters with accents folded to their base
 * letter (ŵ → w, â → a), anything else a single hyphen, lower case, at most 60 characters.
 */
export function slug(title: string): string {
  const folded = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[’']/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return folded.slice(0, 60).replace(/-+$/, '') || 'session';
}

/** `<slug of the title>-<the session's date>.<extension>`, ASCII only. */
export function exportFileName(s: Session, extension: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(s.date) ? s.date : '';
  return `${slug(s.title)}${date ? `-${date}` : ''}.${extension}`;
}

/** Every commitment of the session, every status, oldest first (as commitments.csv lists them). */
async function allCommitments(ctx: RouteContext, sid: string): Promise<Commitment[]> {
  const all: Commitment[] = [];
  let cursor: CommitmentCursor | null = null;
  for (;;) {
    const batch = await ctx.db.listCommitments(sid, {
      statuses: ['pending', 'visible', 'hidden'],
      cursor,
      limit: 1000,
    });
    all.push(...batch);
    if (batch.length < 1000) break;
    const last = batch[batch.length - 1]!;
    cursor = { createdAt: last.createdAt, id: last.id };
  }
  return all.reverse();
}

async function sessionExport(
  ctx: RouteContext,
  triz: TrizStore,
  followUps: FollowUpStore,
): Promise<SessionExport> {
  const s = await session(ctx);
  const [responses, commitments, answers] = await Promise.all([
    ctx.db.listResponses(s.id),
    allCommitments(ctx, s.id),
    // Every answer, like the commitments and notes (a write-up made from the export counts what
    // the collector's own does); `exported` keeps a note only once it is visible.
    followUps.list(s.id, ['visible', 'pending', 'hidden']),
  ]);
  const notes: TrizNote[] =
    s.template === 'triz-commitments'
      ? await triz.notes(s.id, { statuses: ['visible', 'pending', 'hidden'] })
      : [];
  return {
    kind: SESSION_EXPORT_KIND,
    version: 1,
    exportedAt: new Date().toISOString(),
    session: s,
    responses,
    commitments,
    notes,
    followUps: answers.map(exported),
  };
}

function download(ctx: RouteContext, type: string, name: string, body: string | Uint8Array): void {
  ctx.res.writeHead(200, {
    ...ctx.corsHeaders,
    'content-type': type,
    'content-disposition': `attachment; filename="${name}"`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...(type.startsWith('text/html') && {
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
    }),
  });
  ctx.res.end(body);
}

function choice<T extends string>(ctx: RouteContext, name: string, allowed: readonly T[], fallback?: T): T {
  const raw = ctx.url.searchParams.get(name) ?? fallback;
  if (raw === undefined || !(allowed as readonly string[]).includes(raw))
    fail(ctx, 400, `invalid-${name}`, `${name} must be one of: ${allowed.join(', ')}.`);
  return raw as T;
}

export function writeupRoutes(triz: TrizStore, followUps: FollowUpStore): Route[] {
  return [
    {
      name: 'GET /v1/admin/sessions/:sid/export.json',
      method: 'GET',
      pattern: re(`/v1/admin/sessions/${ID}/export\\.json`),
      admin: true,
      async handler(ctx) {
        const data = await sessionExport(ctx, triz, followUps);
        download(
          ctx,
          'application/json; charset=utf-8',
          exportFileName(data.session, 'json'),
          JSON.stringify(data, null, 2),
        );
      },
    },
    {
      name: 'GET /v1/admin/sessions/:sid/writeup',
      method: 'GET',
      pattern: re(`/v1/admin/sessions/${ID}/writeup`),
      admin: true,
      async handler(ctx) {
        const format = choice(ctx, 'format', [...WRITEUP_FORMATS].sort());
        const lang = choice(ctx, 'lang', LANGS, 'en');
        const data = await sessionExport(ctx, triz, followUps);
        const document = await writeup(
          {
            session: data.session,
            responses: data.responses,
            commitments: data.commitments,
            notes: data.notes,
            followUps: data.followUps,
            catalogue: ctx.catalogue,
            disclosure: ctx.config.disclosure,
          },
          { format, lang },
        );
        download(ctx, WRITEUP_TYPES[format], exportFileName(data.session, format), document);
      },
    },
  ];
}
