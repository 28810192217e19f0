/** A refusal from the collector, read the one way (`{ error: { code, message, issues } }`, `Retry-After`). */
import type { Issue } from './lib/form.js';

/** A request the collector refused, or that never reached it (`network`). */
export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  readonly issues: readonly Issue[];
  /** Seconds to wait before trying again (`Retry-After`), when the collector said. */
  readonly retryAfter: number | undefined;
  constructor(
    code: string,
    status: number,
    message = code,
    issues: readonly Issue[] = [],
    retryAfter?: number,
  ) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
    this.issues = issues;
    this.retryAfter = retryAfter;
  }
}

/** Reads a refusal: the collector's code and issues, or one made from the status. */
export async function refusal(res: Response): Promise<ApiError> {
  const data = (await res.json().catch(() => undefined)) as
    { error?: { code?: string; message?: string; issues?: Issue[] } } | undefined;
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
  );
}
