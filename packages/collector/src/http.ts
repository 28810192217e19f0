/** Small HTTP helpers: bounded JSON bodies, JSON replies, errors with a stable code. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ValidationIssue } from '@netweave/model';

export class HttpError extends Error {
  readonly status: number;
  readonly code: string;
  readonly issues: readonly ValidationIssue[] | undefined;
  readonly headers: Record<string, string>;
  constructor(
    status: number,
    code: string,
    message: string,
    extra: { issues?: readonly ValidationIssue[]; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.status = status;
    this.code = code;
    this.issues = extra.issues;
    this.headers = extra.headers ?? {};
  }
}

/** Deepest nesting of arrays/objects accepted in a body (ours never exceed 4). */
export const MAX_JSON_DEPTH = 8;

/** Checks nesting depth without parsing (so a deeply nested body costs nothing but a scan). */
export function jsonDepthWithin(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 92)
        i += 1; // backslash: skip the escaped character
      else if (ch === 34) inString = false;
    } else if (ch === 34) inString = true;
    else if (ch === 123 || ch === 91) {
      depth += 1;
      if (depth > max) return false;
    } else if (ch === 125 || ch === 93) depth -= 1;
  }
  return true;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Reads a JSON body: size-limited, UTF-8 checked, nesting-limited, parsed. */
export async function readJson(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') {
    throw new HttpError(
      415,
      'unsupported-media-type',
      'Send the body as JSON with Content-Type: application/json.',
    );
  }
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const chunks = await new Promise<Buffer[]>((resolve, reject) => {
    const parts: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        req.removeAllListeners('data');
        req.resume();
        reject(tooLarge(maxBytes));
      } else parts.push(chunk);
    });
    let ended = false;
    req.on('end', () => {
      ended = true;
      resolve(parts);
    });
    // A malformed chunked body or an upload cut off half-way is the client's doing, not ours.
    req.on('error', () => reject(incomplete()));
    req.on('close', () => {
      if (!ended) reject(incomplete());
    });
  });
  let text: string;
  try {
    text = decoder.decode(Buffer.concat(chunks));
  } catch {
    throw new HttpError(400, 'invalid-utf8', 'The body is not valid UTF-8 text.');
  }
  if (!jsonDepthWithin(text, MAX_JSON_DEPTH))
    throw new HttpError(400, 'too-deep', 'The JSON body is nested too deeply.');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, 'invalid-json', 'The body is not valid JSON.');
  }
}

function incomplete(): HttpError {
  return new HttpError(400, 'incomplete-body', 'The request body did not arrive whole.', {
    headers: { connection: 'close' },
  });
}

function tooLarge(max: number): HttpError {
  return new HttpError(413, 'too-large', `The body is larger than ${max} bytes.`, {
    headers: { connection: 'close' },
  });
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  res.end(text);
}

export function sendError(res: ServerResponse, error: HttpError): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  sendJson(
    res,
    error.status,
    {
      error: { code: error.code, message: error.message, ...(error.issues ? { issues: error.issues } : {}) },
    },
    error.headers,
  );
}

/** JSON with object keys sorted, so equal payloads compare equal whatever the key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    return `{${Object.keys(obj)
      .sort()
      .filter((k) => obj[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
