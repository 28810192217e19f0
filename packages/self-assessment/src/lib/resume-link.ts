/**
 * Pure helpers of "continue on another device": the address a QR code opens (this page with
 * `#netweave-resume=<code>`; a fragment never reaches a server), reading the code back from it,
 * and which message explains a failure (a collector's refusal, the browser's crypto, the network).
 */

const FRAGMENT = /(^#|&)netweave-resume=([^&]*)&?/;

/** This page's address (without its fragment) carrying `code`. */
export function resumeLink(href: string, code: string): string {
  return `${href.replace(/#.*$/, '')}#netweave-resume=${code}`;
}

/** The code in an address's fragment, and the fragment without it ('' when nothing is left). */
export function readResumeLink(hash: string): { code: string; hash: string } | undefined {
  const match = FRAGMENT.exec(hash);
  if (!match) return undefined;
  let code = match[2]!;
  try {
    code = decodeURIComponent(code);
  } catch {
    /* read as it is */
  }
  const rest = hash.replace(FRAGMENT, '$1').replace(/&$/, '');
  return { code, hash: rest === '#' ? '' : rest };
}

export type ResumeWhy =
  | 'no-collector'
  | 'rate-limited'
  | 'wrong-code'
  | 'unsupported'
  | 'too-large'
  | 'not-found'
  | 'expired'
  | 'network'
  | 'other';

/** Which message explains `error` (a StoreError's or ResumeError's code, or a failed fetch). */
export function resumeWhy(error: unknown): ResumeWhy {
  const e = (error ?? {}) as { code?: unknown; status?: unknown };
  switch (e.code) {
    case 'no-collector':
    case 'rate-limited':
    case 'wrong-code':
    case 'unsupported':
    case 'too-large':
      return e.code;
    case 'resume-not-found':
      return 'not-found';
    case 'resume-expired':
      return 'expired';
    case 'network':
    case 'origin-not-allowed':
      return 'network';
  }
  return e.status === 0 || error instanceof TypeError ? 'network' : 'other';
}
