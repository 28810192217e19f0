/** A refusal from the collector, read the one way (`{ error: { code, message, issues } }`, `Retry-After`). */
import type { Issue } from './lib/form.js';

/** A request the collector refused, or that never reached it (`network`). */
export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  readonly issues: readonly Issue[];
  /** Seconds to wait before trying again (`Retry-After`), when the collector said. */
  readonly retryAfter: number | undefined;
  /** What else the refusal carried beside `error` (a stale round action: `round`, as it stands). */
  readonly details: Readonly<Record<string, unknown>>;
  constructor(
    code: string,
    status: number,
    message = code,
    issues: readonly Issue[] = [],
    retryAfter?: number,
    details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
    this.issues = issues;
    this.retryAfter = retryAfter;
    this.details = details;
  }
}

/** Reads a refusal: the collector's code and issues, or one made from the status. */
export async function refusal(res: Response): Promise<ApiError> {
  const data = (await res.json().catch(() => undefined)) as
    { error?: { code?: string; message?: string; issues?: Issue[] }; [key: string]: unknown } | undefined;
  const retry = Number(res.headers.get('retry-after'));
  const fallback =
    res.status === 401
      ? 'unauthorised'
      : res.status === 429
        ? 'rate-limited'
        : res.status >= 500
          ? 'server-error'
          : `http-${res.status}`;
  return new ApiError(
    data?.error?.code ?? fallback,
    res.status,
    data?.error?.message,
    data?.error?.issues ?? [],
    Number.isFinite(retry) && retry > 0 ? retry : undefined,
    data && typeof data === 'object'
      ? Object.fromEntries(Object.entries(data).filter(([k]) => k !== 'error'))
      : {},
  );
}
