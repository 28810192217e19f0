/**
 * The command line: options (read by commander, so --help, --version and mistakes are said in
 * plain words) and the environment variable behind each (a flag wins over its variable).
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Help, InvalidArgumentError, Option } from 'commander';
import { FLAGS, type Flag, type FlagName } from './config-flags.js';
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
  /** Writes per minute per named device, and per live stream an address holds on a session (limits.ts). */
  deviceRateLimit: number;
  /** Public writes per minute to one session, from everyone together. */
  sessionRateLimit: number;
  /** Live streams per client address on one session (twice as many across sessions). */
  streamsPerAddress: number;
  /** Live streams per named device. */
  streamsPerDevice: number;
  /** Live streams per instance. */
  maxStreams: number;
  /** Requests per second per instance. */
  maxRequestRate: number;
  /** Bytes a live stream may keep waiting for a slow client before it is closed. */
  streamBuffer: number;
  /** Live events kept per session for clients that reconnect. */
  keepEvents: number;
  /** Days an encrypted saved assessment is kept from its first save (resume-routes.ts). */
  resumeDays: number;
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

export { FLAGS };

/**
 * The command line does not start the collector: `--help` or `--version` (`exitCode` 0, `message`
 * is the text to print), or a mistake (`exitCode` 2, `message` names the option and what is wrong).
 */
export class ConfigError extends Error {
  readonly exitCode: 0 | 2;
  constructor(message: string, exitCode: 0 | 2 = 2) {
    super(message);
    this.name = 'ConfigError';
    this.exitCode = exitCode;
  }
}

const COMMAND = 'netweave-collector';

/** Reads one value of an option; throws InvalidArgumentError saying what it must be. */
type Reader<T> = (raw: string) => T;

const whole =
  (min: number, max: number): Reader<number> =>
  (raw) => {
    const text = raw.trim();
    const n = Number(text);
    if (!/^\d+$/.test(text) || n < min || n > max)
      throw new InvalidArgumentError(`It must be a whole number from ${min} to ${max}.`);
    return n;
  };

const adminToken: Reader<string> = (raw) => {
  if (raw.length < 16) throw new InvalidArgumentError('It must be at least 16 characters long.');
  return raw;
};

const text: Reader<string> = (raw) => {
  if (raw === '') throw new InvalidArgumentError('It must not be empty.');
  return raw;
};

const origin: Reader<string> = (raw) => {
  const value = raw.trim();
  let ok = false;
  try {
    const u = new URL(value);
    ok = (u.protocol === 'https:' || u.protocol === 'http:') && u.origin === value;
  } catch {
    ok = false;
  }
  if (!ok)
    throw new InvalidArgumentError(
      'It is not an origin: scheme://host[:port], with no path and no trailing slash.',
    );
  return value;
};

const disclosure: Reader<PublicDisclosure> = (raw) => {
  if ((PUBLIC_DISCLOSURE as readonly string[]).includes(raw)) return raw as PublicDisclosure;
  throw new InvalidArgumentError(`It must be one of: ${PUBLIC_DISCLOSURE.join(', ')}.`);
};

/** How each option's value is read. */
const READERS = {
  '--port': whole(0, 65535),
  '--host': text,
  '--db': text,
  '--allow-origin': origin,
  '--public-origin': origin,
  '--admin-token': adminToken,
  '--rate-limit': whole(1, 1_000_000),
  '--device-rate-limit': whole(1, 1_000_000),
  '--session-rate-limit': whole(1, 1_000_000),
  '--streams-per-address': whole(1, 1_000_000),
  '--streams-per-device': whole(1, 1_000_000),
  '--max-streams': whole(1, 1_000_000),
  '--max-request-rate': whole(1, 1_000_000),
  '--stream-buffer': whole(4096, 1_073_741_824),
  '--keep-events': whole(100, 100_000_000),
  '--resume-days': whole(1, 365),
  '--hash-secret': text,
  '--trust-proxy': (raw: string) => raw === 'true' || raw === '1',
  '--max-body': whole(1024, 1_048_576),
  '--headers-timeout': whole(1, 30),
  '--catalogue': text,
  '--disclosure': disclosure,
  '--release-every': whole(1, 1_000_000),
  '--release-interval': whole(0, 86_400),
  '--release-cap': whole(0, 10_000),
  '--disclosure-secret': text,
} satisfies Record<FlagName, Reader<unknown>>;

type Value<F extends FlagName> = ReturnType<(typeof READERS)[F]>;

/** Options whose flag may be given several times (their values are collected). */
const REPEATABLE: ReadonlySet<FlagName> = new Set(['--allow-origin', '--public-origin']);

/** Options whose value is never repeated back in an error message. */
const SECRET: ReadonlySet<FlagName> = new Set(['--admin-token', '--hash-secret', '--disclosure-secret']);

function version(): string {
  const file = new URL('../package.json', import.meta.url);
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

/** The `netweave-collector` command (a new one per parse: it keeps the values it reads). */
function createCommand(output: { out: string }): Command {
  const byFlag = new Map<string, Flag>(FLAGS.map((f) => [f.flag, f]));
  const command = new Command(COMMAND)
    .description(
      'Stores netweave responses and commitments (SQLite or PostgreSQL) and feeds the widgets live.',
    )
    .version(version(), '-V, --version', 'Print the version and stop.')
    .helpOption('-h, --help', 'Print this help and stop.')
    .configureHelp({
      optionDescription(this: Help, option: Option): string {
        const flag = option.long ? byFlag.get(option.long) : undefined;
        if (!flag) return Help.prototype.optionDescription.call(this, option);
        const shown = flag.default ?? flag.unset;
        return `${flag.help} (${shown ? `default: ${shown}, ` : ''}env: ${flag.env})`;
      },
    })
    .addHelpText(
      'after',
      '\nEach option can also be set with the environment variable named after it; a flag wins over its variable.',
    )
    .configureOutput({
      writeOut: (s) => void (output.out += s),
      writeErr: () => undefined,
      outputError: () => undefined, // said by the ConfigError instead, on one line
    })
    .exitOverride();
  for (const flag of FLAGS) {
    const option = new Option('value' in flag ? `${flag.flag} ${flag.value}` : flag.flag, flag.help);
    if ('value' in flag) {
      const read: Reader<unknown> = READERS[flag.flag];
      // Secrets are read after parsing: commander would repeat a rejected one in its message.
      option.argParser<unknown>(
        REPEATABLE.has(flag.flag)
          ? (raw, previous) => [...((previous as unknown[] | undefined) ?? []), read(raw)]
          : (raw) => (SECRET.has(flag.flag) ? raw : read(raw)),
      );
    }
    command.addOption(option);
  }
  return command;
}

/** commander's message on one line, without its "error: " prefix. */
function oneLine(error: CommanderError): string {
  const message = error.message
    .replace(/^error: /, '')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
  if (error.code !== 'commander.unknownOption' && error.code !== 'commander.excessArguments') return message;
  return `${/[.)]$/.test(message) ? message : `${message}.`} Run ${COMMAND} --help to see the options.`;
}

/**
 * Reads the command line and the environment: each option from its flag, else from its variable
 * (an empty variable counts as unset), else its default. Throws ConfigError for --help, --version
 * and any mistake.
 */
export function parseConfig(
  argv: readonly string[],
  env: Record<string, string | undefined>,
): CollectorConfig {
  const output = { out: '' };
  const command = createCommand(output);
  try {
    command.parse([...argv], { from: 'user' });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version')
      throw new ConfigError(output.out, 0);
    throw new ConfigError(oneLine(error));
  }

  /** Reads a value for an option, or says which flag or variable has a wrong one. */
  const read = <F extends FlagName>(name: F, raw: string, source: string): Value<F> => {
    try {
      return READERS[name](raw) as Value<F>;
    } catch (error) {
      if (!(error instanceof InvalidArgumentError)) throw error;
      const shown = SECRET.has(name) ? '' : `=${JSON.stringify(raw)}`;
      throw new ConfigError(`${source}${shown} is invalid. ${error.message}`);
    }
  };
  /** The value given with a flag, if it was (the last one; all of them for a repeatable flag). */
  const given = (name: FlagName): unknown => {
    const option = command.options.find((o) => o.long === name)!;
    return command.getOptionValue(option.attributeName());
  };
  /** An option's value: from its flag, else its variable, else its default (undefined if none). */
  const get = <F extends FlagName>(name: F): Value<F> | undefined => {
    const flag: Flag = FLAGS.find((f) => f.flag === name)!;
    const fromFlag = given(name);
    if (fromFlag !== undefined)
      return SECRET.has(name) ? read(name, fromFlag as string, name) : (fromFlag as Value<F>);
    const raw = env[flag.env];
    if (raw !== undefined && raw !== '') return read(name, raw, flag.env);
    return flag.default === undefined ? undefined : read(name, flag.default, `The default of ${name}`);
  };
  /** Repeatable options: every flag given, else the variable's comma-separated list. */
  const list = (name: '--allow-origin' | '--public-origin'): string[] => {
    const fromFlag = given(name);
    if (fromFlag !== undefined) return fromFlag as string[];
    const variable = FLAGS.find((f) => f.flag === name)!.env;
    return (env[variable] ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean)
      .map((o) => read(name, o, variable));
  };

  return {
    port: get('--port')!,
    host: get('--host')!,
    db: get('--db')!,
    allowOrigins: list('--allow-origin'),
    publicOrigins: list('--public-origin'),
    adminToken: get('--admin-token'),
    rateLimit: get('--rate-limit')!,
    deviceRateLimit: get('--device-rate-limit')!,
    sessionRateLimit: get('--session-rate-limit')!,
    streamsPerAddress: get('--streams-per-address')!,
    streamsPerDevice: get('--streams-per-device')!,
    maxStreams: get('--max-streams')!,
    maxRequestRate: get('--max-request-rate')!,
    streamBuffer: get('--stream-buffer')!,
    keepEvents: get('--keep-events')!,
    resumeDays: get('--resume-days')!,
    hashSecret: get('--hash-secret'),
    trustProxy: get('--trust-proxy') === true,
    maxBody: get('--max-body')!,
    headersTimeout: get('--headers-timeout')!,
    catalogue: get('--catalogue'),
    disclosure: get('--disclosure')!,
    releaseEvery: get('--release-every')!,
    releaseInterval: get('--release-interval')!,
    releaseCap: get('--release-cap')!,
    disclosureSecret: get('--disclosure-secret'),
  };
}

/** What `netweave-collector --help` prints. */
export function helpText(): string {
  return createCommand({ out: '' }).helpInformation();
}
