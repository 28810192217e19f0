/** The /v1 JSON API (documented in openapi.yaml). */
import { createHash } from 'node:crypto';
import {
  commitmentsToCsv,
  DEFAULT_COLUMN,
  idSource,
  isId,
  responsesToCsv,
  validateNewCommitment,
  validateResponse,
  type Commitment,
  type CommitmentStatus,
} from '@netweave/model';
import { initialStatus } from '@netweave/model/moderation';
import type { CommitmentCursor } from './db/types.js';
import { canonicalJson } from './http.js';
import { publicSummary } from './summary.js';
import { authorKey } from './follow-up-routes.js';

import {
  body,
  fail,
  ID,
  invalid,
  re,
  reply,
  sameSession,
  session,
  type Route,
  type RouteContext,
} from './route-kit.js';
import {
  createdAt,
  csv,
  events,
  onlyFields,
  page,
  REACTIONS_PER_ADDRESS,
  thresholdParam,
  visibleCommitment,
} from './route-helpers.js';

export { body, fail, ID, invalid, onlyFields, re, reply, session, type Route, type RouteContext };
export { REACTIONS_PER_ADDRESS };

const CID = `(?<cid>${idSource()})`;

const ACTIONS = { approve: 'visible', hide: 'hidden', hold: 'pending' } as const;

/**
 * What a moderator asked for: `status` (visible, hidden, pending) or `action` (approve, hide,
 * hold), and with an approval the post's edited `text`, checked like a new post's.
 */
function moderation(
  ctx: RouteContext,
  input: Record<string, unknown>,
): { status: CommitmentStatus; text?: string } {
  const { action, text } = input;
  let status = input.status;
  if (action !== undefined) {
    if (typeof action !== 'string' || !Object.hasOwn(ACTIONS, action))
      fail(ctx, 400, 'invalid-action', 'action must be approve, hide or hold.');
    if (status !== undefined && status !== ACTIONS[action as keyof typeof ACTIONS])
      fail(ctx, 400, 'invalid-action', 'Send action or status, not two that disagree.');
    status = ACTIONS[action as keyof typeof ACTIONS];
  }
  if (status !== 'visible' && status !== 'hidden' && status !== 'pending') {
    fail(ctx, 400, 'invalid-status', 'status must be visible (approve), hidden or pending.');
  }
  if (text === undefined) return { status };
  if (status !== 'visible') fail(ctx, 400, 'invalid', 'text: a post can only be edited as it is approved.');
  const checked = validateNewCommitment({ id: ctx.params.cid, sessionId: ctx.params.sid, text });
  if (!checked.success) invalid(ctx, checked.issues);
  return { status, text: checked.value.text };
}

export const apiRoutes: Route[] = [
  {
    name: 'GET /v1/sessions/:sid',
    method: 'GET',
    pattern: re(`/v1/sessions/${ID}`),
    async handler(ctx) {
      reply(ctx, 200, await session(ctx));
    },
  },
  {
    name: 'POST /v1/sessions/:sid/responses',
    method: 'POST',
    pattern: re(`/v1/sessions/${ID}/responses`),
    async handler(ctx) {
      const input = await body(ctx);
      await session(ctx, { writable: true });
      const checked = validateResponse(input, { catalogue: ctx.catalogue });
      if (!checked.success) invalid(ctx, checked.issues);
      sameSession(ctx, checked.value);
      const { outcome, receivedAt } = await ctx.db.insertResponse(
        checked.value,
        canonicalJson(checked.value),
      );
      if (outcome === 'conflict')
        fail(ctx, 409, 'id-conflict', 'A different response was already stored with this id.');
      reply(ctx, outcome === 'created' ? 201 : 200, { id: checked.value.id, state: 'sent', receivedAt });
    },
  },
  {
    name: 'GET /v1/sessions/:sid/summary',
    method: 'GET',
    pattern: re(`/v1/sessions/${ID}/summary`),
    async handler(ctx) {
      const s = await session(ctx);
      const threshold = thresholdParam(ctx);
      reply(ctx, 200, await ctx.releases.summary(s.id, threshold));
    },
  },
  {
    name: 'POST /v1/sessions/:sid/commitments',
    method: 'POST',
    pattern: re(`/v1/sessions/${ID}/commitments`),
    async handler(ctx) {
      const input = await body(ctx);
      const s = await session(ctx, { writable: true });
      const checked = validateNewCommitment(input);
      if (!checked.success) invalid(ctx, checked.issues);
      const v = checked.value;
      sameSession(ctx, v);
      const commitment: Commitment = {
        id: v.id,
        sessionId: v.sessionId,
        createdAt: createdAt(v.createdAt),
        text: v.text,
        column: v.column ?? DEFAULT_COLUMN,
        sector: v.sector ?? null,
        reactions: 0,
        ...initialStatus(v.text, s.moderation),
      };
      const fingerprint = canonicalJson({ text: v.text, column: v.column ?? null, sector: v.sector ?? null });
      // Who posted it (hashed), so that only this device may later say how it has gone.
      const author = authorKey(ctx.req, v.sessionId, v.id);
      const result = await ctx.db.insertCommitment(commitment, fingerprint, author);
      if (result.outcome === 'conflict')
        fail(ctx, 409, 'id-conflict', 'A different commitment was already stored with this id.');
      reply(ctx, result.outcome === 'created' ? 201 : 200, result.commitment);
    },
  },
  {
    name: 'GET /v1/sessions/:sid/commitments',
    method: 'GET',
    pattern: re(`/v1/sessions/${ID}/commitments`),
    async handler(ctx) {
      await session(ctx);
      await page(ctx, ['visible']);
    },
  },
  {
    name: 'POST /v1/sessions/:sid/commitments/:cid/reactions',
    method: 'POST',
    pattern: re(`/v1/sessions/${ID}/commitments/${CID}/reactions`),
    async handler(ctx) {
      await session(ctx, { writable: true });
      await visibleCommitment(ctx);
      // Once per person as far as anonymity allows: per address, or per device behind a shared
      // address when the client names one (X-Netweave-Device, a random id it keeps), at most
      // REACTIONS_PER_ADDRESS devices per address and post. Stored only as hashes that differ for
      // every post, so reactions cannot be linked across posts or back to an address.
      const hash = (text: string, length: number) =>
        createHash('sha256').update(text).digest('base64url').slice(0, length);
      const device = String(ctx.req.headers['x-netweave-device'] ?? '').slice(0, 100);
      const address = hash(`${ctx.client}|${ctx.params.sid}|${ctx.params.cid}`, 22);
      const by = `${address}.${device ? hash(`${address}|${device}`, 10) : '-'}`;
      const c = await ctx.db.updateCommitment(ctx.params.sid!, ctx.params.cid!, {
        kind: 'react',
        by,
        perAddress: REACTIONS_PER_ADDRESS,
      });
      reply(ctx, 200, c);
    },
  },
  {
    name: 'PATCH /v1/sessions/:sid/commitments/:cid',
    method: 'PATCH',
    pattern: re(`/v1/sessions/${ID}/commitments/${CID}`),
    async handler(ctx) {
      const input = onlyFields(ctx, await body(ctx), new Set(['column']));
      await session(ctx, { writable: true });
      const column = input.column;
      if (!isId(column)) {
        fail(
          ctx,
          400,
          'invalid',
          'column must be a column id (letters, digits, . _ : -; at most 100 characters).',
        );
      }
      await visibleCommitment(ctx);
      reply(
        ctx,
        200,
        await ctx.db.updateCommitment(ctx.params.sid!, ctx.params.cid!, { kind: 'move', column }),
      );
    },
  },
  {
    name: 'GET /v1/sessions/:sid/events',
    method: 'GET',
    pattern: re(`/v1/sessions/${ID}/events`),
    async handler(ctx) {
      await session(ctx);
      await events(ctx, 'public');
    },
  },
  // ---- admin (the sessions themselves: sessions.ts) -------------------------------------
  {
    name: 'GET /v1/admin/sessions/:sid/commitments',
    method: 'GET',
    pattern: re(`/v1/admin/sessions/${ID}/commitments`),
    admin: true,
    async handler(ctx) {
      await session(ctx);
      const status = ctx.url.searchParams.get('status');
      const statuses: CommitmentStatus[] =
        status === null ? ['pending', 'visible', 'hidden'] : [status as CommitmentStatus];
      if (!statuses.every((s) => s === 'pending' || s === 'visible' || s === 'hidden')) {
        fail(ctx, 400, 'invalid-status', 'status must be pending, visible or hidden.');
      }
      await page(ctx, statuses);
    },
  },
  {
    name: 'POST /v1/admin/sessions/:sid/commitments/:cid/moderation',
    method: 'POST',
    pattern: re(`/v1/admin/sessions/${ID}/commitments/${CID}/moderation`),
    admin: true,
    async handler(ctx) {
      const input = onlyFields(ctx, await body(ctx), new Set(['status', 'action', 'text']));
      await session(ctx);
      const { status, text } = moderation(ctx, input);
      const c = await ctx.db.updateCommitment(ctx.params.sid!, ctx.params.cid!, {
        kind: 'moderate',
        status,
        ...(text !== undefined && { text }),
      });
      if (!c) fail(ctx, 404, 'commitment-not-found', 'That commitment was not found.');
      ctx.logger.info('moderated', { status });
      reply(ctx, 200, c);
    },
  },
  {
    name: 'GET /v1/admin/sessions/:sid/events',
    method: 'GET',
    pattern: re(`/v1/admin/sessions/${ID}/events`),
    admin: true,
    async handler(ctx) {
      await session(ctx);
      await events(ctx, 'admin');
    },
  },
  {
    name: 'GET /v1/admin/sessions/:sid/summary',
    method: 'GET',
    pattern: re(`/v1/admin/sessions/${ID}/summary`),
    admin: true,
    async handler(ctx) {
      const s = await session(ctx);
      const threshold = thresholdParam(ctx);
      const rule = ctx.url.searchParams.get('disclosure') ?? 'none';
      if (rule !== 'none' && rule !== 'nhs' && rule !== 'survey')
        fail(ctx, 400, 'invalid-disclosure', 'disclosure must be none, nhs or survey.');
      // Exact figures of every response stored now (no batching, no perturbation).
      reply(
        ctx,
        200,
        publicSummary(await ctx.db.listResponses(s.id), {
          catalogue: ctx.catalogue,
          threshold,
          disclosure: rule,
        }),
      );
    },
  },
  {
    name: 'GET /v1/admin/sessions/:sid/responses.csv',
    method: 'GET',
    pattern: re(`/v1/admin/sessions/${ID}/responses\\.csv`),
    admin: true,
    async handler(ctx) {
      const s = await session(ctx);
      csv(
        ctx,
        `netweave-responses-${s.id}.csv`,
        responsesToCsv(await ctx.db.listResponses(s.id), ctx.catalogue),
      );
    },
  },
  {
    name: 'GET /v1/admin/sessions/:sid/commitments.csv',
    method: 'GET',
    pattern: re(`/v1/admin/sessions/${ID}/commitments\\.csv`),
    admin: true,
    async handler(ctx) {
      const s = await session(ctx);
      const all: Commitment[] = [];
      let cursor: CommitmentCursor | null = null;
      for (;;) {
        const batch = await ctx.db.listCommitments(s.id, {
          statuses: ['pending', 'visible', 'hidden'],
          cursor,
          limit: 1000,
        });
        all.push(...batch);
        if (batch.length < 1000) break;
        const last = batch[batch.length - 1]!;
        cursor = { createdAt: last.createdAt, id: last.id };
      }
      csv(ctx, `netweave-commitments-${s.id}.csv`, commitmentsToCsv(all.reverse()));
    },
  },
];
