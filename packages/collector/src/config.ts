import { RELEASE_DEFAULTS } from './release.js';
import { PUBLIC_DISCLOSURE, type PublicDisclosure } from './summary.js';

/** Command-line flags and their environment variables (a flag wins over its variable). */
export interface CollectorConfig {
  port: number;
  host: string;
  /** A SQLite file path, `:memory:`, or a `postgres://` URL. */
  db: string;
  allowOrigins: string[];
  /** Origins the collector itself is reached at (for /admin behind a proxy with a host name). */
  publicOrigins: string[];
  /** Admin routes and the /admin page are disabled without it. */
  adminToken: string | undefined;
  /** Write requests per minute per client address (reads get five times as many). */
  rateLimit: number;
  /** Secret for hashing client addresses (random per process when unset). */
  hashSecret: string | undefined;
  /** Take the client address from X-Forwarded-For (behind a reverse proxy you run). */
  trustProxy: boolean;
  /** Largest request body in bytes. */
  maxBody: number;
  /** Seconds a client has to send its request headers (then 408 and the connection is closed). */
  headersTimeout: number;
  /** A catalogue JSON file that responses are checked against (default: the built-in one). */
  catalogue: string | undefined;
  /** Disclosure control for the public summary: NHS England's rule (default) or the survey rule. */
  disclosure: PublicDisclosure;
  /** New responses needed before the public summary of an open session is released again. */
  releaseEvery: number;
  /** Seconds between live releases of the public summary. */
  releaseInterval: number;
  /** Live releases per session; then the public figures stay until the session closes. */
  releaseCap: number;
  /** Secret for the public summary's perturbation (default: a random key per session, kept in the database). */
  disclosureSecret: string | undefined;
}

export const FLAGS = [
  { flag: '--port', env: 'NETWEAVE_PORT', help: 'Port to listen on (default 8787).' },
  { flag: '--host', env: 'NETWEAVE_HOST', help: 'Address to listen on (default 127.0.0.1).' },
  { flag: '--db', env: 'NETWEAVE_DB', help: 'SQLite file (default ./netweave.sqlite) or postgres:// URL.' },
  {
    flag: '--allow-origin',
    env: 'NETWEAVE_ALLOW_ORIGIN',
    help: 'An origin allowed to call the API (repeatable; comma-separated in the variable).',
  },
  {
    flag: '--public-origin',
    env: 'NETWEAVE_PUBLIC_ORIGIN',
    help: 'The origin the collector itself is reached at, e.g. https://collect.example (repeatable); needed for /admin under a host name.',
  },
  {
    flag: '--admin-token',
    env: 'NETWEAVE_ADMIN_TOKEN',
    help: 'Admin token (at least 16 characters); enables admin routes and /admin.',
  },
  {
    flag: '--rate-limit',
    env: 'NETWEAVE_RATE_LIMIT',
    help: 'Write requests per minute per client address (default 120).',
  },
  {
    flag: '--hash-secret',
    env: 'NETWEAVE_HASH_SECRET',
    help: 'Secret for hashing client addresses (default: random per process).',
  },
  {
    flag: '--trust-proxy',
    env: 'NETWEAVE_TRUST_PROXY',
    help: 'Read the client address from X-Forwarded-For (only behind your own proxy).',
  },
  { flag: '--max-body', env: 'NETWEAVE_MAX_BODY', help: 'Largest request body in bytes (default 32768).' },
  {
    flag: '--headers-timeout',
    env: 'NETWEAVE_HEADERS_TIMEOUT',
    help: 'Seconds a client has to send its request headers; then 408 and the connection is closed (default 10).',
  },
  {
    flag: '--catalogue',
    env: 'NETWEAVE_CATALOGUE',
    help: 'Catalogue JSON file responses are checked against (default: built-in).',
  },
  {
    flag: '--disclosure',
    env: 'NETWEAVE_DISCLOSURE',
    help: 'Public summary disclosure control: nhs (1-7 hidden, rounded to 5; default) or survey (bases under 10 hidden).',
  },
  {
    flag: '--release-every',
    env: 'NETWEAVE_RELEASE_EVERY',
    help: 'New responses needed before the public summary of an open session changes (default 10).',
  },
  {
    flag: '--release-interval',
    env: 'NETWEAVE_RELEASE_INTERVAL',
    help: 'Seconds at least between changes of the public summary of an open session (default 60).',
  },
  {
    flag: '--release-cap',
    env: 'NETWEAVE_RELEASE_CAP',
    help: 'Changes of the public summary per open session; then it stays until the session closes (default 10).',
  },
  {
    flag: '--disclosure-secret',
    env: 'NETWEAVE_DISCLOSURE_SECRET',
    help: "Secret behind the public summary's random offsets (default: a random key per session, kept in the database).",
  },
] as const;

export class ConfigError extends Error {}

export function parseConfig(
  argv: readonly string[],
  env: Record<string, string | undefined>,
): CollectorConfig {
  const values = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') throw new ConfigError('help');
    const [name, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    const known = FLAGS.find((f) => f.flag === name);
    if (!known) throw new ConfigError(`Unknown option ${name}. Run with --help for the list.`);
    let value = inline;
    if (value === undefined) {
      if (name === '--trust-proxy') value = 'true';
      else {
        value = argv[i + 1];
        i += 1;
        if (value === undefined) throw new ConfigError(`${name} needs a value.`);
      }
    }
    values.set(name, [...(values.get(name) ?? []), value]);
  }
  const get = (flag: string): string | undefined => {
    const fromFlag = values.get(flag);
    if (fromFlag) return fromFlag[fromFlag.length - 1];
    const v = env[FLAGS.find((f) => f.flag === flag)!.env];
    return v === undefined || v === '' ? undefined : v;
  };
  const int = (flag: string, fallback: number, min: number, max: number): number => {
    const raw = get(flag);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max)
      throw new ConfigError(`${flag} must be a whole number from ${min} to ${max}.`);
    return n;
  };
  const origins = values.get('--allow-origin') ?? (env.NETWEAVE_ALLOW_ORIGIN ?? '').split(',');
  const allowOrigins = origins.map((o) => o.trim()).filter(Boolean);
  for (const origin of allowOrigins) checkOrigin('--allow-origin', origin);
  const publicOrigins = (values.get('--public-origin') ?? (env.NETWEAVE_PUBLIC_ORIGIN ?? '').split(','))
    .map((o) => o.trim())
    .filter(Boolean);
  for (const origin of publicOrigins) checkOrigin('--public-origin', origin);
  const adminToken = get('--admin-token');
  if (adminToken !== undefined && adminToken.length < 16)
    throw new ConfigError('--admin-token must be at least 16 characters long.');
  const trust = get('--trust-proxy');
  return {
    port: int('--port', 8787, 0, 65535),
    host: get('--host') ?? '127.0.0.1',
    db: get('--db') ?? './netweave.sqlite',
    allowOrigins,
    publicOrigins,
    adminToken,
    rateLimit: int('--rate-limit', 120, 1, 1_000_000),
    hashSecret: get('--hash-secret'),
    trustProxy: trust === 'true' || trust === '1',
    maxBody: int('--max-body', 32_768, 1024, 1_048_576),
    headersTimeout: int('--headers-timeout', 10, 1, 30),
    catalogue: get('--catalogue'),
    disclosure: disclosure(get('--disclosure')),
    releaseEvery: int('--release-every', RELEASE_DEFAULTS.every, 1, 1_000_000),
    releaseInterval: int('--release-interval', RELEASE_DEFAULTS.intervalSeconds, 0, 86_400),
    releaseCap: int('--release-cap', RELEASE_DEFAULTS.cap, 0, 10_000),
    disclosureSecret: get('--disclosure-secret'),
  };
}

function checkOrigin(flag: string, origin: string): void {
  let ok = false;
  try {
    const u = new URL(origin);
    ok = (u.protocol === 'https:' || u.protocol === 'http:') && u.origin === origin;
  } catch {
    ok = false;
  }
  if (!ok)
    throw new ConfigError(
      `${flag} ${origin} is not an origin (scheme://host[:port], no path or trailing slash).`,
    );
}

function disclosure(value: string | undefined): PublicDisclosure {
  if (value === undefined) return 'nhs';
  if ((PUBLIC_DISCLOSURE as readonly string[]).includes(value)) return value as PublicDisclosure;
  throw new ConfigError(`--disclosure must be one of: ${PUBLIC_DISCLOSURE.join(', ')}.`);
}

export function helpText(): string {
  const lines = [
    'Usage: netweave-collector [options]',
    '',
    'Options (each also as an environment variable):',
  ];
  for (const f of FLAGS) lines.push(`  ${f.flag.padEnd(20)} ${f.env.padEnd(28)} ${f.help}`);
  return lines.join('\n');
}
