/** `GET /v1/join/<code>`: which session a join code leads to (the participant page's one request). */
import { ApiError, refusal } from './http.js';
import { sessionStage } from '@netweave/model';
import { isTemplate, type Stage, type Template } from './lib/templates.js';

/** What the collector says about the open session a code names. */
export interface JoinInfo {
  /** The session id the widgets use. */
  readonly session: string;
  readonly template: Template;
  /** What the session is doing now (one of its template's stages). */
  readonly stage: Stage;
  readonly title?: string;
  /** The session's language, when its facilitator chose one. */
  readonly lang?: 'en' | 'cy';
  /** The partner page to send people to instead (https only). */
  readonly partnerUrl?: string;
  /** The collector's public origin, for the widgets' `endpoint`. */
  readonly endpoint?: string;
}

/**
 * Looks a canonical code up on the collector at `base` ('' for this page's own origin). Rejects
 * with an ApiError: `network` when the collector cannot be reached, else the collector's code
 * (`invalid-code` 400, `code-not-found` 404, `session-closed` 410, `too-many-attempts` 429 with
 * `retryAfter`).
 */
export async function lookupJoin(
  code: string,
  options: { base?: string; fetch?: typeof fetch } = {},
): Promise<JoinInfo> {
  const get = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  let res: Response;
  try {
    res = await get(`${options.base ?? ''}/v1/join/${encodeURIComponent(code)}`, {
      headers: { accept: 'application/json' },
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch {
    throw new ApiError('network', 0);
  }
  if (!res.ok) throw await refusal(res);
  const data = (await res.json().catch(() => null)) as Record<string, unknown> | null;
  // The session may come as an id or as an object; its fields beside it or inside it.
  const inner = (data && typeof data.session === 'object' && data.session ? data.session : {}) as Record<
    string,
    unknown
  >;
  const pick = (k: string): unknown => data?.[k] ?? inner[k];
  const text = (k: string): string | undefined => {
    const v = pick(k);
    return typeof v === 'string' && v ? v : undefined;
  };
  const session = typeof data?.session === 'string' ? data.session : (text('sessionId') ?? text('id'));
  if (!session) throw new ApiError('not-a-collector', res.status);
  const template = pick('template');
  const lang = pick('lang');
  const title = text('title');
  const partnerUrl = text('partnerUrl');
  const endpoint =
    typeof data?.endpoint === 'string' && /^https?:\/\//.test(data.endpoint) ? data.endpoint : undefined;
  const known = isTemplate(template) ? template : 'commitments';
  const stage = pick('stage');
  return {
    session,
    template: known,
    stage: sessionStage({ template: known, stage: typeof stage === 'string' ? stage : undefined }),
    ...(lang === 'cy' || lang === 'en' ? { lang } : {}),
    ...(title ? { title } : {}),
    ...(partnerUrl && /^https:\/\//i.test(partnerUrl) ? { partnerUrl } : {}),
    ...(endpoint ? { endpoint } : {}),
  };
}
