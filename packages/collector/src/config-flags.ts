/**
 * The collector's options as data: each flag, the value it takes, its environment variable, what
 * it does and its default. config.ts reads them (commander); the README and --help list them.
 */
import { LIMIT_DEFAULTS } from './limits.js';
import { RELEASE_DEFAULTS } from './release.js';
import { RESUME_DEFAULT_DAYS } from '@netweave/model';

/**
 * Every option, in the order `--help` and the README list them: its flag, the value it takes
 * (none for a switch), its environment variable, what it does, and its default: a value read like
 * one given (`default`) or, when there is no such value, what happens instead (`unset`).
 */
export const FLAGS = [
  { flag: '--port', value: '<number>', env: 'NETWEAVE_PORT', help: 'Port to listen on.', default: '8787' },
  {
    flag: '--host',
    value: '<address>',
    env: 'NETWEAVE_HOST',
    help: 'Address to listen on (0.0.0.0 in a container).',
    default: '127.0.0.1',
  },
  {
    flag: '--db',
    value: '<file-or-url>',
    env: 'NETWEAVE_DB',
    help: 'SQLite file, or a postgres:// URL.',
    default: './netweave.sqlite',
  },
  {
    flag: '--allow-origin',
    value: '<origin>',
    env: 'NETWEAVE_ALLOW_ORIGIN',
    help: 'An origin whose pages may call the API. Repeatable; comma-separated in the variable.',
    unset: 'none',
  },
  {
    flag: '--public-origin',
    value: '<origin>',
    env: 'NETWEAVE_PUBLIC_ORIGIN',
    help: 'The origin the collector itself is reached at, e.g. https://collect.partner.example: needed for /admin under a host name. Repeatable; comma-separated in the variable.',
    unset: 'none',
  },
  {
    flag: '--admin-token',
    value: '<token>',
    env: 'NETWEAVE_ADMIN_TOKEN',
    help: 'At least 16 characters. Enables admin routes and /admin.',
    unset: 'none',
  },
  {
    flag: '--rate-limit',
    value: '<number>',
    env: 'NETWEAVE_RATE_LIMIT',
    help: 'Writes per minute per client address, all sessions together, counted apart for walls (posts, reactions, moves), responses and the rest (reads: 5×). Sized for a room of 500 on one network.',
    default: String(LIMIT_DEFAULTS.rateLimit),
  },
  {
    flag: '--device-rate-limit',
    value: '<number>',
    env: 'NETWEAVE_DEVICE_RATE_LIMIT',
    help: "Writes per minute per device that names itself (X-Netweave-Device). Also what an address may write to a session's wall per live stream it holds there (at least one).",
    default: String(LIMIT_DEFAULTS.deviceRate),
  },
  {
    flag: '--session-rate-limit',
    value: '<number>',
    env: 'NETWEAVE_SESSION_RATE_LIMIT',
    help: 'Public writes per minute to one session from everyone together, counted apart for its wall and its responses.',
    default: String(LIMIT_DEFAULTS.sessionRate),
  },
  {
    flag: '--streams-per-address',
    value: '<number>',
    env: 'NETWEAVE_STREAMS_PER_ADDRESS',
    help: 'Live streams per client address on one session (twice as many across sessions; connections per address: three times as many).',
    default: String(LIMIT_DEFAULTS.streamsPerAddress),
  },
  {
    flag: '--streams-per-device',
    value: '<number>',
    env: 'NETWEAVE_STREAMS_PER_DEVICE',
    help: 'Live streams per device that names itself (?device= on the stream).',
    default: String(LIMIT_DEFAULTS.streamsPerDevice),
  },
  {
    flag: '--max-streams',
    value: '<number>',
    env: 'NETWEAVE_MAX_STREAMS',
    help: 'Live streams per instance (connections per instance: twice as many).',
    default: String(LIMIT_DEFAULTS.maxStreams),
  },
  {
    flag: '--max-request-rate',
    value: '<number>',
    env: 'NETWEAVE_MAX_REQUEST_RATE',
    help: "Requests per second per instance, in bursts of up to two seconds' worth; beyond it 503 collector-busy.",
    default: String(LIMIT_DEFAULTS.maxRequestRate),
  },
  {
    flag: '--stream-buffer',
    value: '<bytes>',
    env: 'NETWEAVE_STREAM_BUFFER',
    help: 'Bytes a live stream may keep waiting for a client that reads slowly; beyond it the stream is closed and the client resumes where it was.',
    default: String(LIMIT_DEFAULTS.streamBuffer),
  },
  {
    flag: '--keep-events',
    value: '<number>',
    env: 'NETWEAVE_KEEP_EVENTS',
    help: 'Live events kept per session for clients that reconnect; older ones are deleted.',
    default: '10000',
  },
  {
    flag: '--resume-days',
    value: '<days>',
    env: 'NETWEAVE_RESUME_DAYS',
    help: 'Days an encrypted saved assessment (continue on another device) is kept from its first save; then it is deleted, and for 90 days its code is answered as expired.',
    default: String(RESUME_DEFAULT_DAYS),
  },
  {
    flag: '--hash-secret',
    value: '<secret>',
    env: 'NETWEAVE_HASH_SECRET',
    help: 'Secret for hashing client addresses (set it when running several instances).',
    unset: 'random',
  },
  {
    flag: '--trust-proxy',
    env: 'NETWEAVE_TRUST_PROXY',
    help: 'Take the client address from X-Forwarded-For and the scheme from X-Forwarded-Proto. Only behind your own proxy. The flag takes no value; the variable is true or 1.',
    unset: 'off',
  },
  {
    flag: '--max-body',
    value: '<bytes>',
    env: 'NETWEAVE_MAX_BODY',
    help: 'Largest request body in bytes.',
    default: '32768',
  },
  {
    flag: '--headers-timeout',
    value: '<seconds>',
    env: 'NETWEAVE_HEADERS_TIMEOUT',
    help: 'Seconds a client has to send its request headers (1–30); then 408 and the connection is closed.',
    default: '10',
  },
  {
    flag: '--catalogue',
    value: '<file>',
    env: 'NETWEAVE_CATALOGUE',
    help: 'A catalogue JSON file that responses are checked against.',
    unset: 'built-in',
  },
  {
    flag: '--disclosure',
    value: '<rule>',
    env: 'NETWEAVE_DISCLOSURE',
    help: 'Public summary rule: nhs (counts 1–7 hidden, others rounded to 5) or survey (bases under 10 hidden).',
    default: 'nhs',
  },
  {
    flag: '--release-every',
    value: '<number>',
    env: 'NETWEAVE_RELEASE_EVERY',
    help: 'New responses needed before the public summary of an open session changes.',
    default: String(RELEASE_DEFAULTS.every),
  },
  {
    flag: '--release-interval',
    value: '<seconds>',
    env: 'NETWEAVE_RELEASE_INTERVAL',
    help: 'Seconds at least between two changes of the public summary of an open session.',
    default: String(RELEASE_DEFAULTS.intervalSeconds),
  },
  {
    flag: '--release-cap',
    value: '<number>',
    env: 'NETWEAVE_RELEASE_CAP',
    help: 'Changes of the public summary per open session; after that it stays as it is until the session closes.',
    default: String(RELEASE_DEFAULTS.cap),
  },
  {
    flag: '--disclosure-secret',
    value: '<secret>',
    env: 'NETWEAVE_DISCLOSURE_SECRET',
    help: "Secret behind the public summary's random offsets. Unset, each session gets a random key kept in the database (shared by all instances).",
    unset: 'random per session',
  },
] as const satisfies readonly Flag[];

export interface Flag {
  readonly flag: `--${string}`;
  /** The value the flag takes, e.g. `<number>`; absent for an on/off switch. */
  readonly value?: `<${string}>`;
  readonly env: `NETWEAVE_${string}`;
  readonly help: string;
  /** Used when neither the flag nor its variable is set; read like a value given. */
  readonly default?: string;
  /** What happens when it is not set, where there is no default value (e.g. random). */
  readonly unset?: string;
}

export type FlagName = (typeof FLAGS)[number]['flag'];
