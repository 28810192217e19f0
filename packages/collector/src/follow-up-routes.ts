/**
 * "Did you do it?" (documented in openapi.yaml): weeks after posting a commitment, its author's
 * device sends how it has gone (done, started, not yet) with an optional short note, screened
 * like a post. Only the device that posted the commitment may answer for it: the collector keeps
 * with each new commitment a hash of it and the device id the device named (`authorKey`), never
 * the id itself; a commitment stored without one takes an answer from any device. Accepted while
 * the session is closed (answers come weeks later), refused once it has been deleted.
 *
 * For the facilitator (admin API): every follow-up with its status, a moderator's decision on a
 * held note, and a CSV file. Notes of follow-ups that are not visible are never exported.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import {
  FOLLOW_UP_NOTE_MAX,
  idSource,
  toCsv,
  validateFollowUp,
  type CommitmentStatus,
  type CsvValue,
  type FollowUp,
} from '@netweave/model';
import { initialStatus } from '@netweave/model/moderation';
import type { FollowUpStore, StoredFollowUp } from './db/follow-up-store.js';
import { canonicalJson } from './http.js';
import { DEVICE_ID } from './limits.js';
import { body, fail, ID, invalid, re, reply, session, type Route, type RouteContext } from './route-kit.js';
import { csv, onlyFields } from './route-helpers.js';

const CID = `(?<cid>${idSource()})`;
const FID = `(?<fid>${idSource()})`;

/**
 * Who is posting commitment `commitmentId` of `sessionId`: a hash of both and the device id the
 * request names (`X-Netweave-Device`), different for every commitment so that posts cannot be
 * linked to each other; null when the request names no (valid) device.
 */
export function authorKey(req: IncomingMessage, sessionId: string, commitmentId: string): string | null {
  const raw = req.headers['x-netweave-device'];
  const device = Array.isArray(raw) ? raw[0] : raw;
  if (!device || !DEVICE_ID.test(device)) return null;
  return createHash('sha256')
    .update(`netweave-author|${sessionId}|${commitmentId}|${device}`)
    .digest('base64url')
    .slice(0, 32);
}

/**
 * A follow-up as exported: every answer (so a write-up made from the export counts what the
 * collector's own does), but a note only once it is visible (a held note may hold the contact
 * details screening caught), and never why it was held.
 */
export function exported(f: StoredFollowUp): FollowUp {
  const { heldFor: _held, note, ...rest } = f;
  return f.status === 'visible' && note !== undefined ? { ...rest, note } : rest;
}

// `follow_up_id` first (not `id`): the SDK tells a follow-ups file from a commitments file by it.
export const FOLLOW_UP_CSV_COLUMNS = [
  'follow_up_id',
  'session_id',
  'commitment_id',
  'sector',
  'answer',
  'note',
  'answered_at',
  'status',
] as const;

/** The CSV file (formula-safe, with a BOM for Excel): a note only where the follow-up is visible. */
export function followUpsToCsv(items: Iterable<FollowUp>): string {
  const rows: CsvValue[][] = [[...FOLLOW_UP_CSV_COLUMNS]];
  for (const f of items)
    rows.push([
      f.id,
      f.sessionId,
      f.commitmentId,
      f.sector ?? '',
      f.answer,
      f.status === 'visible' ? (f.note ?? '') : '',
      f.answeredAt,
      f.status,
    ]);
  return toCsv(rows);
}

/** A client's clock is kept unless it says a time still to come. */
function answeredAt(clientTime: string): string {
  const t = Date.parse(clientTime);
  const now = Date.now();
  return new Date(t > now + 60_000 ? now : t).toISOString();
}

const ACTIONS = { approve: 'visible', hide: 'hidden', hold: 'pending' } as const;
const STATUSES: readonly CommitmentStatus[] = ['pending', 'visible', 'hidden'];

/** What a moderator asked for: a status (or action) and, with an approval, the note as edited. */
function decision(
  ctx: RouteContext,
  input: Record<string, unknown>,
): { status: CommitmentStatus; note?: string | null } {
  let status = input.status;
  const { action, note } = input;
  if (action !== undefined) {
    if (typeof action !== 'string' || !Object.hasOwn(ACTIONS, action))
      fail(ctx, 400, 'invalid-action', 'action must be approve, hide or hold.');
    if (status !== undefined && status !== ACTIONS[action as keyof typeof ACTIONS])
      fail(ctx, 400, 'invalid-action', 'Send action or status, not two that disagree.');
    status = ACTIONS[action as keyof typeof ACTIONS];
  }
  if (!STATUSES.includes(status as CommitmentStatus))
    fail(ctx, 400, 'invalid-status', 'status must be visible (approve), hidden or pending.');
  if (note === undefined) return { status: status as CommitmentStatus };
  if (status !== 'visible') fail(ctx, 400, 'invalid', 'note: a note can only be edited as it is approved.');
  if (note !== null && typeof note !== 'string') fail(ctx, 400, 'invalid', 'note must be text or null.');
  const trimmed = note?.trim() ?? '';
  if (trimmed.length > FOLLOW_UP_NOTE_MAX)
    fail(ctx, 400, 'invalid', `note: at most ${FOLLOW_UP_NOTE_MAX} characters.`);
  return { status: 'visible', note: trimmed || null };
}

export function followUpRoutes(store: FollowUpStore): Route[] {
  return [
    {
      name: 'POST /v1/sessions/:sid/commitments/:cid/follow-ups',
      method: 'POST',
      pattern: re(`/v1/sessions/${ID}/commitments/${CID}/follow-ups`),
      async handler(ctx) {
        const input = await body(ctx);
        const { sid, cid } = ctx.params as { sid: string; cid: string };
        // A closed session still takes them (they come weeks later); a deleted one has nothing left.
        const s = await ctx.db.getSession(sid);
        if (!s)
          fail(
            ctx,
            410,
            'session-deleted',
            'This session is no longer on the collector: its facilitator has deleted it, with its commitments.',
          );
        const checked = validateFollowUp(input);
        if (!checked.success) invalid(ctx, checked.issues);
        const v = checked.value;
        if (v.sessionId !== sid)
          fail(ctx, 400, 'session-mismatch', 'sessionId in the body must match the session in the address.');
        if (v.commitmentId !== cid)
          fail(
            ctx,
            400,
            'commitment-mismatch',
            'commitmentId in the body must match the commitment in the address.',
          );
        const c = await ctx.db.getCommitment(sid, cid);
        const author = c ? await store.author(sid, cid) : undefined;
        if (!c || author === undefined)
          fail(ctx, 404, 'commitment-not-found', 'That commitment was not found in this session.');
        if (author !== null && author !== authorKey(ctx.req, sid, cid))
          fail(
            ctx,
            403,
            'not-your-commitment',
            'Only the device that posted this commitment can say how it has gone.',
          );
        const followUp: StoredFollowUp = {
          ...v,
          answeredAt: answeredAt(v.answeredAt),
          ...(c.sector ? { sector: c.sector } : {}),
          // A note is screened (and a pre-moderated session's held) as a post is; an answer alone is shown.
          ...(v.note ? initialStatus(v.note, s.moderation) : { status: 'visible' as const }),
        };
        const fingerprint = canonicalJson({
          commitmentId: v.commitmentId,
          answer: v.answer,
          note: v.note ?? null,
          answeredAt: v.answeredAt,
        });
        const result = await store.insert(followUp, fingerprint);
        if (result.outcome === 'conflict')
          fail(ctx, 409, 'id-conflict', 'A different follow-up was already stored with this id.');
        const stored = exported(result.followUp);
        const status = stored.status === 'pending' ? 202 : result.outcome === 'created' ? 201 : 200;
        if (result.outcome === 'created') ctx.logger.info('follow-up', { status: stored.status });
        reply(ctx, status, { followUp: stored });
      },
    },
    {
      name: 'GET /v1/admin/sessions/:sid/follow-ups',
      method: 'GET',
      pattern: re(`/v1/admin/sessions/${ID}/follow-ups`),
      admin: true,
      async handler(ctx) {
        const s = await session(ctx);
        const status = ctx.url.searchParams.get('status');
        if (status !== null && !STATUSES.includes(status as CommitmentStatus))
          fail(ctx, 400, 'invalid-status', 'status must be pending, visible or hidden.');
        const items = await store.list(s.id, status === null ? STATUSES : [status as CommitmentStatus]);
        reply(ctx, 200, { items });
      },
    },
    {
      name: 'POST /v1/admin/sessions/:sid/follow-ups/:fid/moderation',
      method: 'POST',
      pattern: re(`/v1/admin/sessions/${ID}/follow-ups/${FID}/moderation`),
      admin: true,
      async handler(ctx) {
        const input = onlyFields(ctx, await body(ctx), new Set(['status', 'action', 'note']));
        const s = await session(ctx);
        const { status, note } = decision(ctx, input);
        const f = await store.moderate(s.id, ctx.params.fid!, status, note);
        if (!f) fail(ctx, 404, 'follow-up-not-found', 'That follow-up was not found in this session.');
        ctx.logger.info('follow-up-moderated', { status });
        reply(ctx, 200, f);
      },
    },
    {
      name: 'GET /v1/admin/sessions/:sid/follow-ups.csv',
      method: 'GET',
      pattern: re(`/v1/admin/sessions/${ID}/follow-ups\\.csv`),
      admin: true,
      async handler(ctx) {
        const s = await session(ctx);
        csv(ctx, `netweave-follow-ups-${s.id}.csv`, followUpsToCsv(await store.list(s.id, STATUSES)));
      },
    },
  ];
}
